// Browser events after normalisation at the edge (lib/platform): plain data
// that the recorder turns into records. Nothing here is a browser object.
import type { OptOutApis } from './cmp/optout-apis.ts';
import type { NamedCookie } from './cmp/types.ts';
import type { RequestType, StorageKind, StoredCookieAttributes } from './types.ts';

export interface NavigationObservation {
  kind: 'navigation';
  tabId: number;
  requestId: string;
  url: string;
  time: number;
}

/** Privacy signals the browser sent with a document request (DNT, Sec-GPC). */
export interface SignalsObservation {
  kind: 'signals';
  tabId: number;
  requestId: string;
  /** The document's address (absent in observations captured before it was kept). */
  url?: string;
  dnt: boolean;
  gpc: boolean;
  /** Which of them this extension's own option sends with that address (set by the background). */
  extension?: { dnt: boolean; gpc: boolean };
  time: number;
}

/** What a page's scripts saw of the signals (the main-world hook's report; untrusted). */
export interface NavigatorSignalsObservation {
  kind: 'navigatorSignals';
  tabId: number;
  frameId: number;
  documentUrl: string;
  documentId?: string | null;
  gpc: boolean | null;
  dnt: string | null;
  time: number;
}

export interface RequestObservation {
  kind: 'request';
  tabId: number;
  requestId: string;
  url: string;
  method: string;
  type: RequestType;
  initiator: string | null;
  frameId: number;
  parentFrameId: number;
  documentUrl: string | null;
  /** Chrome 106+: the document that made the request (absent for a navigation's own request). */
  documentId?: string | null;
  /** Chrome 106+: the parent document of the frame (subframes). */
  parentDocumentId?: string | null;
  time: number;
}

export interface ResponseObservation {
  kind: 'response';
  tabId: number;
  requestId: string;
  url: string;
  type: RequestType;
  initiator: string | null;
  status: number | null;
  contentType: string | null;
  contentLength: number | null;
  setCookie: string[];
  /** The `Tk` header (W3C tracking status), when the response has one. */
  tk?: string;
  time: number;
}

export interface RequestErrorObservation {
  kind: 'requestError';
  tabId: number;
  requestId: string;
  url: string;
  type: RequestType;
  initiator: string | null;
  error: string;
  time: number;
}

/** `domain` as the cookies API gives it (a leading dot for a domain cookie). */
export interface CookieChangeObservation extends StoredCookieAttributes {
  kind: 'cookieChange';
  value: string;
  removed: boolean;
  cause: string;
  partitionKey: string | null;
  /** Seconds since epoch, absent for session cookies. */
  expirationDate: number | null;
  time: number;
}

export interface ScriptCookieObservation {
  kind: 'scriptCookie';
  tabId: number;
  frameId: number;
  documentUrl: string;
  /** The reporting document (Chrome's MessageSender.documentId), when known. */
  documentId?: string | null;
  api: 'document.cookie' | 'cookieStore';
  /** The string assigned to document.cookie (or the cookieStore.set options, serialised). */
  cookie: string;
  scriptUrl: string | null;
  time: number;
}

export interface StorageObservation {
  kind: 'storage';
  tabId: number;
  frameId: number;
  documentUrl: string;
  /** The reporting document (Chrome's MessageSender.documentId), when known. */
  documentId?: string | null;
  storage: StorageKind;
  op: 'set' | 'remove' | 'clear';
  key: string;
  value: string | null;
  scriptUrl: string | null;
  time: number;
}

/** What the top frame's opt-out APIs answered, with its opt-out cookies (read by the background). */
export interface OptOutObservation {
  kind: 'optOut';
  tabId: number;
  frameId: number;
  documentUrl: string;
  documentId?: string | null;
  apis: OptOutApis;
  cookies: NamedCookie[];
  time: number;
}

export type Observation =
  | NavigationObservation
  | SignalsObservation
  | NavigatorSignalsObservation
  | RequestObservation
  | ResponseObservation
  | RequestErrorObservation
  | CookieChangeObservation
  | ScriptCookieObservation
  | StorageObservation
  | OptOutObservation;
