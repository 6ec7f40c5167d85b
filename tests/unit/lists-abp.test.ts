import { beforeAll, describe, expect, it } from 'vitest';
import type { FiltersEngine } from '@ghostery/adblocker';
import {
  type AbpSummary,
  type MatchInput,
  buildFilterEngine,
  matchRequest,
  parseAbpList,
} from '../../lib/core/lists/index.ts';
import { fixture, listError, sharedData } from './lists-helpers.ts';

const GENERAL = 'easylist:easyprivacy/easyprivacy_general.txt';
const SERVERS = 'easylist:easyprivacy/easyprivacy_trackingservers.txt';

describe('parseAbpList', () => {
  it('reads header, metadata, sections and network filters, ignoring cosmetic ones', () => {
    const summary = parseAbpList(fixture('abp-valid.txt'));
    expect(summary).toEqual({
      format: 'abp',
      header: 'Adblock Plus 2.0',
      title: 'Test Privacy List',
      version: '202401010000',
      expires: '12 hours (update frequency)',
      expiresDays: 0.5,
      homepage: 'https://example.org/lists',
      networkFilters: [
        { line: 7, text: '/collect?v=$ping,third-party', section: GENERAL },
        { line: 8, text: '||tracker.example^$third-party', section: GENERAL },
        { line: 12, text: '||metrics.example.net^', section: SERVERS },
        { line: 13, text: '||pixel.example.com^$image', section: SERVERS },
        { line: 17, text: '@@||tracker.example/consent.js$script', section: SERVERS },
      ],
      cosmeticFilterCount: 3,
      sections: new Map([
        [GENERAL, 2],
        [SERVERS, 3],
      ]),
      skipped: [
        {
          line: 14,
          reason: 'not a valid network filter (unsupported option or malformed syntax)',
        },
        { line: 15, reason: 'contains whitespace, so it is not a filter (a hosts-file line?)' },
        { line: 16, reason: 'header line not at the top of the list' },
      ],
    } satisfies AbpSummary);
  });

  it('handles CRLF line ends, no header and filters outside any section', () => {
    const summary = parseAbpList('! Title: X\r\n! Expires: 5 days\r\n||a.example^\r\n');
    expect(summary.header).toBeNull();
    expect(summary.title).toBe('X');
    expect(summary.expiresDays).toBe(5);
    expect(summary.networkFilters).toEqual([{ line: 3, text: '||a.example^', section: null }]);
    expect(summary.sections).toEqual(new Map([['', 1]]));
  });

  it.each([
    [
      'an HTML page',
      fixture('not-a-list.html'),
      {
        line: 2,
        message: 'abp list, line 2: this is an HTML or XML document, not an Adblock Plus list',
      },
    ],
    [
      'a JSON file',
      fixture('tds.json'),
      { line: 1, message: 'abp list, line 1: this is JSON, not an Adblock Plus list' },
    ],
    [
      'a hosts file',
      fixture('hosts-only-localhost.txt'),
      {
        line: 1,
        message:
          'abp list, line 1: no valid filter: not an Adblock Plus list (contains whitespace, so it is not a filter (a hosts-file line?))',
      },
    ],
    ['an empty file', '', { line: 1, message: 'abp list, line 1: no filters' }],
    [
      'comments only',
      '[Adblock Plus 2.0]\n! Title: nothing\n',
      { line: 1, message: 'abp list, line 1: no filters' },
    ],
  ])('rejects %s with a ListParseError', (_label, text, expected) => {
    expect(listError(() => parseAbpList(text))).toEqual({ format: 'abp', ...expected });
  });
});

describe('buildFilterEngine + matchRequest', () => {
  let engine: FiltersEngine;
  beforeAll(() => {
    engine = buildFilterEngine(fixture('abp-valid.txt'));
  });

  const page = 'https://news.example.org/article';
  it.each<[string, MatchInput, { rule: string } | null]>([
    [
      'third-party image on a tracker host',
      { url: 'https://tracker.example/p.gif', sourceUrl: page, type: 'image' },
      { rule: '||tracker.example^$third-party' },
    ],
    [
      'an @@ exception wins',
      { url: 'https://tracker.example/consent.js', sourceUrl: page, type: 'script' },
      null,
    ],
    [
      '$third-party does not apply first-party',
      {
        url: 'https://tracker.example/p.gif',
        sourceUrl: 'https://www.tracker.example/',
        type: 'image',
      },
      null,
    ],
    [
      '$image matches an image',
      { url: 'https://pixel.example.com/p', sourceUrl: page, type: 'image' },
      { rule: '||pixel.example.com^$image' },
    ],
    [
      '$image does not match a script',
      { url: 'https://pixel.example.com/p', sourceUrl: page, type: 'script' },
      null,
    ],
    [
      'a third-party ping beacon',
      { url: 'https://cdn.example.net/collect?v=2', sourceUrl: page, type: 'ping' },
      { rule: '/collect?v=$ping,third-party' },
    ],
    [
      'the same URL as an XHR',
      { url: 'https://cdn.example.net/collect?v=2', sourceUrl: page, type: 'xmlhttprequest' },
      null,
    ],
    [
      'a filter the engine rejected never matches',
      { url: 'https://bad.example/x', sourceUrl: page, type: 'script' },
      null,
    ],
  ])('%s', (_label, input, expected) => {
    expect(matchRequest(engine, input)).toEqual(expected);
  });
});

describe('real EasyPrivacy (../shared/data/easyprivacy.txt)', () => {
  const text = sharedData('easyprivacy.txt');
  let summary: AbpSummary;
  let engine: FiltersEngine;
  beforeAll(() => {
    if (!text) return;
    summary = parseAbpList(text);
    engine = buildFilterEngine(text);
  });

  it.skipIf(!text)('summarises the list', () => {
    expect(summary.header).toBe('Adblock Plus 1.1');
    expect(summary.title).toBe('EasyPrivacy');
    expect(summary.version).toBe('202608130529');
    expect(summary.expires).toBe('4 days (update frequency)');
    expect(summary.expiresDays).toBe(4);
    expect(summary.networkFilters.length).toBeGreaterThan(40_000);
    expect(summary.networkFilters.length).toBe(55_327);
    expect(summary.cosmeticFilterCount).toBe(34);
    expect(summary.sections.get(GENERAL)).toBe(3_066);
    expect(summary.sections.get('easylist:easyprivacy/easyprivacy_general_emailtrackers.txt')).toBe(
      314,
    );
    // $rewrite=abp-resource, $method and $redirect-rule lines the engine does not support.
    expect(summary.skipped.map((s) => s.line)).toEqual([13_840, 17_781, 17_825]);
    expect(summary.networkFilters.find((f) => f.text === '$ping,third-party')).toEqual({
      line: 9_328,
      text: '$ping,third-party',
      section: SERVERS,
    });
  });

  const collect = 'https://www.google-analytics.com/g/collect?v=2';
  const thirdPartyPage = 'https://news.example.com/article';
  it.skipIf(!text).each<[MatchInput['type'], { rule: string } | null]>([
    ['ping', { rule: '$ping,third-party' }],
    ['xmlhttprequest', { rule: '.google-analytics.com/' }],
    ['image', { rule: '.google-analytics.com/' }],
  ])('matches the GA4 collect endpoint as %s from a third-party page', (type, expected) => {
    expect(matchRequest(engine, { url: collect, sourceUrl: thirdPartyPage, type })).toEqual(
      expected,
    );
  });

  it.skipIf(!text)('leaves an ordinary first-party script alone', () => {
    expect(
      matchRequest(engine, {
        url: 'https://news.example.com/static/app.js',
        sourceUrl: thirdPartyPage,
        type: 'script',
      }),
    ).toBeNull();
  });
});
