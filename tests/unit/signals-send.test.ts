import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_RESOURCE_TYPES,
  buildSignalRules,
  parseSiteEntry,
  readSendSettings,
  signalScripts,
  signalsFor,
  validateSendSettings,
  type SendSignalsSettings,
} from '../../lib/core/signals/send.ts';
import { signalsSentBy } from '../../lib/core/report.ts';
import type { PageVisit } from '../../lib/core/types.ts';

const sites = (list: string[], more: Partial<SendSignalsSettings> = {}): SendSignalsSettings => ({
  mode: 'sites',
  sites: list,
  dnt: true,
  gpc: true,
  ...more,
});

describe('site entries', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Shop.Example.COM ', 'shop.example.com'],
    ['*.example.com', 'example.com'],
    ['https://www.example.com:8443/path?q=1', 'www.example.com'],
    ['example.com.', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['shop.test', 'shop.test'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    // Another scheme's host is read as a web host (found by the property below).
    ['A://0', '0.0.0.0'],
    ['ftp://Example.com/x', 'example.com'],
  ])('%j is the host %j', (input, host) => {
    expect(parseSiteEntry(input)).toEqual({ ok: true, host });
  });

  it.each([
    ['', 'empty'],
    ['a b', '"a b" is not a host name'],
    ['-x.com', '"-x.com" is not a host name'],
    ['x..com', '"x..com" is not a host name'],
    ['http://', '"http://" is not a host name'],
    ['[::1]', 'IPv6 addresses are not supported'],
    ['com', 'com is a public suffix, not a site (use "everywhere")'],
    ['co.uk', 'co.uk is a public suffix, not a site (use "everywhere")'],
    ['github.io', 'github.io is a public suffix, not a site (use "everywhere")'],
    ['x'.repeat(3000), 'too long to be a site'],
  ])('%j is refused: %s', (input, error) => {
    expect(parseSiteEntry(input)).toEqual({ ok: false, error });
  });

  it('never throws, and what it accepts is a lowercase host DNR and match patterns take', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.webUrl(),
          fc.domain(),
          fc.stringMatching(/^[a-zA-Z0-9.*:/\-_[\] ]{0,80}$/),
        ),
        (input) => {
          const r = parseSiteEntry(input);
          if (r.ok) {
            expect(r.host).toBe(r.host.toLowerCase());
            expect(r.host.length).toBeLessThanOrEqual(253);
            expect(r.host).toMatch(/^[a-z0-9_.-]+$/);
            expect(r.host.startsWith('.') || r.host.endsWith('.')).toBe(false);
            // Idempotent: the stored form reads back the same.
            expect(parseSiteEntry(r.host)).toEqual(r);
          } else {
            expect(r.error.length).toBeLessThan(200);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('a 200 KB hostile entry is refused at once', () => {
    const t = Date.now();
    expect(parseSiteEntry('a.'.repeat(100_000)).ok).toBe(false);
    expect(parseSiteEntry('-'.repeat(200_000)).ok).toBe(false);
    expect(Date.now() - t).toBeLessThan(100);
  });
});

describe('settings', () => {
  it('normalises and deduplicates the sites, skipping blank lines', () => {
    expect(
      validateSendSettings(sites(['Example.com', '', 'example.com', 'https://shop.test/x'])),
    ).toEqual({ ok: true, value: sites(['example.com', 'shop.test']) });
  });

  it.each([
    [null, 'no settings given'],
    [
      { ...sites(['a.com']), mode: 'sometimes' },
      'send signals must be off, everywhere or on chosen sites',
    ],
    [{ ...sites(['a.com']), dnt: 'yes' }, 'each signal must be on or off'],
    [{ ...sites(['a.com']), sites: 'a.com' }, 'the sites must be a list'],
    [sites(['a.com', 'com']), 'com is a public suffix, not a site (use "everywhere")'],
    [sites([]), 'add at least one site, or choose "everywhere"'],
    [
      sites(['a.com'], { dnt: false, gpc: false }),
      'choose at least one signal to send (DNT or GPC)',
    ],
    [sites(Array.from({ length: 501 }, (_, i) => `s${i}.com`)), 'at most 500 sites'],
  ])('%j is refused: %s', (input, error) => {
    expect(validateSendSettings(input)).toEqual({ ok: false, error });
  });

  it('off needs neither a site nor a signal; a malformed stored value reads as off', () => {
    expect(validateSendSettings({ mode: 'off', sites: [], dnt: false, gpc: false }).ok).toBe(true);
    expect(readSendSettings({ mode: 'sites', sites: 7 })).toEqual({
      mode: 'off',
      sites: [],
      dnt: true,
      gpc: true,
    });
    expect(readSendSettings(undefined).mode).toBe('off');
  });
});

describe('which pages are covered', () => {
  const s = sites(['example.com', '127.0.0.1']);
  it.each([
    ['https://example.com/', true],
    ['http://www.example.com:8080/a', true],
    ['https://deep.shop.example.com/', true],
    ['https://notexample.com/', false],
    ['https://example.com.evil.test/', false],
    ['http://127.0.0.1:3000/', true],
    ['http://1127.0.0.1/', false],
    ['chrome-extension://abc/popup.html', false],
    ['not a url', false],
  ])('%s → %s', (url, on) => {
    expect(signalsFor(s, url)).toEqual({ dnt: on, gpc: on });
  });

  it('sends only the chosen signals; everywhere covers every web page; off none', () => {
    expect(signalsFor(sites(['example.com'], { dnt: false }), 'https://example.com/')).toEqual({
      dnt: false,
      gpc: true,
    });
    expect(signalsFor({ ...s, mode: 'everywhere' }, 'https://any.test/')).toEqual({
      dnt: true,
      gpc: true,
    });
    expect(signalsFor({ ...s, mode: 'off' }, 'https://example.com/')).toEqual({
      dnt: false,
      gpc: false,
    });
  });
});

describe('declarativeNetRequest rules', () => {
  const both = [
    { header: 'DNT', operation: 'set', value: '1' },
    { header: 'Sec-GPC', operation: 'set', value: '1' },
  ];
  it('chosen sites: their documents, and every request their documents make', () => {
    expect(buildSignalRules(sites(['example.com', 'shop.test']), 'extid')).toEqual([
      {
        id: 800_001,
        priority: 1,
        action: { type: 'modifyHeaders', requestHeaders: both },
        condition: {
          resourceTypes: ['main_frame', 'sub_frame'],
          requestDomains: ['example.com', 'shop.test'],
          excludedInitiatorDomains: ['extid'],
        },
      },
      {
        id: 800_002,
        priority: 1,
        action: { type: 'modifyHeaders', requestHeaders: both },
        condition: {
          resourceTypes: ALL_RESOURCE_TYPES.filter((t) => t !== 'main_frame'),
          initiatorDomains: ['example.com', 'shop.test'],
        },
      },
    ]);
  });

  it('everywhere: one rule for every request type, the extension’s own fetches left alone', () => {
    expect(buildSignalRules({ ...sites([]), mode: 'everywhere', dnt: false }, 'extid')).toEqual([
      {
        id: 800_001,
        priority: 1,
        action: {
          type: 'modifyHeaders',
          requestHeaders: [{ header: 'Sec-GPC', operation: 'set', value: '1' }],
        },
        condition: { resourceTypes: [...ALL_RESOURCE_TYPES], excludedInitiatorDomains: ['extid'] },
      },
    ]);
    expect(ALL_RESOURCE_TYPES).toContain('main_frame');
  });

  it('off, or nothing to send: no rule', () => {
    expect(buildSignalRules({ ...sites(['a.com']), mode: 'off' }, 'x')).toEqual([]);
    expect(buildSignalRules(sites(['a.com'], { dnt: false, gpc: false }), 'x')).toEqual([]);
    expect(buildSignalRules(sites([]), 'x')).toEqual([]);
  });
});

describe('main-world scripts', () => {
  it('one per chosen signal, matching the covered hosts and their subdomains', () => {
    expect(signalScripts(sites(['example.com', '127.0.0.1'], { dnt: false }))).toEqual([
      {
        id: 'cookie-audit-signal-gpc',
        js: ['signal-gpc.js'],
        matches: ['*://*.example.com/*', '*://127.0.0.1/*'],
      },
    ]);
    expect(
      signalScripts({ ...sites([]), mode: 'everywhere' }).map((s) => [s.id, s.matches]),
    ).toEqual([
      ['cookie-audit-signal-gpc', ['http://*/*', 'https://*/*']],
      ['cookie-audit-signal-dnt', ['http://*/*', 'https://*/*']],
    ]);
    expect(signalScripts({ ...sites(['a.com']), mode: 'off' })).toEqual([]);
  });
});

describe('who sent the signals (report.dnt.sentBy)', () => {
  const page = (signals?: PageVisit['signals']): PageVisit => ({
    id: 'p',
    tabId: 1,
    url: 'https://shop.test/',
    site: 'shop.test',
    startedAt: 0,
    ...(signals ? { signals } : {}),
  });
  it.each<[PageVisit['signals'][], boolean | null, string | null]>([
    [[undefined], null, null],
    [[{ dnt: false, gpc: false, extension: { dnt: true, gpc: true } }], null, null],
    [[{ dnt: true, gpc: true, extension: { dnt: true, gpc: true } }], false, 'extension'],
    [
      [
        { dnt: false, gpc: false },
        { dnt: false, gpc: true, extension: { dnt: false, gpc: true } },
      ],
      null,
      'extension',
    ],
    [[{ dnt: true, gpc: false, extension: { dnt: false, gpc: false } }], true, 'browser'],
    [[{ dnt: true, gpc: true, extension: { dnt: false, gpc: false } }], true, 'other'],
    [[{ dnt: true, gpc: false }], null, 'other'],
  ])('%j with the browser DNT setting %j → %j', (signals, browserDnt, by) => {
    expect(signalsSentBy(signals.map(page), browserDnt)).toBe(by);
  });
});
