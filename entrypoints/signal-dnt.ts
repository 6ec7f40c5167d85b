// Registered at run time (lib/platform/send-signals.ts) in the page's own
// world at document_start, only on the pages the user chose to send the
// signals to: navigator.doNotTrack = "1", as a browser that sends DNT: 1
// says, before any page script runs.
export default defineUnlistedScript(() => {
  try {
    Object.defineProperty(Navigator.prototype, 'doNotTrack', {
      configurable: true,
      enumerable: true,
      get: () => '1',
    });
  } catch {
    // never break the page
  }
});
