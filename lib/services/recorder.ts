import { parseCookieString, parseSetCookieHeaders, type ParsedCookie } from '../core/cookies.ts';
import type {
  CookieChangeObservation,
  Observation,
  RequestObservation,
  ResponseObservation,
  ScriptCookieObservation,
  StorageObservation,
} from '../core/observations.ts';
import { hostOf, partyOf, siteOf } from '../core/party.ts';
import { isBeacon, isPixelCandidate } from '../core/requests.ts';
import type { CookieRecord, PageVisit, Party } from '../core/types.ts';
import { describeValue, type Sha256Hex } from '../core/value.ts';
import { batchSize, emptyBatch, type Batch, type RecordStore } from './store.ts';

export interface RecorderDeps {
  store: RecordStore;
  sha256: Sha256Hex;
  /** Schedules the next flush; the extension passes a 0 ms timeout. */
  schedule: (fn: () => void) => void;
  /** Told which tabs got new records after each durable write. */
  onFlushed?: (tabIds: number[]) => void;
  onError?: (message: string, error: unknown) => void;
  /**
   * Origins of the extension itself (chrome-extension://id): its pages and
   * its own fetches (policy pages) are never recorded. Chrome's `initiator`
   * is an origin without a trailing slash, so origins are compared, not prefixes.
   */
  ownOrigins?: string[];
}

export interface RecorderStats {
  observed: number;
  written: number;
  skipped: number;
  failedWrites: number;
  lastError: string | null;
}

const MAX_REQUEST_PAGE_ENTRIES = 50_000;
const MAX_DOCUMENT_PAGE_ENTRIES = 5_000;

/** Sets a key of a map kept to `max` entries: the oldest inserted goes first. */
function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.set(key, value);
  if (map.size > max) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
}

export interface Recorder {
  observe(o: Observation): void;
  /** Resolves when everything observed so far is durably written. */
  idle(): Promise<void>;
  stats(): RecorderStats;
  /** Forget the pages of open tabs (their records were deleted): nothing more is attributed to them. */
  forget(): void;
  /** Whether values themselves are kept from now on (the user's option; off at start). */
  keepValues(keep: boolean): void;
}

export function createRecorder(deps: RecorderDeps): Recorder {
  const queue: Observation[] = [];
  const tabPage = new Map<number, PageVisit>();
  /** Pages recently replaced in their tab (not necessarily written yet). */
  const previous: PageVisit[] = [];
  const requestPage = new Map<string, string>();
  /**
   * Chrome's documentId → page: a document's requests and reports stay with
   * its page even when they arrive after the tab has started loading the
   * next one (unload beacons, late script writes).
   */
  const documentPage = new Map<string, string>();
  let keepValues = false;
  const stats: RecorderStats = {
    observed: 0,
    written: 0,
    skipped: 0,
    failedWrites: 0,
    lastError: null,
  };
  let flushing: Promise<void> | null = null;
  let scheduled = false;
  /** Sequence numbers: observed so far, and handled (written or skipped) so far. */
  let seq = 0;
  let doneSeq = 0;
  const own = (deps.ownOrigins ?? []).map((o) => o.replace(/\/+$/, ''));
  const isOwn = (url: string | null) =>
    !!url && own.some((o) => url === o || url.startsWith(`${o}/`));

  function observe(o: Observation): void {
    stats.observed++;
    seq++;
    queue.push(o);
    if (!scheduled && !flushing) {
      scheduled = true;
      deps.schedule(() => {
        scheduled = false;
        void startFlush();
      });
    }
  }

  function startFlush(): Promise<void> {
    if (!flushing) {
      flushing = flushLoop().finally(() => {
        flushing = null;
      });
    }
    return flushing;
  }

  async function flushLoop(): Promise<void> {
    while (queue.length > 0) {
      const items = queue.splice(0, queue.length);
      const batch = emptyBatch();
      const tabs = new Set<number>();
      for (const o of items) {
        try {
          const tab = await apply(o, batch);
          if (tab !== null) tabs.add(tab);
        } catch (e) {
          stats.skipped++;
          deps.onError?.(`could not record a ${o.kind} event`, e);
        }
      }
      if (batchSize(batch) > 0) {
        await writeDurably(batch);
        deps.onFlushed?.([...tabs]);
      }
      doneSeq += items.length;
    }
  }

  async function writeDurably(batch: Batch): Promise<void> {
    try {
      await deps.store.write(batch);
      stats.written += batchSize(batch);
    } catch (first) {
      // Most likely a quota error: drop the oldest pages and try once more.
      try {
        await deps.store.pruneBefore(Date.now() - 24 * 3600_000);
        await deps.store.write(batch);
        stats.written += batchSize(batch);
      } catch (e) {
        stats.failedWrites += batchSize(batch);
        stats.lastError = String(e);
        deps.onError?.('could not persist records', first);
      }
    }
  }

  async function pageForTab(tabId: number): Promise<PageVisit | undefined> {
    const cached = tabPage.get(tabId);
    if (cached) return cached;
    // The service worker was restarted: the tab's page is in the store.
    const stored = await deps.store.latestPageForTab(tabId);
    if (stored) tabPage.set(tabId, stored);
    return stored;
  }

  async function pageForEvent(
    tabId: number,
    initiator: string | null,
    time: number,
  ): Promise<PageVisit | undefined> {
    if (tabId >= 0) return pageForTab(tabId);
    // Chrome reports some beacons (sent while a page unloads) with tabId -1:
    // attribute them to the latest page of the initiating site.
    if (!initiator || isOwn(initiator)) return undefined;
    const site = siteOf(initiator);
    let best: PageVisit | undefined;
    for (const p of tabPage.values()) {
      if (p.site === site && p.startedAt <= time && (!best || p.startedAt > best.startedAt))
        best = p;
    }
    best ??= await deps.store.latestPageForSite(site, time);
    // A ping long after the visit (e.g. from the site's service worker) is not the page's.
    return best && time - best.startedAt < 30 * 60_000 ? best : undefined;
  }

  function bindDocument(documentId: string, pageId: string): void {
    if (!documentPage.has(documentId))
      setBounded(documentPage, documentId, pageId, MAX_DOCUMENT_PAGE_ENTRIES);
  }

  /** A page by id: the open tabs' and recently replaced ones first, then the store. */
  async function pageById(id: string): Promise<PageVisit | undefined> {
    for (const p of tabPage.values()) if (p.id === id) return p;
    for (let i = previous.length - 1; i >= 0; i--) if (previous[i]!.id === id) return previous[i];
    return deps.store.getPage(id);
  }

  /** The page of a known document (or of its frame's parent document). */
  async function pageOfDocument(
    documentId: string | null | undefined,
    parentDocumentId: string | null | undefined,
  ): Promise<PageVisit | undefined> {
    const id =
      (documentId && documentPage.get(documentId)) ||
      (parentDocumentId && documentPage.get(parentDocumentId));
    if (!id) return undefined;
    const page = await pageById(id);
    if (page && documentId) bindDocument(documentId, page.id);
    return page;
  }

  // Keyed by tab too: ids restart with the browser.
  const reqKey = (tabId: number, requestId: string) => `${tabId}:${requestId}`;
  function rememberRequest(tabId: number, requestId: string, pageId: string): void {
    setBounded(requestPage, reqKey(tabId, requestId), pageId, MAX_REQUEST_PAGE_ENTRIES);
  }

  async function apply(o: Observation, batch: Batch): Promise<number | null> {
    switch (o.kind) {
      case 'navigation': {
        if (isOwn(o.url) || !/^https?:/i.test(o.url)) {
          tabPage.delete(o.tabId);
          return null;
        }
        const current = tabPage.get(o.tabId);
        // A redirect keeps the navigation's requestId: same visit, new URL.
        const page: PageVisit =
          current && current.id.endsWith(`:${o.requestId}`) && o.time - current.startedAt < 60_000
            ? { ...current, url: o.url, site: siteOf(o.url) }
            : {
                id: `${o.time.toString(36)}:${o.tabId}:${o.requestId}`,
                tabId: o.tabId,
                url: o.url,
                site: siteOf(o.url),
                startedAt: o.time,
              };
        if (current && current.id !== page.id) {
          previous.push(current);
          if (previous.length > 50) previous.shift();
        }
        tabPage.set(o.tabId, page);
        const i = batch.pages.findIndex((p) => p.id === page.id);
        if (i >= 0) batch.pages[i] = page;
        else batch.pages.push(page);
        return o.tabId;
      }
      case 'signals': {
        const page = await pageForTab(o.tabId);
        if (!page || !page.id.endsWith(`:${o.requestId}`)) return null;
        const updated = { ...page, signals: { dnt: o.dnt, gpc: o.gpc } };
        tabPage.set(o.tabId, updated);
        const i = batch.pages.findIndex((p) => p.id === page.id);
        if (i >= 0) batch.pages[i] = updated;
        else batch.pages.push(updated);
        return o.tabId;
      }
      case 'request':
        return applyRequest(o, batch);
      case 'response':
        return applyResponse(o, batch);
      case 'requestError': {
        if (isOwn(o.url) || isOwn(o.initiator)) return null;
        const pageId =
          requestPage.get(reqKey(o.tabId, o.requestId)) ??
          (await deps.store.pageOfRequest(o.requestId, o.tabId, o.time));
        if (!pageId) return skip();
        batch.responses.push({
          pageId,
          tabId: o.tabId,
          requestId: o.requestId,
          url: o.url,
          status: null,
          contentType: null,
          contentLength: null,
          error: o.error,
          pixel: false,
          time: o.time,
        });
        return o.tabId;
      }
      case 'cookieChange':
        return applyCookieChange(o, batch);
      case 'scriptCookie':
        return applyScriptCookie(o, batch);
      case 'storage':
        return applyStorage(o, batch);
    }
  }

  function skip(): null {
    stats.skipped++;
    return null;
  }

  async function applyRequest(o: RequestObservation, batch: Batch): Promise<number | null> {
    if (isOwn(o.url) || isOwn(o.initiator) || isOwn(o.documentUrl)) return null;
    // A navigation's own request belongs to the page it starts; any other
    // request to its document's page, once that document is known; else to
    // the tab's current page (and a first-seen document is that page's).
    const known =
      o.type === 'main_frame' ? undefined : await pageOfDocument(o.documentId, o.parentDocumentId);
    const page = known ?? (await pageForEvent(o.tabId, o.initiator ?? o.documentUrl, o.time));
    if (!page) return skip();
    if (o.type !== 'main_frame' && o.documentId) bindDocument(o.documentId, page.id);
    rememberRequest(o.tabId, o.requestId, page.id);
    batch.requests.push({
      pageId: page.id,
      tabId: o.tabId,
      requestId: o.requestId,
      url: o.url,
      method: o.method,
      type: o.type,
      initiator: o.initiator,
      frameId: o.frameId,
      parentFrameId: o.parentFrameId,
      documentUrl: o.documentUrl,
      domain: siteOf(o.url),
      party: partyOf(o.url, page.site),
      status: null,
      contentType: null,
      contentLength: null,
      error: null,
      beacon: isBeacon(o.type),
      pixel: false,
      time: o.time,
    });
    return page.tabId;
  }

  async function applyResponse(o: ResponseObservation, batch: Batch): Promise<number | null> {
    if (isOwn(o.url) || isOwn(o.initiator)) return null;
    const pageId =
      requestPage.get(reqKey(o.tabId, o.requestId)) ??
      (await deps.store.pageOfRequest(o.requestId, o.tabId, o.time)) ??
      (await pageForEvent(o.tabId, o.initiator, o.time))?.id;
    if (!pageId) return skip();
    const page = (await pageById(pageId)) ?? { site: siteOf(o.initiator ?? o.url) };
    const party = partyOf(o.url, page.site);
    batch.responses.push({
      pageId,
      tabId: o.tabId,
      requestId: o.requestId,
      url: o.url,
      status: o.status,
      contentType: o.contentType,
      contentLength: o.contentLength,
      error: null,
      pixel: isPixelCandidate({
        type: o.type,
        party,
        contentLength: o.contentLength,
        contentType: o.contentType,
        status: o.status,
      }),
      time: o.time,
    });
    if (o.setCookie.length > 0) {
      const { cookies, skipped } = parseSetCookieHeaders(o.setCookie, { url: o.url, now: o.time });
      stats.skipped += skipped.length;
      for (const c of cookies) {
        batch.cookies.push(
          await cookieRecord(c, {
            pageId,
            tabId: o.tabId,
            site: page.site,
            setBy: 'http',
            setter: o.url,
            requestId: o.requestId,
            time: o.time,
            extraWarnings: skipped.map((s) => `skipped header: ${s.reason}`),
          }),
        );
      }
    }
    return o.tabId;
  }

  async function cookieRecord(
    c: ParsedCookie,
    ctx: {
      pageId: string;
      tabId: number;
      site: string;
      setBy: CookieRecord['setBy'];
      setter: string | null;
      requestId: string | null;
      time: number;
      extraWarnings?: string[];
    },
  ): Promise<CookieRecord> {
    return {
      pageId: ctx.pageId,
      tabId: ctx.tabId,
      name: c.name,
      domain: c.domain,
      path: c.path,
      hostOnly: c.hostOnly,
      lifetimeDays: c.lifetimeDays,
      requestedLifetimeDays: c.requestedLifetimeDays,
      deletion: c.deletion,
      secure: c.secure,
      httpOnly: c.httpOnly,
      sameSite: c.sameSite,
      partitioned: c.partitioned,
      party: partyOf(c.domain, ctx.site),
      setBy: ctx.setBy,
      setter: ctx.setter,
      requestId: ctx.requestId,
      value: await describeValue(c.value, deps.sha256, keepValues),
      blocked: c.rejected ? true : null,
      warnings: c.rejected
        ? [`refused: ${c.rejected}`, ...c.warnings, ...(ctx.extraWarnings ?? [])]
        : [...c.warnings, ...(ctx.extraWarnings ?? [])],
      time: ctx.time,
    };
  }

  async function applyCookieChange(o: CookieChangeObservation, batch: Batch): Promise<null> {
    const domain = o.domain.replace(/^\./, '');
    batch.cookieChanges.push({
      name: o.name,
      domain,
      site: siteOf(domain),
      path: o.path,
      hostOnly: o.hostOnly,
      removed: o.removed,
      cause: o.cause,
      partitionKey: o.partitionKey,
      lifetimeDays:
        o.expirationDate === null
          ? null
          : Math.round(((o.expirationDate * 1000 - o.time) / 86_400_000) * 1000) / 1000,
      secure: o.secure,
      httpOnly: o.httpOnly,
      sameSite: o.sameSite,
      value: await describeValue(o.value, deps.sha256, keepValues),
      time: o.time,
    });
    return null;
  }

  /**
   * The page a content-script report belongs to. A top-frame report from a
   * document of another site than the tab's current page (the old page's
   * pagehide storage diff, sent after the next navigation began) goes to the
   * tab's earlier page of that site, or nowhere.
   */
  async function pageForReport(
    tabId: number,
    frameId: number,
    documentUrl: string,
    time: number,
    documentId?: string | null,
  ): Promise<PageVisit | undefined> {
    const ofDocument = await pageOfDocument(documentId, null);
    if (ofDocument && ofDocument.tabId === tabId) return ofDocument;
    const page = await pageForTab(tabId);
    if (!page || frameId !== 0 || !/^https?:/i.test(documentUrl)) return page;
    const site = siteOf(documentUrl);
    if (site === page.site) return page;
    const recent = [...previous].reverse().find((p) => p.tabId === tabId && p.site === site);
    if (recent) return recent;
    const earlier = await deps.store.latestPageForSite(site, time);
    return earlier && earlier.tabId === tabId ? earlier : undefined;
  }

  async function applyScriptCookie(
    o: ScriptCookieObservation,
    batch: Batch,
  ): Promise<number | null> {
    const page = await pageForReport(o.tabId, o.frameId, o.documentUrl, o.time, o.documentId);
    if (!page) return skip();
    const c = parseCookieString(o.cookie, { url: o.documentUrl, now: o.time, fromScript: true });
    if (!c || (c.name === '' && c.value === '')) return skip();
    batch.cookies.push(
      await cookieRecord(c, {
        pageId: page.id,
        tabId: o.tabId,
        site: page.site,
        setBy: 'script',
        setter: o.scriptUrl,
        requestId: null,
        time: o.time,
        extraWarnings: o.api === 'cookieStore' ? ['written through cookieStore'] : [],
      }),
    );
    return o.tabId;
  }

  async function applyStorage(o: StorageObservation, batch: Batch): Promise<number | null> {
    const page = await pageForReport(o.tabId, o.frameId, o.documentUrl, o.time, o.documentId);
    if (!page) return skip();
    let origin: string;
    try {
      origin = new URL(o.documentUrl).origin;
    } catch {
      return skip();
    }
    const party: Party = partyOf(hostOf(o.documentUrl), page.site);
    batch.storage.push({
      pageId: page.id,
      tabId: o.tabId,
      kind: o.storage,
      origin,
      frameUrl: o.documentUrl,
      key: o.key,
      op: o.op,
      party,
      setter: o.scriptUrl,
      value: o.value === null ? null : await describeValue(o.value, deps.sha256, keepValues),
      time: o.time,
    });
    return o.tabId;
  }

  return {
    observe,
    /**
     * Resolves once everything observed before the call is written. It does
     * not wait for events that arrive meanwhile, so a busy page cannot keep
     * the popup waiting.
     */
    async idle() {
      const target = seq;
      while (doneSeq < target) {
        await (flushing ?? startFlush());
      }
    },
    stats: () => ({ ...stats }),
    keepValues(keep) {
      keepValues = keep;
    },
    forget() {
      tabPage.clear();
      requestPage.clear();
      documentPage.clear();
      previous.length = 0;
    },
  };
}
