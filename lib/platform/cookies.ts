// Adapter: cookies.onChanged → observations.
import type { CookieChangeObservation, Observation } from '../core/observations.ts';
import type { SameSite } from '../core/types.ts';

export interface CookieDetails {
  name: string;
  value: string;
  domain: string;
  path: string;
  hostOnly: boolean;
  secure: boolean;
  httpOnly: boolean;
  sameSite?: string;
  session?: boolean;
  expirationDate?: number;
  /** Chrome: { topLevelSite?, hasCrossSiteAncestor? }; Firefox: { topLevelSite? } */
  partitionKey?: { topLevelSite?: string } | null;
}

export interface CookieChangeInfo {
  removed: boolean;
  cookie: CookieDetails;
  cause: string;
}

function sameSiteOf(raw: string | undefined): SameSite {
  switch (raw) {
    case 'strict':
      return 'strict';
    case 'lax':
      return 'lax';
    // Chrome says 'no_restriction', Firefox 'no_restriction' too.
    case 'no_restriction':
      return 'none';
    default:
      return 'unspecified';
  }
}

export function normaliseCookieChange(
  info: CookieChangeInfo,
  now: number,
): CookieChangeObservation {
  const c = info.cookie;
  return {
    kind: 'cookieChange',
    name: c.name,
    value: c.value,
    domain: c.domain,
    path: c.path,
    hostOnly: c.hostOnly,
    removed: info.removed,
    cause: info.cause,
    partitionKey: c.partitionKey?.topLevelSite ?? null,
    expirationDate: c.session || c.expirationDate === undefined ? null : c.expirationDate,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: sameSiteOf(c.sameSite),
    time: now,
  };
}

export interface CookiesApi {
  onChanged: { addListener(cb: (info: never) => void): void };
}

export function listenCookies(
  api: CookiesApi,
  now: () => number,
  sink: (o: Observation) => void,
): void {
  api.onChanged.addListener(((info: CookieChangeInfo) =>
    sink(normaliseCookieChange(info, now()))) as (info: never) => void);
}
