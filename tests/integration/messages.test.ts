import { readFileSync } from 'node:fs';
import { MAX_HOOK_BATCH_LENGTH, MAX_REPORTS_PER_MESSAGE } from '../../lib/core/hook-channel.ts';
import { describe, expect, it } from 'vitest';
import { listenWebRequest } from '../../lib/platform/webrequest.ts';
import { createMessageHandler, PAGE_REPORT_BURST } from '../../lib/services/background.ts';
import {
  createConsentStore,
  createDeclarationStore,
  createSettingsStore,
  createSnapshotStore,
  declarationPorts,
  valueHashKey,
} from '../../lib/platform/db.ts';
import { createDeclarationService } from '../../lib/services/declarations.ts';
import { optOutCookiesOf, type JarCookie } from '../../lib/services/consent-cookies.ts';
import { createAuditService } from '../../lib/services/audit.ts';
import { createRetention } from '../../lib/services/retention.ts';
import { createSignalSender } from '../../lib/services/send-signals.ts';
import { DEFAULT_SEND_SETTINGS, type SendSignalsSettings } from '../../lib/core/signals/send.ts';
import type { TabSummary } from '../../lib/core/tab-summary.ts';
import type { Report } from '../../lib/core/report.ts';
import { buildReportHtml } from '../../lib/core/report-html.ts';
import {
  classificationFromPackage,
  createDexieStore,
  fakeWebRequest,
  freshDb,
  recorderOn,
} from './fakes.ts';

const visit = JSON.parse(
  readFileSync(new URL('../fixtures/events/chrome-shop-visit.json', import.meta.url), 'utf8'),
) as { events: { on: string; d: unknown }[] };

function setup() {
  const db = freshDb();
  const store = createDexieStore(db);
  const recorder = recorderOn(store);
  const wr = fakeWebRequest();
  listenWebRequest(wr, recorder.observe);
  wr.onBeforeRequest.fire(visit.events[0]!.d); // tab 7 is on https://shop.test/
  // What the "network" answers to list downloads.
  const served = new Map<string, string>();
  const fetchList = async (url: string) => {
    const text = served.get(url);
    if (text === undefined) throw new Error(`HTTP 404 for ${url}`);
    return text;
  };
  const classification = classificationFromPackage({
    download: async (url) => ({
      status: 'modified',
      text: await fetchList(url),
      validators: { etag: null, lastModified: null },
    }),
  });
  const audit = createAuditService({
    store,
    classification,
    declarations: createDeclarationStore(db),
    consent: createConsentStore(db),
    now: () => 1_700_000_000_500,
    browserName: 'test',
    extensionVersion: '0.0.0',
  });
  const declarations = createDeclarationService({
    ...declarationPorts(db),
    fetchText: async () => {
      throw new Error('no network in this test');
    },
    consentCookies: async () => [],
    now: () => 1_700_000_000_500,
  });
  const settings = createSettingsStore(db);
  const keyReplaced: number[] = [];
  let stored: SendSignalsSettings = DEFAULT_SEND_SETTINGS;
  const applied: SendSignalsSettings[] = [];
  const signals = createSignalSender({
    store: { get: async () => stored, put: async (s) => void (stored = s) },
    apply: async (s) => void applied.push(s),
    browserDnt: async () => null,
  });
  /** The browser's cookie jar, as cookies.getAll({ domain }) lists it. */
  const jar: JarCookie[] = [];
  const handle = createMessageHandler({
    signals,
    recorder,
    store,
    audit,
    classification,
    declarations,
    settings,
    retention: createRetention({ store, settings, now: () => 1_700_000_000_500 }),
    hashKeyReplaced: () => keyReplaced.push(1),
    optOutCookies: optOutCookiesOf(async (site) => jar.filter((c) => c.domain.endsWith(site))),
    now: () => 1_700_000_000_500,
  });
  return { db, store, recorder, handle, wr, served, keyReplaced, applied, jar, audit };
}

/** A content script's report of a localStorage write. */
/** The hook's report of a script's `document.cookie` write. */
const cookie = (name: string) => ({
  type: 'cookie',
  api: 'document.cookie',
  cookie: `${name}=1; Max-Age=86400`,
  scriptUrl: 'https://shop.test/app.js',
});

const storageWrite = (key: string, value: string) => ({
  type: 'page-report',
  report: { type: 'storage', storage: 'localStorage', op: 'set', key, value, scriptUrl: null },
});

const fromPage = { tabId: 7, frameId: 0, url: 'https://shop.test/', fromExtensionPage: false };
const fromPopup = {
  url: 'chrome-extension://abcdefghijklmnop/popup.html',
  fromExtensionPage: true,
};

describe('message protocol', () => {
  it('records a script cookie and a storage write from a content script, with the sender as truth', async () => {
    const { handle, recorder, db } = setup();
    expect(
      await handle(
        {
          type: 'page-report',
          report: {
            type: 'cookie',
            api: 'document.cookie',
            cookie: '_ga=GA1.1.99; Max-Age=63072000; Domain=.shop.test; Path=/',
            scriptUrl: 'https://www.googletagmanager.com/gtag/js?id=G-1',
            // A page claiming another tab is ignored: the sender says tab 7.
            tabId: 99,
            time: 1_700_000_000_400,
          },
        },
        fromPage,
      ),
    ).toEqual({ ok: true });
    expect(await handle(storageWrite('cart', '[]'), fromPage)).toEqual({ ok: true });
    await recorder.idle();
    const [cookie] = await db.cookies.toArray();
    expect(cookie).toMatchObject({
      tabId: 7,
      name: '_ga',
      domain: 'shop.test',
      setBy: 'script',
      setter: 'https://www.googletagmanager.com/gtag/js?id=G-1',
      lifetimeDays: 400,
      requestedLifetimeDays: 730,
      party: 'first',
    });
    const [storage] = await db.storage.toArray();
    expect(storage).toMatchObject({
      tabId: 7,
      kind: 'localStorage',
      origin: 'https://shop.test',
      key: 'cart',
      party: 'first',
    });
  });

  it("gives the old page's late storage report to the old page, not to the next one", async () => {
    const { handle, recorder, db, wr } = setup();
    // Tab 7 navigates from shop.test to news.example…
    wr.onBeforeRequest.fire({
      requestId: '300',
      url: 'https://news.example/',
      method: 'GET',
      type: 'main_frame',
      tabId: 7,
      frameId: 0,
      parentFrameId: -1,
      timeStamp: 1_700_000_000_450,
    });
    // …and shop.test's pagehide storage diff arrives afterwards.
    await handle(
      {
        type: 'page-report',
        report: {
          type: 'storage',
          storage: 'localStorage',
          op: 'set',
          key: 'last_seen',
          value: '1',
          scriptUrl: null,
        },
      },
      fromPage,
    );
    await recorder.idle();
    const pages = await db.pages.toArray();
    const shop = pages.find((p) => p.site === 'shop.test')!;
    const [row] = await db.storage.toArray();
    expect(row).toMatchObject({ key: 'last_seen', pageId: shop.id });
  });

  it('drops a flood of reports from one tab once its burst is spent, whichever frames send it', async () => {
    const { handle, recorder, db } = setup();
    const report = {
      type: 'storage',
      storage: 'localStorage',
      op: 'set',
      key: 'k',
      value: 'v',
      scriptUrl: null,
    };
    const results = [];
    // Spread over ten frames of the tab (a page full of iframes): one budget.
    for (let i = 0; i < PAGE_REPORT_BURST + 50; i++) {
      results.push(
        await handle(
          { type: 'page-report', report: { ...report, key: `k${i}` } },
          { ...fromPage, frameId: i % 10 },
        ),
      );
    }
    expect(results.filter((r) => r.ok)).toHaveLength(PAGE_REPORT_BURST);
    expect(results.at(-1)).toEqual({
      ok: false,
      error: 'too many reports from this tab: dropped',
    });
    await recorder.idle();
    expect(await db.storage.count()).toBe(PAGE_REPORT_BURST);
    // A frame of the tab that has not sent anything yet is refused too.
    expect(await handle({ type: 'page-report', report }, { ...fromPage, frameId: 33 })).toEqual({
      ok: false,
      error: 'too many reports from this tab: dropped',
    });
  });

  it('records a batch of reports from one message, each checked as if it came alone', async () => {
    const { handle, recorder, db } = setup();
    const result = await handle(
      {
        type: 'page-reports',
        reports: [
          cookie('a'),
          storageWrite('cart', '[]').report,
          { type: 'cookie', api: 'eval', cookie: 'x=1', scriptUrl: null },
          cookie('b'),
        ],
      },
      fromPage,
    );
    expect(result).toEqual({ ok: false, accepted: 3, errors: ['bad api'] });
    await recorder.idle();
    const cookies = await db.cookies.toArray();
    expect(cookies.map((c) => [c.name, c.tabId, c.setBy, c.setter])).toEqual([
      ['a', 7, 'script', 'https://shop.test/app.js'],
      ['b', 7, 'script', 'https://shop.test/app.js'],
    ]);
    expect((await db.storage.toArray()).map((s) => s.key)).toEqual(['cart']);
    expect(await handle({ type: 'page-reports', reports: 'cart' }, fromPage)).toEqual({
      ok: false,
      error: 'malformed reports',
    });
    // Only content scripts' kinds come from pages; a batch counts against the tab's burst.
    const flood = Array.from({ length: PAGE_REPORT_BURST + 10 }, (_, i) => cookie(`f${i}`));
    const flooded = await handle({ type: 'page-reports', reports: flood }, fromPage);
    expect(flooded).toMatchObject({ ok: false, accepted: PAGE_REPORT_BURST - 4 });
    expect(new Set((flooded as { errors: string[] }).errors)).toEqual(
      new Set(['too many reports from this tab: dropped']),
    );
  });

  it("records the hook's batches sent as JSON text, stamped when they arrive", async () => {
    const { handle, recorder, db } = setup();
    const result = await handle(
      {
        type: 'page-reports',
        batches: [
          JSON.stringify([cookie('a'), storageWrite('cart', '[]').report]),
          JSON.stringify([cookie('b'), { type: 'cookie', api: 'eval', cookie: 'x=1' }]),
        ],
      },
      fromPage,
    );
    expect(result).toEqual({ ok: false, accepted: 3, errors: ['bad api'] });
    await recorder.idle();
    const now = 1_700_000_000_500;
    expect((await db.cookies.toArray()).map((c) => [c.name, c.time, c.setter])).toEqual([
      ['a', now, 'https://shop.test/app.js'],
      ['b', now, 'https://shop.test/app.js'],
    ]);
    expect((await db.storage.toArray()).map((r) => [r.key, r.time])).toEqual([['cart', now]]);
    for (const batches of ['x', ['{not json'], ['{"a":1}'], [5], [null]]) {
      expect(await handle({ type: 'page-reports', batches }, fromPage)).toEqual({
        ok: false,
        error: 'malformed reports',
      });
    }
    const big = JSON.stringify(['x'.repeat(MAX_HOOK_BATCH_LENGTH / 2 + 1)]);
    expect(await handle({ type: 'page-reports', batches: [big, big] }, fromPage)).toEqual({
      ok: false,
      error: 'reports too large',
    });
  });

  it('caps the reports one message may carry', async () => {
    const { handle } = setup();
    const reports = Array.from({ length: MAX_REPORTS_PER_MESSAGE + 1 }, () => ({ type: 'wipe' }));
    const result = (await handle({ type: 'page-reports', reports }, fromPage)) as {
      errors: string[];
    };
    expect(result.errors).toHaveLength(MAX_REPORTS_PER_MESSAGE + 1);
    expect(result.errors.at(-1)).toBe(
      `more than ${MAX_REPORTS_PER_MESSAGE} reports in one message: dropped`,
    );
  });

  it('caches a tab audit per generation: the badge computes it, the popup reuses it', async () => {
    const { store, recorder, db } = setup();
    await recorder.idle();
    let generation = 0;
    const audit = createAuditService({
      store,
      classification: classificationFromPackage(),
      declarations: createDeclarationStore(db),
      consent: createConsentStore(db),
      now: () => 1_700_000_000_500,
      browserName: 'test',
      extensionVersion: '0.0.0',
      generation: () => generation,
    });
    const page = (await store.latestPageForTab(7))!;
    const a = audit.tabAudit(page);
    expect(audit.tabAudit(page)).toBe(a);
    generation++;
    const b = audit.tabAudit(page);
    expect(b).not.toBe(a);
    expect((await b).view.pages.map((p) => p.url)).toEqual(['https://shop.test/']);
  });

  it('answers a restarted worker from the stored summary until something changes', async () => {
    const { store, recorder, db, handle } = setup();
    await handle(storageWrite('cart', '[]'), fromPage);
    await recorder.idle();
    const page = (await store.latestPageForTab(7))!;
    let reads = 0;
    const counted = { ...store, readPages: (ids: string[]) => (reads++, store.readPages(ids)) };
    // A fresh service per "worker start": nothing in memory.
    const start = () =>
      createAuditService({
        store: counted,
        classification: classificationFromPackage(),
        declarations: createDeclarationStore(db),
        consent: createConsentStore(db),
        now: () => 1_700_000_000_500,
        browserName: 'test',
        extensionVersion: '0.0.0',
        generation: () => 0,
        snapshots: createSnapshotStore(db),
      });
    const first = await start().tabSummary(page);
    expect([first.from, first.summary.counts.storage, reads]).toEqual(['computed', 1, 1]);
    await new Promise((r) => setTimeout(r, 20)); // the snapshot is stored after the answer
    expect((await db.snapshots.get(page.id))?.data.summary.counts.storage).toBe(1);

    const restarted = await start().tabSummary(page);
    expect([restarted.from, restarted.summary, reads]).toEqual(['snapshot', first.summary, 1]);

    // A new record: the snapshot no longer matches, the audit runs again.
    await handle(storageWrite('recently_viewed', '[1]'), fromPage);
    await recorder.idle();
    const after = await start().tabSummary(page);
    expect([after.from, after.summary.counts.storage, reads]).toEqual(['computed', 2, 2]);
    await new Promise((r) => setTimeout(r, 20));

    // So does a new declaration of the site.
    expect((await start().tabSummary(page)).from).toBe('snapshot');
    await db.hostDeclarations.put({
      site: 'shop.test',
      host: 'shop.test',
      source: 'policy-text',
      fetchedAt: 1_700_000_000_460,
      url: 'https://shop.test/cookies',
      policy: null,
      error: 'not found',
      why: null,
    });
    expect((await start().tabSummary(page)).from).toBe('computed');
    expect(reads).toBe(3);
  });

  it('prunes pages, their records and snapshots, consent states and declarations older than the cut-off', async () => {
    const { store, recorder, db } = setup();
    await recorder.idle();
    await db.consent.add({
      site: 'shop.test',
      host: 'shop.test',
      time: 1_000,
      cmp: 'onetrust',
      status: 'accepted',
      categories: {},
      timestamp: null,
      evidence: 'x',
      method: 'explicit',
    });
    await db.hostDeclarations.put({
      site: 'shop.test',
      host: 'shop.test',
      source: 'policy-text',
      fetchedAt: 1_000,
      url: null,
      policy: null,
      error: 'x',
      why: null,
    });
    const page = (await store.latestPageForTab(7))!;
    await createSnapshotStore(db).put({
      pageId: page.id,
      fingerprint: 'x',
      savedAt: 1_000,
      data: { summary: {} as never, declared: null, sitePages: 1 },
    });
    expect(await store.pruneBefore(1_700_000_000_001)).toHaveLength(1);
    expect([
      await db.pages.count(),
      await db.requests.count(),
      await db.consent.count(),
      await db.hostDeclarations.count(),
      await db.snapshots.count(),
    ]).toEqual([0, 0, 0, 0, 0]);
  });

  it('keeps storage bounded by the settings, and deletes everything on request', async () => {
    const { handle, recorder, wr, db, keyReplaced } = setup();
    const key = await valueHashKey(db);
    const main = visit.events[0]!.d as Record<string, unknown>;
    // Twelve more visits in other tabs, a second apart, and one a year old.
    for (let i = 0; i < 12; i++) {
      wr.onBeforeRequest.fire({
        ...main,
        requestId: `n${i}`,
        tabId: 20 + i,
        url: `https://site${i}.test/`,
        timeStamp: 1_700_000_001_000 + i * 1000,
      });
    }
    wr.onBeforeRequest.fire({
      ...main,
      requestId: 'old',
      tabId: 40,
      url: 'https://old.test/',
      timeStamp: 1_700_000_000_000 - 365 * 86_400_000,
    });
    await recorder.idle();
    expect(await handle({ type: 'get-storage' }, fromPopup)).toMatchObject({
      ok: true,
      settings: { retentionDays: 30, maxPages: 2000 },
      usage: { pages: 14, requests: 14, oldest: 1_700_000_000_000 - 365 * 86_400_000 },
    });
    expect(
      await handle(
        { type: 'set-storage-settings', settings: { retentionDays: 30, maxPages: 5 } },
        fromPopup,
      ),
    ).toEqual({ ok: false, error: 'pages to keep must be between 10 and 100,000' });
    // The year-old visit goes by age, then the oldest beyond ten: shop.test and site0..site1.
    expect(
      await handle(
        { type: 'set-storage-settings', settings: { retentionDays: 30, maxPages: 10 } },
        fromPopup,
      ),
    ).toMatchObject({ ok: true, removed: 4, usage: { pages: 10, requests: 10 } });
    expect((await db.pages.toArray()).map((p) => p.site).sort()).toEqual(
      [2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((i) => `site${i}.test`).sort(),
    );
    expect(await handle({ type: 'get-storage' }, fromPopup)).toMatchObject({
      settings: { retentionDays: 30, maxPages: 10 },
    });
    // Only the extension's pages may change or clear storage.
    expect(await handle({ type: 'clear-records' }, fromPage)).toEqual({
      ok: false,
      error: 'not allowed',
    });
    expect(keyReplaced).toEqual([]);
    expect([...(await valueHashKey(db))]).toEqual([...key]);
    expect(await handle({ type: 'clear-records' }, fromPopup)).toEqual({
      ok: true,
      usage: {
        pages: 0,
        requests: 0,
        responses: 0,
        cookies: 0,
        cookieChanges: 0,
        storage: 0,
        optOut: 0,
        oldest: null,
        quota: null,
      },
    });
    // The value-hash key went with the records: a new one is made.
    expect(keyReplaced).toEqual([1]);
    expect(await db.meta.get('valueHashKey')).toBeUndefined();
    expect([...(await valueHashKey(db))]).not.toEqual([...key]);
    // A late request of a page whose records were deleted is not recorded.
    wr.onBeforeRequest.fire({
      ...(visit.events[2]!.d as Record<string, unknown>),
      tabId: 25,
      requestId: 'late',
    });
    await recorder.idle();
    expect(await db.requests.count()).toBe(0);
    expect(await handle({ type: 'get-tab-summary', tabId: 25 }, fromPopup)).toMatchObject({
      summary: null,
    });
    // The settings stay.
    expect(await handle({ type: 'get-storage' }, fromPopup)).toMatchObject({
      settings: { retentionDays: 30, maxPages: 10 },
    });
  });

  it('keeps values only while the user opts in, and forgets them when the option is turned off', async () => {
    const { handle, recorder, db } = setup();
    const write = (cookie: string) =>
      handle(
        {
          type: 'page-report',
          report: {
            type: 'cookie',
            api: 'document.cookie',
            cookie,
            scriptUrl: null,
          },
        },
        fromPage,
      );
    await write('before=hidden1; Max-Age=600');
    const on = { retentionDays: 30, maxPages: 2000, keepValues: true };
    expect(await handle({ type: 'set-storage-settings', settings: on }, fromPopup)).toMatchObject({
      ok: true,
      settings: on,
    });
    await write('uid=abc123xyz; Max-Age=600');
    await recorder.idle();
    const raws = async () =>
      (await db.cookies.toArray()).map((c) => [c.name, c.value.raw ?? null]).sort();
    expect(await raws()).toEqual([
      ['before', null],
      ['uid', 'abc123xyz'],
    ]);
    const report = async () =>
      (
        (await handle({ type: 'get-report', site: 'shop.test' }, fromPopup)) as {
          report: { cookies: { name: string; value: { raw?: string; length: number } }[] };
        }
      ).report.cookies.find((c) => c.name === 'uid')!.value;
    expect(await report()).toMatchObject({ raw: 'abc123xyz', length: 9 });

    await handle(
      { type: 'set-storage-settings', settings: { ...on, keepValues: false } },
      fromPopup,
    );
    expect(await raws()).toEqual([
      ['before', null],
      ['uid', null],
    ]);
    expect(await report()).toEqual({
      length: 9,
      hashPrefix: expect.any(String),
      entropy: expect.any(Number),
    });
  });

  it('leaves URL parameter values out of the report when the user chose so, and says so', async () => {
    const { handle, wr } = setup();
    const fire = {
      beforeRequest: wr.onBeforeRequest,
      headersReceived: wr.onHeadersReceived,
      errorOccurred: wr.onErrorOccurred,
    } as Record<string, { fire(d: unknown): void }>;
    for (const e of visit.events.slice(1)) fire[e.on]!.fire(e.d);
    type Rep = { redaction: unknown; requests: { url: string }[] };
    const report = async () =>
      ((await handle({ type: 'get-report', site: 'shop.test' }, fromPopup)) as { report: Rep })
        .report;
    const urls = (r: Rep) => r.requests.map((q) => q.url).filter((u) => u.includes('?'));
    const kept = await report();
    expect(kept.redaction).toEqual({ cookieValues: true, queryStrings: false });
    expect(urls(kept).sort()).toEqual([
      'https://www.facebook.com/tr?id=1&ev=PageView',
      'https://www.google-analytics.com/g/collect?v=2',
    ]);
    const on = { retentionDays: 30, maxPages: 2000, keepValues: false, redactQueryStrings: true };
    expect(await handle({ type: 'set-storage-settings', settings: on }, fromPopup)).toMatchObject({
      ok: true,
      settings: on,
    });
    const redacted = await report();
    expect(redacted.redaction).toEqual({ cookieValues: true, queryStrings: true });
    expect(urls(redacted).sort()).toEqual([
      'https://www.facebook.com/tr?id=…&ev=…',
      'https://www.google-analytics.com/g/collect?v=…',
    ]);
    // Nowhere else either: the findings' evidence quotes URLs too.
    const text = JSON.stringify(redacted);
    expect(text).not.toContain('PageView');
    expect(text).not.toContain('collect?v=2');
    expect(buildReportHtml(redacted as unknown as Report)).toContain(
      'URL parameter values and fragments are left out',
    );
    expect(buildReportHtml(kept as unknown as Report)).not.toContain('URL parameter values');
  });

  it("records a Cookiebot banner's declaration, and its state before any choice as Cookiebot's", async () => {
    const { handle, db } = setup();
    const dialog = {
      cookieTableNecessary: [
        ['CookieConsent', 'shop.test', 'Stores consent', '1 year', 'HTTP', '1', '', 'shop.test'],
      ],
      cookieTableStatistics: [
        [
          '_ga',
          'shop.test',
          'Statistics ID',
          '2 years',
          'HTTP',
          '1',
          '',
          'www.googletagmanager.com',
        ],
      ],
      privacyPolicies: [['google.com', 'Google', 'https://policies.google.com/privacy']],
    };
    expect(
      await handle(
        {
          type: 'page-report',
          report: { type: 'cmp', cmp: 'cookiebot', json: JSON.stringify(dialog) },
        },
        fromPage,
      ),
    ).toEqual({ ok: true });
    const decl = await db.hostDeclarations.get(['shop.test', 'cmp:cookiebot']);
    expect(decl?.policy?.cookies.map((c) => `${c.name}:${c.category}`)).toEqual([
      'CookieConsent:necessary',
      '_ga:analytics',
    ]);
    expect((await db.consent.toArray()).map((c) => [c.site, c.host, c.cmp, c.status])).toEqual([
      ['shop.test', 'shop.test', 'cookiebot', 'none'],
    ]);
  });

  it('adds a list from an address, updates it, and keeps the previous version when an update is bad', async () => {
    const { handle, served } = setup();
    const url = 'https://lists.test/filters/extra.txt';
    const lists = async () =>
      (
        (await handle({ type: 'get-lists' }, fromPopup)) as {
          lists: {
            id: string;
            name: string;
            kind: string;
            version: string | null;
            source: string | null;
          }[];
        }
      ).lists.filter((l) => l.kind === 'user');
    expect(
      await handle({ type: 'add-list-url', url: 'ftp://lists.test/x.txt' }, fromPopup),
    ).toEqual({
      ok: false,
      error: 'give the http(s) address of the list',
    });
    expect(await handle({ type: 'add-list-url', url }, fromPopup)).toEqual({
      ok: false,
      error: `could not download ${url}: HTTP 404 for ${url}`,
    });
    served.set(url, '[Adblock Plus 2.0]\n! Version: 1\n||tracker.example^\n');
    expect(await handle({ type: 'add-list-url', url }, fromPopup)).toMatchObject({
      ok: true,
      list: { name: 'extra.txt', format: 'abp', size: 1, version: '1' },
    });
    const [added] = await lists();
    expect(added).toMatchObject({ name: 'extra.txt', version: '1', source: url });

    served.set(url, '[Adblock Plus 2.0]\n! Version: 2\n||tracker.example^\n||pixel.example^\n');
    expect(await handle({ type: 'update-list', id: added!.id }, fromPopup)).toMatchObject({
      ok: true,
      result: { outcome: 'updated', size: 2, version: '2' },
    });
    // A broken update (the server now answers a login page) changes nothing.
    served.set(url, '<!doctype html><title>Sign in</title><form></form>');
    const bad = (await handle({ type: 'update-list', id: added!.id }, fromPopup)) as {
      ok: boolean;
      error: string;
    };
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/^extra\.txt not updated, the previous version stays in use: /);
    expect((await lists()).map((l) => [l.name, l.version, l.source])).toEqual([
      ['extra.txt', '2', url],
    ]);

    // "Check for updates now" tries every list that updates daily; the bad one keeps version 2.
    expect(await handle({ type: 'update-lists-now' }, fromPopup)).toMatchObject({
      ok: true,
      results: [{ name: 'extra.txt', outcome: 'failed', size: 2 }],
    });
    expect(
      await handle({ type: 'set-list-auto-update', id: added!.id, on: false }, fromPopup),
    ).toEqual({ ok: true });
    expect(await handle({ type: 'update-lists-now' }, fromPopup)).toEqual({
      ok: true,
      results: [],
    });

    // A list from a file has no address to update from.
    await handle({ type: 'add-list', name: 'mine.txt', text: '||other.example^\n' }, fromPopup);
    const file = (await lists()).find((l) => l.name === 'mine.txt')!;
    expect(await handle({ type: 'update-list', id: file.id }, fromPopup)).toEqual({
      ok: false,
      error: 'only a list added from an address can be updated',
    });
    expect(
      await handle({ type: 'set-list-auto-update', id: file.id, on: true }, fromPopup),
    ).toEqual({
      ok: false,
      error: 'only a list from an address can be updated on a schedule',
    });
  });

  it("records the opt-out strings a page's APIs answered and its cookies, and reports them read", async () => {
    const { handle, jar, audit, store, recorder } = setup();
    jar.push(
      { name: 'usprivacy', value: '1YNN', domain: 'shop.test', hostOnly: true },
      // Another host's cookie is not sent to shop.test: not read.
      {
        name: '__gpp',
        value: 'DBABzw~1YNN~BVQqAAAAAgA',
        domain: 'other.shop.test',
        hostOnly: true,
      },
      {
        name: 'OptanonConsent',
        value: 'isGpcEnabled=0&consentId=abc-123&groups=C0001%3A1%2CC0004%3A1',
        domain: '.shop.test',
        hostOnly: false,
      },
      { name: 'unrelated', value: 'x', domain: 'shop.test', hostOnly: true },
    );
    const report = {
      type: 'optout',
      usp: { status: 'no-answer' },
      gpp: {
        status: 'answered',
        data: {
          gppString: 'DBABzw~1YYN~CEAVAAAAAABA.YA',
          applicableSections: [7],
          signalStatus: 'ready',
        },
      },
    };
    // A frame's reading is not the page's.
    expect(await handle({ type: 'page-report', report }, { ...fromPage, frameId: 3 })).toEqual({
      ok: true,
    });
    expect(await handle({ type: 'page-report', report }, fromPage)).toEqual({ ok: true });
    // A page with nothing to read makes no record.
    jar.length = 0;
    expect(
      await handle(
        { type: 'page-report', report: { type: 'optout', usp: {}, gpp: { status: 'absent' } } },
        fromPage,
      ),
    ).toEqual({ ok: true });
    await recorder.idle();
    const r = await audit.report('shop.test');
    expect((await store.usage()).optOut).toBe(1);
    expect(r.dnt.optOutStrings.pages).toHaveLength(1);
    expect(r.dnt.optOutStrings.latest).toEqual({
      page: 'https://shop.test/',
      time: new Date(1_700_000_000_500).toISOString(),
      gpcSent: null,
      dntSent: null,
      apis: { usp: 'no-answer', gpp: 'answered' },
      usPrivacy: {
        source: 'cookie:usprivacy',
        raw: '1YNN',
        parsed: {
          string: '1YNN',
          version: 1,
          notice: 'Y',
          optOut: 'N',
          lspa: 'N',
          explanation: 'notice given, not opted out of sale, not covered by the LSPA',
        },
        error: null,
      },
      gpp: {
        source: '__gpp',
        raw: 'DBABzw~1YYN~CEAVAAAAAABA.YA',
        sectionIds: [6, 7],
        sections: ['uspv1', 'usnat'],
        us: [
          {
            id: 6,
            section: 'uspv1',
            saleOptOut: 'opted-out',
            sharingOptOut: null,
            targetedAdvertisingOptOut: null,
            gpc: null,
            uspString: '1YYN',
          },
          {
            id: 7,
            section: 'usnat',
            saleOptOut: 'opted-out',
            sharingOptOut: 'opted-out',
            targetedAdvertisingOptOut: 'opted-out',
            gpc: true,
          },
        ],
        applicableSections: [7],
        signalStatus: 'ready',
        error: null,
      },
      optanon: {
        source: 'cookie:OptanonConsent',
        // The consent id is not kept.
        raw: 'isGpcEnabled=0&groups=C0001:1,C0004:1',
        isGpcEnabled: 0,
        browserGpcFlag: null,
        groups: { C0001: true, C0004: true },
        error: null,
      },
    });
  });

  it('rejects malformed page reports without recording anything', async () => {
    const { handle, recorder, db } = setup();
    expect(await handle({ type: 'page-report', report: { type: 'wipe' } }, fromPage)).toEqual({
      ok: false,
      error: 'unknown report type',
    });
    expect(await handle('not even an object', fromPage)).toEqual({
      ok: false,
      error: 'malformed message',
    });
    await recorder.idle();
    expect(await db.cookies.count()).toBe(0);
    expect(await db.storage.count()).toBe(0);
  });

  it('lets only extension pages read the audit', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'get-report', site: 'shop.test' }, fromPage)).toEqual({
      ok: false,
      error: 'not allowed',
    });
    const res = (await handle({ type: 'get-report', site: 'shop.test' }, fromPopup)) as {
      ok: true;
      report: { site: string; pages: { url: string }[]; schemaVersion: number };
    };
    expect(res.ok).toBe(true);
    expect(res.report.site).toBe('shop.test');
    expect(res.report.schemaVersion).toBe(1);
    expect(res.report.pages.map((p) => p.url)).toEqual(['https://shop.test/']);
  });

  it("answers kinds it does not know as unknown, never with an object's inherited members", async () => {
    const { handle } = setup();
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'wipe']) {
      expect(await handle({ type }, fromPopup)).toEqual({
        ok: false,
        error: 'unknown message type',
      });
      expect(await handle({ type }, fromPage)).toEqual({ ok: false, error: 'not allowed' });
    }
  });

  it('lets a failure that is not a refusal reach the asker as a failure', async () => {
    const { handle, store } = setup();
    store.usage = async () => {
      throw new Error('disk gone');
    };
    await expect(handle({ type: 'get-storage' }, fromPopup)).rejects.toThrow('disk gone');
  });

  it('answers the tab view for the popup, and an empty one for an unknown tab', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'get-tab-view', tabId: 7 }, fromPopup)).toMatchObject({
      ok: true,
      pageUrl: 'https://shop.test/',
      site: 'shop.test',
    });
    expect(await handle({ type: 'get-tab-view', tabId: 8 }, fromPopup)).toEqual({
      ok: true,
      tabId: 8,
      pageUrl: null,
      site: null,
      view: null,
      declared: null,
      discrepancies: [],
      sitePages: 0,
    });
  });

  it("answers the popup's summary first, then one table's rows on demand", async () => {
    const { handle, wr } = setup();
    const fire = {
      beforeRequest: wr.onBeforeRequest,
      headersReceived: wr.onHeadersReceived,
      errorOccurred: wr.onErrorOccurred,
    } as Record<string, { fire(d: unknown): void }>;
    for (const e of visit.events.slice(1)) fire[e.on]!.fire(e.d);
    const summary = (await handle(
      { type: 'get-tab-summary', tabId: 7 },
      fromPopup,
    )) as unknown as Record<string, unknown> & { summary: TabSummary };
    expect(summary).toMatchObject({ ok: true, pageUrl: 'https://shop.test/', site: 'shop.test' });
    // sid, prefs and fr; the page, the Facebook pixel, the GA beacon and a failed script.
    expect(summary.summary.counts).toEqual({
      cookies: 3,
      thirdPartyCookies: 1,
      storage: 0,
      thirdParties: 3,
      beacons: 1,
      pixels: 1,
      requests: 4,
    });
    // fr and the pixel (advertising), the GA beacon (analytics); sid and prefs unknown.
    expect(summary.summary.observed).toEqual({
      necessary: 0,
      preferences: 0,
      analytics: 1,
      advertising: 2,
      social: 0,
      unknown: 2,
    });
    expect(summary.summary.findings.map((f) => [f.kind, f.subject, f.hidden])).toEqual([
      ['no-declaration', 'declaration', { cookies: 0, requests: 0, storage: 0 }],
    ]);
    // No rows in the summary: they come per table.
    expect(JSON.stringify(summary)).not.toContain('facebook.com/tr');
    const rows = (await handle(
      { type: 'get-tab-rows', tabId: 7, table: 'beaconsPixels' },
      fromPopup,
    )) as { pageId: string; rows: { url: string; beacon: boolean; pixel: boolean }[] };
    expect(rows.pageId).toBe(summary.pageId);
    expect(rows.rows.map((r) => [r.url, r.beacon, r.pixel])).toEqual([
      ['https://www.facebook.com/tr?id=1&ev=PageView', false, true],
      ['https://www.google-analytics.com/g/collect?v=2', true, false],
    ]);
    const cookies = (await handle(
      { type: 'get-tab-rows', tabId: 7, table: 'cookies' },
      fromPopup,
    )) as {
      rows: { name: string; category: string }[];
    };
    expect(cookies.rows.map((c) => [c.name, c.category]).sort()).toEqual([
      ['fr', 'advertising'],
      ['prefs', 'unknown'],
      ['sid', 'unknown'],
    ]);
    expect(await handle({ type: 'get-tab-rows', tabId: 7, table: 'passwords' }, fromPopup)).toEqual(
      { ok: false, error: 'unknown table' },
    );
    expect(await handle({ type: 'get-tab-rows', tabId: 7, table: 'cookies' }, fromPage)).toEqual({
      ok: false,
      error: 'not allowed',
    });
  });
});

describe('the send-signals messages', () => {
  it('store and apply a valid setting, refuse an invalid one, and only for extension pages', async () => {
    const { handle, applied } = setup();
    const on = {
      mode: 'sites',
      sites: ['Shop.test', 'https://news.test/x'],
      dnt: true,
      gpc: false,
    };
    expect(await handle({ type: 'set-send-signals', settings: on }, fromPage)).toEqual({
      ok: false,
      error: 'not allowed',
    });
    expect(await handle({ type: 'set-send-signals', settings: on }, fromPopup)).toEqual({
      ok: true,
      settings: { mode: 'sites', sites: ['shop.test', 'news.test'], dnt: true, gpc: false },
      browserDnt: null,
      error: null,
    });
    expect(
      await handle({ type: 'set-send-signals', settings: { ...on, sites: ['co.uk'] } }, fromPopup),
    ).toEqual({ ok: false, error: 'co.uk is a public suffix, not a site (use "everywhere")' });
    expect(await handle({ type: 'get-send-signals' }, fromPopup)).toMatchObject({
      settings: { mode: 'sites', sites: ['shop.test', 'news.test'] },
    });
    // Applied once at start (the stored "off"), once when set; not for the refusal.
    expect(applied.map((s) => s.mode)).toEqual(['off', 'sites']);
  });
});
