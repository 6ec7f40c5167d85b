// --consent accept|reject: make the choice on the page the way a visitor
// would, so that what the site does after it is audited too. The CMP's own
// JavaScript API first (OneTrust, Cookiebot), then a banner button whose
// accessible name says "accept all" / "reject all" (several languages), in
// the page or in a CMP iframe.
import type { Page } from 'playwright-core';
import { withdrawThroughCmpApi } from '../lib/platform/withdraw-consent.ts';

export type ConsentChoice = 'none' | 'accept' | 'reject';

export const CONSENT_CHOICES: readonly ConsentChoice[] = ['none', 'accept', 'reject'];

/** Button names that accept everything (whole name, case-insensitive). */
export const ACCEPT_BUTTON =
  /^\s*(?:accept|allow|agree|i agree|yes,? i agree|ok(?:ay)?|got it|accept all|allow all|accept all cookies|allow all cookies|accept cookies|allow cookies|accept and (?:continue|close)|agree and (?:continue|close)|tout accepter|accepter(?: et (?:fermer|continuer))?|j'accepte|alle akzeptieren|akzeptieren|alle cookies akzeptieren|zustimmen|alle zulassen|aceptar(?: todo| todas| cookies)?|acepto|aceitar(?: todos)?|accetta(?: tutto| tutti)?|accetto)\s*$/i;

/** Button names that refuse everything but what is necessary. */
export const REJECT_BUTTON =
  /^\s*(?:reject|reject all|reject all cookies|decline|decline all|refuse|refuse all|deny|deny all|disagree|no,? thanks|only (?:strictly )?necessary(?: cookies)?|(?:use )?(?:strictly )?necessary cookies only|continue without accepting|tout refuser|refuser(?: tout)?|continuer sans accepter|alle ablehnen|ablehnen|nur notwendige(?: cookies)?|rechazar(?: todo| todas| cookies)?|rejeitar(?: todos)?|rifiuta(?: tutto| tutti)?)\s*$/i;

/** Makes the choice; says how, or null when no CMP API nor banner button was found. */
export async function applyConsent(
  page: Page,
  choice: Exclude<ConsentChoice, 'none'>,
): Promise<string | null> {
  const viaApi = await page
    .evaluate((accept) => {
      const w = globalThis as unknown as Record<string, Record<string, unknown> | undefined>;
      const ot = w.OneTrust;
      if (ot && typeof ot.AllowAll === 'function' && typeof ot.RejectAll === 'function') {
        (accept ? ot.AllowAll : ot.RejectAll).call(ot);
        return accept ? 'OneTrust.AllowAll()' : 'OneTrust.RejectAll()';
      }
      const cb = w.Cookiebot ?? w.CookieConsent;
      if (cb && typeof cb.submitCustomConsent === 'function') {
        (cb.submitCustomConsent as (p: boolean, s: boolean, m: boolean) => void).call(
          cb,
          accept,
          accept,
          accept,
        );
        return `Cookiebot.submitCustomConsent(${accept}, ${accept}, ${accept})`;
      }
      return null;
    }, choice === 'accept')
    .catch(() => null);
  if (viaApi) return viaApi;
  const name = choice === 'accept' ? ACCEPT_BUTTON : REJECT_BUTTON;
  for (const frame of page.frames()) {
    const button = frame.getByRole('button', { name }).first();
    try {
      if (!(await button.isVisible())) continue;
      const label = ((await button.textContent()) ?? '').trim();
      await button.click({ timeout: 5_000 });
      return `clicked "${label}"${frame === page.mainFrame() ? '' : ` in ${new URL(frame.url()).host}`}`;
    } catch {
      // detached frame or a button that went away: try the next frame
    }
  }
  return null;
}

/**
 * Withdraws a consent given earlier (--consent accept-then-reject): through
 * the CMP's own API, as its preference centre does (OneTrust `RejectAll()`
 * after `AllowAll()`, Cookiebot `withdraw()`); else the banner's reject
 * button if it is shown again. Says how, or null when neither was there.
 * (The autoconsent engine acts on an open banner, which a site that has
 * stored a choice does not show again.)
 */
export async function withdrawConsent(page: Page): Promise<string | null> {
  // The same main-world function the extension's popup action injects.
  const viaApi = await page.evaluate(withdrawThroughCmpApi).catch(() => null);
  if (viaApi) return viaApi;
  return applyConsent(page, 'reject');
}
