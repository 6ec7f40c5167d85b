import { describe, expect, it } from 'vitest';
import {
  categoryOfGroupName,
  oneTrustConsentJsonUrl,
  oneTrustDomainScriptFrom,
  oneTrustGroupCategories,
  oneTrustRuleSetIndexUrl,
  oneTrustRuleSets,
  parseOneTrustConsentJson,
  readOneTrustGroups,
} from '../../lib/core/cmp/index.ts';
import { fixture, fixtureJson } from './cmp-helpers.ts';

const JSON_URL =
  'https://cdn.cookielaw.org/consent/4b1d5f0e-2c3a-4e6b-9f70-8a1b2c3d4e5f/018f2a4e-7d1c-7c2b-9a31-5e6f0b1c2d3e/en.json';

describe('parseOneTrustConsentJson', () => {
  it.each([
    ['onetrust-consent.json', JSON_URL, 'expected/onetrust-consent.result.json'],
    ['onetrust-legacy.json', null, 'expected/onetrust-legacy.result.json'],
  ])('%s gives the exact DeclaredPolicy', (file, url, expected) => {
    expect(parseOneTrustConsentJson(fixtureJson(file), { url })).toEqual(fixtureJson(expected));
  });

  it('accepts the JSON text as well as the parsed object', () => {
    expect(parseOneTrustConsentJson(fixture('onetrust-consent.json'), { url: JSON_URL })).toEqual(
      fixtureJson('expected/onetrust-consent.result.json'),
    );
  });

  it('accepts DomainData on its own (the runtime OneTrust.GetDomainData() object)', () => {
    const dd = fixtureJson<{ DomainData: unknown }>('onetrust-consent.json').DomainData;
    const r = parseOneTrustConsentJson(dd);
    expect(r.ok && r.value.categories).toEqual([
      'necessary',
      'preferences',
      'analytics',
      'advertising',
      'social',
    ]);
  });

  it.each([
    [
      'a truncated download',
      fixture('onetrust-truncated.json.txt'),
      'OneTrust consent JSON is not valid JSON (7574 characters: truncated or corrupt)',
    ],
    [
      'the rule-set index instead of the language file',
      fixtureJson('onetrust-ruleset-index.json'),
      'this is the OneTrust rule-set index (<id>.json), not a consent declaration: fetch consent/<id>/<RuleSet[].Id>/<lang>.json (see oneTrustRuleSets)',
    ],
    ['an array', [], 'OneTrust consent JSON is not an object'],
    ['null', null, 'OneTrust consent JSON is not an object'],
    [
      'no groups',
      { DomainData: { Language: { Culture: 'en' } } },
      'OneTrust consent JSON has no DomainData.Groups array',
    ],
    [
      'groups not a list',
      { DomainData: { Groups: 'C0001' } },
      'OneTrust consent JSON has no DomainData.Groups array',
    ],
  ])('%s gives a clear error', (_what, json, error) => {
    expect(parseOneTrustConsentJson(json)).toEqual({ ok: false, error });
  });

  it('skips broken entries with a note and never crashes on hostile values', () => {
    const json = {
      DomainData: {
        Groups: [
          null,
          'C0002',
          {
            OptanonGroupId: 'C0004',
            GroupName: { toString: 'not a string' },
            FirstPartyCookies: [
              { Name: 'ok', Host: '.Example.COM', Length: '30' },
              { Name: 7 },
              'x',
            ],
            Hosts: [null, { HostName: 'ads.example', Cookies: 'none' }],
            GeneralVendorsIds: ['missing'],
          },
        ],
      },
    };
    expect(parseOneTrustConsentJson(json)).toEqual({
      ok: true,
      value: expect.objectContaining({
        categories: ['advertising'],
        vendors: ['ads.example'],
        cookies: [{ name: 'ok', domain: 'example.com', category: 'advertising', maxDays: 30 }],
      }),
      notes: [
        'a group that is not an object was skipped',
        'a group that is not an object was skipped',
        'group "C0004": a cookie entry without a Name was skipped',
        'group "C0004": a cookie entry without a Name was skipped',
      ],
    });
  });
  it('caps a hostile declaration: 30,000 cookies, thousands of bad entries', () => {
    const cookies = (n: number, prefix: string) =>
      Array.from({ length: n }, (_, i) => ({
        Name: `${prefix}${i}`,
        Host: 'x.example',
        Length: '1',
      }));
    const json = {
      DomainData: {
        Groups: [
          {
            OptanonGroupId: 'C0002',
            GroupName: 'Performance',
            FirstPartyCookies: cookies(12_000, 'a'),
          },
          {
            OptanonGroupId: 'C0004',
            GroupName: 'Targeting',
            FirstPartyCookies: cookies(9_000, 'b'),
          },
          {
            OptanonGroupId: 'C0005',
            GroupName: 'Social',
            FirstPartyCookies: Array(9_000).fill({}),
          },
        ],
      },
    };
    const r = parseOneTrustConsentJson(json);
    expect(r.ok && r.value.cookies.length).toBe(10_000);
    expect(r.ok && r.value.categories).toEqual(['analytics']);
    expect(r.ok && r.notes).toEqual([
      'group "Performance": only the first 10000 cookies read',
      'more than 10000 cookies: 2 later group(s) not read',
    ]);
    const bad = parseOneTrustConsentJson({
      DomainData: {
        Groups: [{ OptanonGroupId: 'C0002', FirstPartyCookies: Array(5_000).fill(7) }],
      },
    });
    expect(bad.ok && bad.notes.length).toBe(51);
    expect(bad.ok && bad.notes[50]).toBe('… and 4950 more notes');
  });
});

describe('readOneTrustGroups: how each group gets its category', () => {
  const groups = (() => {
    const r = readOneTrustGroups(fixtureJson('onetrust-consent.json'));
    return r.ok ? r.value : [];
  })();
  it.each([
    ['C0001', 'necessary', 'onetrust:name "strictly"'],
    ['C0002', 'analytics', 'onetrust:name "performance"'],
    ['C0003', 'preferences', 'onetrust:name "functional"'],
    ['C0004', 'advertising', 'onetrust:name "targeting"'],
    ['C0005', 'social', 'onetrust:name "social"'],
    ['C0007', 'advertising', 'onetrust:name "advertis"'],
    ['BG12', 'analytics', 'onetrust:parent C0002'],
    ['C0009', 'unknown', 'onetrust:name "uncategorised"'],
    ['IABV2_1', 'unknown', 'onetrust:unrecognised group'],
  ])('%s → %s (%s)', (id, category, rule) => {
    expect(groups.find((g) => g.id === id)).toMatchObject({ category, rule });
  });

  it('falls back on the group id (CommonData for legacy numbers) when the name says nothing', () => {
    const r = readOneTrustGroups(fixtureJson('onetrust-legacy.json'));
    expect(r.ok && r.value.find((g) => g.id === '5')).toMatchObject({
      category: 'social',
      rule: 'onetrust:id 5',
    });
  });
});

describe('categoryOfGroupName', () => {
  it.each([
    ['Strictly Necessary Cookies', 'necessary'],
    ['Performance Cookies', 'analytics'],
    ['Performance (or Analytics) Cookies', 'analytics'],
    ['Functional Cookies', 'preferences'],
    ['Functional cookies (required)', 'necessary'],
    ['Targeting Cookies', 'advertising'],
    ['Targeting (3rd Party)', 'advertising'],
    ['Personalized Advertisements', 'advertising'],
    ['Sale of Personal Data', 'advertising'],
    ['Ads - General', 'advertising'],
    ['Social Media Cookies', 'social'],
    ['Anonymised analytical cookies', 'analytics'],
    ['Select personalized content', 'preferences'],
    ['Uncategorised cookies', 'unknown'],
    ['Unbedingt erforderliche Cookies', 'necessary'],
    ['Leistungs-Cookies', 'analytics'],
    ['Funktionelle Cookies', 'preferences'],
    ['Cookies für Marketingzwecke', 'advertising'],
    ['Cookies de mesure d’audience', 'analytics'],
    ['Cookies publicitaires', 'advertising'],
    ['Cookies analíticas', 'analytics'],
    ['Storage and Access - General', null],
    ['Google & IAB TCF 2 Purposes of Processing', null],
  ])('%j → %s', (name, category) => {
    expect(categoryOfGroupName(name)?.category ?? null).toBe(category);
  });
});

describe('oneTrustGroupCategories (to read this site’s OptanonConsent)', () => {
  it('maps every group id of the declaration, defaults included', () => {
    expect(oneTrustGroupCategories(fixtureJson('onetrust-consent.json'))).toEqual({
      ok: true,
      value: {
        '1': 'necessary',
        '2': 'analytics',
        '3': 'preferences',
        '4': 'advertising',
        C0001: 'necessary',
        C0002: 'analytics',
        C0003: 'preferences',
        C0004: 'advertising',
        C0005: 'social',
        C0007: 'advertising',
        BG12: 'analytics',
        C0009: 'unknown',
        IABV2_1: 'unknown',
      },
      notes: [
        'group "Functional Cookies": a cookie entry without a Name was skipped',
        'group "Personalised Advertising": "ttd_id" has no readable Length',
      ],
    });
  });
});

describe('finding OneTrust on a page', () => {
  it.each([
    [
      'the otSDKStub tag of the page',
      fixture('onetrust-page.html.txt'),
      '4b1d5f0e-2c3a-4e6b-9f70-8a1b2c3d4e5f',
    ],
    [
      'a test script id',
      '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="4b1d5f0e-2c3a-4e6b-9f70-8a1b2c3d4e5f-test"></script>',
      '4b1d5f0e-2c3a-4e6b-9f70-8a1b2c3d4e5f-test',
    ],
    [
      'a self-hosted stub',
      '<script src="/assets/oneTrust_production/scripttemplates/otSDKStub.js" data-domain-script="4b1d5f0e-2c3a-4e6b-9f70-8a1b2c3d4e5f"></script>',
      '4b1d5f0e-2c3a-4e6b-9f70-8a1b2c3d4e5f',
    ],
    [
      'another OneTrust CDN script with the attribute',
      '<script src="https://cdn-ukwest.onetrust.com/scripttemplates/otSDKStub2.js?x" data-domain-script="4b1d5f0e-2c3a-4e6b-9f70-8a1b2c3d4e5f"></script>',
      '4b1d5f0e-2c3a-4e6b-9f70-8a1b2c3d4e5f',
    ],
    [
      'the attribute on an unrelated script',
      '<script src="https://evil.example/x.js" data-domain-script="4b1d5f0e-2c3a-4e6b-9f70-8a1b2c3d4e5f"></script>',
      null,
    ],
    [
      'a malformed id',
      '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="../../etc"></script>',
      null,
    ],
    ['a page without OneTrust', fixture('cookiebot-page.html.txt'), null],
    [
      'the tag only inside a JavaScript string',
      '<script>x=\'<script src="otSDKStub.js" data-domain-script="4b1d5f0e-2c3a-4e6b-9f70-8a1b2c3d4e5f">\'</script>',
      null,
    ],
    ['empty text', '', null],
  ])('%s', (_what, html, id) => {
    expect(oneTrustDomainScriptFrom(html)).toBe(id);
  });
});

describe('the rule-set index and the consent JSON URLs', () => {
  it('lists the rule sets with their languages, skipping broken ones', () => {
    expect(oneTrustRuleSets(fixture('onetrust-ruleset-index.json'))).toEqual({
      ok: true,
      value: [
        {
          id: '018f2a4e-7d1c-7c2b-9a31-5e6f0b1c2d3e',
          name: 'GDPR',
          languages: ['en', 'de', 'fr'],
          defaultLanguage: 'en',
        },
        {
          id: '018f2a4e-7d1c-7c2b-9a31-000000000001',
          name: 'Global',
          languages: ['en'],
          defaultLanguage: 'en',
        },
      ],
      notes: ['a rule set without a valid Id was skipped'],
    });
  });

  it.each([
    ['{"RuleSet": [', 'OneTrust rule-set index is not valid JSON'],
    [fixtureJson('onetrust-consent.json'), 'not a OneTrust rule-set index (no RuleSet array)'],
    [{ RuleSet: [] }, 'the OneTrust rule-set index lists no rule set'],
  ])('%#: %s → clear error', (json, error) => {
    expect(oneTrustRuleSets(json)).toEqual({ ok: false, error });
  });

  it('builds the URLs the stub loads', () => {
    const id = '4b1d5f0e-2c3a-4e6b-9f70-8a1b2c3d4e5f';
    expect(oneTrustRuleSetIndexUrl(id)).toBe(`https://cdn.cookielaw.org/consent/${id}/${id}.json`);
    expect(oneTrustConsentJsonUrl(id, '018f2a4e-7d1c-7c2b-9a31-5e6f0b1c2d3e', 'de')).toBe(
      JSON_URL.replace('/en.json', '/de.json'),
    );
  });
});
