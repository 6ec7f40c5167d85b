import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { UNBOUNDED_DAYS, expiryTextToDays, readJsLiteral } from '../../lib/core/cmp/index.ts';
import { sharedData } from './lists-helpers.ts';

describe('expiryTextToDays', () => {
  it.each([
    ['1 year', 365],
    ['2 years', 730],
    ['Session', null],
    ['session', null],
    ['400 days', 400],
    ['Persistent', UNBOUNDED_DAYS],
    ['1 day', 1],
    ['13 months', 395],
    ['6 months', 183],
    ['3 months', 91],
    ['1 week', 7],
    ['1 hour', 0.04],
    ['30 minutes', 0.02],
    ['1 minute', 0],
    ['10 seconds', 0],
    ['95752 months', 2912457],
    ['2 Jahre', 730],
    ['1 Tag', 1],
    ['Sitzung', null],
    ['Dauerhaft', UNBOUNDED_DAYS],
    ['13 mois', 395],
    ['1 an', 365],
    ['2 años', 730],
    ['1,5 years', 548],
    ['  1   year ', 365],
  ])('%j → %j', (text, days) => {
    expect(expiryTextToDays(text)).toBe(days);
  });

  it.each(['', 'Soon', 'Pending', '1 fortnight', 'year', 'x'.repeat(100), '1e9 years'])(
    '%j is not understood (undefined)',
    (text) => {
      expect(expiryTextToDays(text)).toBeUndefined();
    },
  );

  it('reads nearly every retention text of the Open Cookie Database', () => {
    const csv = sharedData('open-cookie-database.csv');
    if (csv === null) return;
    const rows = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: true,
    }).data;
    // Only the CMP-like texts: "N unit" or session.
    const texts = rows
      .map((r) => (r['Retention period'] ?? '').trim())
      .filter((t) => /^(\d+ \w+|session)$/i.test(t));
    const read = texts.filter((t) => expiryTextToDays(t) !== undefined);
    expect(texts.length).toBeGreaterThan(1000);
    expect(read.length / texts.length).toBeGreaterThan(0.99);
  });
});

describe('readJsLiteral', () => {
  it.each([
    ['["a","b"]', ['a', 'b']],
    [`['it\\'s', "say \\"hi\\""]`, ["it's", 'say "hi"']],
    // JS keeps the letter of an unknown escape: Cookiebot's "\d" reads as "d".
    ['"^google_experiment_mod\\d*$"', '^google_experiment_modd*$'],
    ['"^[r\\/]*collect$"', '^[r/]*collect$'],
    ['"\\u00e9\\x41\\u{1F36A}\\n"', 'éA🍪\n'],
    ['[1, -2.5, 3e2, true, false, null, !0, !1]', [1, -2.5, 300, true, false, null, true, false]],
    [
      "{stamp:'-1',necessary:true,ver:1,utc:1695456095624}",
      { stamp: '-1', necessary: true, ver: 1, utc: 1695456095624 },
    ],
    ['{"quoted": [ ], \'single\': {}}', { quoted: [], single: {} }],
    ['[ "trailing", ]', ['trailing']],
  ])('%s', (text, value) => {
    const read = readJsLiteral(text);
    expect(read.ok && read.value).toEqual(value);
  });

  it('reports where it stops reading, after the literal', () => {
    expect(readJsLiteral('x = [1,2]; y = 3;', 4)).toEqual({ ok: true, value: [1, 2], end: 9 });
  });

  it.each([
    ['["unterminated', 'unterminated string at offset 14'],
    ['["a" "b"]', 'expected "," or "]" at offset 5'],
    ['[1,2', 'unterminated array at offset 4'],
    ['{a 1}', 'expected ":" at offset 3'],
    ['alert(1)', 'unexpected "alert(1)" at offset 0'],
    ['"line\nbreak"', 'unterminated string at offset 5'],
    ['"\\xZZ"', 'bad hex escape at offset 3'],
    ['['.repeat(50), 'nesting deeper than 8 at offset 9'],
    ['', 'unexpected end of text at offset 0'],
  ])('%j fails with a clear message', (text, error) => {
    expect(readJsLiteral(text)).toEqual({ ok: false, error });
  });

  it('caps the number of elements', () => {
    expect(readJsLiteral(`[${'1,'.repeat(20)}1]`, 0, { maxItems: 10 })).toEqual({
      ok: false,
      error: 'more than 10 array elements at offset 21',
    });
  });

  it('does not let a key named __proto__ reach a prototype', () => {
    const read = readJsLiteral('{"__proto__": {"polluted": true}}');
    expect(read.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
