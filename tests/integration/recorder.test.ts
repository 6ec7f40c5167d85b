import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildView } from '../../lib/core/view.ts';
import { listenCookies } from '../../lib/platform/cookies.ts';
import { listenWebRequest } from '../../lib/platform/webrequest.ts';
import { AuditDb } from '../../lib/platform/db.ts';
import { createDexieStore, fakeWebRequest, FakeEvent, freshDb, recorderOn } from './fakes.ts';

interface Capture {
  events: { on: 'beforeRequest' | 'headersReceived' | 'errorOccurred'; d: unknown }[];
  cookieChanges: { time: number; info: unknown }[];
}
const capture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8'),
  ) as Capture;

function replay(c: Capture, opts: { firefox?: boolean } = {}) {
  const db = freshDb();
  const store = createDexieStore(db);
  const recorder = recorderOn(store);
  const wr = fakeWebRequest(opts);
  listenWebRequest(wr, recorder.observe);
  const cookies = { onChanged: new FakeEvent() };
  let clock = 0;
  listenCookies(cookies, () => clock, recorder.observe);
  const fire = {
    beforeRequest: wr.onBeforeRequest,
    headersReceived: wr.onHeadersReceived,
    errorOccurred: wr.onErrorOccurred,
  };
  for (const e of c.events) fire[e.on].fire(e.d);
  for (const ch of c.cookieChanges) {
    clock = ch.time;
    cookies.onChanged.fire(ch.info);
  }
  return { db, store, recorder, wr };
}

describe('recorder over Chrome event shapes', () => {
  it('records the visit, joins responses, detects beacon and pixel, skips its own pages', async () => {
    const { store, recorder, wr } = replay(capture('chrome-shop-visit.json'));
    expect(wr.onHeadersReceived.listeners[0]!.spec).toEqual(['responseHeaders', 'extraHeaders']);
    await recorder.idle();
    const page = await store.latestPageForTab(7);
    expect(page).toMatchObject({ url: 'https://shop.test/', site: 'shop.test', tabId: 7 });
    expect(await store.latestPageForTab(9)).toBeUndefined();
    const view = buildView(await store.readPages([page!.id]));
    expect(
      view.requests.map((r) => [r.type, r.url, r.party, r.status, r.beacon, r.pixel, r.error]),
    ).toEqual([
      ['main_frame', 'https://shop.test/', 'first', 200, false, false, null],
      ['image', 'https://www.facebook.com/tr?id=1&ev=PageView', 'third', 200, false, true, null],
      // tabId -1: attributed to the page of its initiator.
      ['ping', 'https://www.google-analytics.com/g/collect?v=2', 'third', 204, true, false, null],
      [
        'script',
        'https://cdn.gone.test/x.js',
        'third',
        null,
        false,
        false,
        'net::ERR_NAME_NOT_RESOLVED',
      ],
    ]);
    expect(
      view.cookies.map((c) => [
        c.name,
        c.domain,
        c.party,
        c.lifetimeDays,
        c.setBy,
        c.setter,
        c.blocked,
      ]),
    ).toEqual([
      ['sid', 'shop.test', 'first', null, 'http', 'https://shop.test/', false],
      ['prefs', 'shop.test', 'first', 365, 'http', 'https://shop.test/', false],
      // No cookies.onChanged insert followed: the browser refused it.
      [
        'fr',
        'facebook.com',
        'third',
        90,
        'http',
        'https://www.facebook.com/tr?id=1&ev=PageView',
        true,
      ],
    ]);
    expect(view.cookies[2]!.blockedReason).toBe(
      'the browser did not store it (no cookie change followed)',
    );
    expect(
      view.thirdParties.map((t) => [t.domain, t.requests, t.cookies, t.beacons, t.pixels]),
    ).toEqual([
      ['facebook.com', 1, 1, 0, 1],
      ['gone.test', 1, 0, 0, 0],
      ['google-analytics.com', 1, 0, 1, 0],
    ]);
    expect(recorder.stats()).toMatchObject({ skipped: 0, failedWrites: 0 });
  });

  it('keeps no cookie value, only its summary', async () => {
    const { db, recorder } = replay(capture('chrome-shop-visit.json'));
    await recorder.idle();
    const dump = JSON.stringify([await db.cookies.toArray(), await db.cookieChanges.toArray()]);
    expect(dump).not.toContain('abc123');
    expect(dump).not.toContain('0xAb');
  });
});

describe("the extension's own traffic", () => {
  it('records neither its policy fetches (initiator = its origin) nor their cookies', async () => {
    const { store, recorder, wr, db } = replay(capture('chrome-shop-visit.json'));
    const own = {
      requestId: '900',
      url: 'https://shop.test/cookie-policy',
      method: 'GET',
      type: 'xmlhttprequest',
      tabId: -1,
      frameId: -1,
      parentFrameId: -1,
      // Chrome gives the initiator as an origin, without a trailing slash.
      initiator: 'chrome-extension://abcdefghijklmnop',
      timeStamp: 1700000000400,
    };
    wr.onBeforeRequest.fire(own);
    wr.onHeadersReceived.fire({
      ...own,
      timeStamp: 1700000000450,
      statusCode: 200,
      responseHeaders: [{ name: 'set-cookie', value: 'policy_visit=1; Path=/' }],
    });
    await recorder.idle();
    expect(await db.requests.where('requestId').equals('900').count()).toBe(0);
    expect((await db.cookies.toArray()).map((c) => c.name)).not.toContain('policy_visit');
    expect(await store.latestPageForTab(7)).toBeDefined();
  });

  it('does not let a request id from an earlier browser session capture a new response', async () => {
    const { recorder, wr, db } = replay(capture('chrome-shop-visit.json'));
    await recorder.idle();
    // Same request id as the first visit's pixel, but another tab, long after.
    wr.onHeadersReceived.fire({
      requestId: '101',
      url: 'https://other.test/x.gif',
      method: 'GET',
      type: 'image',
      tabId: 12,
      frameId: 0,
      parentFrameId: -1,
      timeStamp: 1700000000000 + 86_400_000,
      statusCode: 200,
      responseHeaders: [{ name: 'set-cookie', value: 'stray=1; Path=/' }],
    });
    await recorder.idle();
    expect((await db.cookies.toArray()).map((c) => c.name)).not.toContain('stray');
  });
});

describe('documents (Chrome documentId)', () => {
  it("keeps a document's late requests and reports with its own page after the tab moved on", async () => {
    const db = freshDb();
    const store = createDexieStore(db);
    const recorder = recorderOn(store);
    const wr = fakeWebRequest();
    listenWebRequest(wr, recorder.observe);
    const base = { method: 'GET', tabId: 7, frameId: 0, parentFrameId: -1 };
    const nav = (requestId: string, url: string, timeStamp: number) =>
      wr.onBeforeRequest.fire({ ...base, requestId, url, type: 'main_frame', timeStamp });
    const sub = (requestId: string, url: string, timeStamp: number, doc: object) =>
      wr.onBeforeRequest.fire({
        ...base,
        requestId,
        url,
        type: 'image',
        initiator: 'https://shop.test',
        timeStamp,
        ...doc,
      });
    nav('1', 'https://shop.test/', 1000);
    sub('2', 'https://cdn.test/a.png', 1100, { documentId: 'DOC-A' });
    // The user follows a link: the next page's navigation request starts…
    nav('3', 'https://shop.test/about', 2000);
    // …and the old document still sends an unload beacon (Chrome may give it tab -1).
    wr.onBeforeRequest.fire({
      ...base,
      tabId: -1,
      frameId: -1,
      requestId: '4',
      url: 'https://www.google-analytics.com/g/collect?en=page_leave',
      type: 'ping',
      initiator: 'https://shop.test',
      timeStamp: 2010,
      documentId: 'DOC-A',
    });
    // The new document's first request, then a frame inside it and the frame's own request.
    sub('5', 'https://cdn.test/b.png', 2100, { documentId: 'DOC-B' });
    wr.onBeforeRequest.fire({
      ...base,
      frameId: 3,
      requestId: '6',
      url: 'https://widget.test/frame.html',
      type: 'sub_frame',
      initiator: 'https://shop.test',
      timeStamp: 2200,
      parentDocumentId: 'DOC-B',
    });
    sub('7', 'https://widget.test/w.js', 2300, {
      frameId: 3,
      documentId: 'DOC-F',
      parentDocumentId: 'DOC-B',
    });
    // A storage write the old document reported late (its sender's documentId).
    recorder.observe({
      kind: 'storage',
      tabId: 7,
      frameId: 0,
      documentUrl: 'https://shop.test/',
      documentId: 'DOC-A',
      storage: 'localStorage',
      op: 'set',
      key: 'last_seen',
      value: '1',
      scriptUrl: null,
      time: 2050,
    });
    await recorder.idle();
    const pages = await db.pages.toArray();
    const urlOf = new Map(pages.map((p) => [p.id, p.url]));
    expect((await db.requests.toArray()).map((r) => [r.requestId, urlOf.get(r.pageId)])).toEqual([
      ['1', 'https://shop.test/'],
      ['2', 'https://shop.test/'],
      ['3', 'https://shop.test/about'],
      ['4', 'https://shop.test/'],
      ['5', 'https://shop.test/about'],
      ['6', 'https://shop.test/about'],
      ['7', 'https://shop.test/about'],
    ]);
    expect((await db.storage.toArray()).map((x) => [x.key, urlOf.get(x.pageId)])).toEqual([
      ['last_seen', 'https://shop.test/'],
    ]);
  });
});

describe('cookie changes read by an audit', () => {
  it("are those of the page's sites and of the sites it sent requests to, not the whole browser's", async () => {
    const c = capture('chrome-shop-visit.json');
    const other = {
      time: 1700000000500,
      info: {
        removed: false,
        cause: 'explicit',
        cookie: {
          name: 'elsewhere',
          value: 'x',
          domain: '.unrelated.test',
          path: '/',
          hostOnly: false,
          secure: true,
          httpOnly: false,
          sameSite: 'lax',
          session: true,
        },
      },
    };
    const fbChange = {
      time: 1700000000150,
      info: {
        removed: false,
        cause: 'explicit',
        cookie: {
          ...other.info.cookie,
          name: 'fr',
          domain: '.facebook.com',
          sameSite: 'no_restriction',
        },
      },
    };
    const { store, recorder, db } = replay({
      ...c,
      cookieChanges: [...c.cookieChanges, fbChange, other],
    });
    await recorder.idle();
    expect((await db.cookieChanges.toArray()).map((ch) => `${ch.name}@${ch.site}`)).toEqual([
      'sid@shop.test',
      'prefs@shop.test',
      'fr@facebook.com',
      'elsewhere@unrelated.test',
    ]);
    const page = (await store.latestPageForTab(7))!;
    const read = await store.readPages([page.id]);
    expect(read.cookieChanges.map((ch) => ch.name)).toEqual(['sid', 'prefs', 'fr']);
  });

  it('are indexed by site after the upgrade of a database written before it (v4 → v5)', async () => {
    const name = `upgrade-${Date.now()}`;
    const old = new Dexie(name);
    old.version(4).stores({
      pages: 'id, [tabId+startedAt], [site+startedAt], startedAt',
      requests: '++id, pageId, requestId, url',
      responses: '++id, pageId, requestId',
      cookies: '++id, pageId, time',
      cookieChanges: '++id, time',
      storage: '++id, pageId',
      lists: 'id',
      declarations: '[site+source], site',
      consent: '++id, [site+time]',
      meta: 'key',
      snapshots: 'pageId',
    });
    await old.table('cookieChanges').add({ name: 'fr', domain: 'www.facebook.com', time: 5 });
    old.close();
    const db = new AuditDb(name);
    expect(
      (
        await db.cookieChanges
          .where('[site+time]')
          .between(['facebook.com', 0], ['facebook.com', 10])
          .toArray()
      ).map((ch) => ch.name),
    ).toEqual(['fr']);
    db.close();
  });
});

describe('prerendering', () => {
  it('does not audit a page the user never opened (documentLifecycle prerender)', async () => {
    const { store, recorder, wr, db } = replay(capture('chrome-shop-visit.json'));
    wr.onBeforeRequest.fire({
      requestId: '700',
      url: 'https://shop.test/next-page',
      method: 'GET',
      type: 'main_frame',
      tabId: 7,
      frameId: 0,
      parentFrameId: -1,
      timeStamp: 1700000000500,
      documentLifecycle: 'prerender',
      frameType: 'outermost_frame',
    });
    await recorder.idle();
    expect((await store.latestPageForTab(7))?.url).toBe('https://shop.test/');
    expect(await db.requests.where('requestId').equals('700').count()).toBe(0);
  });
});

describe('recorder over Firefox event shapes', () => {
  it('falls back without extraHeaders, splits joined Set-Cookie, reads beacon type and originUrl', async () => {
    const { store, recorder, wr } = replay(capture('firefox-beacon.json'), { firefox: true });
    expect(wr.onHeadersReceived.listeners[0]!.spec).toEqual(['responseHeaders']);
    await recorder.idle();
    const page = await store.latestPageForTab(3);
    const view = buildView(await store.readPages([page!.id]));
    expect(view.requests.map((r) => [r.type, r.beacon, r.initiator])).toEqual([
      ['main_frame', false, null],
      ['ping', true, 'https://news.example'],
    ]);
    expect(view.cookies.map((c) => [c.name, c.lifetimeDays, c.blocked, c.blockedReason])).toEqual([
      ['a', null, true, 'the browser did not store it (no cookie change followed)'],
      ['b', 0.001, true, 'the browser did not store it (no cookie change followed)'],
      ['c', null, true, 'Domain=example is a public suffix'],
    ]);
  });
});

describe('service worker restart', () => {
  it('attributes events after a restart to the page recorded before it', async () => {
    const c = capture('chrome-shop-visit.json');
    const db = freshDb();
    const store = createDexieStore(db);
    // First worker: sees the navigation and the document request only.
    const first = recorderOn(store);
    const wr1 = fakeWebRequest();
    listenWebRequest(wr1, first.observe);
    wr1.onBeforeRequest.fire(c.events[0]!.d);
    await first.idle();
    // The worker is stopped; a new one (fresh memory) gets the rest.
    const second = recorderOn(store);
    const wr2 = fakeWebRequest();
    listenWebRequest(wr2, second.observe);
    for (const e of c.events.slice(1)) {
      ({
        beforeRequest: wr2.onBeforeRequest,
        headersReceived: wr2.onHeadersReceived,
        errorOccurred: wr2.onErrorOccurred,
      })[e.on].fire(e.d);
    }
    await second.idle();
    const pages = await db.pages.toArray();
    expect(pages).toHaveLength(1);
    const view = buildView(await store.readPages([pages[0]!.id]));
    expect(view.requests).toHaveLength(4);
    expect(view.requests[0]!.status).toBe(200); // response joined across the restart
    expect(view.cookies.map((c) => c.name)).toEqual(['sid', 'prefs', 'fr']);
  });

  it("puts a woken worker's events in the order they happened: a page's report handed over before its navigation goes to that page", async () => {
    const db = freshDb();
    const store = createDexieStore(db);
    const T = 1_700_000_000_000;
    const main = (requestId: string, url: string, timeStamp: number) => ({
      requestId,
      url,
      method: 'GET',
      type: 'main_frame',
      tabId: 7,
      frameId: 0,
      parentFrameId: -1,
      timeStamp,
    });
    // First worker: the tab's page A.
    const first = recorderOn(store);
    const wr1 = fakeWebRequest({ firefox: true });
    listenWebRequest(wr1, first.observe);
    wr1.onBeforeRequest.fire(main('1', 'https://shop.test/a', T));
    await first.idle();
    // The worker stopped; the click to page B (same site) wakes a new one,
    // which is handed B's script report first, then B's queued request.
    const second = recorderOn(store);
    const wr2 = fakeWebRequest({ firefox: true });
    listenWebRequest(wr2, second.observe);
    second.observe({
      kind: 'scriptCookie',
      tabId: 7,
      frameId: 0,
      documentUrl: 'https://shop.test/b',
      scriptUrl: 'https://shop.test/b.js',
      api: 'document.cookie',
      cookie: 'js_b=1',
      time: T + 60_005,
    });
    wr2.onBeforeRequest.fire(main('2', 'https://shop.test/b', T + 60_000));
    await second.idle();
    const pages = await db.pages.toArray();
    const urlOf = new Map(pages.map((p) => [p.id, p.url]));
    expect((await db.cookies.toArray()).map((c) => [c.name, c.setBy, urlOf.get(c.pageId)])).toEqual(
      [['js_b', 'script', 'https://shop.test/b']],
    );
  });

  it('writes each event as soon as the current batch is written (no idle timers)', async () => {
    const c = capture('chrome-shop-visit.json');
    const db = freshDb();
    const recorder = recorderOn(createDexieStore(db));
    const wr = fakeWebRequest();
    listenWebRequest(wr, recorder.observe);
    wr.onBeforeRequest.fire(c.events[0]!.d);
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.requests.count()).toBe(1);
  });
});
