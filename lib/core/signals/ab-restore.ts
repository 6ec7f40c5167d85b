// The popup's A/B test (issue 12 item 4, lib/services/signals-ab.ts) saves the user's
// cookies for the site, clears them for the two loads, then restores exactly
// what was saved. Pure helpers for that: the `cookies.set` details that
// recreate a cookie as `cookies.getAll` gave it (HttpOnly, host-only,
// session and partitioned cookies included), the identity of a cookie, and
// the differences between the saved cookies and those found after the
// restore (empty = restored exactly).

/** A cookie as `cookies.getAll` gives it (Chrome's cookies.Cookie, the fields used). */
export interface SavedCookie {
  name: string;
  value: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: 'no_restriction' | 'lax' | 'strict' | 'unspecified';
  session: boolean;
  expirationDate?: number;
  storeId: string;
  /** CHIPS: the top-level site it is partitioned by. */
  partitionKey?: { topLevelSite?: string; hasCrossSiteAncestor?: boolean };
}

/** What `cookies.set` takes to recreate it. */
export interface CookieSetDetails {
  url: string;
  name: string;
  value: string;
  domain?: string;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SavedCookie['sameSite'];
  expirationDate?: number;
  storeId: string;
  partitionKey?: { topLevelSite?: string; hasCrossSiteAncestor?: boolean };
}

/**
 * The details recreating `c`: a host-only cookie is set without `domain`
 * (with one it would become a domain cookie), a session cookie without
 * `expirationDate`, a partitioned one with its partition key; the URL's
 * scheme follows `secure` (a Secure cookie cannot be set over http).
 */
export function cookieSetDetails(c: SavedCookie): CookieSetDetails {
  const host = c.domain.replace(/^\./, '');
  return {
    url: `${c.secure ? 'https' : 'http'}://${host}${c.path.startsWith('/') ? c.path : `/${c.path}`}`,
    name: c.name,
    value: c.value,
    ...(c.hostOnly ? {} : { domain: c.domain }),
    path: c.path,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: c.sameSite,
    ...(c.session || c.expirationDate === undefined ? {} : { expirationDate: c.expirationDate }),
    storeId: c.storeId,
    ...(c.partitionKey ? { partitionKey: c.partitionKey } : {}),
  };
}

/** A cookie's identity in the browser: store, partition, name, domain, path. */
export function cookieIdentity(c: SavedCookie): string {
  return [
    c.storeId,
    c.partitionKey?.topLevelSite ?? '',
    c.partitionKey?.hasCrossSiteAncestor ? '1' : '0',
    c.name,
    c.domain,
    c.path,
  ].join('\u0000');
}

/** What must be equal for a cookie to count as restored (expiry to the second). */
function state(c: SavedCookie): string {
  return JSON.stringify([
    c.value,
    c.hostOnly,
    c.secure,
    c.httpOnly,
    c.sameSite,
    c.session,
    c.session || c.expirationDate === undefined ? null : Math.floor(c.expirationDate),
  ]);
}

export interface RestoreDiff {
  /** Saved, not there after the restore. */
  missing: string[];
  /** There after the restore, not saved (left by the test loads). */
  extra: string[];
  /** There, but not as saved (value, flags or expiry). */
  changed: string[];
}

const label = (c: SavedCookie) =>
  `${c.name} @ ${c.domain}${c.path}${c.partitionKey?.topLevelSite ? ` (partitioned by ${c.partitionKey.topLevelSite})` : ''}`;

/** The differences between the saved cookies and those after the restore (all empty: exact). */
export function restoreDiff(
  saved: readonly SavedCookie[],
  after: readonly SavedCookie[],
): RestoreDiff {
  const a = new Map(after.map((c) => [cookieIdentity(c), c]));
  const s = new Map(saved.map((c) => [cookieIdentity(c), c]));
  const out: RestoreDiff = { missing: [], extra: [], changed: [] };
  for (const [k, c] of s) {
    const now = a.get(k);
    if (!now) out.missing.push(label(c));
    else if (state(now) !== state(c)) out.changed.push(label(c));
  }
  for (const [k, c] of a) if (!s.has(k)) out.extra.push(label(c));
  for (const xs of Object.values(out)) (xs as string[]).sort();
  return out;
}
