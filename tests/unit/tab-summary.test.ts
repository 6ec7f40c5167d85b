import { describe, expect, it } from 'vitest';
import type { ClassifiedView } from '../../lib/core/audit/classify-view.ts';
import type { Discrepancy } from '../../lib/core/discrepancies/types.ts';
import {
  capEvidence,
  EVIDENCE_SHOWN,
  isTableName,
  summarizeTab,
  tableRows,
} from '../../lib/core/tab-summary.ts';

const finding = (requests: number, cookies: number): Discrepancy => ({
  kind: 'undeclared-technology',
  severity: 'medium',
  subject: 'pixel',
  title: 't',
  explanation: 'e',
  declaredBy: [],
  hosts: [],
  checkPolicy: null,
  evidence: {
    cookies: Array.from({ length: cookies }, (_, i) => ({
      name: `c${i}`,
      domain: 'shop.test',
      category: 'analytics' as const,
      vendor: null,
      party: 'first' as const,
      lifetimeDays: null,
      requestedLifetimeDays: null,
      page: 'p1',
      firstSeen: i,
      setBy: 'http' as const,
      setter: null,
    })),
    requests: Array.from({ length: requests }, (_, i) => ({
      url: `https://t.test/p.gif?i=${i}`,
      type: 'image',
      party: 'third' as const,
      category: 'unknown' as const,
      vendor: null,
      rule: null,
      time: i,
      page: 'p1',
    })),
    storage: [],
    quote: 'We use pixels.',
  },
});

describe('popup summary', () => {
  it(`shows the first ${EVIDENCE_SHOWN} evidence items of a finding and counts the rest`, () => {
    const f = capEvidence(finding(120, 3));
    expect(f.evidence.requests.map((r) => r.time)).toEqual(
      Array.from({ length: EVIDENCE_SHOWN }, (_, i) => i),
    );
    expect(f.evidence.cookies.map((c) => c.name)).toEqual(['c0', 'c1', 'c2']);
    expect(f.hidden).toEqual({ cookies: 0, requests: 70, storage: 0 });
    expect(f.evidence.quote).toBe('We use pixels.');
    // Exactly at the cap nothing is hidden.
    expect(capEvidence(finding(EVIDENCE_SHOWN, 0)).hidden.requests).toBe(0);
    expect(capEvidence(finding(EVIDENCE_SHOWN + 1, 0)).hidden.requests).toBe(1);
  });

  const req = (url: string, o: Partial<ClassifiedView['requests'][number]> = {}) =>
    ({
      url,
      beacon: false,
      pixel: false,
      tracker: null,
      party: 'third',
      ...o,
    }) as ClassifiedView['requests'][number];
  const view = {
    pages: [],
    requests: [
      req('https://shop.test/', { party: 'first' }),
      req('https://t.test/p.gif', { pixel: true }),
      req('https://ga.test/collect', {
        beacon: true,
        tracker: {
          vendor: 'GA',
          category: 'analytics',
          list: 'x',
          rule: 'y',
          source: 'trackerdb',
        },
      }),
      req('https://ads.test/x.js', {
        tracker: {
          vendor: 'Ads',
          category: 'advertising',
          list: 'x',
          rule: 'y',
          source: 'trackerdb',
        },
      }),
    ],
    cookies: [
      { name: 'a', party: 'first', category: 'necessary', knownCategory: null },
      // A CMP may call it necessary; the chart counts what the lists know.
      { name: 'b', party: 'third', category: 'necessary', knownCategory: 'advertising' },
    ],
    storage: [{ key: 'k' }],
    thirdParties: [{ domain: 't.test' }, { domain: 'ga.test' }, { domain: 'ads.test' }],
    beacons: [],
    pixels: [],
    optOut: [],
  } as unknown as ClassifiedView;

  it('counts rows and observed categories without sending the rows', () => {
    const s = summarizeTab(view, [finding(2, 0)]);
    expect(s.counts).toEqual({
      cookies: 2,
      thirdPartyCookies: 1,
      storage: 1,
      thirdParties: 3,
      beacons: 1,
      pixels: 1,
      requests: 4,
    });
    expect(s.observed).toEqual({
      necessary: 1,
      preferences: 0,
      analytics: 1,
      advertising: 2,
      social: 0,
      unknown: 0,
    });
    expect(s.findings.map((f) => f.hidden)).toEqual([{ cookies: 0, requests: 0, storage: 0 }]);
  });

  it('gives one table at a time; beacons and pixels in the order sent', () => {
    expect(tableRows(view, 'beaconsPixels').map((r) => r.url)).toEqual([
      'https://t.test/p.gif',
      'https://ga.test/collect',
    ]);
    expect(tableRows(view, 'thirdParties').map((t) => t.domain)).toEqual([
      't.test',
      'ga.test',
      'ads.test',
    ]);
    expect(
      ['cookies', 'storage', 'thirdParties', 'beaconsPixels', 'requests', 1].map(isTableName),
    ).toEqual([true, true, true, true, false, false]);
  });
});
