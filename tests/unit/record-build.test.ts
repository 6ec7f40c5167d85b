import { describe, expect, it } from 'vitest';
import { parseCookieString } from '../../lib/core/cookies.ts';
import type {
  CookieChangeObservation,
  RequestObservation,
  ResponseObservation,
  StorageObservation,
} from '../../lib/core/observations.ts';
import { emptyBatch, batchSize, putPage } from '../../lib/core/record/batch.ts';
import {
  cookieChangeRecord,
  cookieRecord,
  lifetimeDaysAt,
  requestErrorRecord,
  requestRecord,
  responseRecord,
  storageOrigin,
  storageRecord,
} from '../../lib/core/record/build.ts';
import type { ValueInfo } from '../../lib/core/types.ts';

const T = 1_700_000_000_000;
const page = { id: 'p1', site: 'shop.test' };
const value: ValueInfo = { length: 3, hashPrefix: 'abcdef0123456789', entropy: 1.585 };

const request = (o: Partial<RequestObservation> = {}): RequestObservation => ({
  kind: 'request',
  tabId: 7,
  requestId: '42',
  url: 'https://www.google-analytics.com/g/collect?v=2',
  method: 'POST',
  type: 'ping',
  initiator: 'https://shop.test',
  frameId: 0,
  parentFrameId: -1,
  documentUrl: 'https://shop.test/',
  time: T,
  ...o,
});

const response = (o: Partial<ResponseObservation> = {}): ResponseObservation => ({
  kind: 'response',
  tabId: 7,
  requestId: '43',
  url: 'https://www.facebook.com/tr?id=1',
  type: 'image',
  initiator: 'https://shop.test',
  status: 200,
  contentType: 'image/gif',
  contentLength: 42,
  setCookie: [],
  time: T + 5,
  ...o,
});

describe('request records', () => {
  it('carry the page, the registrable domain, the party and whether it is a beacon', () => {
    expect(requestRecord(request(), page)).toEqual({
      pageId: 'p1',
      tabId: 7,
      requestId: '42',
      url: 'https://www.google-analytics.com/g/collect?v=2',
      method: 'POST',
      type: 'ping',
      initiator: 'https://shop.test',
      frameId: 0,
      parentFrameId: -1,
      documentUrl: 'https://shop.test/',
      domain: 'google-analytics.com',
      party: 'third',
      status: null,
      contentType: null,
      contentLength: null,
      error: null,
      beacon: true,
      pixel: false,
      time: T,
    });
  });

  it('keep the tab the event came with (-1 for a tabless ping), whatever page it went to', () => {
    expect(requestRecord(request({ tabId: -1 }), page).tabId).toBe(-1);
  });

  it('are first-party for a subdomain of the page site', () => {
    const r = requestRecord(
      request({ url: 'https://static.shop.test/a.js', type: 'script' }),
      page,
    );
    expect([r.domain, r.party, r.beacon]).toEqual(['shop.test', 'first', false]);
  });
});

describe('response records', () => {
  it('mark a tiny third-party image as a pixel candidate', () => {
    expect(responseRecord(response(), page)).toEqual({
      pageId: 'p1',
      tabId: 7,
      requestId: '43',
      url: 'https://www.facebook.com/tr?id=1',
      status: 200,
      contentType: 'image/gif',
      contentLength: 42,
      error: null,
      pixel: true,
      time: T + 5,
    });
  });

  it.each([
    ['a first-party image', { url: 'https://shop.test/logo.gif' }],
    ['a large image', { contentLength: 101 }],
    ['an image of unknown size', { contentLength: null }],
    ['a failed image', { status: 404 }],
    ['a script', { type: 'script' as const }],
  ])('do not mark %s', (_, o) => {
    expect(responseRecord(response(o), page).pixel).toBe(false);
  });

  it('record a request error as a response without status', () => {
    expect(
      requestErrorRecord(
        {
          kind: 'requestError',
          tabId: 7,
          requestId: '44',
          url: 'https://cdn.gone.test/x.js',
          type: 'script',
          initiator: 'https://shop.test',
          error: 'net::ERR_NAME_NOT_RESOLVED',
          time: T + 9,
        },
        'p1',
      ),
    ).toEqual({
      pageId: 'p1',
      tabId: 7,
      requestId: '44',
      url: 'https://cdn.gone.test/x.js',
      status: null,
      contentType: null,
      contentLength: null,
      error: 'net::ERR_NAME_NOT_RESOLVED',
      pixel: false,
      time: T + 9,
    });
  });
});

describe('cookie records', () => {
  const ctx = {
    page,
    tabId: 7,
    setBy: 'http' as const,
    setter: 'https://shop.test/',
    requestId: '41',
    time: T,
  };

  it('take the parsed attributes, the party against the page site and the value summary', () => {
    const c = parseCookieString('sid=abc; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=86400', {
      url: 'https://shop.test/',
      now: T,
    })!;
    expect(cookieRecord(c, ctx, value)).toEqual({
      pageId: 'p1',
      tabId: 7,
      name: 'sid',
      domain: 'shop.test',
      path: '/',
      hostOnly: true,
      lifetimeDays: 1,
      requestedLifetimeDays: null,
      deletion: false,
      secure: true,
      httpOnly: true,
      sameSite: 'lax',
      partitioned: false,
      party: 'first',
      setBy: 'http',
      setter: 'https://shop.test/',
      requestId: '41',
      value,
      blocked: null,
      warnings: [],
      time: T,
    });
  });

  it('mark a cookie the browser will refuse as blocked, the reason first, then the notes', () => {
    const c = parseCookieString('fr=1; SameSite=None; Max-Age=abc', {
      url: 'https://www.facebook.com/',
      now: T,
    })!;
    const r = cookieRecord(c, { ...ctx, extraWarnings: ['skipped header: no name'] }, value);
    expect(r.blocked).toBe(true);
    expect(r.party).toBe('third');
    expect(r.warnings).toEqual([
      'refused: SameSite=None without Secure',
      'unparseable Max-Age ignored',
      'skipped header: no name',
    ]);
  });
});

describe('cookie change records', () => {
  const change: CookieChangeObservation = {
    kind: 'cookieChange',
    name: '_ga',
    value: 'GA1',
    domain: '.shop.test',
    path: '/',
    hostOnly: false,
    removed: false,
    cause: 'explicit',
    partitionKey: null,
    expirationDate: (T + 1.5 * 86_400_000) / 1000,
    secure: false,
    httpOnly: false,
    sameSite: 'lax',
    time: T,
  };

  it('drop the leading dot, index the site and count the lifetime in days from the change', () => {
    expect(cookieChangeRecord(change, value)).toEqual({
      name: '_ga',
      domain: 'shop.test',
      site: 'shop.test',
      path: '/',
      hostOnly: false,
      removed: false,
      cause: 'explicit',
      partitionKey: null,
      lifetimeDays: 1.5,
      secure: false,
      httpOnly: false,
      sameSite: 'lax',
      value,
      time: T,
    });
  });

  it.each([
    [null, T, null],
    [(T + 86_400_000) / 1000, T, 1],
    [(T + 1000) / 1000, T, 0],
    [(T + 43_200_000) / 1000 + 0.0004, T, 0.5],
    [(T - 86_400_000) / 1000, T, -1],
  ])('lifetime of an expiry at %s s seen at %d ms is %s days', (expiry, at, days) => {
    expect(lifetimeDaysAt(expiry, at)).toBe(days);
  });
});

describe('storage records', () => {
  const write: StorageObservation = {
    kind: 'storage',
    tabId: 7,
    frameId: 3,
    documentUrl: 'https://widget.other.test/frame.html',
    storage: 'localStorage',
    op: 'set',
    key: 'uid',
    value: 'abc',
    scriptUrl: 'https://widget.other.test/w.js',
    time: T,
  };

  it("belong to the writing frame's origin, third-party for another site's frame", () => {
    expect(storageRecord(write, page, 'https://widget.other.test', value)).toEqual({
      pageId: 'p1',
      tabId: 7,
      kind: 'localStorage',
      origin: 'https://widget.other.test',
      frameUrl: 'https://widget.other.test/frame.html',
      key: 'uid',
      op: 'set',
      party: 'third',
      setter: 'https://widget.other.test/w.js',
      value,
      time: T,
    });
  });

  it("records a third-party frame's service worker with its scope and no value", () => {
    const sw: StorageObservation = {
      ...write,
      storage: 'serviceWorker',
      key: 'https://widget.other.test/sw.js',
      value: 'https://widget.other.test/',
    };
    expect(storageRecord(sw, page, 'https://widget.other.test', null)).toMatchObject({
      kind: 'serviceWorker',
      key: 'https://widget.other.test/sw.js',
      scope: 'https://widget.other.test/',
      party: 'third',
      value: null,
    });
    const idb = storageRecord(
      { ...write, storage: 'indexedDB', key: 'db', value: null },
      page,
      'https://widget.other.test',
      null,
    );
    expect(idb).toMatchObject({ kind: 'indexedDB', key: 'db', party: 'third' });
    expect('scope' in idb).toBe(false);
  });

  it.each([
    ['https://shop.test/a/b?c', 'https://shop.test'],
    ['http://localhost:8080/x', 'http://localhost:8080'],
    ['not a url', null],
  ])('origin of %s is %s', (url, origin) => {
    expect(storageOrigin(url)).toBe(origin);
  });
});

describe('batches', () => {
  it('hold one version of each page: the latest', () => {
    const b = emptyBatch();
    putPage(b, { id: 'p1', tabId: 7, url: 'https://a.test/', site: 'a.test', startedAt: T });
    putPage(b, { id: 'p2', tabId: 8, url: 'https://b.test/', site: 'b.test', startedAt: T });
    putPage(b, { id: 'p1', tabId: 7, url: 'https://a.test/x', site: 'a.test', startedAt: T });
    expect(b.pages.map((p) => p.url)).toEqual(['https://a.test/x', 'https://b.test/']);
    expect(batchSize(b)).toBe(2);
  });
});
