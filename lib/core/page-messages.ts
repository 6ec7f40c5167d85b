// Messages that come from page context (the main-world hook, relayed by the
// isolated content script) are untrusted: a hostile page can send anything.
// They are validated here; tab, frame and document URL never come from them
// but from the browser's `sender`.

import { readOptOutApis, type OptOutApis } from './cmp/optout-apis.ts';
import { STORAGE_KINDS, type StorageKind } from './types.ts';

export const MAX_COOKIE_STRING = 8192;
export const MAX_STORAGE_KEY = 1024;
export const MAX_STORAGE_VALUE = 65_536;
export const MAX_URL = 4096;

export type PageReport =
  | {
      type: 'cookie';
      api: 'document.cookie' | 'cookieStore';
      cookie: string;
      scriptUrl: string | null;
      time: number;
    }
  | {
      type: 'storage';
      storage: StorageKind;
      op: 'set' | 'remove' | 'clear';
      key: string;
      value: string | null;
      scriptUrl: string | null;
      time: number;
    };

export const MAX_LINKS = 500;
export const MAX_CMP_JSON_LENGTH = 2_000_000;

/** What the top frame's `__uspapi` and `__gpp` answered after the load (issue 12). */
export interface OptOutReport {
  type: 'optout';
  apis: OptOutApis;
  time: number;
}

export type PageMetaReport =
  | { type: 'links'; links: { href: string; text: string; inFooter: boolean }[] }
  /** What the page's scripts saw: navigator.globalPrivacyControl and navigator.doNotTrack. */
  | { type: 'navigator'; gpc: boolean | null; dnt: string | null }
  | { type: 'cmp'; cmp: 'onetrust' | 'cookiebot' | 'tcf'; json: string };

export type ValidationResult =
  { ok: true; report: PageReport | PageMetaReport | OptOutReport } | { ok: false; error: string };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function optionalUrl(x: unknown): string | null | undefined {
  if (x === null || x === undefined) return null;
  if (typeof x !== 'string' || x.length > MAX_URL) return undefined;
  return /^(https?|blob|data|about):/i.test(x) ? x : null;
}

/**
 * Validate one report from page context, stamped with `now`, the time the
 * background received it.
 */
export function validatePageReport(input: unknown, now: number): ValidationResult {
  if (!isObject(input)) return { ok: false, error: 'not an object' };
  // The time of receipt, never the page's word: a page could otherwise move
  // its own events before or after a consent change.
  const time = now;
  const scriptUrl = optionalUrl(input.scriptUrl);
  if (scriptUrl === undefined) return { ok: false, error: 'bad scriptUrl' };
  if (input.type === 'cookie') {
    const api = input.api;
    if (api !== 'document.cookie' && api !== 'cookieStore') return { ok: false, error: 'bad api' };
    if (typeof input.cookie !== 'string' || input.cookie.length > MAX_COOKIE_STRING)
      return { ok: false, error: 'bad cookie string' };
    return { ok: true, report: { type: 'cookie', api, cookie: input.cookie, scriptUrl, time } };
  }
  if (input.type === 'storage') {
    const storage = input.storage;
    if (typeof storage !== 'string' || !(STORAGE_KINDS as readonly string[]).includes(storage))
      return { ok: false, error: 'bad storage kind' };
    const kind = storage as StorageKind;
    const op = input.op;
    if (op !== 'set' && op !== 'remove' && op !== 'clear') return { ok: false, error: 'bad op' };
    if (typeof input.key !== 'string' || input.key.length > MAX_STORAGE_KEY)
      return { ok: false, error: 'bad key' };
    const webStorage = kind === 'localStorage' || kind === 'sessionStorage';
    if (!webStorage && op === 'clear') return { ok: false, error: 'bad op' };
    if (kind === 'serviceWorker') {
      // key = the absolute script URL, value = the registration scope
      if (!/^https?:/i.test(input.key)) return { ok: false, error: 'bad key' };
      const scope = input.value;
      if (
        scope !== null &&
        scope !== undefined &&
        (typeof scope !== 'string' || scope.length > MAX_URL || !/^https?:/i.test(scope))
      )
        return { ok: false, error: 'bad scope' };
      return {
        ok: true,
        report: {
          type: 'storage',
          storage: kind,
          op,
          key: input.key,
          value: typeof scope === 'string' ? scope : null,
          scriptUrl,
          time,
        },
      };
    }
    let value: string | null = null;
    if (!webStorage) {
      // IndexedDB / Cache Storage: the name is the record; no value.
      if (input.value !== null && input.value !== undefined)
        return { ok: false, error: 'bad value' };
    } else if (op === 'set') {
      if (typeof input.value !== 'string') return { ok: false, error: 'bad value' };
      value = input.value.slice(0, MAX_STORAGE_VALUE);
    }
    return {
      ok: true,
      report: { type: 'storage', storage: kind, op, key: input.key, value, scriptUrl, time },
    };
  }
  if (input.type === 'links') {
    if (!Array.isArray(input.links) || input.links.length > MAX_LINKS)
      return { ok: false, error: 'bad links' };
    const links = [];
    for (const l of input.links as unknown[]) {
      if (!isObject(l) || typeof l.href !== 'string' || typeof l.text !== 'string') continue;
      if (l.href.length > MAX_URL) continue;
      links.push({ href: l.href, text: l.text.slice(0, 300), inFooter: l.inFooter === true });
    }
    return { ok: true, report: { type: 'links', links } };
  }
  if (input.type === 'navigator') {
    const gpc = input.gpc;
    const dnt = input.dnt;
    if (gpc !== null && typeof gpc !== 'boolean') return { ok: false, error: 'bad gpc' };
    // navigator.doNotTrack is "1", "0", "unspecified" or null; anything else is cut short.
    if (dnt !== null && typeof dnt !== 'string') return { ok: false, error: 'bad dnt' };
    return {
      ok: true,
      report: { type: 'navigator', gpc, dnt: dnt === null ? null : dnt.slice(0, 16) },
    };
  }
  if (input.type === 'cmp') {
    const cmp = input.cmp;
    if (cmp !== 'onetrust' && cmp !== 'cookiebot' && cmp !== 'tcf')
      return { ok: false, error: 'bad cmp' };
    if (typeof input.json !== 'string' || input.json.length > MAX_CMP_JSON_LENGTH)
      return { ok: false, error: 'bad cmp data' };
    return { ok: true, report: { type: 'cmp', cmp, json: input.json } };
  }
  if (input.type === 'optout') {
    // Every field is read defensively and bounded (readOptOutApis): a page
    // API's answer is whatever the page wants it to be.
    return { ok: true, report: { type: 'optout', apis: readOptOutApis(input), time } };
  }
  return { ok: false, error: 'unknown report type' };
}

/**
 * The URL of the script that made the current call, from an Error stack, the
 * first frame that is not the hook itself (extension URLs) — Chrome formats
 * frames as "at fn (url:line:col)" or "at url:line:col", Firefox "fn@url:line:col".
 */
export function scriptUrlFromStack(stack: string | undefined): string | null {
  if (!stack) return null;
  for (const line of stack.split('\n')) {
    const m = /(?:\(|@|at\s)((?:https?|blob):[^\s)]+?)(?::\d+){1,2}\)?\s*$/.exec(line.trim());
    if (m?.[1]) return m[1];
  }
  return null;
}

/**
 * cookieStore.set(name, value) or cookieStore.set(options) as the cookie
 * string document.cookie would take, so both are parsed alike. cookieStore's
 * default path is "/" (not the page's directory) and its cookies are Secure.
 */
export function cookieStoreToString(args: unknown[]): string {
  const [a, b] = args;
  const o: Record<string, unknown> =
    typeof a === 'object' && a !== null ? (a as Record<string, unknown>) : { name: a, value: b };
  const parts = [`${String(o.name ?? '')}=${String(o.value ?? '')}`];
  if (typeof o.domain === 'string') parts.push(`Domain=${o.domain}`);
  // cookieStore's default path is "/", not document.cookie's directory of the
  // page: without it the write would not match the browser's cookie change.
  parts.push(`Path=${typeof o.path === 'string' ? o.path : '/'}`);
  if (typeof o.expires === 'number') parts.push(`Expires=${new Date(o.expires).toUTCString()}`);
  if (typeof o.sameSite === 'string') parts.push(`SameSite=${o.sameSite}`);
  if (o.partitioned === true) parts.push('Partitioned');
  parts.push('Secure'); // cookieStore cookies are always Secure
  return parts.join('; ');
}

/**
 * The URL a frame's cookies and storage belong to. An about:blank or srcdoc
 * frame has no URL of its own but its creator's origin, which Chrome gives as
 * the sender's origin (Firefox gives none: the frame's URL is kept).
 */
export function documentUrlOf(url: string, origin: string | undefined): string {
  if (!/^about:/i.test(url) || !origin || !/^https?:\/\/[^/]+$/i.test(origin)) return url;
  return `${origin}/`;
}
