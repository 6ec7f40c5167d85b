// The classifier against the reference table of common third-party services
// (tests/fixtures/reference-services.json: the category a privacy expert
// gives each), with the bundled data as shipped, and the correction layer
// (lib/core/classify/corrections.ts) that makes it agree.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CORRECTIONS,
  type Correction,
  createCorrectionIndex,
} from '../../lib/core/classify/corrections.ts';
import type { RequestClassification, RequestClassifier } from '../../lib/core/classify/index.ts';
import { vendorKey } from '../../lib/core/discrepancies/vendors.ts';
import type { Category, RequestType } from '../../lib/core/types.ts';
import { bundledClassifier, realEasyPrivacy } from './classify-helpers.ts';

type Expected = Exclude<Category, 'unknown' | 'preferences'> | 'none';

interface Service {
  service: string;
  vendor: string;
  kind: string;
  category: Expected;
  rationale: string;
  requests: { type: RequestType; url: string }[];
}

const table = JSON.parse(
  readFileSync(new URL('../fixtures/reference-services.json', import.meta.url), 'utf8'),
) as { services: Service[] };
const services = table.services;
const rows = services.flatMap((s) =>
  s.requests.map((r) => [`${s.service}: ${r.type} ${r.url}`, s, r] as const),
);

const PAGE = 'https://www.news-site.example/article/1';
const classifyAs = (classifier: RequestClassifier, r: { type: RequestType; url: string }) =>
  classifier.classify({ url: r.url, type: r.type, sourceUrl: PAGE, party: 'third' });

/** What a row asserts: the category, or 'none' when the classifier gives none. */
function outcome(c: RequestClassification | null): Category | 'none' {
  return c === null ? 'none' : c.category;
}

function expectRow(c: RequestClassification | null, s: Service) {
  if (s.category === 'none') {
    // A CDN that is not a tracker: no classification, or the database's
    // hosting entry (necessary) — neither makes a finding.
    expect(['none', 'necessary']).toContain(outcome(c));
    return;
  }
  expect(outcome(c)).toBe(s.category);
  // The organisation, as findings group vendors (Facebook = Meta, LinkedIn = Microsoft…).
  expect(vendorKey(c!.vendor ?? '')).toBe(vendorKey(s.vendor));
}

describe('the reference table of common third-party services', () => {
  it('has at least 60 services of every kind, each with a rationale and sample requests', () => {
    expect(services.length).toBeGreaterThanOrEqual(60);
    expect(new Set(services.map((s) => s.service)).size).toBe(services.length);
    expect([...new Set(services.map((s) => s.kind))].sort()).toEqual([
      'ad-network',
      'analytics',
      'cdn',
      'consent-manager',
      'payment',
      'security',
      'session-recorder',
      'social-widget',
      'tag-manager',
    ]);
    for (const s of services) {
      expect(s.rationale.length, s.service).toBeGreaterThan(10);
      expect(s.requests.length, s.service).toBeGreaterThan(0);
      expect(['analytics', 'advertising', 'social', 'necessary', 'none']).toContain(s.category);
    }
  });
});

describe('the bundled data as shipped classifies every reference request as the table says', () => {
  const classifier = bundledClassifier();
  it.each(rows)('%s', (_, s, r) => expectRow(classifyAs(classifier, r), s));
});

describe('so does the bundled data with EasyPrivacy added (../shared/data)', () => {
  const ep = realEasyPrivacy();
  it.skipIf(!ep).each(rows)('%s', (_, s, r) => expectRow(classifyAs(ep!.classifier, r), s));
});

describe('every correction is needed by the table', () => {
  const urls = rows.map(([, , r]) => r.url);
  it.each(CORRECTIONS.map((c) => [c.pattern, c] as const))(
    '%s matches a reference request',
    (_, c) => {
      const index = createCorrectionIndex([c]);
      const hit = urls.some((url) => {
        const host = new URL(url).hostname;
        const candidates = index.forHost(host, host.split('.').slice(-2).join('.'));
        return candidates !== null && index.match(candidates, url) !== null;
      });
      expect(hit).toBe(true);
    },
  );

  it('each with a category, a reason and a documentation address', () => {
    for (const c of CORRECTIONS) {
      expect(c.reason.length, c.pattern).toBeGreaterThan(20);
      expect(c.source, c.pattern).toMatch(/^https:\/\/[a-z0-9.-]+\//);
      expect(['necessary', 'analytics', 'advertising', 'social']).toContain(c.category);
    }
    expect(new Set(CORRECTIONS.map((c) => c.pattern)).size).toBe(CORRECTIONS.length);
  });
});

describe('the Google Analytics loader and the Meta pixel', () => {
  const classifier = bundledClassifier();
  const raw = bundledClassifier({ corrections: [] });
  const gtag = {
    type: 'script',
    url: 'https://www.googletagmanager.com/gtag/js?id=G-DEMO123',
  } as const;
  const fbevents = {
    type: 'script',
    url: 'https://connect.facebook.net/en_US/fbevents.js',
  } as const;

  it('the database alone files gtag.js as advertising and fbevents.js as analytics', () => {
    expect(classifyAs(raw, gtag)).toMatchObject({ category: 'advertising', vendor: 'Google' });
    expect(classifyAs(raw, fbevents)).toMatchObject({ category: 'analytics', vendor: 'Meta' });
  });

  it('corrected, the classification keeps the rule that matched and says what changed and why', () => {
    const loader = CORRECTIONS.find((c) => c.pattern === 'www.googletagmanager.com/gtag/js');
    expect(classifyAs(classifier, gtag)).toEqual({
      vendor: 'Google',
      category: 'analytics',
      evidence: {
        source: 'trackerdb',
        listId: 'trackerdb',
        list: 'Ghostery Tracker Database',
        rule: '||googletagmanager.com/gtag/js?id=$3p',
        match: 'filter',
        listCategory: 'advertising',
        pattern: 'google_tag',
        correction: {
          pattern: 'www.googletagmanager.com/gtag/js',
          reason: loader!.reason,
          source: 'https://developers.google.com/tag-platform/gtagjs/install',
          replaced: { category: 'advertising', vendor: 'Google' },
        },
      },
      pixelRule: false,
    });
    expect(classifyAs(classifier, fbevents)).toMatchObject({
      category: 'advertising',
      vendor: 'Meta',
      evidence: {
        rule: '||connect.facebook.net^$3p',
        correction: {
          pattern: 'connect.facebook.net/*/fbevents.js',
          replaced: { category: 'analytics', vendor: 'Meta' },
        },
      },
    });
  });

  it('an entry that agrees with the database is not shown (gtag.js for a Google Ads id)', () => {
    const ads = {
      type: 'script',
      url: 'https://www.googletagmanager.com/gtag/js?id=AW-1',
    } as const;
    expect(classifyAs(classifier, ads)).toEqual(classifyAs(raw, ads));
    expect(classifyAs(classifier, ads)?.evidence.correction).toBeUndefined();
  });
});

describe('correction patterns', () => {
  const entry = (pattern: string, category: Category = 'analytics'): Correction => ({
    pattern,
    category,
    reason: `test entry ${pattern}`,
    source: 'https://example.org/doc',
  });
  const matching = (entries: Correction[], url: string): string | null => {
    const index = createCorrectionIndex(entries);
    const host = new URL(url).hostname;
    const candidates = index.forHost(host, host.split('.').slice(-2).join('.'));
    return candidates && (index.match(candidates, url)?.pattern ?? null);
  };

  it.each<[string, string, boolean]>([
    ['t.example.com/gtag/js', 'https://t.example.com/gtag/js', true],
    ['t.example.com/gtag/js', 'https://t.example.com/gtag/js?id=G-1', true],
    ['t.example.com/gtag/js', 'https://t.example.com/gtag/js/sub', true],
    ['t.example.com/gtag/js', 'https://t.example.com/gtag/jsx', false],
    ['t.example.com/gtag/js', 'https://t.example.com/gtag', false],
    ['t.example.com/gtag/js', 'https://T.Example.com/GTAG/JS', true],
    ['t.example.com/gtag/js', 'https://t.example.com:8443/gtag/js', true],
    ['t.example.com/gtag/js', 'https://u.example.com/gtag/js', false],
    ['t.example.com/gtag/js', 'https://x.t.example.com/gtag/js', false],
    ['t.example.com/gtag/js', 'https://t.example.com/x#/gtag/js', false],
    ['t.example.com/*/fb.js', 'https://t.example.com/en_US/fb.js', true],
    ['t.example.com/*/fb.js', 'https://t.example.com/fb.js', false],
    ['t.example.com/*/fb.js', 'https://t.example.com/a/b/fb.js', false],
    ['t.example.com', 'https://t.example.com/', true],
    ['t.example.com', 'https://t.example.com', true],
    ['*.example.com/e.js', 'https://example.com/e.js', true],
    ['*.example.com/e.js', 'https://a.b.example.com/e.js', true],
    ['*.example.com/e.js', 'https://notexample.com/e.js', false],
    ['t.example.com/g?id=AW-', 'https://t.example.com/g?id=AW-123', true],
    ['t.example.com/g?id=AW-', 'https://t.example.com/g?l=x&id=aw-123', true],
    ['t.example.com/g?id=AW-', 'https://t.example.com/g?id=G-123', false],
    ['t.example.com/g?id=AW-', 'https://t.example.com/g?xid=AW-123', false],
    ['t.example.com/g?id=AW-', 'https://t.example.com/g?id=AW', false],
    ['t.example.com/g?id=AW-', 'https://t.example.com/g#id=AW-1', false],
  ])('%s on %s: %s', (pattern, url, matches) => {
    expect(matching([entry(pattern)], url)).toBe(matches ? pattern : null);
  });

  it('the most specific entry wins: a query condition, then path depth, then the exact host', () => {
    const entries = [
      entry('*.example.com'),
      entry('t.example.com'),
      entry('t.example.com/a'),
      entry('t.example.com/a/b'),
      entry('t.example.com/a?id=x'),
    ];
    expect(matching(entries, 'https://t.example.com/a/b?id=x1')).toBe('t.example.com/a?id=x');
    expect(matching(entries, 'https://t.example.com/a/b/c')).toBe('t.example.com/a/b');
    expect(matching(entries, 'https://t.example.com/a')).toBe('t.example.com/a');
    expect(matching(entries, 'https://t.example.com/z')).toBe('t.example.com');
    expect(matching(entries, 'https://u.example.com/a')).toBe('*.example.com');
  });

  it('refuses a malformed pattern', () => {
    expect(() => createCorrectionIndex([entry('*/x')])).toThrow('correction */x: bad host');
    expect(() => createCorrectionIndex([entry('h.example/x?id')])).toThrow(
      'correction h.example/x?id: the query must be name=prefix',
    );
  });

  it('a correction classifies a third-party request no list knows, never a first-party one', () => {
    const classifier = bundledClassifier({ corrections: [entry('cdn.unlisted.example/rec.js')] });
    const request = (party: 'first' | 'third') => ({
      url: 'https://cdn.unlisted.example/rec.js',
      type: 'script' as const,
      sourceUrl: party === 'first' ? 'https://www.unlisted.example/' : PAGE,
      party,
    });
    expect(classifier.classify(request('third'))).toEqual({
      vendor: null,
      category: 'analytics',
      evidence: {
        source: 'correction',
        listId: 'corrections',
        list: 'Cookie Audit corrections',
        rule: 'cdn.unlisted.example/rec.js',
        match: 'filter',
        correction: {
          pattern: 'cdn.unlisted.example/rec.js',
          reason: 'test entry cdn.unlisted.example/rec.js',
          source: 'https://example.org/doc',
          replaced: null,
        },
      },
      pixelRule: false,
    });
    expect(classifier.classify(request('first'))).toBeNull();
  });

  it('stays linear on a hostile URL', () => {
    const index = createCorrectionIndex();
    const url = `https://www.googletagmanager.com/gtag/js?${'id=AW&'.repeat(200_000)}id=AW-1`;
    const candidates = index.forHost('www.googletagmanager.com', 'googletagmanager.com')!;
    expect(index.match(candidates, url)?.pattern).toBe('www.googletagmanager.com/gtag/js?id=AW-');
    const deep = `https://connect.facebook.net/${'a/'.repeat(200_000)}fbevents.js`;
    const fb = index.forHost('connect.facebook.net', 'facebook.net')!;
    expect(index.match(fb, deep)).toBeNull();
  });
});
