// The correction layer end to end in an audit: a site that declares analytics
// and runs Google Analytics through its gtag.js loader gets no "undeclared
// advertising" finding; the Meta Pixel's script is advertising, and the
// finding, report.json and report.html say it was corrected and why.
import { describe, expect, it } from 'vitest';
import { buildAudit } from '../../lib/core/audit/build.ts';
import { CORRECTIONS } from '../../lib/core/classify/corrections.ts';
import { builtinCookieKnowledge } from '../../lib/core/known-cookies/index.ts';
import { readPolicy } from '../../lib/core/policy/index.ts';
import { buildReportHtml } from '../../lib/core/report-html.ts';
import { buildReport } from '../../lib/core/report.ts';
import type { RequestRecord, RequestType } from '../../lib/core/types.ts';
import { bundledClassifier } from './classify-helpers.ts';

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-DEMO123';
const COLLECT = 'https://www.google-analytics.com/g/collect?v=2&tid=G-DEMO123&en=page_view';
const FBEVENTS = 'https://connect.facebook.net/en_US/fbevents.js';
const reasonOf = (pattern: string) => CORRECTIONS.find((c) => c.pattern === pattern)!.reason;

function request(id: number, url: string, type: RequestType): RequestRecord {
  return {
    pageId: 'p',
    tabId: 1,
    requestId: String(id),
    url,
    method: 'GET',
    type,
    initiator: 'https://shop.test',
    frameId: 0,
    parentFrameId: -1,
    documentUrl: null,
    domain: new URL(url).hostname.split('.').slice(-2).join('.'),
    party: 'third',
    status: 200,
    contentType: null,
    contentLength: null,
    error: null,
    beacon: type === 'ping',
    pixel: false,
    time: 1000 + id,
  };
}

function audit(urls: [string, RequestType][]) {
  const a = buildAudit(
    {
      pages: [{ id: 'p', tabId: 1, url: 'https://shop.test/', site: 'shop.test', startedAt: 1000 }],
      requests: urls.map(([url, type], i) => request(i + 1, url, type)),
      responses: [],
      cookies: [],
      cookieChanges: [],
      storage: [],
      optOut: [],
    },
    {
      site: 'shop.test',
      classify: {
        classifier: bundledClassifier(),
        knowledge: [{ list: 'builtin', knowledge: builtinCookieKnowledge() }],
      },
      declarations: [
        readPolicy(
          'We use strictly necessary cookies and Google Analytics analytics cookies. We use web beacons.',
          { url: 'https://shop.test/cookies' },
        ),
      ],
      consent: null,
      signals: { dnt: false, gpc: false },
    },
  );
  return a;
}

describe('an audit with the correction layer', () => {
  it('a site declaring analytics that runs Google Analytics through gtag.js has no finding', () => {
    const a = audit([
      [GTAG, 'script'],
      [COLLECT, 'ping'],
    ]);
    expect(a.declared?.categories).toEqual(['necessary', 'analytics']);
    expect(a.discrepancies).toEqual([]);
    expect(a.view.requests.map((r) => [r.url, r.tracker?.category, r.tracker?.vendor])).toEqual([
      [GTAG, 'analytics', 'Google'],
      [COLLECT, 'analytics', 'Google'],
    ]);
    expect(a.view.requests[0]!.tracker!.correction).toEqual({
      pattern: 'www.googletagmanager.com/gtag/js',
      reason: reasonOf('www.googletagmanager.com/gtag/js'),
      source: 'https://developers.google.com/tag-platform/gtagjs/install',
      replaced: { category: 'advertising', vendor: 'Google' },
    });
    expect(a.view.requests[1]!.tracker!.correction).toBeUndefined();
  });

  it('the Meta Pixel is undeclared advertising, and the finding shows the correction', () => {
    const a = audit([
      [GTAG, 'script'],
      [FBEVENTS, 'script'],
    ]);
    // The policy names Google (Analytics) as its only third party: Meta is undeclared too.
    expect(a.discrepancies.map((d) => [d.kind, d.subject])).toEqual([
      ['undeclared-category', 'advertising'],
      ['undeclared-vendor', 'Meta'],
    ]);
    const [finding] = a.discrepancies;
    expect(finding!.evidence.requests).toEqual([
      {
        url: FBEVENTS,
        type: 'script',
        party: 'third',
        category: 'advertising',
        vendor: 'Meta',
        rule: '||connect.facebook.net^$3p',
        correction: {
          pattern: 'connect.facebook.net/*/fbevents.js',
          reason: reasonOf('connect.facebook.net/*/fbevents.js'),
          source: 'https://developers.facebook.com/docs/meta-pixel/get-started',
          replaced: { category: 'analytics', vendor: 'Meta' },
        },
        time: 1002,
        page: 'https://shop.test/',
      },
    ]);

    const report = buildReport(a.view, {
      site: 'shop.test',
      generatedAt: 5000,
      browser: 'Chromium 156',
      extensionVersion: '0.1.0',
      signals: { dnt: false, gpc: false },
      declared: a.declared,
      discrepancies: a.discrepancies,
      lists: [],
    });
    const json = JSON.parse(JSON.stringify(report)) as {
      requests: { url: string; tracker: { correction?: { pattern: string } } | null }[];
    };
    expect(json.requests.map((r) => r.tracker?.correction?.pattern ?? null)).toEqual([
      'www.googletagmanager.com/gtag/js',
      'connect.facebook.net/*/fbevents.js',
    ]);
    const html = buildReportHtml(report);
    expect(html).toContain(
      '<li>request <code>https://connect.facebook.net/en_US/fbevents.js</code> — rule <code>||connect.facebook.net^$3p</code><br><span class="correction">advertising (Meta), corrected from analytics, entry connect.facebook.net/*/fbevents.js: fbevents.js is the Meta Pixel, which measures ad conversions and builds ad audiences; the database files all of connect.facebook.net as analytics. Source: https://developers.facebook.com/docs/meta-pixel/get-started</span></li>',
    );
  });
});
