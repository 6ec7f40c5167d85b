// The user's consent choice, read from the CMPs' own cookies:
// - OneTrust `OptanonConsent`: a URL-encoded query string
//   (…&interactionCount=1&…&groups=C0001%3A1%2CC0002%3A0…&…) plus
//   `OptanonAlertBoxClosed` = ISO time of the choice;
// - Cookiebot `CookieConsent`: a JS object literal, usually URL-encoded
//   ({stamp:%27…%27%2Cnecessary:true%2C…%2Cmethod:%27explicit%27%2Cver:1%2Cutc:…});
//   `-1` (or stamp '-1') when the visitor's region needs no consent;
// - TCF `euconsent-v2`.
import type { Category } from '../types.ts';
import { readJsLiteral } from './jsliteral.ts';
import { groupIdMap } from './onetrust-groups.ts';
import { LIMITS, clip, fail, isRecord, ok } from './result.ts';
import { decodeTcString } from './tcf.ts';
import { tcfConsentState } from './tcf-categories.ts';
import { sameConsent } from './timeline.ts';
import type { CmpResult, ConsentState, ConsentStatus, NamedCookie } from './types.ts';

/** accepted / rejected / partial over the non-necessary categories present. */
export function statusOf(categories: Partial<Record<Category, boolean>>): ConsentStatus {
  const values = Object.entries(categories)
    .filter(([c]) => c !== 'necessary' && c !== 'unknown')
    .map(([, v]) => v);
  if (values.every((v) => v)) return 'accepted';
  if (values.every((v) => !v)) return 'rejected';
  return 'partial';
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `Wed May 01 2024 14:17:23 GMT+0530 (India Standard Time)` (JS Date#toString) → ms. */
export function parseDateString(s: string): number | null {
  const m = /^\w{3} (\w{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-])(\d{2})(\d{2})/.exec(
    s.trim(),
  );
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] as string).toLowerCase());
  if (month === -1) return null;
  const [y, d, hh, mm, ss, oh, om] = [m[3], m[2], m[4], m[5], m[6], m[8], m[9]].map(
    Number,
  ) as number[];
  const offset = (m[7] === '-' ? -1 : 1) * ((oh as number) * 60 + (om as number));
  const t = Date.UTC(y as number, month, d, hh, mm, ss) - offset * 60_000;
  return Number.isFinite(t) ? t : null;
}

function isoTime(s: string | undefined): number | null {
  if (
    !s ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(s.trim())
  )
    return null;
  const t = Date.parse(s.trim());
  return Number.isFinite(t) ? t : null;
}

/** OneTrust's `OptanonConsent` fields read by both readers below. */
interface OptanonFields {
  params: URLSearchParams;
  rawGroups: string;
  /** Each well-formed `id:0|1` group entry, in order. */
  groups: [id: string, on: boolean][];
  notes: string[];
}

function optanonFields(value: unknown): CmpResult<OptanonFields> {
  if (typeof value !== 'string' || value.length > LIMITS.cookieChars)
    return fail('OptanonConsent value missing or too long');
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(value.trim());
  } catch {
    return fail('OptanonConsent is not a query string');
  }
  const rawGroups = params.get('groups');
  if (rawGroups === null) return fail(`OptanonConsent has no groups= field: "${clip(value, 60)}"`);
  const groups: [string, boolean][] = [];
  const notes: string[] = [];
  for (const entry of rawGroups.split(',').filter(Boolean)) {
    const m = /^([^:]+):([01])$/.exec(entry.trim());
    if (!m) notes.push(`group entry "${clip(entry, 30)}" ignored`);
    else groups.push([m[1] as string, m[2] === '1']);
  }
  return ok({ params, rawGroups, groups, notes });
}

/**
 * OneTrust's cookies. A choice was made when OptanonAlertBoxClosed is set or
 * interactionCount > 0; otherwise the groups are the defaults and the status
 * is `none`. Several groups of one category: consented if any of them is.
 * `groups` maps group ids to categories (see oneTrustGroupCategories).
 */
export function readOptanonConsent(
  value: string,
  alertBoxClosed: string | null = null,
  groups: Readonly<Record<string, Category>> = groupIdMap(),
): CmpResult<ConsentState> {
  const read = optanonFields(value);
  if (!read.ok) return read;
  const { params, rawGroups, notes } = read.value;
  const categories: Partial<Record<Category, boolean>> = {};
  for (const [id, on] of read.value.groups) {
    const cat = groups[id];
    if (!cat || cat === 'unknown') continue;
    categories[cat] = categories[cat] === true || on;
  }
  const count = Number(params.get('interactionCount') ?? '0');
  const closed = alertBoxClosed?.trim() ? decode(alertBoxClosed.trim()) : null;
  const chosen = closed !== null || count > 0;
  const parts = [`OptanonConsent groups=${clip(rawGroups, 160)}`];
  if (params.has('interactionCount'))
    parts.push(`interactionCount=${clip(params.get('interactionCount') ?? '', 10)}`);
  if (closed !== null) parts.push(`OptanonAlertBoxClosed=${clip(closed, 40)}`);
  const timestamp = isoTime(closed ?? undefined) ?? parseDateString(params.get('datestamp') ?? '');
  return ok(
    {
      cmp: 'onetrust',
      status: chosen ? statusOf(categories) : 'none',
      categories,
      timestamp,
      evidence: parts.join('; '),
      method: chosen ? 'explicit' : 'unknown',
    },
    notes,
  );
}

/** What `OptanonConsent` says about a GPC opt-out: OneTrust's own GPC flags and its groups as set. */
export interface OptanonOptOut {
  /** `isGpcEnabled`: 1 when OneTrust applied the visitor's GPC signal (null: field absent or not 0/1). */
  isGpcEnabled: 0 | 1 | null;
  /** `browserGpcFlag`: whether OneTrust saw the browser send GPC (null: absent). */
  browserGpcFlag: 0 | 1 | null;
  /** Group id → on/off (C0001 necessary, C0002 performance, C0004 targeting, …). */
  groups: Record<string, boolean>;
  /** Only the fields read, as the cookie had them (the consent id and the rest are not kept). */
  raw: string;
}

const bit = (v: string | null): 0 | 1 | null => (v === '0' ? 0 : v === '1' ? 1 : null);

/** OneTrust's `OptanonConsent` → its GPC flags and groups (for the opt-out strings). */
export function readOptanonOptOut(value: unknown): CmpResult<OptanonOptOut> {
  const read = optanonFields(value);
  if (!read.ok) return read;
  const { params, rawGroups, notes } = read.value;
  // At most 100 groups (real banners have fewer than 20); fromEntries makes
  // own properties, so a group named "__proto__" is just a name.
  const groups: Record<string, boolean> = Object.fromEntries(
    read.value.groups.slice(0, 100).map(([id, on]) => [clip(id, 40), on]),
  );
  const isGpcEnabled = bit(params.get('isGpcEnabled'));
  const browserGpcFlag = bit(params.get('browserGpcFlag'));
  const raw = [
    ...(params.has('isGpcEnabled')
      ? [`isGpcEnabled=${clip(params.get('isGpcEnabled')!, 10)}`]
      : []),
    ...(params.has('browserGpcFlag')
      ? [`browserGpcFlag=${clip(params.get('browserGpcFlag')!, 10)}`]
      : []),
    `groups=${clip(rawGroups, 400)}`,
  ].join('&');
  return ok({ isGpcEnabled, browserGpcFlag, groups, raw }, notes);
}

const COOKIEBOT_KEYS: Readonly<Record<string, Category>> = {
  necessary: 'necessary',
  preferences: 'preferences',
  statistics: 'analytics',
  marketing: 'advertising',
};

/** Cookiebot's `CookieConsent` cookie. */
export function readCookiebotConsent(value: string): CmpResult<ConsentState> {
  if (typeof value !== 'string' || value.length > LIMITS.cookieChars)
    return fail('CookieConsent value missing or too long');
  const text = decode(value.trim());
  const all = { necessary: true, preferences: true, analytics: true, advertising: true };
  if (text === '-1') {
    return ok({
      cmp: 'cookiebot',
      status: 'accepted',
      categories: all,
      timestamp: null,
      evidence: 'CookieConsent=-1',
      method: 'not-required',
    });
  }
  const read = readJsLiteral(text, 0, { maxDepth: 2, maxItems: 100 });
  if (!read.ok || !isRecord(read.value)) {
    return fail(`CookieConsent is not a Cookiebot consent object: "${clip(text, 60)}"`);
  }
  const obj = read.value;
  const categories: Partial<Record<Category, boolean>> = {};
  for (const [key, cat] of Object.entries(COOKIEBOT_KEYS)) {
    if (typeof obj[key] === 'boolean') categories[cat] = obj[key] as boolean;
  }
  if (Object.keys(categories).length === 0)
    return fail('CookieConsent has no necessary/preferences/statistics/marketing flags');
  const utc = typeof obj.utc === 'number' && Number.isFinite(obj.utc) ? obj.utc : null;
  const method = obj.method === 'explicit' || obj.method === 'implied' ? obj.method : 'unknown';
  const flags = Object.keys(COOKIEBOT_KEYS)
    .filter((k) => typeof obj[k] === 'boolean')
    .map((k) => `${k}:${String(obj[k])}`);
  const evidence = `CookieConsent ${flags.join(',')}${typeof obj.method === 'string' ? `,method:${clip(obj.method, 20)}` : ''}${utc !== null ? `,utc:${utc}` : ''}`;
  if (obj.stamp === '-1') {
    return ok({
      cmp: 'cookiebot',
      status: 'accepted',
      categories: all,
      timestamp: utc,
      evidence,
      method: 'not-required',
    });
  }
  return ok({
    cmp: 'cookiebot',
    status: statusOf(categories),
    categories,
    timestamp: utc,
    evidence,
    method,
  });
}

/** TCF `euconsent-v2` cookie. */
export function readTcfConsentCookie(value: string): CmpResult<ConsentState> {
  const decoded = decodeTcString(decode(typeof value === 'string' ? value.trim() : ''));
  return decoded.ok ? ok(tcfConsentState(decoded.value), decoded.notes) : decoded;
}

export interface ConsentCookieOptions {
  /** OneTrust group id → category for this site (oneTrustGroupCategories). */
  oneTrustGroups?: Readonly<Record<string, Category>>;
}

/**
 * Every consent state the cookies record, in priority order (OneTrust,
 * Cookiebot, TCF), and the reasons unreadable consent cookies were skipped.
 */
export function readConsentCookies(
  cookies: readonly NamedCookie[],
  opts: ConsentCookieOptions = {},
): { states: ConsentState[]; errors: string[] } {
  const get = (name: string) =>
    Array.isArray(cookies)
      ? cookies.find((c) => isRecord(c) && c.name === name && typeof c.value === 'string')?.value
      : undefined;
  const states: ConsentState[] = [];
  const errors: string[] = [];
  const take = (name: string, r: CmpResult<ConsentState>) => {
    if (r.ok) states.push(r.value);
    else errors.push(`${name}: ${r.error}`);
  };
  const optanon = get('OptanonConsent');
  if (optanon !== undefined) {
    take(
      'OptanonConsent',
      readOptanonConsent(
        optanon,
        get('OptanonAlertBoxClosed') ?? null,
        opts.oneTrustGroups ?? groupIdMap(),
      ),
    );
  }
  const cookiebot = get('CookieConsent');
  if (cookiebot !== undefined) take('CookieConsent', readCookiebotConsent(cookiebot));
  const tcf = get('euconsent-v2');
  if (tcf !== undefined) take('euconsent-v2', readTcfConsentCookie(tcf));
  return { states, errors };
}

/** The consent state the cookies record (first CMP found), or null when there is none. */
export function consentFromCookies(
  cookies: readonly NamedCookie[],
  opts: ConsentCookieOptions = {},
): ConsentState | null {
  return readConsentCookies(cookies, opts).states[0] ?? null;
}

/** "accepted (analytics on, advertising off)": a consent state in a few words. */
function describeConsent(s: ConsentState): string {
  const cats = Object.entries(s.categories)
    .map(([k, v]) => `${k} ${v ? 'on' : 'off'}`)
    .join(', ');
  return cats ? `${s.status} (${cats})` : s.status;
}

/**
 * Whether a consent state read from the page's own TCF API (`__tcfapi`)
 * may enter the consent timeline. The page runs that API and can make it say
 * anything, so a choice it reports counts only where the CMP's cookie
 * (`euconsent-v2`) records the same choice; "no choice yet" needs no
 * confirmation. Otherwise the reason, in words, for the declaration's notes.
 */
export function confirmApiConsent(
  api: ConsentState,
  cookies: readonly NamedCookie[],
): { accept: true } | { accept: false; why: string } {
  if (api.status === 'none') return { accept: true };
  const said = `the page's TCF API reports a choice, ${describeConsent(api)}`;
  const raw = Array.isArray(cookies)
    ? cookies.find((c) => isRecord(c) && c.name === 'euconsent-v2' && typeof c.value === 'string')
        ?.value
    : undefined;
  if (raw === undefined)
    return { accept: false, why: `${said}, that no euconsent-v2 cookie records: not taken` };
  const r = readTcfConsentCookie(raw);
  if (!r.ok)
    return {
      accept: false,
      why: `${said}; its euconsent-v2 cookie cannot be read (${r.error}): not taken`,
    };
  const c = r.value;
  // The cookie cannot tell how the choice was made (its method is unknown): CMP, status and categories decide.
  if (sameConsent(c, api)) return { accept: true };
  return {
    accept: false,
    why: `${said}; its euconsent-v2 cookie records ${describeConsent(c)}: the cookie's is kept`,
  };
}
