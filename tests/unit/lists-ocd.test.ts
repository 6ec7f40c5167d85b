import { beforeAll, describe, expect, it } from 'vitest';
import {
  KNOWN_COOKIES,
  type KnownCookie,
  createCookieKnowledge,
} from '../../lib/core/known-cookies/index.ts';
import {
  OCD_SOURCE,
  type OcdResult,
  cleanDomain,
  parseOpenCookieDatabase,
  parseRetention,
} from '../../lib/core/lists/index.ts';
import { fixture, listError, sharedData } from './lists-helpers.ts';

const source = OCD_SOURCE;

describe('parseRetention', () => {
  it.each<[string, number | null]>([
    ['2 years', 730],
    ['13 months', 390],
    ['1 day', 1],
    ['400 days', 400],
    ['24 hours', 1],
    ['1 Year', 365],
    ['3 weeks', 21],
    ['1440 Minutes', 1],
    ['0 days', 0],
    ['2 years after last activity', 730],
    ['30 minutes, 3w or 1y depending on value', 365],
    ['180 days after last activity or 10 years when opting out', 3650],
    ['session', null],
    ['Session', null],
    ['End of session (browser)', null],
    ['Unknown', null],
    ['forever', null],
    ['Local Storage', null],
    ['10 Nov 2030', null],
    ['', null],
  ])('%j → %j days', (text, days) => {
    expect(parseRetention(text)).toBe(days);
  });

  it.each<[string, number]>([
    ['30 minutes', 30 / 1440],
    ['90 sec', 90 / 86_400],
    ['1 hour or longer', 1 / 24],
  ])('%j → a fraction of a day', (text, days) => {
    expect(parseRetention(text)).toBeCloseTo(days, 10);
  });
});

describe('cleanDomain', () => {
  it.each<[string, string | undefined]>([
    ['facebook.com (3rd party)', 'facebook.com'],
    ['google-analytics.com (3rd party) or ', 'google-analytics.com'],
    [' or 207.net (3rd party)', '207.net'],
    ['.bing.com (3rd party) or .microsoft.com (3rd party)', 'bing.com'],
    ['simage2.pubmatic.com', 'pubmatic.com'],
    ['admatic.com.tr (3rd party)', 'admatic.com.tr'],
    ['.amplitude.com.', 'amplitude.com'],
    ['.commander1.com\u200b', 'commander1.com'],
    ['ads-[account].adhese.com', undefined],
    ['id5-sync', undefined],
    ['ut', undefined],
    ['', undefined],
  ])('%j → %j', (text, domain) => {
    expect(cleanDomain(text)).toBe(domain);
  });
});

describe('parseOpenCookieDatabase', () => {
  it('turns rows into known-cookie entries and skips bad rows with a note', () => {
    const result = parseOpenCookieDatabase(fixture('ocd-sample.csv'));
    const ga = { vendor: 'Google', category: 'analytics' as const, lifetimeDays: 730, source };
    expect(result).toEqual({
      format: 'ocd',
      entries: [
        {
          name: '_ga',
          match: 'exact',
          ...ga,
          id: 'id-1',
          description: 'ID used to identify users',
        },
        {
          name: '_ga_',
          match: 'prefix',
          ...ga,
          id: 'id-2',
          description: 'ID used to identify users',
        },
        {
          name: '_fbp',
          match: 'exact',
          domain: 'facebook.com',
          vendor: 'Facebook',
          category: 'advertising',
          lifetimeDays: 90,
          source,
          id: 'id-3',
          description:
            'Used by Facebook to deliver a series of advertisement products, such as real time bidding',
        },
        {
          name: '__cf_bm',
          match: 'exact',
          vendor: 'Cloudflare',
          category: 'necessary',
          lifetimeDays: 30 / 1440,
          source,
          id: 'id-4',
          description: 'Bot management.\nSpans two lines.',
        },
        {
          name: 'lang',
          match: 'exact',
          domain: 'example.com',
          vendor: 'Example',
          category: 'preferences',
          lifetimeDays: null,
          source,
          id: 'id-5',
          description: 'Language',
        },
        {
          name: 'theme',
          match: 'exact',
          vendor: 'Example Ltd',
          category: 'preferences',
          lifetimeDays: null,
          source,
          id: 'id-6',
          description: 'Theme',
        },
        {
          name: 'csrf',
          match: 'exact',
          vendor: 'Example Ltd',
          category: 'necessary',
          lifetimeDays: 1,
          source,
          id: 'id-7',
          description: 'CSRF token',
        },
        {
          name: 'SSPR_',
          match: 'prefix',
          domain: 'adxcore.com',
          vendor: 'Example Ltd',
          category: 'advertising',
          lifetimeDays: 365,
          source,
          id: 'id-8',
          description: 'Sync',
        },
        {
          name: 'quoted "name"',
          match: 'exact',
          vendor: 'Example Ltd',
          category: 'analytics',
          lifetimeDays: 400,
          source,
          id: 'id-12',
          description: 'Quotes',
        },
      ],
      skipped: [
        { line: 12, reason: 'unknown category "Tracking"' },
        { line: 13, reason: 'empty cookie name' },
        { line: 14, reason: 'Wildcard match is "yes", expected 0 or 1' },
      ],
    } satisfies OcdResult);
  });

  it('does not take inherited object keys for categories', () => {
    const header = fixture('ocd-sample.csv').split('\n')[0];
    const { entries, skipped } = parseOpenCookieDatabase(
      `${header}\nx,P,constructor,c,,,1 day,V,,0\n`,
    );
    expect(entries).toEqual([]);
    expect(skipped).toEqual([{ line: 2, reason: 'unknown category "constructor"' }]);
  });

  it('records the URL the file came from as the source', () => {
    const url = 'https://lists.example.org/ocd.csv';
    const { entries } = parseOpenCookieDatabase(fixture('ocd-sample.csv'), { source: url });
    expect(new Set(entries.map((e) => e.source))).toEqual(new Set([url]));
  });

  it.each([
    [
      'a CSV with other columns',
      fixture('ocd-not-ocd.csv'),
      'ocd list, line 1: no "Cookie / Data Key name" column: not an Open Cookie Database CSV',
    ],
    [
      'JSON',
      fixture('tds.json'),
      'ocd list, line 1: this is JSON, not an Open Cookie Database CSV',
    ],
    [
      'an empty file',
      '',
      'ocd list, line 1: no "Cookie / Data Key name" column: not an Open Cookie Database CSV',
    ],
  ])('rejects %s', (_label, text, message) => {
    expect(listError(() => parseOpenCookieDatabase(text))).toEqual({
      format: 'ocd',
      line: 1,
      message,
    });
  });
});

describe('real Open Cookie Database (../shared/data/open-cookie-database.csv)', () => {
  const text = sharedData('open-cookie-database.csv');
  let result: OcdResult;
  beforeAll(() => {
    if (text) result = parseOpenCookieDatabase(text);
  });
  const byName = (name: string): KnownCookie | undefined =>
    result.entries.find((e) => e.name === name);

  it.skipIf(!text)('reads all 2,264 rows', () => {
    expect(result.entries).toHaveLength(2_264);
    expect(result.skipped).toEqual([]);
    // 260 rows with Wildcard match = 1, plus 4 names written with a trailing "*".
    expect(result.entries.filter((e) => e.match === 'prefix')).toHaveLength(264);
    const categories: Record<string, number> = {};
    for (const e of result.entries) categories[e.category] = (categories[e.category] ?? 0) + 1;
    expect(categories).toEqual({
      preferences: 980,
      advertising: 861,
      analytics: 390,
      necessary: 33,
    });
  });

  it.skipIf(!text)('reads known rows exactly', () => {
    expect(byName('_ga')).toEqual({
      name: '_ga',
      match: 'exact',
      vendor: 'Google',
      category: 'analytics',
      lifetimeDays: 730,
      source,
      id: '256c18e8-d881-11e9-8a34-2a2ae2dbcce4',
      description: 'ID used to identify users',
    });
    expect(byName('_ga_')).toMatchObject({ match: 'prefix', lifetimeDays: 730 });
    expect(byName('_fbp')).toMatchObject({
      domain: 'facebook.com',
      category: 'advertising',
      lifetimeDays: 120,
    });
    expect(byName('IDE')).toMatchObject({ domain: 'doubleclick.net', lifetimeDays: 730 });
    expect(byName('__cf_bm')).toMatchObject({ category: 'preferences', lifetimeDays: null });
    expect(byName('_hjSessionUser_')).toMatchObject({ match: 'prefix', lifetimeDays: 365 });
    expect(byName('SSPR_')).toMatchObject({ match: 'prefix' });
  });

  it.skipIf(!text)('loads behind the built-in table in one CookieKnowledge', () => {
    const knowledge = createCookieKnowledge([...KNOWN_COOKIES, ...result.entries]);
    // The built-in entry comes first and wins; OCD fills names the table lacks.
    expect(knowledge.lookup('_fbp')?.entry.source).toBe(
      'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/',
    );
    expect(knowledge.lookup('_hjSessionUser_1234')?.entry.vendor).toBe('Hotjar');
    expect(knowledge.lookup('uid', 'adform.net')).toMatchObject({
      matchedBy: 'name+domain',
      entry: { vendor: 'Adform', lifetimeDays: 60 },
    });
    expect(knowledge.lookup('uid', 'criteo.com')?.entry.vendor).toBe('Criteo');
  });
});
