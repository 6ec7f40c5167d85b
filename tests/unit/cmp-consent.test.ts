import { describe, expect, it } from 'vitest';
import {
  consentFromCookies,
  oneTrustGroupCategories,
  parseDateString,
  readConsentCookies,
  readCookiebotConsent,
  readOptanonConsent,
  type ConsentState,
  type NamedCookie,
} from '../../lib/core/cmp/index.ts';
import { fixtureJson } from './cmp-helpers.ts';

interface CookieCase {
  name: string;
  cookies: NamedCookie[];
  expected: ConsentState | null;
  errors?: string[];
}

const cases = fixtureJson<CookieCase[]>('consent-cookies.json');

describe('consentFromCookies', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(consentFromCookies(c.cookies)).toEqual(c.expected);
  });

  it('reads OptanonConsent with the site’s own group map', () => {
    const groups = oneTrustGroupCategories(fixtureJson('onetrust-consent.json'));
    if (!groups.ok) throw new Error(groups.error);
    const cookies = [
      {
        name: 'OptanonConsent',
        value: 'interactionCount=1&groups=C0001%3A1%2CC0002%3A0%2CBG12%3A1%2CC0004%3A0%2CC0007%3A0',
      },
    ];
    expect(consentFromCookies(cookies, { oneTrustGroups: groups.value })).toMatchObject({
      status: 'partial',
      // BG12 is a sub-group of C0002: one consented group is enough for the category.
      categories: { necessary: true, analytics: true, advertising: false },
    });
  });
});

describe('readConsentCookies', () => {
  it('returns every readable state, in priority order, and why the others were skipped', () => {
    const both = cases.find((c) => c.name.startsWith('Cookiebot with its TCF string'))!;
    const r = readConsentCookies(both.cookies);
    expect(r.states.map((s) => [s.cmp, s.status])).toEqual([
      ['cookiebot', 'rejected'],
      ['tcf', 'rejected'],
    ]);
    expect(r.errors).toEqual([]);
  });

  it.each(cases.filter((c) => c.errors).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(readConsentCookies(c.cookies)).toEqual({ states: [], errors: c.errors });
  });

  it.each([
    ['not an array', 'OptanonConsent=x' as unknown as NamedCookie[]],
    [
      'entries that are not cookies',
      [null, 42, { name: 'CookieConsent' }] as unknown as NamedCookie[],
    ],
  ])('%s → nothing, no crash', (_what, cookies) => {
    expect(readConsentCookies(cookies)).toEqual({ states: [], errors: [] });
  });

  it('refuses hostile huge values with a clear error', () => {
    const huge = 'x'.repeat(100_000);
    expect(
      readConsentCookies([
        { name: 'OptanonConsent', value: huge },
        { name: 'CookieConsent', value: huge },
        { name: 'euconsent-v2', value: huge },
      ]),
    ).toEqual({
      states: [],
      errors: [
        'OptanonConsent: OptanonConsent value missing or too long',
        'CookieConsent: CookieConsent value missing or too long',
        'euconsent-v2: TC string too long (100000 characters, limit 20000)',
      ],
    });
  });
});

describe('the cookie readers', () => {
  it.each([
    [
      '{stamp:%27x%27%2Cpreferences:%27yes%27}',
      'CookieConsent has no necessary/preferences/statistics/marketing flags',
    ],
    [
      '{constructor:true,__proto__:{marketing:true}}',
      'CookieConsent has no necessary/preferences/statistics/marketing flags',
    ],
    ['%E0%A4%A', 'CookieConsent is not a Cookiebot consent object: "%E0%A4%A"'],
    [
      'alert(document.cookie)',
      'CookieConsent is not a Cookiebot consent object: "alert(document.cookie)"',
    ],
  ])('CookieConsent %j gives a clear error', (value, error) => {
    expect(readCookiebotConsent(value)).toEqual({ ok: false, error });
  });

  it('CookieConsent with only necessary:true has nothing non-necessary to refuse', () => {
    expect(readCookiebotConsent('{necessary:true}')).toMatchObject({
      ok: true,
      value: { status: 'accepted', categories: { necessary: true } },
    });
  });

  it('skips group entries it cannot read, with a note', () => {
    expect(
      readOptanonConsent('groups=C0001%3A1%2CC0002%3Ayes%2C%2CC0004%3A0&interactionCount=3'),
    ).toEqual({
      ok: true,
      value: {
        cmp: 'onetrust',
        status: 'rejected',
        categories: { necessary: true, advertising: false },
        timestamp: null,
        evidence: 'OptanonConsent groups=C0001:1,C0002:yes,,C0004:0; interactionCount=3',
        method: 'explicit',
      },
      notes: ['group entry "C0002:yes" ignored'],
    });
  });

  it.each([
    ['Wed May 01 2024 14:17:23 GMT+0530 (India Standard Time)', Date.UTC(2024, 4, 1, 8, 47, 23)],
    ['Fri Oct 13 2023 17:20:56 GMT-0700 (Pacific Daylight Time)', Date.UTC(2023, 9, 14, 0, 20, 56)],
    ['Mon Jul 11 2022 12:58:54 GMT+0700 (เวลาอินโดจีน)', Date.UTC(2022, 6, 11, 5, 58, 54)],
    ['2024-01-01', null],
    ['Wed Foo 01 2024 14:17:23 GMT+0530', null],
  ])('OneTrust datestamp %j → %j', (text, ms) => {
    expect(parseDateString(text)).toBe(ms);
  });
});
