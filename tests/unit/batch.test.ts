// The batch's planning (targets, folders, shards, consent modes) and its index
// (index.html, summary.csv): pure functions, exact results, and hostile input.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildIndexHtml, summaryCsv } from '../../cli/batch/index-page.ts';
import type { Outcome } from '../../cli/batch/outcome.ts';
import {
  defaultJobs,
  fnv1a,
  inShard,
  parseConsentModes,
  parseShard,
  parseUrlList,
  planJobs,
  planTargets,
} from '../../cli/batch/plan.ts';

describe('--urls files', () => {
  it('reads one URL a line, skips comments and blank lines, and reports bad lines by number', () => {
    const text = [
      '# audit list',
      'https://shop.example.com/',
      '   https://news.example.com/path?q=1#top   # trailing comment',
      '',
      'ftp://files.example.com/',
      'https://user:pw@example.com/',
      'example.org',
      'https://[::1/',
    ].join('\r\n');
    expect(parseUrlList(text)).toEqual({
      urls: ['https://shop.example.com/', 'https://news.example.com/path?q=1#top'],
      bad: [
        { line: 5, text: 'ftp://files.example.com/', error: 'not an http(s) URL' },
        { line: 6, text: 'https://user:pw@example.com/', error: 'credentials in the URL' },
        { line: 7, text: 'example.org', error: 'not an http(s) URL' },
        { line: 8, text: 'https://[::1/', error: 'not a valid URL' },
      ],
    });
  });

  it('never throws on arbitrary text, and keeps only parsable http(s) URLs', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const { urls, bad } = parseUrlList(text);
        for (const u of urls) expect(/^https?:\/\//i.test(new URL(u).href)).toBe(true);
        for (const b of bad) expect(b.text.length).toBeLessThanOrEqual(200);
      }),
    );
  });
});

describe('targets and folders', () => {
  it('gives each URL its own folder by host, hashed when one host has several URLs', () => {
    const urls = [
      'https://shop.example.com/',
      'https://news.example.com/',
      'https://news.example.com/world',
      'https://shop.example.com/', // twice: once
    ];
    const h = (u: string) => fnv1a(u).toString(16).padStart(8, '0');
    expect(planTargets(urls)).toEqual([
      {
        url: 'https://shop.example.com/',
        host: 'shop.example.com',
        site: 'example.com',
        folder: 'shop.example.com',
      },
      {
        url: 'https://news.example.com/',
        host: 'news.example.com',
        site: 'example.com',
        folder: `news.example.com_${h('https://news.example.com/')}`,
      },
      {
        url: 'https://news.example.com/world',
        host: 'news.example.com',
        site: 'example.com',
        folder: `news.example.com_${h('https://news.example.com/world')}`,
      },
    ]);
  });

  it('names folders the same whatever the order of the list', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.webUrl({ validSchemes: ['https', 'http'] }), { maxLength: 12 }),
        (urls) => {
          const a = planTargets(urls);
          const b = planTargets([...urls].reverse());
          const byUrl = (t: { url: string; folder: string }[]) =>
            Object.fromEntries(t.map((x) => [x.url, x.folder]));
          expect(byUrl(b)).toEqual(byUrl(a));
          // Folder names are safe path segments, and unique.
          for (const t of a) expect(t.folder).toMatch(/^[a-z0-9_][a-z0-9._-]*$/);
          expect(new Set(a.map((t) => t.folder)).size).toBe(a.length);
        },
      ),
    );
  });

  it('puts each mode of a target side by side when several modes run', () => {
    const [t] = planTargets(['https://a.example/']);
    expect(planJobs([t!], ['none']).map((j) => j.dir)).toEqual(['a.example']);
    expect(planJobs([t!], ['none', 'reject']).map((j) => `${j.mode}:${j.dir}`)).toEqual([
      'none:a.example/none',
      'reject:a.example/reject',
    ]);
  });
});

describe('shards', () => {
  it('parses i/n and refuses anything else', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    for (const bad of ['0/2', '3/2', '1/0', '1-2', '', 'a/b', '1/2/3'])
      expect(() => parseShard(bad), bad).toThrow(/--shard must be i\/n/);
  });

  it('splits any list into disjoint shards that cover it, a site always in the same one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.webUrl(), { maxLength: 20 }),
        fc.integer({ min: 1, max: 6 }),
        (urls, count) => {
          const targets = planTargets(urls);
          const owners = targets.map(
            (t) =>
              Array.from({ length: count }, (_, i) => i + 1).filter((index) =>
                inShard(t, { index, count }),
              ).length,
          );
          expect(owners.every((n) => n === 1)).toBe(true);
          for (const a of targets)
            for (const b of targets)
              if (a.site === b.site)
                expect(inShard(a, { index: 1, count })).toBe(inShard(b, { index: 1, count }));
        },
      ),
    );
  });

  it('hashes the same on every machine (FNV-1a test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('options', () => {
  it('reads consent modes in order, each once, and refuses unknown ones', () => {
    expect(parseConsentModes('none,reject,none')).toEqual(['none', 'reject']);
    expect(() => parseConsentModes('none,maybe')).toThrow('not "maybe"');
    expect(parseConsentModes('accept-then-reject')).toEqual(['accept-then-reject']);
    expect(parseConsentModes('none, accept-then-reject,reject')).toEqual([
      'none',
      'accept-then-reject',
      'reject',
    ]);
    expect(() => parseConsentModes('accept-then-rejected')).toThrow('not "accept-then-rejected"');
  });

  it('sizes the default parallelism by cores and memory', () => {
    expect(defaultJobs(2, 8e9)).toBe(2);
    expect(defaultJobs(16, 4e9)).toBe(4);
    expect(defaultJobs(64, 256e9)).toBe(8);
    expect(defaultJobs(4, 0.5e9)).toBe(1);
  });
});

const outcome = (o: Partial<Outcome>): Outcome => ({
  version: 1,
  url: 'https://a.example/',
  host: 'a.example',
  site: 'a.example',
  mode: 'none',
  dir: 'a.example',
  status: 'done',
  httpStatus: 200,
  error: null,
  consent: null,
  attempts: 1,
  startedAt: '2026-12-06T00:00:00.000Z',
  durationMs: 1234,
  pages: 1,
  cookies: 3,
  thirdParties: 2,
  trackerRequests: 4,
  findings: { 'undeclared-category': 1, 'undeclared-technology': 2 },
  severities: { high: 1, low: 2 },
  files: ['report.json'],
  ...o,
});

describe('index.html and summary.csv', () => {
  const hostile = outcome({
    url: 'https://evil.example/"><script>alert(1)</script>',
    host: 'evil.example',
    dir: 'evil.example',
    status: 'failed',
    error: '=HYPERLINK("http://x")<img src=x onerror=alert(1)>',
    findings: {},
    severities: {},
  });
  const outcomes = [outcome({}), hostile];

  it('writes one CSV row per audit, findings by kind, formula cells neutralised', () => {
    const rows = Papa.parse<Record<string, string>>(summaryCsv(outcomes), { header: true }).data;
    expect(rows[0]).toMatchObject({
      url: 'https://a.example/',
      status: 'done',
      findings: '3',
      high: '1',
      low: '2',
      report: 'a.example/report.html',
      'undeclared-category': '1',
      'undeclared-technology': '2',
      'after-rejection': '0',
    });
    expect(rows[1]).toMatchObject({
      status: 'failed',
      report: '',
      error: `'=HYPERLINK("http://x")<img src=x onerror=alert(1)>`,
    });
  });

  it('escapes what sites and lists control, and links only finished reports', () => {
    const html = buildIndexHtml(outcomes, { generatedAt: 'now' });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<a href="a.example/report.html">a.example</a>');
    expect(html).not.toContain('href="evil.example/report.html"');
    expect(html).toContain('<h1>Cookie audit: 1 of 2 audits done</h1>');
    // A failed audit counted nothing: its counts are blank, not zero.
    const failedRow = html.split('<tr>').find((r) => r.includes('evil.example'))!;
    expect(failedRow.match(/<td class="z" data-v="">—<\/td>/g)).toHaveLength(7);
    // Columns only for the kinds found, each a sort button.
    expect(html).toContain('<button type="button">undeclared-category</button>');
    expect(html).not.toContain('<button type="button">after-rejection</button>');
  });
});
