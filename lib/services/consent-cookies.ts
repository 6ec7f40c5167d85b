// The CMP's consent cookies, between the browser's cookie jar and the
// declarations: a change means the user chose (or the CMP reset), and the
// consent a CMP on a host can read is in the cookies sent to that host.
import { OPT_OUT_COOKIES, type NamedCookie } from '../core/cmp/index.ts';
import type { Observation } from '../core/observations.ts';
import { siteOf } from '../core/party.ts';
import { CONSENT_COOKIES, cookieSentTo, type DeclarationService } from './declarations.ts';
import type { Recorder } from './recorder.ts';

/** A cookie as the browser's cookie jar lists it. */
export interface JarCookie {
  name: string;
  value: string;
  domain: string;
  hostOnly: boolean;
}

/**
 * Every cookie observation to the recorder; a consent cookie set, also to the
 * declarations, which read the consent of the hosts it speaks for again.
 */
export function routeCookieObservations(deps: {
  recorder: Pick<Recorder, 'observe'>;
  declarations: Pick<DeclarationService, 'onConsentCookie'>;
  onError?: (message: string, error: unknown) => void;
}): (o: Observation) => void {
  return (o) => {
    deps.recorder.observe(o);
    if (o.kind === 'cookieChange' && !o.removed && CONSENT_COOKIES.has(o.name)) {
      deps.declarations
        .onConsentCookie(o.domain, o.time)
        .catch((e: unknown) => deps.onError?.('consent', e));
    }
  };
}

/**
 * The consent cookies a CMP running on a host can read: its own (host-only)
 * and its parent domains', not a sibling host's.
 */
export function consentCookiesOf(
  cookiesOfSite: (site: string) => Promise<JarCookie[]>,
): (host: string) => Promise<NamedCookie[]> {
  return async (host) =>
    (await cookiesOfSite(siteOf(host)))
      .filter((c) => CONSENT_COOKIES.has(c.name) && cookieSentTo(c, host))
      .map((c) => ({ name: c.name, value: c.value }));
}

/**
 * The opt-out cookies (US Privacy String, GPP, OptanonConsent) the browser
 * sends to a host: what the site's own scripts there read.
 */
export function optOutCookiesOf(
  cookiesOfSite: (site: string) => Promise<JarCookie[]>,
): (host: string) => Promise<NamedCookie[]> {
  const names = new Set(OPT_OUT_COOKIES);
  return async (host) =>
    (await cookiesOfSite(siteOf(host)))
      .filter((c) => names.has(c.name) && cookieSentTo(c, host))
      .map((c) => ({ name: c.name, value: c.value }));
}
