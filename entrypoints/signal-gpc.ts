// Registered at run time (lib/platform/send-signals.ts) in the page's own
// world at document_start, only on the pages the user chose to send the
// signals to: GPC's navigator.globalPrivacyControl (GPC spec §3.2), as a
// browser that sends Sec-GPC exposes it, before any page script runs.
export default defineUnlistedScript(() => {
  try {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
      configurable: true,
      enumerable: true,
      get: () => true,
    });
  } catch {
    // never break the page
  }
});
