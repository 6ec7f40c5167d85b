// Per-page caps: a page that floods gets its first N records of a kind and a
// "truncated at N" mark; other pages are not affected (issue 14).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../lib/core/observations.ts';
import type { PageLookup } from '../../lib/core/record/attribution.ts';
import { emptyBatch } from '../../lib/core/record/batch.ts';
import { createIngest } from '../../lib/core/record/ingest.ts';
import { boundUrl, MAX_URL_LENGTH, PAGE_RECORD_CAPS } from '../../lib/core/record/limits.ts';
import { buildReport } from '../../lib/core/report.ts';
import { buildReportHtml } from '../../lib/core/report-html.ts';
import type { PageVisit } from '../../lib/core/types.ts';

const T = 1_700_000_000_000;
const nothingStored: PageLookup = {
  getPage: async () => undefined,
  latestPageForTab: async () => undefined,
  latestPageForSite: async () => undefined,
  pageOfRequest: async () => undefined,
};
const sha256 = async (s: string) => `hash(${s})`.padEnd(16, '.');
const CAPS = { requests: 5, responses: 5, cookies: 3, storage: 2, optOut: 1 };

const nav = (tabId: number, url: string): Observation => ({
  kind: 'navigation',
  tabId,
  requestId: `nav${tabId}`,
  url,
  time: T,
});
const request = (tabId: number, i: number, url: string): Observation => ({
  ...{ kind: 'request', tabId, requestId: `r${tabId}-${i}`, url, method: 'GET', type: 'image' },
  ...{ initiator: 'https://flood.test', frameId: 0, parentFrameId: -1 },
  ...{ documentUrl: 'https://flood.test/', time: T + i },
});
const storage = (tabId: number, i: number): Observation => ({
  ...{
    kind: 'storage',
    tabId,
    frameId: 0,
    documentUrl: 'https://flood.test/',
    storage: 'localStorage',
  },
  ...{ op: 'set', key: `k${i}`, value: 'v', scriptUrl: null, time: T + i },
});

describe('per-page caps', () => {
  it('keeps the first N records of a flooding page, marks it, and leaves other pages alone', async () => {
    const ingest = createIngest({ lookup: nothingStored, sha256, caps: CAPS });
    const batch = emptyBatch();
    const results = [];
    for (const o of [
      nav(1, 'https://flood.test/'),
      nav(2, 'https://calm.test/'),
      ...Array.from({ length: 12 }, (_, i) => request(1, i, `https://t.test/p${i}`)),
      ...Array.from({ length: 4 }, (_, i) => storage(1, i)),
      request(2, 0, 'https://calm.test/a.png'),
    ])
      results.push(await ingest.add(o, batch, false));
    expect(batch.requests.map((r) => [r.tabId, r.url])).toEqual([
      ...Array.from({ length: 5 }, (_, i) => [1, `https://t.test/p${i}`]),
      [2, 'https://calm.test/a.png'],
    ]);
    expect(batch.storage.map((s) => s.key)).toEqual(['k0', 'k1']);
    const flood = batch.pages.find((p) => p.tabId === 1)!;
    const calm = batch.pages.find((p) => p.tabId === 2)!;
    expect(flood.truncated).toEqual({ requests: 5, storage: 2 });
    expect(calm.truncated).toBeUndefined();
    // Refused records are counted as skipped.
    expect(results.reduce((n, r) => n + r.skipped, 0)).toBe(7 + 2);
  });

  it('a page marked full before a worker restart stays full', async () => {
    const stored: PageVisit = {
      ...{ id: 'p', tabId: 1, url: 'https://flood.test/', site: 'flood.test', startedAt: T },
      truncated: { requests: 5 },
    };
    const ingest = createIngest({
      lookup: { ...nothingStored, latestPageForTab: async () => stored },
      sha256,
      caps: CAPS,
    });
    const batch = emptyBatch();
    await ingest.add(request(1, 0, 'https://t.test/x'), batch, false);
    await ingest.add(storage(1, 0), batch, false);
    expect([batch.requests.length, batch.storage.map((s) => s.key)]).toEqual([0, ['k0']]);
  });

  it('has documented defaults', () => {
    expect(PAGE_RECORD_CAPS).toEqual({
      requests: 10_000,
      responses: 10_000,
      cookies: 2_000,
      storage: 2_000,
      optOut: 10,
    });
  });
});

describe('stored URLs', () => {
  it('are cut at MAX_URL_LENGTH, with a mark', async () => {
    const long = `https://t.test/?q=${'a'.repeat(10_000)}`;
    expect(boundUrl(long)).toHaveLength(MAX_URL_LENGTH);
    expect(boundUrl(long)).toBe(`${long.slice(0, MAX_URL_LENGTH - 1)}…`);
    expect(boundUrl('https://t.test/')).toBe('https://t.test/');
    const ingest = createIngest({ lookup: nothingStored, sha256 });
    const batch = emptyBatch();
    await ingest.add(nav(1, 'https://flood.test/'), batch, false);
    await ingest.add(request(1, 0, long), batch, false);
    expect(batch.requests[0]!.url).toBe(boundUrl(long));
  });
});

describe('the truncation mark in the report', () => {
  it('is in report.json and shown in report.html', () => {
    const page: PageVisit = {
      ...{ id: 'p', tabId: 1, url: 'https://flood.test/<b>', site: 'flood.test', startedAt: T },
      truncated: { requests: 10_000 },
    };
    const view = {
      pages: [page],
      ...{
        requests: [],
        cookies: [],
        storage: [],
        thirdParties: [],
        beacons: [],
        pixels: [],
        optOut: [],
      },
      timeRange: null,
    };
    const report = buildReport(view, {
      ...{ site: 'flood.test', generatedAt: T, browser: 'test', extensionVersion: '0' },
      ...{ signals: { dnt: false, gpc: false }, lists: [] },
    });
    expect(report.pages).toEqual([
      {
        url: 'https://flood.test/<b>',
        site: 'flood.test',
        startedAt: new Date(T).toISOString(),
        truncated: { requests: 10_000 },
      },
    ]);
    // Documented in the schema, checked to the kind (a page with a made-up kind fails).
    const schema = JSON.parse(
      readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8'),
    ) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(report)).toBe(true);
    const bad = { ...report, pages: [{ ...report.pages[0]!, truncated: { beacons: 1 } }] };
    expect(validate(bad)).toBe(false);
    expect(buildReportHtml(report)).toContain(
      'https://flood.test/&lt;b&gt;: requests truncated at 10000',
    );
  });
});
