// Domain records. Names follow ../shared/SPEC.md ("What is recorded" and
// "Report"); they are a contract with other tools, so add fields, never rename.
import type { OptOutApis } from './cmp/optout-apis.ts';
import type { NamedCookie } from './cmp/types.ts';

export type Party = 'first' | 'third';

export type Category =
  'necessary' | 'preferences' | 'analytics' | 'advertising' | 'social' | 'unknown';

export type Technology =
  | 'cookies'
  | 'web_beacons'
  | 'pixel_tags'
  | 'local_storage'
  | 'flash_lso'
  | 'fingerprinting'
  | 'sdk';

export type Stance = 'ignores' | 'honors' | 'partial' | 'reserves' | 'silent';

/** Request types after normalising Chrome and Firefox names. */
export type RequestType =
  | 'main_frame'
  | 'sub_frame'
  | 'stylesheet'
  | 'script'
  | 'image'
  | 'font'
  | 'object'
  | 'xmlhttprequest'
  | 'ping'
  | 'csp_report'
  | 'media'
  | 'websocket'
  | 'other';

/** A cookie or storage value: by default only what is needed to reason about it. */
export interface ValueInfo {
  length: number;
  /** First 16 hex chars of the keyed SHA-256 (HMAC, per-installation key) of the value ('' for an empty value). */
  hashPrefix: string;
  /** Shannon entropy estimate in bits per character. */
  entropy: number;
  /** The value itself: only when the user chose to keep values (options page). */
  raw?: string;
}

export interface PageVisit {
  id: string;
  tabId: number;
  url: string;
  /** Registrable domain (eTLD+1) of the page, or its host when there is none. */
  site: string;
  startedAt: number;
  /** DNT / Sec-GPC request headers the browser sent with the page's document request. */
  signals?: {
    dnt: boolean;
    gpc: boolean;
    /** Which of them this extension's "send privacy signals" option covered at the time. */
    extension?: { dnt: boolean; gpc: boolean };
  };
  /**
   * What the page's scripts saw (the main-world hook read it after
   * DOMContentLoaded): navigator.globalPrivacyControl (null: not defined)
   * and navigator.doNotTrack. Reported from page context, so the page could
   * have changed it.
   */
  navigatorSignals?: { gpc: boolean | null; dnt: string | null };
  /**
   * Kinds of records this visit had more of than the per-page cap
   * (lib/core/record/limits.ts), with the cap: only the first that many
   * were recorded.
   */
  truncated?: Partial<Record<PageRecordKind, number>>;
}

export interface RequestRecord {
  id?: number;
  pageId: string;
  tabId: number;
  requestId: string;
  url: string;
  method: string;
  type: RequestType;
  initiator: string | null;
  frameId: number;
  parentFrameId: number;
  documentUrl: string | null;
  /** Registrable domain of the request URL. */
  domain: string;
  party: Party;
  status: number | null;
  contentType: string | null;
  contentLength: number | null;
  error: string | null;
  beacon: boolean;
  pixel: boolean;
  time: number;
}

/** A response joined to its request by requestId when a view or report is built. */
export interface ResponseRecord {
  id?: number;
  pageId: string;
  tabId: number;
  requestId: string;
  url: string;
  status: number | null;
  contentType: string | null;
  contentLength: number | null;
  error: string | null;
  pixel: boolean;
  /** The `Tk` response header (W3C tracking status), when there was one. */
  tk?: string;
  time: number;
}

export type CookieSetBy = 'http' | 'script' | 'unknown';
export type SameSite = 'strict' | 'lax' | 'none' | 'unspecified';

/**
 * What the browser's cookie store knows of a cookie (the cookies API reports
 * these): every cookie shape below is built from them.
 */
export interface StoredCookieAttributes {
  name: string;
  /** Cookie domain without a leading dot. */
  domain: string;
  path: string;
  hostOnly: boolean;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
}

/** A cookie's attributes as a Set-Cookie header or a script write set them, and as reports show them. */
export interface CookieAttributes extends StoredCookieAttributes {
  /** Lifetime as the browser stores it (capped at 400 days), null = session. */
  lifetimeDays: number | null;
  /** Lifetime the site asked for, when longer than what the browser keeps. */
  requestedLifetimeDays: number | null;
  partitioned: boolean;
}

// Key lists checked against the interfaces both ways (a missing or an extra
// key fails to compile), so that copying attributes is one call.
const STORED_COOKIE_KEYS: { [K in keyof StoredCookieAttributes]: null } = {
  name: null,
  domain: null,
  path: null,
  hostOnly: null,
  secure: null,
  httpOnly: null,
  sameSite: null,
};
const COOKIE_KEYS: { [K in keyof CookieAttributes]: null } = {
  ...STORED_COOKIE_KEYS,
  lifetimeDays: null,
  requestedLifetimeDays: null,
  partitioned: null,
};

function pick<T, K extends keyof T>(from: T, keys: Record<K, null>): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k in keys) out[k] = from[k];
  return out;
}

/** The StoredCookieAttributes of any cookie shape, nothing else. */
export const storedCookieAttributes = (c: StoredCookieAttributes): StoredCookieAttributes =>
  pick(c, STORED_COOKIE_KEYS);

/** The CookieAttributes of any cookie shape, nothing else. */
export const cookieAttributes = (c: CookieAttributes): CookieAttributes => pick(c, COOKIE_KEYS);

export interface CookieRecord extends CookieAttributes {
  id?: number;
  pageId: string;
  tabId: number;
  /** True when the header deletes the cookie (expiry in the past / Max-Age <= 0). */
  deletion: boolean;
  party: Party;
  setBy: CookieSetBy;
  /** URL of the response (http) or script (script) that set it. */
  setter: string | null;
  /** requestId of the response that set it (http only). */
  requestId: string | null;
  value: ValueInfo;
  /** null until resolved against cookies.onChanged (see resolveBlocked). */
  blocked: boolean | null;
  /** Notes about malformed parts that were skipped. */
  warnings: string[];
  time: number;
}

export interface CookieChangeRecord
  extends StoredCookieAttributes, Pick<CookieAttributes, 'lifetimeDays'> {
  id?: number;
  /** Registrable domain of `domain` (indexed: an audit reads only its sites' changes). */
  site?: string;
  removed: boolean;
  cause: string;
  partitionKey: string | null;
  value: ValueInfo;
  time: number;
}

/**
 * Where a site stored something on the device (ePrivacy Art. 5(3) covers any
 * storage): Web Storage, IndexedDB databases (key = database name), Cache
 * Storage caches (key = cache name), service-worker registrations (key =
 * absolute script URL).
 */
export type StorageKind =
  'localStorage' | 'sessionStorage' | 'indexedDB' | 'cacheStorage' | 'serviceWorker';

export const STORAGE_KINDS: readonly StorageKind[] = [
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'cacheStorage',
  'serviceWorker',
];

export interface StorageRecord {
  id?: number;
  pageId: string;
  tabId: number;
  kind: StorageKind;
  origin: string;
  frameUrl: string;
  key: string;
  op: 'set' | 'remove' | 'clear';
  party: Party;
  /** Script URL that wrote it, when the stack told us; null otherwise. */
  setter: string | null;
  value: ValueInfo | null;
  /** A service worker's registration scope; absent for other kinds. */
  scope?: string | null;
  time: number;
}

/**
 * The opt-out strings one page gave (issue 12): what its `__uspapi` and
 * `__gpp` answered after the load, and its opt-out cookies as the browser
 * sends them to it (OPT_OUT_COOKIES; of OptanonConsent only the GPC flags and
 * groups). Kept raw, bounded; read with readOptOutStrings when a view is built.
 */
export interface OptOutRecord {
  id?: number;
  pageId: string;
  tabId: number;
  /** The top-frame document that answered. */
  documentUrl: string;
  apis: OptOutApis;
  cookies: NamedCookie[];
  time: number;
}

/**
 * Every kind of record, by the name of its table: the one declaration that
 * batches, the store's tables, reading, pruning, deletion and views derive
 * from. A new kind is added here (and given a table in lib/platform/db.ts,
 * which the compiler then asks for).
 */
export interface RecordKinds {
  pages: PageVisit;
  requests: RequestRecord;
  responses: ResponseRecord;
  cookies: CookieRecord;
  cookieChanges: CookieChangeRecord;
  storage: StorageRecord;
  optOut: OptOutRecord;
}

export type RecordKind = keyof RecordKinds;

/** Records of every kind, one list per kind (a batch, a page's records, a view's input). */
export type RecordLists = { [K in RecordKind]: RecordKinds[K][] };

/** The kinds whose records belong to one page visit: deleted with it, read by its id. */
export type PageRecordKind = {
  [K in RecordKind]: RecordKinds[K] extends { pageId: string } ? K : never;
}[RecordKind];

// Objects rather than arrays: the compiler checks them against the types
// above both ways (a kind missing or not a kind fails to compile).
const RECORD_KIND_KEYS: { [K in RecordKind]: null } = {
  pages: null,
  requests: null,
  responses: null,
  cookies: null,
  cookieChanges: null,
  storage: null,
  optOut: null,
};
const PAGE_RECORD_KIND_KEYS: { [K in PageRecordKind]: null } = {
  requests: null,
  responses: null,
  cookies: null,
  storage: null,
  optOut: null,
};

export const RECORD_KINDS = Object.keys(RECORD_KIND_KEYS) as readonly RecordKind[];
export const PAGE_RECORD_KINDS = Object.keys(PAGE_RECORD_KIND_KEYS) as readonly PageRecordKind[];
