// Which page visit an event belongs to. Pages are found in memory first (the
// open tabs', the recently replaced ones, Chrome's documents and requests
// seen so far) and in the store after a worker restart, through PageLookup.
import type {
  NavigationObservation,
  RequestObservation,
  SignalsObservation,
} from '../observations.ts';
import { siteOf } from '../party.ts';
import { trimCharEnd } from '../text.ts';
import type { PageVisit } from '../types.ts';
import { MINUTE_MS } from '../time.ts';

/** A navigation's redirect hops arrive within this time of its start: same visit, new URL. */
export const REDIRECT_WINDOW_MS = MINUTE_MS;
/**
 * A ping without a tab (Chrome reports some unload beacons with tabId -1) goes
 * to the latest page of its initiator's site started up to this long before
 * it; a later one (e.g. from the site's service worker) is no page's.
 */
export const TABLESS_PING_WINDOW_MS = 30 * MINUTE_MS;
/** A request id found in the store names the same request only this close in time (ids restart with the browser). */
export const REQUEST_ID_WINDOW_MS = 10 * MINUTE_MS;
/** Pages replaced in their tab, kept for a late report of the page left. */
export const PREVIOUS_PAGES_KEPT = 50;
export const MAX_REQUEST_PAGE_ENTRIES = 50_000;
export const MAX_DOCUMENT_PAGE_ENTRIES = 5_000;
/** Deleted pages remembered, so that their late events are dropped rather than given to another page. */
export const MAX_GONE_PAGES = 5_000;

/** The store's answers attribution falls back on when memory has nothing (a restarted worker). */
export interface PageLookup {
  getPage(id: string): Promise<PageVisit | undefined>;
  latestPageForTab(tabId: number): Promise<PageVisit | undefined>;
  /** Most recent page of a site started at or before `time` (any tab). */
  latestPageForSite(site: string, time: number): Promise<PageVisit | undefined>;
  /**
   * Page of a request recorded earlier, when the same tab made it within
   * REQUEST_ID_WINDOW_MS (request ids restart with the browser: an old one
   * must not capture a new response).
   */
  pageOfRequest(requestId: string, tabId: number, time: number): Promise<string | undefined>;
}

/** Sets a key of a map kept to `max` entries: the oldest inserted goes first. */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.set(key, value);
  if (map.size > max) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
}

/**
 * Whether a URL or origin is the extension's own (its pages, its fetches).
 * Chrome's `initiator` is an origin without a trailing slash, so origins are
 * compared, not prefixes.
 */
export function ownOriginMatcher(origins: readonly string[]): (url: string | null) => boolean {
  const own = origins.map((o) => trimCharEnd(o, '/'));
  return (url) => !!url && own.some((o) => url === o || url.startsWith(`${o}/`));
}

/**
 * The page a navigation starts, or the current one with a new URL when it is
 * a redirect hop of the same navigation (same requestId, within the window).
 */
export function navigationPage(
  current: PageVisit | undefined,
  o: NavigationObservation,
): PageVisit {
  if (
    current &&
    current.id.endsWith(`:${o.requestId}`) &&
    o.time - current.startedAt < REDIRECT_WINDOW_MS
  ) {
    return { ...current, url: o.url, site: siteOf(o.url) };
  }
  return {
    id: `${o.time.toString(36)}:${o.tabId}:${o.requestId}`,
    tabId: o.tabId,
    url: o.url,
    site: siteOf(o.url),
    startedAt: o.time,
  };
}

export interface Attribution {
  isOwn(url: string | null): boolean;
  /** The page a navigation starts (or continues); undefined when it leaves the web (or for the extension's own pages). */
  navigate(o: NavigationObservation): PageVisit | undefined;
  /** The tab's page with the privacy signals of its document request; undefined when that page is not this request's. */
  signals(o: SignalsObservation): Promise<PageVisit | undefined>;
  /** The page a request belongs to, remembered for its response. */
  pageForRequest(o: RequestObservation): Promise<PageVisit | undefined>;
  /**
   * The page of a request seen before (in memory, else in the store), by id;
   * null when that page was deleted since (its late response goes nowhere).
   */
  pageIdOfRequest(
    tabId: number,
    requestId: string,
    time: number,
  ): Promise<string | null | undefined>;
  /**
   * The tab's current page; for an event without a tab (Chrome reports some
   * unload beacons with tabId -1), the latest page of its initiator's site.
   */
  pageForEvent(
    tabId: number,
    initiator: string | null,
    time: number,
  ): Promise<PageVisit | undefined>;
  /** A page by id: the open tabs' and recently replaced ones first, then the store. */
  pageById(id: string): Promise<PageVisit | undefined>;
  /**
   * The page a content-script report belongs to. A top-frame report from a
   * document of another site than the tab's current page (the old page's
   * pagehide storage diff, sent after the next navigation began) goes to the
   * tab's earlier page of that site, or nowhere.
   */
  pageForReport(
    tabId: number,
    frameId: number,
    documentUrl: string,
    time: number,
    documentId?: string | null,
  ): Promise<PageVisit | undefined>;
  /** Whether the tab has a page at all (in memory or, after a restart, in the store). */
  hasPage(tabId: number): Promise<boolean>;
  /** A page with a field updated: the in-memory copies follow (the batch gets it from the caller). */
  replace(page: PageVisit): void;
  /** Forget the pages of open tabs (their records were deleted): nothing more is attributed to them. */
  forget(): void;
  /** The pages events of open tabs go to now (retention keeps them). */
  pagesInUse(): Set<string>;
  /** These pages were deleted: nothing more is attributed to them. */
  evict(ids: ReadonlySet<string>): void;
}

export function createAttribution(lookup: PageLookup, ownOrigins: readonly string[]): Attribution {
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
  /** Pages deleted by retention while their requests or documents could still report. */
  const gone = new Map<string, true>();
  const isOwn = ownOriginMatcher(ownOrigins);
  // Keyed by tab too: ids restart with the browser.
  const reqKey = (tabId: number, requestId: string) => `${tabId}:${requestId}`;

  async function pageForTab(tabId: number): Promise<PageVisit | undefined> {
    const cached = tabPage.get(tabId);
    if (cached) return cached;
    // The service worker was restarted: the tab's page is in the store.
    const stored = await lookup.latestPageForTab(tabId);
    if (stored) tabPage.set(tabId, stored);
    return stored;
  }

  async function pageForEvent(
    tabId: number,
    initiator: string | null,
    time: number,
  ): Promise<PageVisit | undefined> {
    if (tabId >= 0) return pageForTab(tabId);
    if (!initiator || isOwn(initiator)) return undefined;
    const site = siteOf(initiator);
    let best: PageVisit | undefined;
    for (const p of tabPage.values()) {
      if (p.site === site && p.startedAt <= time && (!best || p.startedAt > best.startedAt))
        best = p;
    }
    best ??= await lookup.latestPageForSite(site, time);
    return best && time - best.startedAt < TABLESS_PING_WINDOW_MS ? best : undefined;
  }

  function bindDocument(documentId: string, pageId: string): void {
    if (!documentPage.has(documentId))
      setBounded(documentPage, documentId, pageId, MAX_DOCUMENT_PAGE_ENTRIES);
  }

  async function pageById(id: string): Promise<PageVisit | undefined> {
    for (const p of tabPage.values()) if (p.id === id) return p;
    for (let i = previous.length - 1; i >= 0; i--) if (previous[i]!.id === id) return previous[i];
    return lookup.getPage(id);
  }

  /** The page of a known document (or of its frame's parent document); null when deleted. */
  async function pageOfDocument(
    documentId: string | null | undefined,
    parentDocumentId: string | null | undefined,
  ): Promise<PageVisit | null | undefined> {
    const id =
      (documentId && documentPage.get(documentId)) ||
      (parentDocumentId && documentPage.get(parentDocumentId));
    if (!id) return undefined;
    if (gone.has(id)) return null;
    const page = await pageById(id);
    if (page && documentId) bindDocument(documentId, page.id);
    return page;
  }

  return {
    isOwn,
    navigate(o) {
      if (isOwn(o.url) || !/^https?:/i.test(o.url)) {
        tabPage.delete(o.tabId);
        return undefined;
      }
      const current = tabPage.get(o.tabId);
      const page = navigationPage(current, o);
      if (current && current.id !== page.id) {
        previous.push(current);
        if (previous.length > PREVIOUS_PAGES_KEPT) previous.shift();
      }
      tabPage.set(o.tabId, page);
      return page;
    },
    replace(page) {
      for (const [tabId, p] of tabPage) if (p.id === page.id) tabPage.set(tabId, page);
      for (let i = 0; i < previous.length; i++) if (previous[i]!.id === page.id) previous[i] = page;
    },
    async signals(o) {
      const page = await pageForTab(o.tabId);
      if (!page || !page.id.endsWith(`:${o.requestId}`)) return undefined;
      const updated = {
        ...page,
        signals: { dnt: o.dnt, gpc: o.gpc, ...(o.extension ? { extension: o.extension } : {}) },
      };
      tabPage.set(o.tabId, updated);
      return updated;
    },
    async pageForRequest(o) {
      // A navigation's own request belongs to the page it starts; any other
      // request to its document's page, once that document is known; else to
      // the tab's current page (and a first-seen document is that page's).
      const known =
        o.type === 'main_frame'
          ? undefined
          : await pageOfDocument(o.documentId, o.parentDocumentId);
      if (known === null) return undefined;
      const page = known ?? (await pageForEvent(o.tabId, o.initiator ?? o.documentUrl, o.time));
      if (!page) return undefined;
      if (o.type !== 'main_frame' && o.documentId) bindDocument(o.documentId, page.id);
      setBounded(requestPage, reqKey(o.tabId, o.requestId), page.id, MAX_REQUEST_PAGE_ENTRIES);
      return page;
    },
    async pageIdOfRequest(tabId, requestId, time) {
      const id = requestPage.get(reqKey(tabId, requestId));
      if (id !== undefined) return gone.has(id) ? null : id;
      return lookup.pageOfRequest(requestId, tabId, time);
    },
    pageForEvent,
    pageById,
    hasPage: async (tabId) => (await pageForTab(tabId)) !== undefined,
    async pageForReport(tabId, frameId, documentUrl, time, documentId) {
      const ofDocument = await pageOfDocument(documentId, null);
      if (ofDocument === null) return undefined;
      if (ofDocument && ofDocument.tabId === tabId) return ofDocument;
      const page = await pageForTab(tabId);
      if (!page || frameId !== 0 || !/^https?:/i.test(documentUrl)) return page;
      const site = siteOf(documentUrl);
      if (site === page.site) return page;
      const recent = [...previous].reverse().find((p) => p.tabId === tabId && p.site === site);
      if (recent) return recent;
      const earlier = await lookup.latestPageForSite(site, time);
      return earlier && earlier.tabId === tabId ? earlier : undefined;
    },
    forget() {
      tabPage.clear();
      requestPage.clear();
      documentPage.clear();
      previous.length = 0;
      gone.clear();
    },
    pagesInUse: () => new Set([...tabPage.values()].map((p) => p.id)),
    evict(ids) {
      if (ids.size === 0) return;
      for (const [tabId, p] of tabPage) if (ids.has(p.id)) tabPage.delete(tabId);
      // The requests and documents of these pages stay known, as gone: a
      // late response or report is dropped, not given to the tab's page.
      for (const id of ids) setBounded(gone, id, true, MAX_GONE_PAGES);
      for (let i = previous.length - 1; i >= 0; i--)
        if (ids.has(previous[i]!.id)) previous.splice(i, 1);
    },
  };
}
