// List parsers (Adblock Plus and its header lines, hosts, Open Cookie
// Database CSV, tds.json, services.json, format detection) on hostile input.
// See hostile-helpers.ts for the budget.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metadataLine, sectionMarker } from '../../lib/core/lists/abp.ts';
import {
  ListParseError,
  detectListFormat,
  parseAbpList,
  parseDisconnectServices,
  parseHostsFile,
  parseOpenCookieDatabase,
  parseTrackerDataSet,
} from '../../lib/core/lists/index.ts';
import { LONG, RUNS, shape, soup, withinBudget } from './hostile-helpers.ts';

/** Runs `run`; a ListParseError is the lists' documented failure, anything else is a bug. */
function listParse(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ListParseError)) throw error;
  }
}

// prettier-ignore
const LIST_TOKENS = [
  '[Adblock Plus 2.0]', '[uBlock Origin]', '! Title: x', '! Version: 1', '! Expires: 4 days',
  '! Expires: 12 hours', '! Homepage: https://x', '! *** easylist:x.txt ***', '!', '***', '! ',
  ':', '||example.com^', '||a.b^$third-party', '||a^$script,domain=b.com|~c.com', '@@||x^',
  '##.ad', '#@#.ad', '#?#', '#$#', '$$script', '$', '^', '*', '|', '/ad[0-9]+/', '0.0.0.0 ',
  '127.0.0.1 ', '::1 ', 'localhost', 'example.com', 'a.b.c', 'ex_ample.com', '#', '# comment', ' ',
  '\t', '\n', '\r\n', '\r', '\ufeff', '{', '}', '[', ']', '"', ',', '"trackers"', '"categories"',
  'Cookie / Data Key name', 'Category', 'Analytics', 'Marketing', '"a,b"', '""', '1 year',
  '30 days', '1.5 hours', '0', '1',
];
const listText = soup(LIST_TOKENS);

/** JSON spelled as a hostile file would: any indentation, some characters as \u escapes. */
function spelled(value: unknown): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(0, 1, '\t'), fc.boolean()).map(([indent, escape]) => {
    const json = JSON.stringify(value, null, indent) ?? 'null';
    return escape ? json.replace(/[a-e]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`) : json;
  });
}

const hostileString = fc.oneof(
  fc.constantFrom('example.com', 'a.b.c', 'bad host', '', '.', 'constructor', '__proto__'),
  fc.string({ unit: 'binary', maxLength: 16 }),
);
const leaf = fc.oneof(hostileString, fc.integer(), fc.boolean(), fc.constant(null));
const tdsValue = fc.record({
  trackers: fc.dictionary(
    hostileString,
    fc.oneof(
      leaf,
      fc.record({
        owner: fc.oneof(leaf, fc.record({ name: leaf, displayName: leaf })),
        categories: fc.oneof(
          leaf,
          fc.array(fc.oneof(leaf, fc.constantFrom('Advertising', 'Analytics')), { maxLength: 4 }),
        ),
      }),
    ),
    { maxKeys: 6 },
  ),
  domains: fc.oneof(leaf, fc.dictionary(hostileString, leaf, { maxKeys: 4 })),
});
const entity = fc.dictionary(
  hostileString,
  fc.oneof(
    leaf,
    fc.dictionary(hostileString, fc.oneof(leaf, fc.array(leaf, { maxLength: 4 })), { maxKeys: 3 }),
  ),
  { maxKeys: 3 },
);
const disconnectValue = fc.record({
  categories: fc.dictionary(
    fc.oneof(hostileString, fc.constantFrom('Advertising', 'Disconnect', 'Social')),
    fc.oneof(leaf, fc.array(fc.oneof(leaf, entity), { maxLength: 4 })),
    { maxKeys: 4 },
  ),
});

describe('list parsers on hostile input', () => {
  const TEXT_PARSERS: [string, (text: string) => unknown][] = [
    ['parseAbpList', parseAbpList],
    ['parseHostsFile', (t) => parseHostsFile(t)],
    ['parseOpenCookieDatabase', (t) => parseOpenCookieDatabase(t)],
    ['detectListFormat', (t) => detectListFormat(t, 'list.txt')],
    ['the Adblock Plus header lines', (t) => [sectionMarker(t), metadataLine(t)]],
  ];

  it.each(TEXT_PARSERS)(
    `%s: ${RUNS} generated lists, no exception but ListParseError, within budget`,
    (name, run) => {
      fc.assert(
        fc.property(listText, (text) => {
          withinBudget(name, text, () => listParse(() => run(text)));
        }),
        { numRuns: RUNS },
      );
    },
    LONG,
  );

  it(
    `parseTrackerDataSet: ${RUNS} generated tds.json files`,
    () => {
      fc.assert(
        fc.property(fc.oneof(tdsValue.chain(spelled), listText), (text) => {
          withinBudget('tds', text, () => listParse(() => parseTrackerDataSet(text)));
        }),
        { numRuns: RUNS },
      );
    },
    LONG,
  );

  it(
    `parseDisconnectServices: ${RUNS} generated services.json files`,
    () => {
      fc.assert(
        fc.property(fc.oneof(disconnectValue.chain(spelled), listText), (text) => {
          withinBudget('disconnect', text, () => listParse(() => parseDisconnectServices(text)));
        }),
        { numRuns: RUNS },
      );
    },
    LONG,
  );

  it('the reported hang: an Adblock Plus section marker with 50 KB of spaces', () => {
    const text = `[Adblock Plus 2.0]\n! ***${' '.repeat(50_000)}x\n||a.com^`;
    const summary = withinBudget('abp', text, () => parseAbpList(text));
    expect(summary.networkFilters.map((f) => f.text)).toEqual(['||a.com^']);
  });

  it('reads the header lines as before', () => {
    expect(sectionMarker('! *** easylist:easyprivacy/easyprivacy_general.txt ***')).toBe(
      'easylist:easyprivacy/easyprivacy_general.txt',
    );
    expect(sectionMarker('!*** a ****')).toBe('a *');
    expect(sectionMarker('! ******')).toBeNull();
    expect(metadataLine('! Title : EasyPrivacy ')).toEqual({ key: 'Title', value: 'EasyPrivacy' });
    expect(metadataLine('!Last modified: 1 Jan')).toEqual({ key: 'Last modified', value: '1 Jan' });
    expect(metadataLine('! Checksum')).toBeNull();
    expect(metadataLine('! 1: x')).toBeNull();
  });

  const header = 'Cookie / Data Key name,Category,Domain,Retention period\n';
  it.each([
    ['abp', () => shape('[Adblock Plus 2.0]\n! ***', ' ', 'x\n||a.com^'), parseAbpList],
    ['abp', () => shape('[Adblock Plus 2.0]\n! a', ' ', 'x\n||a.com^'), parseAbpList],
    ['abp', () => shape('[Adblock Plus 2.0]\n', '||a.com^\n', ''), parseAbpList],
    ['hosts', () => shape('0.0.0.0 ', 'a.com ', ''), (t: string) => parseHostsFile(t)],
    [
      'ocd',
      () => shape(`${header}x,Analytics,a.com,`, '1', ''),
      (t: string) => parseOpenCookieDatabase(t),
    ],
    [
      'ocd',
      () => shape(`${header}x,Analytics,a`, '.', 'b,1 day'),
      (t: string) => parseOpenCookieDatabase(t),
    ],
    ['ocd', () => shape(header, '*', 'x*,Analytics,,'), (t: string) => parseOpenCookieDatabase(t)],
    [
      'tds',
      () =>
        `{"trackers":{${Array.from({ length: 10_000 }, (_, i) => `"\\u0041${i}.x": 1`).join(',')}}}`,
      parseTrackerDataSet,
    ],
    [
      'disconnect',
      () =>
        `{"categories":{"Advertising":[{"E":{"u":[${Array.from({ length: 20_000 }, (_, i) => `"bad ${i}"`).join(',')}]}}]}}`,
      parseDisconnectServices,
    ],
    ['detect', () => shape('', '\n', ''), (t: string) => detectListFormat(t)],
  ] as [string, () => string, (t: string) => unknown][])(
    '%s: a long adversarial list (200 KB) parses in linear time',
    (name, make, run) => {
      const text = make();
      withinBudget(name, text, () => listParse(() => run(text)));
    },
  );
});
