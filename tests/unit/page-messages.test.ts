import { describe, expect, it } from 'vitest';
import {
  cookieStoreToString,
  documentUrlOf,
  scriptUrlFromStack,
  validatePageReport,
} from '../../lib/core/page-messages.ts';

const NOW = 1_700_000_000_000;

describe('reports from page context are untrusted', () => {
  it('accepts a well-formed cookie report', () => {
    expect(
      validatePageReport(
        {
          type: 'cookie',
          api: 'document.cookie',
          cookie: 'a=1',
          scriptUrl: 'https://x.test/a.js',
          time: NOW - 10,
        },
        NOW,
      ),
    ).toEqual({
      ok: true,
      report: {
        type: 'cookie',
        api: 'document.cookie',
        cookie: 'a=1',
        scriptUrl: 'https://x.test/a.js',
        time: NOW,
      },
    });
  });

  it.each([
    [null, 'not an object'],
    [[1], 'not an object'],
    [{ type: 'delete-all' }, 'unknown report type'],
    [{ type: 'cookie', api: 'eval', cookie: 'a=1' }, 'bad api'],
    [{ type: 'cookie', api: 'document.cookie', cookie: 42 }, 'bad cookie string'],
    [{ type: 'cookie', api: 'document.cookie', cookie: 'x'.repeat(9000) }, 'bad cookie string'],
    [{ type: 'cookie', api: 'document.cookie', cookie: 'a', scriptUrl: 5 }, 'bad scriptUrl'],
    [{ type: 'storage', storage: 'webSQL', op: 'set', key: 'k', value: 'v' }, 'bad storage kind'],
    [{ type: 'storage', storage: ['indexedDB'], op: 'set', key: 'k' }, 'bad storage kind'],
    [{ type: 'storage', storage: 'indexedDB', op: 'set', key: 'k', value: 'v' }, 'bad value'],
    [{ type: 'storage', storage: 'indexedDB', op: 'clear', key: '' }, 'bad op'],
    [{ type: 'storage', storage: 'indexedDB', op: 'set', key: 'd'.repeat(1025) }, 'bad key'],
    [{ type: 'storage', storage: 'cacheStorage', op: 'set', key: 7 }, 'bad key'],
    [{ type: 'storage', storage: 'serviceWorker', op: 'set', key: '/sw.js' }, 'bad key'],
    [
      { type: 'storage', storage: 'serviceWorker', op: 'set', key: 'javascript:alert(1)' },
      'bad key',
    ],
    [
      {
        type: 'storage',
        storage: 'serviceWorker',
        op: 'set',
        key: 'https://a.test/sw.js',
        value: 3,
      },
      'bad scope',
    ],
    [
      {
        type: 'storage',
        storage: 'serviceWorker',
        op: 'set',
        key: 'https://a.test/sw.js',
        value: `https://a.test/${'x'.repeat(5000)}`,
      },
      'bad scope',
    ],
    [{ type: 'storage', storage: 'localStorage', op: 'drop', key: 'k' }, 'bad op'],
    [{ type: 'storage', storage: 'localStorage', op: 'set', key: {}, value: 'v' }, 'bad key'],
    [{ type: 'storage', storage: 'localStorage', op: 'set', key: 'k', value: 1 }, 'bad value'],
  ])('rejects %j (%s)', (input, error) => {
    expect(validatePageReport(input, NOW)).toEqual({ ok: false, error });
  });

  it('accepts IndexedDB, Cache Storage and service-worker reports, names only', () => {
    expect(
      validatePageReport(
        { type: 'storage', storage: 'indexedDB', op: 'set', key: 'db1', value: null },
        NOW,
      ),
    ).toEqual({
      ok: true,
      report: {
        type: 'storage',
        storage: 'indexedDB',
        op: 'set',
        key: 'db1',
        value: null,
        scriptUrl: null,
        time: NOW,
      },
    });
    const cache = validatePageReport(
      { type: 'storage', storage: 'cacheStorage', op: 'remove', key: 'c1' },
      NOW,
    );
    expect(cache.ok && cache.report).toMatchObject({ storage: 'cacheStorage', op: 'remove' });
    const sw = validatePageReport(
      {
        type: 'storage',
        storage: 'serviceWorker',
        op: 'set',
        key: 'https://a.test/sw.js',
        value: 'https://a.test/',
      },
      NOW,
    );
    expect(sw.ok && sw.report).toMatchObject({
      key: 'https://a.test/sw.js',
      value: 'https://a.test/',
    });
  });

  it('accepts what the page saw of the signals, bounded, and refuses other shapes', () => {
    expect(validatePageReport({ type: 'navigator', gpc: true, dnt: '1' }, NOW)).toEqual({
      ok: true,
      report: { type: 'navigator', gpc: true, dnt: '1' },
    });
    expect(
      validatePageReport({ type: 'navigator', gpc: null, dnt: 'x'.repeat(1000) }, NOW),
    ).toEqual({
      ok: true,
      report: { type: 'navigator', gpc: null, dnt: 'x'.repeat(16) },
    });
    expect(validatePageReport({ type: 'navigator', gpc: 'yes', dnt: null }, NOW)).toEqual({
      ok: false,
      error: 'bad gpc',
    });
    expect(validatePageReport({ type: 'navigator', gpc: true, dnt: 1 }, NOW)).toEqual({
      ok: false,
      error: 'bad dnt',
    });
    expect(validatePageReport({ type: 'navigator', gpc: true }, NOW)).toEqual({
      ok: false,
      error: 'bad dnt',
    });
  });

  it("stamps reports with the time of receipt, never the page's", () => {
    const r = validatePageReport(
      { type: 'cookie', api: 'document.cookie', cookie: 'a=1', time: NOW - 3_600_000 },
      NOW,
    );
    expect(r.ok && 'time' in r.report && r.report.time).toBe(NOW);
  });

  it('drops script URLs of other schemes instead of trusting them', () => {
    const r = validatePageReport(
      { type: 'cookie', api: 'document.cookie', cookie: 'a=1', scriptUrl: 'javascript:alert(1)' },
      NOW,
    );
    expect(r.ok && 'scriptUrl' in r.report && r.report.scriptUrl).toBe(null);
  });

  it('truncates huge storage values', () => {
    const r = validatePageReport(
      { type: 'storage', storage: 'localStorage', op: 'set', key: 'k', value: 'v'.repeat(100_000) },
      NOW,
    );
    expect(r.ok && r.report.type === 'storage' && r.report.value?.length).toBe(65_536);
  });
});

describe('the writing script from an Error stack', () => {
  it.each([
    [
      'Chrome, named frame',
      'Error\n    at set (chrome-extension://abc/content-scripts/hook.js:1:200)\n    at track (https://www.googletagmanager.com:8443/gtag/js?id=G-1:3:15)\n    at https://shop.test/:10:3',
      'https://www.googletagmanager.com:8443/gtag/js?id=G-1',
    ],
    [
      'Chrome, anonymous frame',
      'Error\n    at Object.set [as cookie] (chrome-extension://abc/hook.js:1:2)\n    at https://static.shop.test/js/app.js:4:18',
      'https://static.shop.test/js/app.js',
    ],
    [
      'Firefox',
      'set@moz-extension://abc/hook.js:1:2\ntrack@https://cdn.test/t.js:12:7\n@https://shop.test/:3:1',
      'https://cdn.test/t.js',
    ],
    ['only extension frames', 'Error\n    at chrome-extension://abc/hook.js:1:2', null],
    ['no stack', undefined, null],
  ])('%s', (_name, stack, url) => {
    expect(scriptUrlFromStack(stack)).toBe(url);
  });
});

describe('cookieStore.set arguments as a cookie string', () => {
  it('defaults the path to / (so the write matches its cookie change) and is Secure', () => {
    expect(cookieStoreToString(['cs', 'dark'])).toBe('cs=dark; Path=/; Secure');
    expect(
      cookieStoreToString([{ name: 'a', value: '1', domain: 'shop.test', path: '/x', expires: 0 }]),
    ).toBe('a=1; Domain=shop.test; Path=/x; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure');
  });
});

describe('documentUrlOf: the URL a frame without one of its own writes for', () => {
  it.each([
    ['https://shop.test/a', 'https://shop.test', 'https://shop.test/a'],
    ['about:blank', 'https://shop.test', 'https://shop.test/'],
    ['about:srcdoc', 'http://shop.test:8080', 'http://shop.test:8080/'],
    // Firefox gives no origin; an opaque origin is no origin.
    ['about:blank', undefined, 'about:blank'],
    ['about:blank', 'null', 'about:blank'],
    ['about:blank', 'https://shop.test/evil/path', 'about:blank'],
  ] as const)('%s from %s → %s', (url, origin, out) => {
    expect(documentUrlOf(url, origin)).toBe(out);
  });
});
