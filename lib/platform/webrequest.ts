// Adapter: webRequest details (Chrome and Firefox shapes) → observations.
// The normalise* functions are pure so captured event shapes can be replayed
// in tests; `listenWebRequest` only registers listeners.
import type { Observation } from '../core/observations.ts';
import {
  headerValue,
  headerValues,
  normaliseRequestType,
  parseContentLength,
} from '../core/requests.ts';

interface Header {
  name: string;
  value?: string;
}

/** The fields of webRequest details we read (Chrome ∪ Firefox). */
export interface RequestDetails {
  requestId: string;
  url: string;
  method: string;
  type: string;
  tabId: number;
  frameId: number;
  parentFrameId: number;
  timeStamp: number;
  /** Chrome */
  initiator?: string;
  /** Firefox */
  originUrl?: string;
  documentUrl?: string;
  statusCode?: number;
  responseHeaders?: Header[];
  requestHeaders?: Header[];
  /** Chrome 106+: 'prerender' for speculative loads the user has not opened. */
  documentLifecycle?: string;
  /** Chrome 106+: the requesting document, and its frame's parent document. */
  documentId?: string;
  parentDocumentId?: string;
  error?: string;
}

/** Prerendered pages (speculation rules) were not opened by the user: not audited. */
const prerendered = (d: RequestDetails) => d.documentLifecycle === 'prerender';

export function normaliseBeforeRequest(d: RequestDetails): Observation[] {
  if (prerendered(d)) return [];
  const type = normaliseRequestType(d.type);
  const out: Observation[] = [];
  if (type === 'main_frame' && d.tabId >= 0) {
    out.push({
      kind: 'navigation',
      tabId: d.tabId,
      requestId: d.requestId,
      url: d.url,
      time: d.timeStamp,
    });
  }
  out.push({
    kind: 'request',
    tabId: d.tabId,
    requestId: d.requestId,
    url: d.url,
    method: d.method,
    type,
    initiator: initiatorOf(d),
    frameId: d.frameId,
    parentFrameId: d.parentFrameId,
    documentUrl: d.documentUrl ?? null,
    documentId: d.documentId ?? null,
    parentDocumentId: d.parentDocumentId ?? null,
    time: d.timeStamp,
  });
  return out;
}

function initiatorOf(d: RequestDetails): string | null {
  if (d.initiator && d.initiator !== 'null') return d.initiator;
  if (d.originUrl) {
    try {
      const origin = new URL(d.originUrl).origin;
      // about:, data: and other opaque origins serialise as "null".
      return origin === 'null' ? null : origin;
    } catch {
      return null;
    }
  }
  return null;
}

/** The `Tk` response header (W3C TPE), bounded: site-controlled. */
function tkOf(headers: Header[] | undefined): { tk?: string } {
  const v = headerValue(headers, 'tk');
  return v === null ? {} : { tk: v.slice(0, 128) };
}

export function normaliseHeadersReceived(d: RequestDetails): Observation {
  return {
    kind: 'response',
    tabId: d.tabId,
    requestId: d.requestId,
    url: d.url,
    type: normaliseRequestType(d.type),
    initiator: initiatorOf(d),
    status: d.statusCode ?? null,
    contentType: headerValue(d.responseHeaders, 'content-type'),
    contentLength: parseContentLength(headerValue(d.responseHeaders, 'content-length')),
    setCookie: headerValues(d.responseHeaders, 'set-cookie'),
    ...tkOf(d.responseHeaders),
    time: d.timeStamp,
  };
}

/**
 * Only the top-level document's headers say what the page was loaded with.
 * Headers set by declarativeNetRequest rules (this extension's "send privacy
 * signals" option, or another extension's) are among them in Chromium 156
 * with 'extraHeaders' (tests/e2e/send-signals.test.ts checks it).
 */
export function normaliseSendHeaders(d: RequestDetails): Observation | null {
  if (normaliseRequestType(d.type) !== 'main_frame' || d.tabId < 0) return null;
  return {
    kind: 'signals',
    tabId: d.tabId,
    requestId: d.requestId,
    url: d.url,
    dnt: headerValue(d.requestHeaders, 'dnt') === '1',
    gpc: headerValue(d.requestHeaders, 'sec-gpc') === '1',
    time: d.timeStamp,
  };
}

export function normaliseError(d: RequestDetails): Observation {
  return {
    kind: 'requestError',
    tabId: d.tabId,
    requestId: d.requestId,
    url: d.url,
    type: normaliseRequestType(d.type),
    initiator: initiatorOf(d),
    error: d.error ?? 'unknown error',
    time: d.timeStamp,
  };
}

/** The part of `browser.webRequest` this adapter needs (lets tests pass a fake). */
export interface WebRequestApi {
  onBeforeRequest: { addListener(cb: (d: never) => void, filter: object, spec?: string[]): void };
  onHeadersReceived: { addListener(cb: (d: never) => void, filter: object, spec?: string[]): void };
  onErrorOccurred: { addListener(cb: (d: never) => void, filter: object): void };
  onSendHeaders?: { addListener(cb: (d: never) => void, filter: object, spec?: string[]): void };
}

export interface ListenOptions {
  /**
   * Ask Chrome for the headers it hides by default (Set-Cookie, some request
   * headers). Always on in the extension; off only in a bench build that
   * measures what it costs.
   */
  extraHeaders?: boolean;
}

/**
 * The web's requests, not `<all_urls>`: in Chrome that also matches the
 * extension's own pages, and every event wakes a stopped worker, so opening
 * the popup started the worker (a 1 MB script, lists, engines) at the same
 * moment as the popup's first paint, on the same cores. The extension's own
 * requests were never recorded (ingest.ts drops them); now they are not sent.
 */
const WEB_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

export function listenWebRequest(
  api: WebRequestApi,
  sink: (o: Observation) => void,
  { extraHeaders = true }: ListenOptions = {},
): void {
  const filter = { urls: WEB_URLS };
  const extra = extraHeaders ? ['extraHeaders'] : [];
  api.onBeforeRequest.addListener(
    ((d: RequestDetails) => {
      for (const o of normaliseBeforeRequest(d)) sink(o);
    }) as (d: never) => void,
    filter,
  );
  const onHeaders = ((d: RequestDetails) => {
    if (!prerendered(d)) sink(normaliseHeadersReceived(d));
  }) as (d: never) => void;
  try {
    // Chrome hides Set-Cookie from listeners without 'extraHeaders'.
    api.onHeadersReceived.addListener(onHeaders, filter, ['responseHeaders', ...extra]);
  } catch {
    // Firefox rejects 'extraHeaders' and shows every header without it.
    api.onHeadersReceived.addListener(onHeaders, filter, ['responseHeaders']);
  }
  if (api.onSendHeaders) {
    const onSend = ((d: RequestDetails) => {
      const o = normaliseSendHeaders(d);
      if (o) sink(o);
    }) as (d: never) => void;
    const mainFrame = { urls: WEB_URLS, types: ['main_frame'] };
    try {
      // Chrome hides some request headers without 'extraHeaders'.
      api.onSendHeaders.addListener(onSend, mainFrame, ['requestHeaders', ...extra]);
    } catch {
      api.onSendHeaders.addListener(onSend, mainFrame, ['requestHeaders']);
    }
  }
  api.onErrorOccurred.addListener(
    ((d: RequestDetails) => sink(normaliseError(d))) as (d: never) => void,
    filter,
  );
}
