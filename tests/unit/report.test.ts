import { describe, expect, it } from 'vitest';
import { buildReport, cookiesCsv, neutraliseCell } from '../../lib/core/report.ts';
import { buildReportHtml } from '../../lib/core/report-html.ts';
import { buildView } from '../../lib/core/view.ts';
import { classifyView } from '../../lib/core/audit/classify-view.ts';
import { bundledClassifier } from './classify-helpers.ts';
import type { CookieRecord } from '../../lib/core/types.ts';

const page = { id: 'p1', tabId: 1, url: 'https://shop.test/', site: 'shop.test', startedAt: 1000 };
const cookie = (over: Partial<CookieRecord>): CookieRecord => ({
  pageId: 'p1',
  tabId: 1,
  name: 'a',
  domain: 'shop.test',
  path: '/',
  hostOnly: true,
  lifetimeDays: 1,
  requestedLifetimeDays: null,
  deletion: false,
  secure: false,
  httpOnly: false,
  sameSite: 'lax',
  partitioned: false,
  party: 'first',
  setBy: 'http',
  setter: 'https://shop.test/',
  requestId: '1',
  value: { length: 3, hashPrefix: 'abcdef0123456789', entropy: 1.5 },
  blocked: null,
  warnings: [],
  time: 2000,
  ...over,
});
const change = (name: string, time: number) => ({
  name,
  domain: 'shop.test',
  path: '/',
  hostOnly: true,
  removed: false,
  cause: 'explicit',
  partitionKey: null,
  lifetimeDays: 1,
  secure: false,
  httpOnly: false,
  sameSite: 'lax' as const,
  value: { length: 1, hashPrefix: '', entropy: 0 },
  time,
});
const rs = (cookies: CookieRecord[], changes = [change('a', 2010)]) => ({
  pages: [page],
  requests: [],
  responses: [],
  cookies,
  cookieChanges: changes,
  storage: [],
  optOut: [],
});

describe('cookie rows', () => {
  it('is blocked when no cookies.onChanged insert confirms it within 30 s', () => {
    expect(buildView(rs([cookie({})])).cookies[0]!.blocked).toBe(false);
    expect(buildView(rs([cookie({})], [change('a', 2000 + 30_001)])).cookies[0]!.blocked).toBe(
      true,
    );
    expect(buildView(rs([cookie({})], [change('b', 2010)])).cookies[0]!.blocked).toBe(true);
  });

  it('keeps the refusal reason a header made certain', () => {
    const row = buildView(
      rs([cookie({ blocked: true, warnings: ['refused: SameSite=None without Secure'] })]),
    ).cookies[0]!;
    expect([row.blocked, row.blockedReason, row.warnings]).toEqual([
      true,
      'SameSite=None without Secure',
      [],
    ]);
  });

  it('folds rewrites into one row with a write count; deletions are not cookies', () => {
    const v = buildView(
      rs([
        cookie({}),
        cookie({ time: 3000 }),
        cookie({ name: 'gone', deletion: true, lifetimeDays: null }),
      ]),
    );
    expect(v.cookies.map((c) => [c.name, c.writes, c.firstSeen])).toEqual([['a', 2, 2000]]);
  });

  it('adds a cookie only cookies.onChanged saw, setter unknown', () => {
    const v = buildView(rs([], [change('sw_set', 2500)]));
    expect(v.cookies.map((c) => [c.name, c.setBy, c.setter, c.page, c.warnings])).toEqual([
      [
        'sw_set',
        'unknown',
        null,
        'https://shop.test/',
        ['seen only through cookies.onChanged (cause: explicit)'],
      ],
    ]);
  });
});

const classify = (v: ReturnType<typeof buildView>) =>
  classifyView(v, { classifier: bundledClassifier(), knowledge: [] });

describe('exports', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', `'+1`],
    ['-1', `'-1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['\r=1', `'\r=1`],
    ['\n=1', `'\n=1`],
    ['plain', 'plain'],
    [null, ''],
    [12, '12'],
  ])('CSV cell %j → %j', (v, out) => {
    expect(neutraliseCell(v)).toBe(out);
  });

  it('writes cookies.csv with neutralised cells and no values', () => {
    const view = buildView(
      rs(
        [cookie({ name: '=cmd|calc', setter: 'https://shop.test/' })],
        [change('=cmd|calc', 2010)],
      ),
    );
    const report = buildReport(classify(view), {
      site: 'shop.test',
      generatedAt: 0,
      browser: 'x',
      extensionVersion: '0',
      signals: { dnt: false, gpc: false },
      lists: [],
    });
    const lines = cookiesCsv(report).split('\r\n');
    expect(lines[0]!.endsWith(',page,value')).toBe(true);
    expect(lines[1]).toBe(
      `'=cmd|calc,shop.test,/,first,1,,false,http,https://shop.test/,unknown,,false,false,lax,false,1970-01-01T00:00:02.000Z,https://shop.test/,`,
    );
    expect(report.cookies[0]!.value).toEqual({
      length: 3,
      hashPrefix: 'abcdef0123456789',
      entropy: 1.5,
    });
  });

  it('exports a kept value only when the user opted in, neutralised in CSV and inert in HTML', () => {
    const kept = { length: 13, hashPrefix: 'abcdef0123456789', entropy: 3, raw: '=1+<b>x</b>' };
    const view = buildView(
      rs(
        [cookie({ name: 'uid', setter: 'https://shop.test/', value: kept })],
        [change('uid', 2010)],
      ),
    );
    const meta = {
      site: 'shop.test',
      generatedAt: 0,
      browser: 'x',
      extensionVersion: '0',
      signals: { dnt: false, gpc: false },
      lists: [],
    };
    const redacted = buildReport(classify(view), meta);
    expect(redacted.cookies[0]!.value).toEqual({
      length: 13,
      hashPrefix: 'abcdef0123456789',
      entropy: 3,
    });
    expect(cookiesCsv(redacted).split('\r\n')[1]!.endsWith('https://shop.test/,')).toBe(true);
    expect(buildReportHtml(redacted)).not.toContain('<th>value</th>');
    expect(buildReportHtml(redacted)).toContain(
      'Cookie values are not included: only their length',
    );

    const withValues = buildReport(classify(view), { ...meta, values: true });
    expect(withValues.cookies[0]!.value.raw).toBe('=1+<b>x</b>');
    expect(
      cookiesCsv(withValues).split('\r\n')[1]!.endsWith(`https://shop.test/,'=1+<b>x</b>`),
    ).toBe(true);
    const html = buildReportHtml(withValues);
    expect(html).toContain('<th>value</th>');
    expect(html).toContain('=1+&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<b>x</b>');
    expect(html).toContain('Cookie values are included: the user chose to keep them.');
  });
});
