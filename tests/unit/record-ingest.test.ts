import { describe, expect, it } from 'vitest';
import type { Observation } from '../../lib/core/observations.ts';
import type { PageLookup } from '../../lib/core/record/attribution.ts';
import { emptyBatch, type Batch } from '../../lib/core/record/batch.ts';
import { PARKED_REPORT_MS, createIngest } from '../../lib/core/record/ingest.ts';

const T = 1_700_000_000_000;
const OWN = 'chrome-extension://abcdefghijklmnop';
const PAGE = `${T.toString(36)}:7:1`;

/** An empty store: everything is found in memory or nowhere. */
const nothingStored: PageLookup = {
  getPage: async () => undefined,
  latestPageForTab: async () => undefined,
  latestPageForSite: async () => undefined,
  pageOfRequest: async () => undefined,
};
/** A readable stand-in for the keyed hash. */
const sha256 = async (s: string) => `hash(${s})`.padEnd(16, '.');

const base = { tabId: 7, time: T };
const visit: Observation = {
  kind: 'navigation',
  ...base,
  requestId: '1',
  url: 'https://shop.test/',
};
const response = (o: object): Observation => ({
  kind: 'response',
  ...base,
  requestId: '20',
  url: 'https://shop.test/',
  type: 'main_frame',
  initiator: null,
  status: 200,
  contentType: 'text/html',
  contentLength: null,
  setCookie: [],
  ...o,
});

async function ingestAll(observations: Observation[], keepValues = false) {
  const ingest = createIngest({ lookup: nothingStored, sha256, ownOrigins: [OWN] });
  const batch: Batch = emptyBatch();
  const results = [];
  for (const o of observations) results.push(await ingest.add(o, batch, keepValues));
  return { batch, results };
}

describe('ingesting observations', () => {
  it('tells which tab changed, and counts what it could not attribute', async () => {
    const { batch, results } = await ingestAll([
      response({ tabId: 9, requestId: '5' }),
      visit,
      response({ requestId: '1' }),
    ]);
    expect(results).toEqual([
      { tabId: null, skipped: 1 },
      { tabId: 7, skipped: 0 },
      { tabId: 7, skipped: 0 },
    ]);
    expect(batch.pages.map((p) => p.id)).toEqual([PAGE]);
    expect(batch.responses.map((r) => [r.pageId, r.status])).toEqual([[PAGE, 200]]);
  });

  it('keeps the signal headers and what the page saw on the page, in every later write of it', async () => {
    const { batch } = await ingestAll([
      visit,
      {
        kind: 'signals',
        ...base,
        requestId: '1',
        url: 'https://shop.test/',
        dnt: true,
        gpc: true,
        extension: { dnt: true, gpc: true },
      },
      {
        kind: 'navigatorSignals',
        ...base,
        frameId: 0,
        documentUrl: 'https://shop.test/',
        gpc: true,
        dnt: '1',
      },
      // A redirect hop of the same navigation keeps both.
      { ...visit, url: 'https://www.shop.test/' } as Observation,
    ]);
    expect(batch.pages).toEqual([
      {
        id: PAGE,
        tabId: 7,
        url: 'https://www.shop.test/',
        site: 'shop.test',
        startedAt: T,
        signals: { dnt: true, gpc: true, extension: { dnt: true, gpc: true } },
        navigatorSignals: { gpc: true, dnt: '1' },
      },
    ]);
  });

  it("records nothing of the extension's own pages and fetches, and does not count them as skipped", async () => {
    const { batch, results } = await ingestAll([
      visit,
      {
        kind: 'request',
        ...base,
        requestId: '2',
        url: 'https://shop.test/cookie-policy',
        method: 'GET',
        type: 'xmlhttprequest',
        initiator: OWN,
        frameId: -1,
        parentFrameId: -1,
        documentUrl: null,
      },
      response({ requestId: '2', initiator: OWN, setCookie: ['sid=1'] }),
    ]);
    expect(results.slice(1)).toEqual([
      { tabId: null, skipped: 0 },
      { tabId: null, skipped: 0 },
    ]);
    expect([batch.requests, batch.responses, batch.cookies]).toEqual([[], [], []]);
  });

  it("records a response's cookies, noting the headers it could not read", async () => {
    const { batch, results } = await ingestAll([
      visit,
      response({ requestId: '1', setCookie: ['sid=abc; Path=/', '=', 'pref=1; Max-Age=60'] }),
    ]);
    expect(results[1]).toEqual({ tabId: 7, skipped: 1 });
    expect(batch.cookies.map((c) => [c.name, c.setBy, c.setter, c.requestId, c.warnings])).toEqual([
      ['sid', 'http', 'https://shop.test/', '1', ['skipped header: no name=value pair']],
      ['pref', 'http', 'https://shop.test/', '1', ['skipped header: no name=value pair']],
    ]);
    expect(batch.cookies[0]!.value).toEqual({
      length: 3,
      hashPrefix: 'hash(abc)'.padEnd(16, '.'),
      entropy: 1.585,
    });
  });

  it('keeps values themselves only when asked to', async () => {
    const write: Observation = {
      kind: 'storage',
      ...base,
      frameId: 0,
      documentUrl: 'https://shop.test/',
      storage: 'localStorage',
      op: 'set',
      key: 'cart',
      value: '[1]',
      scriptUrl: null,
    };
    const kept = await ingestAll([visit, write], true);
    const not = await ingestAll([visit, write], false);
    expect(kept.batch.storage[0]!.value?.raw).toBe('[1]');
    expect(not.batch.storage[0]!.value).not.toHaveProperty('raw');
  });

  it('skips an empty script cookie write and a storage write from an unreadable document URL', async () => {
    const report = { ...base, frameId: 0, scriptUrl: null };
    const { batch, results } = await ingestAll([
      visit,
      {
        kind: 'scriptCookie',
        ...report,
        documentUrl: 'https://shop.test/',
        api: 'document.cookie',
        cookie: '',
      },
      {
        kind: 'storage',
        ...report,
        documentUrl: 'https://[bad/',
        storage: 'localStorage',
        op: 'remove',
        key: 'k',
        value: null,
      },
    ]);
    expect(results.slice(1)).toEqual([
      { tabId: null, skipped: 1 },
      { tabId: null, skipped: 1 },
    ]);
    expect([batch.cookies, batch.storage]).toEqual([[], []]);
  });

  describe('reports that arrive before their page (a woken background handed them first)', () => {
    const cookie = (o: object): Observation => ({
      kind: 'scriptCookie',
      ...base,
      frameId: 0,
      scriptUrl: 'https://shop.test/app.js',
      documentUrl: 'https://shop.test/',
      api: 'document.cookie',
      cookie: 'js_before_1=a',
      ...o,
    });
    const storage: Observation = {
      kind: 'storage',
      ...base,
      time: T + 5,
      frameId: 0,
      documentUrl: 'https://shop.test/',
      storage: 'localStorage',
      op: 'set',
      key: 'cart',
      value: '[]',
      scriptUrl: null,
    };

    it("wait for the tab's first page and go to it, as written by script", async () => {
      const { batch, results } = await ingestAll([
        cookie({ time: T + 3 }),
        storage,
        cookie({ time: T + 4, cookie: 'js_before_2=b' }),
        visit,
      ]);
      expect(results).toEqual([
        { tabId: null, skipped: 0 },
        { tabId: null, skipped: 0 },
        { tabId: null, skipped: 0 },
        { tabId: 7, skipped: 0 },
      ]);
      expect(batch.cookies.map((c) => [c.pageId, c.name, c.setBy, c.setter])).toEqual([
        [PAGE, 'js_before_1', 'script', 'https://shop.test/app.js'],
        [PAGE, 'js_before_2', 'script', 'https://shop.test/app.js'],
      ]);
      expect(batch.storage.map((r) => [r.pageId, r.key])).toEqual([[PAGE, 'cart']]);
    });

    it('are given up when left waiting too long', async () => {
      const late = { ...visit, time: T + PARKED_REPORT_MS + 10 } as Observation;
      const { batch, results } = await ingestAll([
        cookie({ time: T }),
        cookie({ tabId: 8, time: T }),
        // Another tab's report, past the wait of the two above: they are given up.
        cookie({ tabId: 9, time: T + PARKED_REPORT_MS + 1 }),
        late,
      ]);
      expect(results).toEqual([
        { tabId: null, skipped: 0 },
        { tabId: null, skipped: 0 },
        { tabId: null, skipped: 2 },
        { tabId: 7, skipped: 0 },
      ]);
      expect(batch.cookies).toEqual([]);
    });

    it("are skipped when sent before the navigation started (the tab's earlier document)", async () => {
      const { batch, results } = await ingestAll([cookie({ time: T - 1 }), storage, visit]);
      expect(results[2]).toEqual({ tabId: 7, skipped: 1 });
      expect([batch.cookies.length, batch.storage.length]).toEqual([0, 1]);
    });

    it('are not held when the tab already has a page (attributed or skipped at once)', async () => {
      const { batch, results } = await ingestAll([visit, cookie({ time: T + 1 })]);
      expect(results[1]).toEqual({ tabId: 7, skipped: 0 });
      expect(batch.cookies.map((c) => c.pageId)).toEqual([PAGE]);
    });
  });

  it('keeps browser-wide cookie changes without a tab to update', async () => {
    const { batch, results } = await ingestAll([
      {
        kind: 'cookieChange',
        name: '_ga',
        value: 'GA1',
        domain: '.shop.test',
        path: '/',
        hostOnly: false,
        removed: false,
        cause: 'explicit',
        partitionKey: null,
        expirationDate: null,
        secure: false,
        httpOnly: false,
        sameSite: 'lax',
        time: T,
      },
    ]);
    expect(results).toEqual([{ tabId: null, skipped: 0 }]);
    expect(batch.cookieChanges.map((c) => [c.name, c.site, c.lifetimeDays])).toEqual([
      ['_ga', 'shop.test', null],
    ]);
  });

  it('counts a tabless ping for the tab of the page it was given to', async () => {
    const { batch, results } = await ingestAll([
      visit,
      {
        kind: 'request',
        tabId: -1,
        time: T + 1,
        requestId: '30',
        url: 'https://www.google-analytics.com/g/collect',
        method: 'POST',
        type: 'ping',
        initiator: 'https://shop.test',
        frameId: -1,
        parentFrameId: -1,
        documentUrl: null,
      },
    ]);
    expect(results[1]).toEqual({ tabId: 7, skipped: 0 });
    expect(batch.requests.map((r) => [r.pageId, r.tabId, r.beacon])).toEqual([[PAGE, -1, true]]);
  });
});
