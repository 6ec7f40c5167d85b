// Runs in the audited page (main world), injected by lib/platform/autoconsent.ts
// and by the CLI (cli/consent.ts).
// Withdrawing a consent given earlier through the CMP's own API, as its
// preference centre does: OneTrust `RejectAll()`, Cookiebot `withdraw()`. The
// autoconsent engine acts only on an open banner, which a site that has
// stored a choice does not show again.

/**
 * Runs in the page's main world (serialised: no closure, no imports): calls
 * the API and says which, or null when the page has neither.
 */
export function withdrawThroughCmpApi(): string | null {
  const w = globalThis as unknown as Record<string, Record<string, unknown> | undefined>;
  const ot = w.OneTrust;
  if (ot && typeof ot.RejectAll === 'function') {
    (ot.RejectAll as () => void).call(ot);
    return 'OneTrust.RejectAll()';
  }
  const cb = w.Cookiebot ?? w.CookieConsent;
  if (cb && typeof cb.withdraw === 'function') {
    (cb.withdraw as () => void).call(cb);
    return 'Cookiebot.withdraw()';
  }
  return null;
}
