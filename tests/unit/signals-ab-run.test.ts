// The pure parts of the popup's A/B test (lib/core/signals/ab-run.ts): which
// cookies are the site's state, the test's own signal settings and rules,
// the storage comparison after the restore, the lines shown when something
// is not back, the load-A check and the stored result read back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SavedCookie } from '../../lib/core/signals/ab-restore.ts';
import {
  abSignalSettings,
  doneText,
  isSiteCookie,
  loadAError,
  notRestoredLines,
  readStoredAb,
  siteCookies,
  storageDiff,
  thirdPartySites,
  thirdPartyUndo,
} from '../../lib/core/signals/ab-run.ts';
import type { SignalsAb } from '../../lib/core/signals/ab.ts';
import { buildSignalRules } from '../../lib/core/signals/send.ts';

const cookie = (over: Partial<SavedCookie>): SavedCookie => ({
  name: 'c',
  value: 'v',
  domain: 'shop.test',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: false,
  sameSite: 'lax',
  session: true,
  storeId: '0',
  ...over,
});

const truth = (
  JSON.parse(
    readFileSync(new URL('../../cli/demo-site/ab-truth.json', import.meta.url), 'utf8'),
  ) as { sites: Record<string, { ab: SignalsAb }> }
).sites;

describe('siteCookies', () => {
  it.each([
    ['host-only cookie of the site', cookie({ domain: 'shop.test' }), true],
    ['domain cookie of a subdomain', cookie({ domain: '.www.shop.test', hostOnly: false }), true],
    ['its own CHIPS cookie', cookie({ partitionKey: { topLevelSite: 'https://shop.test' } }), true],
    [
      "a third party's CHIPS cookie kept in the site's partition",
      cookie({ domain: 'widget.example', partitionKey: { topLevelSite: 'https://shop.test' } }),
      true,
    ],
    [
      "the site's cookie partitioned under another site",
      cookie({ domain: 'shop.test', partitionKey: { topLevelSite: 'https://news.example' } }),
      true,
    ],
    ['an unpartitioned third-party cookie', cookie({ domain: '.facebook.com' }), false],
    ['a look-alike domain', cookie({ domain: 'myshop.test' }), false],
    [
      'a cookie partitioned under another site',
      cookie({ domain: 'widget.example', partitionKey: { topLevelSite: 'https://news.example' } }),
      false,
    ],
  ])('%s: %s', (_what, c, kept) => {
    expect(siteCookies([c], 'shop.test')).toEqual(kept ? [c] : []);
    expect(isSiteCookie(c.domain, c.partitionKey?.topLevelSite ?? null, 'shop.test')).toBe(kept);
  });

  it('holds for a registrable domain under a multi-label suffix', () => {
    expect(isSiteCookie('.shop.example.co.uk', null, 'example.co.uk')).toBe(true);
    expect(isSiteCookie('other.co.uk', null, 'example.co.uk')).toBe(false);
  });
});

describe("the test's signals", () => {
  it('sends nothing in load A, and both signals to this site only in load B', () => {
    expect(abSignalSettings('shop.test', 'a')).toEqual({
      mode: 'off',
      sites: [],
      dnt: true,
      gpc: true,
    });
    expect(abSignalSettings('shop.test', 'b')).toEqual({
      mode: 'sites',
      sites: ['shop.test'],
      dnt: true,
      gpc: true,
    });
    expect(
      buildSignalRules(abSignalSettings('shop.test', 'a'), 'ext', { extensionNavigations: true }),
    ).toEqual([]);
  });

  it("covers the extension's own navigations to the site's documents only when asked", () => {
    const headers = [
      { header: 'DNT', operation: 'set', value: '1' },
      { header: 'Sec-GPC', operation: 'set', value: '1' },
    ];
    const b = abSignalSettings('shop.test', 'b');
    const [doc, sub] = buildSignalRules(b, 'ext', { extensionNavigations: true });
    expect(doc).toEqual({
      id: 800_001,
      priority: 1,
      action: { type: 'modifyHeaders', requestHeaders: headers },
      condition: { resourceTypes: ['main_frame', 'sub_frame'], requestDomains: ['shop.test'] },
    });
    // The subresource rule is the option's own, unchanged.
    expect(sub).toEqual(buildSignalRules(b, 'ext')[1]);
    expect(buildSignalRules(b, 'ext')[0]!.condition.excludedInitiatorDomains).toEqual(['ext']);
  });
});

describe('storageDiff', () => {
  const saved = {
    origin: 'https://shop.test',
    items: [
      ['a', '1'],
      ['b', '2'],
    ] as [string, string][],
  };
  it('is empty when every key is back with its value, in any order', () => {
    expect(
      storageDiff(saved, {
        origin: 'https://shop.test',
        items: [
          ['b', '2'],
          ['a', '1'],
        ],
      }),
    ).toEqual({ missing: [], extra: [], changed: [] });
  });
  it('names the missing, changed and extra keys', () => {
    expect(
      storageDiff(saved, {
        origin: 'https://shop.test',
        items: [
          ['b', '3'],
          ['_ga_vid', 'x'],
        ],
      }),
    ).toEqual({
      missing: ['localStorage a @ https://shop.test'],
      changed: ['localStorage b @ https://shop.test'],
      extra: ['localStorage _ga_vid @ https://shop.test'],
    });
  });
  it('says so when the tab is on another origin', () => {
    expect(storageDiff(saved, { origin: 'https://other.test', items: [] })).toEqual({
      missing: ['localStorage of https://shop.test (the tab is now on https://other.test)'],
      extra: [],
      changed: [],
    });
  });
});

describe('notRestoredLines', () => {
  it('is empty after an exact restore, and lists each difference otherwise', () => {
    const login = cookie({ name: 'login', httpOnly: true });
    const s = { origin: 'https://shop.test', items: [['k', 'v']] as [string, string][] };
    expect(notRestoredLines({ saved: [login], after: [login] }, { saved: s, after: s })).toEqual(
      [],
    );
    expect(
      notRestoredLines(
        { saved: [login], after: [{ ...login, httpOnly: false }, cookie({ name: '_ga' })] },
        { saved: s, after: { origin: s.origin, items: [] } },
      ),
    ).toEqual([
      'changed: login @ shop.test/',
      'left by the test: _ga @ shop.test/',
      'missing: localStorage k @ https://shop.test',
    ]);
  });
});

describe('loadAError', () => {
  it('accepts a load A with no signal and refuses one that carried any', () => {
    expect(loadAError({ dnt: false, gpc: false })).toBeNull();
    expect(loadAError({ dnt: true, gpc: false })).toBe(
      "load A carried DNT although the test sent none (your browser's own Do Not Track setting, or another extension, sends it): turn that off to test this site",
    );
    expect(loadAError({ dnt: true, gpc: true })).toMatch(/^load A carried DNT and GPC although/);
  });
});

describe('stored results', () => {
  it('reads back a comparison, and nothing else', () => {
    const ab = truth['gpc-ignores.test']!.ab;
    expect(readStoredAb(ab)).toBe(ab);
    expect(readStoredAb(JSON.parse(JSON.stringify(ab)))).toEqual(ab);
    expect(readStoredAb(null)).toBeNull();
    expect(readStoredAb('x')).toBeNull();
    expect(readStoredAb({ ...ab, verdicts: { dnt: ab.verdicts.dnt } })).toBeNull();
    expect(readStoredAb({ ...ab, url: 1 })).toBeNull();
  });
  it('ends with each verdict in a line', () => {
    expect(doneText(truth['gpc-ignores.test']!.ab)).toBe(
      'Done: DNT dnt-ignored, GPC gpc-ignored. Your cookies and storage for this site are back as they were.',
    );
    expect(doneText(truth['gpc-honours.test']!.ab)).toBe(
      'Done: DNT honoured, GPC honoured. Your cookies and storage for this site are back as they were.',
    );
  });
});

describe("the loads' third-party cookies", () => {
  it('are the registrable domains the loads requested, the site left out', () => {
    expect(
      thirdPartySites(
        [
          'https://shop.test/',
          'https://cdn.shop.test/app.js',
          'https://www.google-analytics.com/collect?v=1',
          'https://www.facebook.com/tr?id=1',
          'https://connect.facebook.net/en/fbevents.js',
          'not a url',
        ],
        'shop.test',
      ),
    ).toEqual(['facebook.com', 'facebook.net', 'google-analytics.com']);
  });

  it('are undone: added ones removed, changed or removed ones set back; others untouched', () => {
    const fr = cookie({ name: 'fr', domain: '.facebook.com', hostOnly: false, value: 'user' });
    const datr = cookie({ name: 'datr', domain: '.facebook.com', hostOnly: false });
    const xs = cookie({ name: 'xs', domain: '.facebook.com', hostOnly: false });
    const other = cookie({ name: 'id', domain: '.news.example', hostOnly: false });
    const login = cookie({ name: 'login' });
    const before = [fr, datr, xs, other, login];
    const added = cookie({ name: '_fbp', domain: '.facebook.com', hostOnly: false });
    const after = [
      { ...fr, value: 'reset by the load' },
      xs,
      added,
      { ...other, value: 'changed elsewhere' },
      cookie({ name: '_ga' }),
    ];
    expect(thirdPartyUndo(before, after, 'shop.test', ['facebook.com'])).toEqual({
      remove: [added],
      set: [fr, datr],
    });
    // Nothing the loads touched: nothing to undo.
    expect(thirdPartyUndo(before, after, 'shop.test', [])).toEqual({ remove: [], set: [] });
    expect(thirdPartyUndo(before, before, 'shop.test', ['facebook.com'])).toEqual({
      remove: [],
      set: [],
    });
  });
});
