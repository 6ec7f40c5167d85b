// Domain records. Names follow ../shared/SPEC.md ("What is recorded" and
// "Report"); they are a contract with other tools, so add fields, never rename.

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
  signals?: { dnt: boolean; gpc: boolean };
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

export type CookieSetBy = 'http' | 'script' | 'unknown';
export type SameSite = 'strict' | 'lax' | 'none' | 'unspecified';

export interface CookieRecord {
  id?: number;
  pageId: string;
  tabId: number;
  name: string;
  /** Cookie domain without a leading dot. */
  domain: string;
  path: string;
  hostOnly: boolean;
  /** Lifetime as the browser stores it (capped at 400 days), null = session. */
  lifetimeDays: number | null;
  /** Lifetime the site asked for, when longer than what the browser keeps. */
  requestedLifetimeDays: number | null;
  /** True when the header deletes the cookie (expiry in the past / Max-Age <= 0). */
  deletion: boolean;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  partitioned: boolean;
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

export interface CookieChangeRecord {
  id?: number;
  name: string;
  domain: string;
  /** Registrable domain of `domain` (indexed: an audit reads only its sites' changes). */
  site?: string;
  path: string;
  hostOnly: boolean;
  removed: boolean;
  cause: string;
  partitionKey: string | null;
  lifetimeDays: number | null;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
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
