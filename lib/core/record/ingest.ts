// One observation into the batch being built: find its page (attribution),
// build its records (build.ts). The extension's own traffic, and events no
// page can be found for, are left out.
import { parseCookieString, parseSetCookieHeaders } from '../cookies.ts';
import type {
  Observation,
  RequestErrorObservation,
  ResponseObservation,
  ScriptCookieObservation,
  StorageObservation,
} from '../observations.ts';
import { siteOf } from '../party.ts';
import { describeValue, type Sha256Hex } from '../value.ts';
import { createAttribution, type PageLookup } from './attribution.ts';
import { putPage, type Batch } from './batch.ts';
import { boundUrl, createPageLimits } from './limits.ts';
import { optOutCookies } from '../cmp/optout.ts';
import type { PageRecordKind } from '../types.ts';
import {
  cookieChangeRecord,
  cookieRecord,
  requestErrorRecord,
  requestRecord,
  responseRecord,
  storageOrigin,
  storageRecord,
} from './build.ts';

export interface IngestDeps {
  lookup: PageLookup;
  /** Records kept per page visit (default: PAGE_RECORD_CAPS). */
  caps?: Readonly<Record<PageRecordKind, number>>;
  sha256: Sha256Hex;
  /** Origins of the extension itself (chrome-extension://id): its pages and fetches are not recorded. */
  ownOrigins?: readonly string[];
}

export interface Ingested {
  /** The tab whose records changed, if any (for the popup's live updates and the badge). */
  tabId: number | null;
  /** Events or parts of events dropped: no page to attribute them to, unparseable cookies. */
  skipped: number;
}

export interface Ingest {
  /** Adds the records of one observation to `batch`. `keepValues`: keep values themselves (the user's option). */
  add(o: Observation, batch: Batch, keepValues: boolean): Promise<Ingested>;
  /** Forget the pages of open tabs (their records were deleted). */
  forget(): void;
  /** The pages events of open tabs go to now. */
  pagesInUse(): Set<string>;
  /** These pages were deleted: nothing more is attributed to them. */
  evict(ids: ReadonlySet<string>): void;
}

const NOTHING: Ingested = { tabId: null, skipped: 0 };
const SKIPPED: Ingested = { tabId: null, skipped: 1 };
/** A report no page was found for (SKIPPED, told apart by identity). */
const NO_PAGE: Ingested = { tabId: null, skipped: 1 };

/**
 * Reports of a tab that has no page yet wait this long for its navigation.
 * A background woken by a page (Firefox's event page, a stopped service
 * worker) may be handed the page's script reports before the main-frame
 * request that started it: the browser replays the queued webRequest event
 * and delivers the runtime message in no promised order.
 */
export const PARKED_REPORT_MS = 30_000;
/** At most this many reports wait per tab, and this many tabs. */
export const MAX_PARKED_PER_TAB = 2_000;
export const MAX_PARKED_TABS = 16;

type ReportObservation = Extract<
  Observation,
  { kind: 'scriptCookie' | 'storage' | 'navigatorSignals' | 'optOut' }
>;
const isReport = (o: Observation): o is ReportObservation =>
  o.kind === 'scriptCookie' ||
  o.kind === 'storage' ||
  o.kind === 'navigatorSignals' ||
  o.kind === 'optOut';
const changed = (tabId: number, skipped = 0): Ingested => ({ tabId, skipped });

export function createIngest(deps: IngestDeps): Ingest {
  const pages = createAttribution(deps.lookup, deps.ownOrigins ?? []);
  const { isOwn } = pages;
  const describe = (value: string, keep: boolean) => describeValue(value, deps.sha256, keep);
  const limits = createPageLimits(deps.caps);
  const CAPPED: Ingested = { tabId: null, skipped: 1 };

  async function response(o: ResponseObservation, batch: Batch, keep: boolean): Promise<Ingested> {
    if (isOwn(o.url) || isOwn(o.initiator)) return NOTHING;
    const known = await pages.pageIdOfRequest(o.tabId, o.requestId, o.time);
    if (known === null) return SKIPPED;
    const pageId = known ?? (await pages.pageForEvent(o.tabId, o.initiator, o.time))?.id;
    if (!pageId) return SKIPPED;
    const visit = await pages.pageById(pageId);
    const page = { id: pageId, site: visit?.site ?? siteOf(o.initiator ?? o.url) };
    if (visit && !limits.admit(visit, 'responses', batch)) return CAPPED;
    batch.responses.push(responseRecord(o, page));
    if (o.setCookie.length === 0) return changed(o.tabId);
    const { cookies, skipped } = parseSetCookieHeaders(o.setCookie, { url: o.url, now: o.time });
    const extraWarnings = skipped.map((s) => `skipped header: ${s.reason}`);
    for (const c of cookies) {
      if (visit && !limits.admit(visit, 'cookies', batch))
        return changed(o.tabId, skipped.length + 1);
      const ctx = {
        page,
        tabId: o.tabId,
        setBy: 'http' as const,
        setter: o.url,
        requestId: o.requestId,
        time: o.time,
        extraWarnings,
      };
      batch.cookies.push(cookieRecord(c, ctx, await describe(c.value, keep)));
    }
    return changed(o.tabId, skipped.length);
  }

  async function requestError(o: RequestErrorObservation, batch: Batch): Promise<Ingested> {
    if (isOwn(o.url) || isOwn(o.initiator)) return NOTHING;
    const pageId = await pages.pageIdOfRequest(o.tabId, o.requestId, o.time);
    if (!pageId) return SKIPPED;
    const visit = await pages.pageById(pageId);
    if (visit && !limits.admit(visit, 'responses', batch)) return CAPPED;
    batch.responses.push(requestErrorRecord(o, pageId));
    return changed(o.tabId);
  }

  /** The page a content-script report belongs to. */
  const reportPage = (o: {
    tabId: number;
    frameId: number;
    documentUrl: string;
    time: number;
    documentId?: string | null;
  }) => pages.pageForReport(o.tabId, o.frameId, o.documentUrl, o.time, o.documentId);

  async function scriptCookie(
    o: ScriptCookieObservation,
    batch: Batch,
    keep: boolean,
  ): Promise<Ingested> {
    const page = await reportPage(o);
    if (!page) return NO_PAGE;
    const c = parseCookieString(o.cookie, { url: o.documentUrl, now: o.time, fromScript: true });
    if (!c || (c.name === '' && c.value === '')) return SKIPPED;
    if (!limits.admit(page, 'cookies', batch)) return CAPPED;
    const ctx = {
      page,
      tabId: o.tabId,
      setBy: 'script' as const,
      setter: o.scriptUrl,
      requestId: null,
      time: o.time,
      extraWarnings: o.api === 'cookieStore' ? ['written through cookieStore'] : [],
    };
    batch.cookies.push(cookieRecord(c, ctx, await describe(c.value, keep)));
    return changed(o.tabId);
  }

  async function storage(o: StorageObservation, batch: Batch, keep: boolean): Promise<Ingested> {
    const page = await reportPage(o);
    if (!page) return NO_PAGE;
    const origin = storageOrigin(o.documentUrl);
    if (origin === null) return SKIPPED;
    if (!limits.admit(page, 'storage', batch)) return CAPPED;
    // A service worker's value is its scope (a URL), kept as the record's
    // scope; IndexedDB and Cache Storage names carry no value.
    const value =
      o.value === null || o.storage === 'serviceWorker' ? null : await describe(o.value, keep);
    batch.storage.push(storageRecord(o, page, origin, value));
    return changed(o.tabId);
  }

  /**
   * Reports waiting for their tab's first page (PARKED_REPORT_MS), per tab,
   * in arrival order, with the time of the oldest (a tab's list is filtered
   * only once that one has waited too long, not at every report).
   */
  const parked = new Map<
    number,
    { reports: { o: ReportObservation; keep: boolean }[]; oldest: number }
  >();
  /** Parked reports given up on since the last answer (counted as skipped then). */
  let expired = 0;

  function park(o: ReportObservation, keep: boolean): boolean {
    for (const [tabId, list] of parked) {
      if (o.time - list.oldest < PARKED_REPORT_MS) continue;
      const fresh = list.reports.filter((p) => o.time - p.o.time < PARKED_REPORT_MS);
      expired += list.reports.length - fresh.length;
      if (fresh.length === 0) parked.delete(tabId);
      else parked.set(tabId, { reports: fresh, oldest: Math.min(...fresh.map((p) => p.o.time)) });
    }
    const list = parked.get(o.tabId);
    if (list) {
      if (list.reports.length >= MAX_PARKED_PER_TAB) return false;
      list.reports.push({ o, keep });
      list.oldest = Math.min(list.oldest, o.time);
    } else {
      if (parked.size >= MAX_PARKED_TABS) return false;
      parked.set(o.tabId, { reports: [{ o, keep }], oldest: o.time });
    }
    return true;
  }

  /** The parked reports of a tab whose page has just started: those sent by its document. */
  async function unpark(tabId: number, since: number, batch: Batch): Promise<number> {
    const list = parked.get(tabId);
    if (!list) return 0;
    parked.delete(tabId);
    let skipped = 0;
    for (const { o, keep } of list.reports) {
      // A report older than the navigation came from an earlier document.
      skipped += o.time >= since ? (await addOne(o, batch, keep)).skipped : 1;
    }
    return skipped;
  }

  async function addOne(o: Observation, batch: Batch, keep: boolean): Promise<Ingested> {
    switch (o.kind) {
      case 'navigation': {
        const page = pages.navigate(o);
        if (!page) return NOTHING;
        putPage(batch, page);
        return changed(o.tabId, await unpark(o.tabId, o.time, batch));
      }
      case 'signals': {
        const page = await pages.signals(o);
        if (!page) return NOTHING;
        putPage(batch, page);
        return changed(o.tabId);
      }
      case 'navigatorSignals': {
        const page = await reportPage(o);
        if (!page) return NO_PAGE;
        const updated = { ...page, navigatorSignals: { gpc: o.gpc, dnt: o.dnt } };
        pages.replace(updated);
        putPage(batch, updated);
        return changed(o.tabId);
      }
      case 'request': {
        if (isOwn(o.url) || isOwn(o.initiator) || isOwn(o.documentUrl)) return NOTHING;
        const page = await pages.pageForRequest(o);
        if (!page) return SKIPPED;
        if (!limits.admit(page, 'requests', batch)) return CAPPED;
        batch.requests.push(requestRecord(o, page));
        // A tabless ping counts for the tab of the page it was given to.
        return changed(page.tabId);
      }
      case 'response':
        return response(o, batch, keep);
      case 'requestError':
        return requestError(o, batch);
      case 'cookieChange':
        // Browser-wide: an audit reads the changes of its pages' sites.
        batch.cookieChanges.push(cookieChangeRecord(o, await describe(o.value, keep)));
        return NOTHING;
      case 'scriptCookie':
        return scriptCookie(o, batch, keep);
      case 'storage':
        return storage(o, batch, keep);
      case 'optOut': {
        const page = await reportPage(o);
        if (!page) return NO_PAGE;
        if (!limits.admit(page, 'optOut', batch)) return CAPPED;
        batch.optOut.push({
          pageId: page.id,
          tabId: o.tabId,
          documentUrl: boundUrl(o.documentUrl),
          apis: o.apis,
          cookies: optOutCookies(o.cookies),
          time: o.time,
        });
        return changed(o.tabId);
      }
    }
  }

  return {
    async add(o, batch, keep) {
      let out = await addOne(o, batch, keep);
      if (out === NO_PAGE && isReport(o) && o.tabId >= 0 && !(await pages.hasPage(o.tabId))) {
        if (park(o, keep)) out = NOTHING;
      }
      if (expired > 0) {
        out = { ...out, skipped: out.skipped + expired };
        expired = 0;
      }
      return out;
    },
    forget: pages.forget,
    pagesInUse: pages.pagesInUse,
    evict: pages.evict,
  };
}
