// Records built from observations, once their page is known. Values arrive
// already summarised (describeValue needs the keyed hash, which is async).
import type { ParsedCookie } from '../cookies.ts';
import type {
  CookieChangeObservation,
  RequestErrorObservation,
  RequestObservation,
  ResponseObservation,
  StorageObservation,
} from '../observations.ts';
import { hostOf, partyOf, siteOf } from '../party.ts';
import { isBeacon, isPixelCandidate } from '../requests.ts';
import { DAY_MS, SECOND_MS } from '../time.ts';
import {
  cookieAttributes,
  storedCookieAttributes,
  type CookieChangeRecord,
  type CookieRecord,
  type PageVisit,
  type RequestRecord,
  type ResponseRecord,
  type StorageRecord,
  type ValueInfo,
} from '../types.ts';
import { boundUrl } from './limits.ts';

/** The page fields a record needs: its id, and its site to tell first from third party. */
export type PageRef = Pick<PageVisit, 'id' | 'site'>;

export function requestRecord(o: RequestObservation, page: PageRef): RequestRecord {
  return {
    pageId: page.id,
    tabId: o.tabId,
    requestId: o.requestId,
    url: boundUrl(o.url),
    method: o.method,
    type: o.type,
    initiator: o.initiator,
    frameId: o.frameId,
    parentFrameId: o.parentFrameId,
    documentUrl: o.documentUrl === null ? null : boundUrl(o.documentUrl),
    domain: siteOf(o.url),
    party: partyOf(o.url, page.site),
    // Known once the response arrives: responses are joined by requestId.
    status: null,
    contentType: null,
    contentLength: null,
    error: null,
    beacon: isBeacon(o.type),
    pixel: false,
    time: o.time,
  };
}

export function responseRecord(o: ResponseObservation, page: PageRef): ResponseRecord {
  return {
    pageId: page.id,
    tabId: o.tabId,
    requestId: o.requestId,
    url: boundUrl(o.url),
    status: o.status,
    contentType: o.contentType,
    contentLength: o.contentLength,
    error: null,
    pixel: isPixelCandidate({
      type: o.type,
      party: partyOf(o.url, page.site),
      contentLength: o.contentLength,
      contentType: o.contentType,
      status: o.status,
    }),
    ...(o.tk !== undefined ? { tk: o.tk } : {}),
    time: o.time,
  };
}

export function requestErrorRecord(o: RequestErrorObservation, pageId: string): ResponseRecord {
  return {
    pageId,
    tabId: o.tabId,
    requestId: o.requestId,
    url: boundUrl(o.url),
    status: null,
    contentType: null,
    contentLength: null,
    error: o.error,
    pixel: false,
    time: o.time,
  };
}

export interface CookieContext {
  page: PageRef;
  tabId: number;
  setBy: CookieRecord['setBy'];
  setter: string | null;
  requestId: string | null;
  time: number;
  /** Notes about the header or write it came from (skipped parts, cookieStore). */
  extraWarnings?: string[];
}

export function cookieRecord(c: ParsedCookie, ctx: CookieContext, value: ValueInfo): CookieRecord {
  const warnings = [...c.warnings, ...(ctx.extraWarnings ?? [])];
  return {
    pageId: ctx.page.id,
    tabId: ctx.tabId,
    ...cookieAttributes(c),
    deletion: c.deletion,
    party: partyOf(c.domain, ctx.page.site),
    setBy: ctx.setBy,
    setter: ctx.setter,
    requestId: ctx.requestId,
    value,
    // Refused by the parser: the browser will not store it either. Otherwise
    // unknown until cookies.onChanged confirms it (see resolveBlocked).
    blocked: c.rejected ? true : null,
    warnings: c.rejected ? [`refused: ${c.rejected}`, ...warnings] : warnings,
    time: ctx.time,
  };
}

/** Days from `time` to an expiry in seconds since epoch, to 3 decimals; null for a session cookie. */
export function lifetimeDaysAt(expirationDate: number | null, time: number): number | null {
  if (expirationDate === null) return null;
  return Math.round(((expirationDate * SECOND_MS - time) / DAY_MS) * 1000) / 1000;
}

export function cookieChangeRecord(
  o: CookieChangeObservation,
  value: ValueInfo,
): CookieChangeRecord {
  const domain = o.domain.replace(/^\./, '');
  return {
    ...storedCookieAttributes(o),
    domain,
    site: siteOf(domain),
    removed: o.removed,
    cause: o.cause,
    partitionKey: o.partitionKey,
    lifetimeDays: lifetimeDaysAt(o.expirationDate, o.time),
    value,
    time: o.time,
  };
}

/** The origin a storage write belongs to; null when the document URL cannot be parsed. */
export function storageOrigin(documentUrl: string): string | null {
  try {
    return new URL(documentUrl).origin;
  } catch {
    return null;
  }
}

export function storageRecord(
  o: StorageObservation,
  page: PageRef,
  origin: string,
  value: ValueInfo | null,
): StorageRecord {
  return {
    pageId: page.id,
    tabId: o.tabId,
    kind: o.storage,
    origin,
    frameUrl: o.documentUrl,
    key: o.key,
    op: o.op,
    party: partyOf(hostOf(o.documentUrl), page.site),
    setter: o.scriptUrl,
    value,
    ...(o.storage === 'serviceWorker' ? { scope: o.value } : {}),
    time: o.time,
  };
}
