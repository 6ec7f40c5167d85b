import { describe, expect, it } from 'vitest';
import type { NavigationObservation, RequestObservation } from '../../lib/core/observations.ts';
import {
  createAttribution,
  navigationPage,
  ownOriginMatcher,
  REDIRECT_WINDOW_MS,
  setBounded,
  TABLESS_PING_WINDOW_MS,
  type PageLookup,
} from '../../lib/core/record/attribution.ts';
import type { PageVisit } from '../../lib/core/types.ts';

const T = 1_700_000_000_000;
const OWN = 'chrome-extension://abcdefghijklmnop';

/** The store as attribution sees it, in memory: pages, and requests recorded earlier. */
function lookup(
  pages: PageVisit[] = [],
  requests: { requestId: string; tabId: number; pageId: string }[] = [],
): PageLookup & { asked: string[] } {
  const asked: string[] = [];
  const latest = (ps: PageVisit[]) =>
    ps.reduce<PageVisit | undefined>(
      (a, p) => (!a || p.startedAt > a.startedAt ? p : a),
      undefined,
    );
  return {
    asked,
    getPage: async (id) => (asked.push(`page ${id}`), pages.find((p) => p.id === id)),
    latestPageForTab: async (tabId) => (
      asked.push(`tab ${tabId}`),
      latest(pages.filter((p) => p.tabId === tabId))
    ),
    latestPageForSite: async (site, time) => (
      asked.push(`site ${site}`),
      latest(pages.filter((p) => p.site === site && p.startedAt <= time))
    ),
    pageOfRequest: async (requestId, tabId) => (
      asked.push(`request ${requestId}`),
      requests.find((r) => r.requestId === requestId && r.tabId === tabId)?.pageId
    ),
  };
}

const nav = (o: Partial<NavigationObservation> = {}): NavigationObservation => ({
  kind: 'navigation',
  tabId: 7,
  requestId: '1',
  url: 'https://shop.test/',
  time: T,
  ...o,
});

const req = (o: Partial<RequestObservation> = {}): RequestObservation => ({
  kind: 'request',
  tabId: 7,
  requestId: '10',
  url: 'https://shop.test/app.js',
  method: 'GET',
  type: 'script',
  initiator: 'https://shop.test',
  frameId: 0,
  parentFrameId: -1,
  documentUrl: 'https://shop.test/',
  time: T + 10,
  ...o,
});

describe('navigation pages', () => {
  it('are named by start time (base 36), tab and request id', () => {
    expect(navigationPage(undefined, nav())).toEqual({
      id: `${T.toString(36)}:7:1`,
      tabId: 7,
      url: 'https://shop.test/',
      site: 'shop.test',
      startedAt: T,
    });
  });

  it('stay the same visit through a redirect of the same navigation', () => {
    const first = navigationPage(undefined, nav());
    const hop = nav({ url: 'https://www.shop.test/home', time: T + REDIRECT_WINDOW_MS - 1 });
    expect(navigationPage(first, hop)).toEqual({
      ...first,
      url: 'https://www.shop.test/home',
      site: 'shop.test',
    });
  });

  it.each([
    ['another navigation', nav({ requestId: '2', time: T + 5 })],
    ['the same request id after the redirect window', nav({ time: T + REDIRECT_WINDOW_MS })],
  ])('start a new visit on %s', (_, o) => {
    const first = navigationPage(undefined, nav());
    expect(navigationPage(first, o).id).toBe(`${o.time.toString(36)}:7:${o.requestId}`);
  });
});

describe('attribution', () => {
  it("gives a tab's requests to its current page, without asking the store", async () => {
    const store = lookup();
    const a = createAttribution(store, [OWN]);
    const page = a.navigate(nav())!;
    expect(await a.pageForRequest(req())).toBe(page);
    expect(await a.pageIdOfRequest(7, '10', T + 20)).toBe(page.id);
    expect(store.asked).toEqual([]);
  });

  it("leaves the extension's own pages and non-web documents unattributed", async () => {
    const a = createAttribution(lookup(), [OWN]);
    a.navigate(nav());
    expect(a.navigate(nav({ requestId: '2', url: `${OWN}/popup.html` }))).toBeUndefined();
    expect(a.navigate(nav({ requestId: '3', url: 'file:///tmp/x.html' }))).toBeUndefined();
    // The tab left the web: its next request is no page's.
    expect(await a.pageForRequest(req())).toBeUndefined();
  });

  it("keeps a document's late requests with its page after the tab moved on", async () => {
    const a = createAttribution(lookup(), [OWN]);
    const old = a.navigate(nav())!;
    expect(await a.pageForRequest(req({ documentId: 'doc-1' }))).toBe(old);
    const next = a.navigate(nav({ requestId: '2', url: 'https://news.test/', time: T + 100 }))!;
    const beacon = req({ requestId: '11', type: 'ping', documentId: 'doc-1', time: T + 101 });
    expect(await a.pageForRequest(beacon)).toBe(old);
    // A frame of the old document is the old page's too, through its parent.
    const frame = req({ requestId: '12', type: 'sub_frame', parentDocumentId: 'doc-1' });
    expect(await a.pageForRequest({ ...frame, time: T + 102 })).toBe(old);
    expect(await a.pageForRequest(req({ requestId: '13', time: T + 103 }))).toBe(next);
  });

  it("gives a tabless ping to its initiator site's latest page started before it, within the window", async () => {
    const a = createAttribution(lookup(), [OWN]);
    a.navigate(nav({ tabId: 3, requestId: '1', time: T }));
    const later = a.navigate(nav({ tabId: 4, requestId: '2', time: T + 50 }))!;
    a.navigate(nav({ tabId: 5, requestId: '3', url: 'https://other.test/', time: T + 60 }));
    const ping = (time: number, initiator = 'https://shop.test') =>
      req({ tabId: -1, type: 'ping', initiator, documentUrl: null, time });
    expect(await a.pageForRequest(ping(T + 70))).toBe(later);
    expect(await a.pageForRequest(ping(T + 50 + TABLESS_PING_WINDOW_MS))).toBeUndefined();
    expect(await a.pageForRequest(ping(T + 70, OWN))).toBeUndefined();
  });

  it('finds the pages of a restarted worker in the store', async () => {
    const stored: PageVisit = {
      id: 'stored',
      tabId: 7,
      url: 'https://shop.test/',
      site: 'shop.test',
      startedAt: T - 1000,
    };
    const store = lookup([stored], [{ requestId: '9', tabId: 7, pageId: 'stored' }]);
    const a = createAttribution(store, [OWN]);
    expect(await a.pageIdOfRequest(7, '9', T)).toBe('stored');
    expect(await a.pageForRequest(req())).toEqual(stored);
    // Asked once: the page is then in memory.
    expect(await a.pageForRequest(req({ requestId: '14' }))).toEqual(stored);
    expect(store.asked).toEqual(['request 9', 'tab 7']);
  });

  it('adds the signals of the document request to its own page only', async () => {
    const a = createAttribution(lookup(), [OWN]);
    const page = a.navigate(nav())!;
    const signals = { kind: 'signals' as const, tabId: 7, dnt: true, gpc: false, time: T + 1 };
    expect(await a.signals({ ...signals, requestId: '2' })).toBeUndefined();
    expect(await a.signals({ ...signals, requestId: '1' })).toEqual({
      ...page,
      signals: { dnt: true, gpc: false },
    });
  });

  it("gives an old page's late top-frame report to that page, not the tab's next one", async () => {
    const a = createAttribution(lookup(), [OWN]);
    const shop = a.navigate(nav())!;
    const news = a.navigate(nav({ requestId: '2', url: 'https://news.test/', time: T + 100 }))!;
    expect(await a.pageForReport(7, 0, 'https://shop.test/cart', T + 101)).toBe(shop);
    expect(await a.pageForReport(7, 0, 'https://news.test/a', T + 101)).toBe(news);
    // A frame of another site belongs to the page that embeds it.
    expect(await a.pageForReport(7, 2, 'https://widget.test/f', T + 101)).toBe(news);
  });

  it('asks the store for an earlier page of the same tab only', async () => {
    const earlier: PageVisit = {
      id: 'earlier',
      tabId: 8,
      url: 'https://shop.test/',
      site: 'shop.test',
      startedAt: T - 10,
    };
    const a = createAttribution(lookup([earlier]), [OWN]);
    a.navigate(nav({ requestId: '2', url: 'https://news.test/' }));
    expect(await a.pageForReport(7, 0, 'https://shop.test/x', T + 1)).toBeUndefined();
    a.navigate(nav({ tabId: 8, requestId: '3', url: 'https://news.test/' }));
    expect(await a.pageForReport(8, 0, 'https://shop.test/x', T + 1)).toEqual(earlier);
  });

  it('forgets every page it knew (records deleted): the store answers again', async () => {
    const store = lookup();
    const a = createAttribution(store, [OWN]);
    a.navigate(nav());
    await a.pageForRequest(req({ documentId: 'doc-1' }));
    a.forget();
    expect(await a.pageForRequest(req({ requestId: '11', documentId: 'doc-1' }))).toBeUndefined();
    expect(await a.pageIdOfRequest(7, '10', T)).toBeUndefined();
    expect(store.asked).toEqual(['tab 7', 'request 10']);
  });
});

describe('pages deleted by retention', () => {
  it("drops a deleted page's late events instead of giving them to the tab's next page", async () => {
    const a = createAttribution(lookup(), [OWN]);
    const old = a.navigate(nav())!;
    await a.pageForRequest(req({ documentId: 'doc-1' }));
    const next = a.navigate(nav({ requestId: '2', url: 'https://news.test/', time: T + 100 }))!;
    a.evict(new Set([old.id]));
    // Its in-flight request's response, its document's next request, its report.
    expect(await a.pageIdOfRequest(7, '10', T + 200)).toBeNull();
    expect(await a.pageForRequest(req({ requestId: '12', documentId: 'doc-1' }))).toBeUndefined();
    expect(await a.pageForReport(7, 0, 'https://shop.test/', T + 200, 'doc-1')).toBeUndefined();
    // The tab's current page still gets its own events.
    expect(await a.pageForRequest(req({ requestId: '13', documentId: 'doc-2' }))).toEqual(next);
    expect(await a.pageIdOfRequest(7, '13', T + 200)).toBe(next.id);
  });
});

describe('own origins', () => {
  const isOwn = ownOriginMatcher([`${OWN}/`]);
  it.each([
    [OWN, true],
    [`${OWN}/popup.html`, true],
    [`${OWN}x/popup.html`, false],
    ['https://shop.test/', false],
    [null, false],
  ])('%s is own: %s', (url, own) => {
    expect(isOwn(url)).toBe(own);
  });
});

describe('bounded maps', () => {
  it('drop the oldest entry past their size', () => {
    const m = new Map<string, number>();
    for (const [i, k] of ['a', 'b', 'c', 'b'].entries()) setBounded(m, k, i, 2);
    expect([...m]).toEqual([
      ['b', 3],
      ['c', 2],
    ]);
  });
});
