import { describe, expect, it } from 'vitest';
import {
  UNBOUNDED_DAYS,
  cookiebotCcJsUrl,
  cookiebotIdFrom,
  parseCookiebotCcJs,
  parseCookiebotDialog,
  readCookiebotCcJs,
} from '../../lib/core/cmp/index.ts';
import { fixture, fixtureJson } from './cmp-helpers.ts';

const CC_URL = 'https://consent.cookiebot.com/6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e/cc.js';

describe('parseCookiebotCcJs', () => {
  it('reads the whole declaration of a cc.js (exact DeclaredPolicy)', () => {
    expect(parseCookiebotCcJs(fixture('cookiebot-cc.js.txt'), { url: CC_URL })).toEqual(
      fixtureJson('expected/cookiebot-cc.result.json'),
    );
  });

  const policy = (() => {
    const r = parseCookiebotCcJs(fixture('cookiebot-cc.js.txt'));
    if (!r.ok) throw new Error(r.error);
    return r.value;
  })();

  it.each([
    // name, domain, category, maxDays — from each table, with each expiry form
    ['CookieConsent', 'greenbakery.example', 'necessary', 365],
    ['PHPSESSID', 'greenbakery.example', 'necessary', null],
    ['lang', 'greenbakery.example', 'preferences', null],
    ['_ga', 'greenbakery.example', 'analytics', 730],
    ['_ga', 'shop.greenbakery.example', 'analytics', 730],
    ['_ga_#', 'greenbakery.example', 'analytics', 395],
    ['_gid', 'greenbakery.example', 'analytics', 1],
    ['IDE', 'doubleclick.net', 'advertising', 400],
    ['_fbp', 'greenbakery.example', 'advertising', 91],
    ['bakery_ab', 'greenbakery.example', 'unknown', UNBOUNDED_DAYS],
  ])('declares cookie %s on %s as %s, %j days', (name, domain, category, maxDays) => {
    expect(policy.cookies).toContainEqual({ name, domain, category, maxDays });
  });

  it.each(['rc::a', 'collect', 'google_experiment_mod#', 'tr'])(
    'keeps %s (local storage / pixel rows) out of the cookie list',
    (name) => {
      expect(policy.cookies.map((c) => c.name)).not.toContain(name);
    },
  );

  it('lists Unclassified cookies but does not declare "unknown" as a category', () => {
    expect(policy.categories).toEqual(['necessary', 'preferences', 'analytics', 'advertising']);
  });

  it('names vendors from privacyPolicies once each, in order of appearance', () => {
    expect(policy.vendors).toEqual([
      'Cookiebot',
      'Google',
      'Meta Platforms Inc.',
      "Google Ads' network",
    ]);
  });

  it.each([
    [
      'cookiebot-no-tables.js.txt',
      'no Cookiebot cookie tables (CookieConsentDialog.cookieTable…) found',
    ],
    [
      'cookiebot-out-of-region.js.txt',
      'Cookiebot answered "out of region": no cookie declaration for this referer',
    ],
    [
      'cookiebot-domain-warning.js.txt',
      'Cookiebot refused the domain: Error: greenbakery.example is not a valid domain for this Cookiebot domain group.',
    ],
    [
      'cookiebot-truncated.js.txt',
      'no Cookiebot cookie tables (CookieConsentDialog.cookieTable…) found (cookieTableNecessary could not be read: unterminated string at offset 254)',
    ],
  ])('%s gives a clear error', (file, error) => {
    expect(parseCookiebotCcJs(fixture(file))).toEqual({ ok: false, error });
  });

  it.each([
    ['empty text', '', 'empty Cookiebot cc.js'],
    ['whitespace', ' \n\t', 'empty Cookiebot cc.js'],
    [
      'a hostile 6 MB script',
      `CookieConsentDialog.cookieTableNecessary = [${'["x","y","z","Session"],'.repeat(260_000)}];`,
      'Cookiebot cc.js too large (6240046 characters, limit 5000000)',
    ],
    [
      'tables nested deeper than rows',
      `CookieConsentDialog.cookieTableNecessary = ${'['.repeat(500)};`,
      'no Cookiebot cookie tables (CookieConsentDialog.cookieTable…) found (cookieTableNecessary could not be read: nesting deeper than 4 at offset 48)',
    ],
    [
      'a table that is code, not data',
      'CookieConsentDialog.cookieTableNecessary = [fetch("https://evil.example")];',
      'no Cookiebot cookie tables (CookieConsentDialog.cookieTable…) found (cookieTableNecessary could not be read: unexpected "fetch(\\"https" at offset 44)',
    ],
  ])('%s gives a clear error, never a crash', (_what, text, error) => {
    expect(parseCookiebotCcJs(text)).toEqual({ ok: false, error });
  });

  it('caps a hostile table: 12,000 rows, of which 10,000 are read', () => {
    const rows = Array.from(
      { length: 12_000 },
      (_, i) => `["c${i}","x.example","p","1 day","HTTP","1","",""]`,
    );
    const r = parseCookiebotCcJs(
      `CookieConsentDialog.cookieTableStatistics = [${rows.join(',')}];`,
    );
    expect(r.ok && r.value.cookies.length).toBe(10_000);
    expect(r.ok && r.notes).toEqual(['cookieTableStatistics: only the first 10000 rows read']);
  });

  it('skips malformed rows with a note and keeps the good ones', () => {
    const text =
      'CookieConsentDialog.cookieTableStatistics = [["_ga","example.com","x","2 years","HTTP","1","",""],' +
      '"not a row",[42,"example.com"],["_gid","example.com","x","1 day"]];';
    const r = parseCookiebotCcJs(text);
    expect(r.ok && r.value.cookies).toEqual([
      { name: '_ga', domain: 'example.com', category: 'analytics', maxDays: 730 },
      { name: '_gid', domain: 'example.com', category: 'analytics', maxDays: 1 },
    ]);
    expect(r.ok && r.notes).toEqual([
      'cookieTableStatistics row 2: not a [name, domain, purpose, expiry, …] row',
      'cookieTableStatistics row 3: not a [name, domain, purpose, expiry, …] row',
    ]);
  });
});

describe('readCookiebotCcJs', () => {
  it('keeps each row with its type, every domain and the purpose text unescaped', () => {
    const r = readCookiebotCcJs(fixture('cookiebot-cc.js.txt'));
    const rows = r.ok ? r.value.rows : [];
    expect(rows.find((row) => row.name === 'google_experiment_mod#')).toEqual({
      table: 'Advertising',
      category: 'advertising',
      name: 'google_experiment_mod#',
      domains: ['greenbakery.example'],
      purpose:
        'Used by Google AdSense for experimenting with advertisement efficiency across websites using their services – "A/B" testing.',
      expiry: 'Persistent',
      maxDays: UNBOUNDED_DAYS,
      type: 'HTML',
      kind: 'storage',
    });
    expect(rows.map((row) => [row.name, row.kind])).toEqual([
      ['CookieConsent', 'cookie'],
      ['PHPSESSID', 'cookie'],
      ['rc::a', 'storage'],
      ['lang', 'cookie'],
      ['_ga', 'cookie'],
      ['_ga_#', 'cookie'],
      ['_gid', 'cookie'],
      ['collect', 'pixel'],
      ['IDE', 'cookie'],
      ['_fbp', 'cookie'],
      ['google_experiment_mod#', 'storage'],
      ['tr', 'pixel'],
      ['bakery_ab', 'cookie'],
    ]);
  });
});

describe('parseCookiebotDialog (the page’s Cookiebot.dialog object)', () => {
  it('gives the same policy as cc.js for the same tables', () => {
    const dialog = {
      cookieTableNecessary: [
        ['CookieConsent', 'example.com', 'Consent', '1 year', 'HTTP', '1', '', ''],
      ],
      cookieTablePreference: '',
      cookieTableStatistics: [['_ga', 'example.com', 'Stats', '2 years', 'HTTP', '1', '', '']],
      privacyPolicies: [['google.com', 'Google', 'https://policies.google.com/privacy']],
    };
    const text =
      'CookieConsentDialog.cookieTableNecessary = [["CookieConsent","example.com","Consent","1 year","HTTP","1","",""]];\n' +
      'CookieConsentDialog.cookieTableStatistics = [["_ga","example.com","Stats","2 years","HTTP","1","",""]];\n' +
      "CookieConsentDialog.privacyPolicies = [['google.com','Google','https://policies.google.com/privacy']];";
    expect(parseCookiebotDialog(dialog)).toEqual(parseCookiebotCcJs(text));
  });

  it.each([
    [null, 'Cookiebot dialog data is not an object'],
    [{ cookieTableNecessary: '' }, 'no cookieTable… arrays in the Cookiebot dialog data'],
  ])('%j gives a clear error', (dialog, error) => {
    expect(parseCookiebotDialog(dialog)).toEqual({ ok: false, error });
  });
});

describe('finding Cookiebot on a page', () => {
  it.each([
    [
      'the uc.js tag of the page',
      fixture('cookiebot-page.html.txt'),
      '6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e',
    ],
    [
      'a cbid in the script URL',
      '<script src="https://consent.cookiebot.com/uc.js?cbid=57947215-bf68-4a54-a017-454edced5413"></script>',
      '57947215-bf68-4a54-a017-454edced5413',
    ],
    [
      'a cc.js URL',
      '<script src="https://consent.cookiebot.com/57947215-bf68-4a54-a017-454edced5413/cc.js?renew=false"></script>',
      '57947215-bf68-4a54-a017-454edced5413',
    ],
    ['a page without Cookiebot', fixture('onetrust-page.html.txt'), null],
    [
      'a malformed id',
      '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="x"></script>',
      null,
    ],
    ['not HTML at all', '\u0000{]<<<', null],
  ])('%s', (_what, html, id) => {
    expect(cookiebotIdFrom(html)).toBe(id);
  });

  it('builds the cc.js URL with the site as referer', () => {
    expect(
      cookiebotCcJsUrl('6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e', 'www.greenbakery.example'),
    ).toBe(
      'https://consent.cookiebot.com/6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e/cc.js?referer=www.greenbakery.example',
    );
  });
});
