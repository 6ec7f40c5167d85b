// The DNT / GPC A/B test's comparison (lib/core/signals/ab.ts): counts,
// differences, opt-out strings and verdicts, exactly, for a site that
// honours, one that ignores, one that says nothing, one that only flips its
// opt-out string, and hostile input; and how it holds the findings.
import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../lib/core/discrepancies/index.ts';
import type { ReportedOptOut } from '../../lib/core/report-optout.ts';
import {
  AB_NOTE,
  abClaims,
  applyAbToFindings,
  compareSignalsAb,
  MAX_AB_ITEMS,
  signalsAbOfReports,
  type AbLoadRecords,
} from '../../lib/core/signals/ab.ts';

const SITE = 'shop.test';

const usp = (raw: string): ReportedOptOut => ({
  page: `https://${SITE}/`,
  time: '2026-01-01T00:00:00.000Z',
  gpcSent: raw[2] === 'Y',
  dntSent: false,
  apis: { usp: 'absent', gpp: 'absent' },
  usPrivacy: {
    source: 'cookie:usprivacy',
    raw,
    parsed: {
      string: raw,
      version: 1,
      notice: 'Y',
      optOut: raw[2] as 'Y' | 'N',
      lspa: 'N',
      explanation: '',
    },
    error: null,
  },
  gpp: null,
  optanon: null,
});

/** The tracking of the demo's ignoring site: Google Analytics (2 cookies, a beacon) and the Meta pixel. */
const tracking = (optOut: ReportedOptOut | null): AbLoadRecords => ({
  cookies: [
    { name: 'sid', domain: SITE, category: 'necessary', vendor: null },
    { name: '_ga', domain: `.${SITE}`, category: 'analytics', vendor: 'Google Analytics' },
    { name: '_gid', domain: `.${SITE}`, category: 'analytics', vendor: 'Google Analytics' },
    // The opt-out string's cookie records the choice: not tracking.
    { name: 'usprivacy', domain: SITE, category: 'preferences', vendor: null },
    // Not known to be non-necessary: left out, as the findings leave it.
    { name: 'mystery', domain: SITE, category: 'unknown', vendor: null },
    {
      name: 'fr',
      domain: '.facebook.com',
      category: 'unknown',
      knownCategory: 'advertising',
      // As the cookie database names it; the tracker database says Meta.
      vendor: 'Facebook',
    },
    { name: 'blocked1', domain: SITE, category: 'analytics', vendor: null, blocked: true },
  ],
  storage: [
    {
      kind: 'localStorage',
      origin: `https://${SITE}`,
      key: '_ga_ls',
      category: 'analytics',
      vendor: 'Google Analytics',
    },
  ],
  requests: [
    { url: `https://${SITE}/`, tracker: null },
    {
      url: 'https://www.google-analytics.com/analytics.js',
      tracker: { category: 'analytics', vendor: 'Google Analytics' },
    },
    {
      url: 'https://www.google-analytics.com/collect?v=1',
      tracker: { category: 'analytics', vendor: 'Google Analytics' },
    },
    {
      url: 'https://www.facebook.com/tr?id=1',
      tracker: { category: 'advertising', vendor: 'Meta' },
    },
    { url: 'https://cdn.example/lib.js', tracker: { category: 'necessary', vendor: 'CDN' } },
    { url: 'https://odd.example/x.js', tracker: { category: 'unknown', vendor: null } },
  ],
  optOut,
});

const clean = (optOut: ReportedOptOut | null): AbLoadRecords => ({
  cookies: [{ name: 'sid', domain: SITE, category: 'necessary', vendor: null }],
  storage: [],
  requests: [{ url: `https://${SITE}/`, tracker: null }],
  optOut,
});

const HONOURS_GPC = { stance: 'honors' as const, by: ['gpc.json'] };
const HONOURS_BOTH = {
  dnt: { stance: 'honors' as const, by: ['policy'] },
  gpc: { stance: 'honors' as const, by: ['policy', 'gpc.json'] },
};
const SILENT = { stance: 'silent' as const, by: [] };

const FULL_LOAD = (usPrivacy: string | null, optOut: 'Y' | 'N' | null) => ({
  cookies: 3,
  storage: 1,
  trackerRequests: 3,
  trackerHosts: 2,
  // Facebook and Meta are one company: 2 vendors, a row per name.
  vendors: 2,
  byVendor: [
    { vendor: 'Facebook', cookies: 1, storage: 0, trackerRequests: 0 },
    { vendor: 'Google Analytics', cookies: 2, storage: 1, trackerRequests: 2 },
    { vendor: 'Meta', cookies: 0, storage: 0, trackerRequests: 1 },
  ],
  byCategory: [
    { category: 'advertising', cookies: 1, storage: 0, trackerRequests: 1 },
    { category: 'analytics', cookies: 2, storage: 1, trackerRequests: 2 },
  ],
  optOut: { usPrivacy, usPrivacyOptOut: optOut, gpp: null, optanonIsGpcEnabled: null },
});

const ALL_ITEMS = {
  cookies: [
    { name: '_ga', domain: SITE, category: 'analytics', vendor: 'Google Analytics' },
    { name: '_gid', domain: SITE, category: 'analytics', vendor: 'Google Analytics' },
    { name: 'fr', domain: 'facebook.com', category: 'advertising', vendor: 'Facebook' },
  ],
  storage: [
    {
      kind: 'localStorage',
      origin: `https://${SITE}`,
      key: '_ga_ls',
      category: 'analytics',
      vendor: 'Google Analytics',
    },
  ],
  leftOut: 0,
};
const NONE = { cookies: [], storage: [], trackers: [], leftOut: 0 };

describe('compareSignalsAb', () => {
  it('a site that ignores both signals it claims to honour: identical loads, string unchanged', () => {
    const ab = compareSignalsAb(
      `https://${SITE}/`,
      tracking(usp('1YNN')),
      tracking(usp('1YNN')),
      HONOURS_BOTH,
    );
    expect(ab).toEqual({
      url: `https://${SITE}/`,
      sent: { a: { dnt: false, gpc: false }, b: { dnt: true, gpc: true } },
      note: AB_NOTE,
      loads: { a: FULL_LOAD('1YNN', 'N'), b: FULL_LOAD('1YNN', 'N') },
      onlyA: NONE,
      onlyB: NONE,
      both: {
        ...ALL_ITEMS,
        trackers: [
          {
            host: 'www.facebook.com',
            vendor: 'Meta',
            category: 'advertising',
            requestsA: 1,
            requestsB: 1,
          },
          {
            host: 'www.google-analytics.com',
            vendor: 'Google Analytics',
            category: 'analytics',
            requestsA: 2,
            requestsB: 2,
          },
        ],
      },
      optOut: {
        usPrivacy: {
          outcome: 'unchanged',
          before: '1YNN',
          after: '1YNN',
          registered: [],
          text: 'US Privacy String 1YNN in both loads: no opt-out recorded with GPC',
          flippedToY: false,
        },
        gpp: {
          outcome: 'absent',
          before: null,
          after: null,
          registered: [],
          text: 'GPP string: not present in either load',
        },
        optanon: {
          outcome: 'absent',
          before: null,
          after: null,
          registered: [],
          text: 'OneTrust OptanonConsent: not present in either load',
        },
      },
      verdicts: {
        dnt: {
          signal: 'dnt',
          claim: { stance: 'honors', by: ['policy'] },
          outcome: 'ignored',
          finding: 'dnt-ignored',
          text:
            'says it honours DNT (policy); DNT changed nothing (3 tracker requests to 2 hosts, ' +
            '3 non-necessary cookies, 1 non-necessary storage item (2 vendors) in both loads) → dnt-ignored',
        },
        gpc: {
          signal: 'gpc',
          claim: { stance: 'honors', by: ['policy', 'gpc.json'] },
          outcome: 'ignored',
          finding: 'gpc-ignored',
          text:
            'says it honours GPC (policy, gpc.json); GPC changed nothing (3 tracker requests to 2 hosts, ' +
            '3 non-necessary cookies, 1 non-necessary storage item (2 vendors) in both loads; ' +
            'the US Privacy String did not register an opt-out) → gpc-ignored',
        },
      },
    });
  });

  it('a site that honours GPC: tracking stops and the US Privacy String flips to Y', () => {
    const ab = compareSignalsAb(`https://${SITE}/`, tracking(usp('1YNN')), clean(usp('1YYN')), {
      dnt: SILENT,
      gpc: HONOURS_GPC,
    });
    expect(ab.loads.b).toEqual({
      cookies: 0,
      storage: 0,
      trackerRequests: 0,
      trackerHosts: 0,
      vendors: 0,
      byVendor: [],
      byCategory: [],
      optOut: { usPrivacy: '1YYN', usPrivacyOptOut: 'Y', gpp: null, optanonIsGpcEnabled: null },
    });
    expect(ab.onlyA).toEqual({
      ...ALL_ITEMS,
      trackers: [
        {
          host: 'www.facebook.com',
          vendor: 'Meta',
          category: 'advertising',
          requestsA: 1,
          requestsB: 0,
        },
        {
          host: 'www.google-analytics.com',
          vendor: 'Google Analytics',
          category: 'analytics',
          requestsA: 2,
          requestsB: 0,
        },
      ],
    });
    expect([ab.onlyB, ab.both]).toEqual([NONE, NONE]);
    expect(ab.optOut.usPrivacy).toEqual({
      outcome: 'registered opt-out',
      before: '1YNN',
      after: '1YYN',
      registered: ['opted out of sale'],
      text: 'US Privacy String 1YNN → 1YYN: opted out of sale after GPC',
      flippedToY: true,
    });
    expect(ab.verdicts).toEqual({
      dnt: {
        signal: 'dnt',
        claim: SILENT,
        outcome: 'honoured',
        finding: null,
        text:
          'says nothing about DNT; with DNT sent, non-necessary tracking stopped (without: 3 tracker requests ' +
          'to 2 hosts, 3 non-necessary cookies, 1 non-necessary storage item (2 vendors); with: none) ' +
          '(GPC was sent too: not attributable to DNT alone) → honoured',
      },
      gpc: {
        signal: 'gpc',
        claim: HONOURS_GPC,
        outcome: 'honoured',
        finding: null,
        text:
          'says it honours GPC (gpc.json); with GPC sent, non-necessary tracking stopped (without: 3 tracker ' +
          'requests to 2 hosts, 3 non-necessary cookies, 1 non-necessary storage item (2 vendors); with: none) ' +
          'and the US Privacy String registered the opt-out (1YNN → 1YYN) ' +
          '(DNT was sent too: not attributable to GPC alone) → honoured',
      },
    });
  });

  it('a site that says nothing and has nothing to stop', () => {
    const ab = compareSignalsAb(`https://${SITE}/`, clean(null), clean(null), {
      dnt: SILENT,
      gpc: SILENT,
    });
    expect(ab.verdicts.dnt.text).toBe(
      'says nothing about DNT; no non-necessary tracking in either load → no tracking to stop',
    );
    expect(ab.verdicts.gpc.text).toBe(
      'says nothing about GPC; no non-necessary tracking in either load → no tracking to stop',
    );
    expect([ab.verdicts.dnt.finding, ab.verdicts.gpc.finding]).toEqual([null, null]);
  });

  it('a site that says nothing and ignores: no finding, DNT changed nothing', () => {
    const ab = compareSignalsAb(`https://${SITE}/`, tracking(null), tracking(null), {
      dnt: SILENT,
      gpc: SILENT,
    });
    expect(ab.verdicts.dnt).toEqual({
      signal: 'dnt',
      claim: SILENT,
      outcome: 'ignored',
      finding: null,
      text:
        'says nothing about DNT; DNT changed nothing (3 tracker requests to 2 hosts, 3 non-necessary cookies, ' +
        '1 non-necessary storage item (2 vendors) in both loads) → ignored',
    });
  });

  it('string flipped but the trackers went on: GPC partly honoured, no finding; DNT ignored', () => {
    const ab = compareSignalsAb(
      `https://${SITE}/`,
      tracking(usp('1YNN')),
      tracking(usp('1YYN')),
      HONOURS_BOTH,
    );
    expect(ab.verdicts.gpc).toEqual({
      signal: 'gpc',
      claim: HONOURS_BOTH.gpc,
      outcome: 'partly honoured',
      finding: null,
      text:
        'says it honours GPC (policy, gpc.json); with GPC sent, the same 3 tracker requests to 2 hosts, ' +
        '3 non-necessary cookies, 1 non-necessary storage item (2 vendors) as without it and the US Privacy ' +
        'String registered the opt-out (1YNN → 1YYN) (DNT was sent too: not attributable to GPC alone) → partly honoured',
    });
    expect(ab.verdicts.dnt.finding).toBe('dnt-ignored');
  });

  it('fewer trackers but some left: ignored, with both loads counted', () => {
    const b = tracking(null);
    const ab = compareSignalsAb(
      `https://${SITE}/`,
      tracking(null),
      { ...b, requests: b.requests.filter((r) => !r.url.includes('facebook')) },
      { dnt: SILENT, gpc: HONOURS_GPC },
    );
    expect(ab.onlyA.trackers.map((x) => x.host)).toEqual(['www.facebook.com']);
    expect(ab.verdicts.gpc.text).toBe(
      'says it honours GPC (gpc.json); with GPC sent, 2 tracker requests to 1 host, 3 non-necessary cookies, ' +
        '1 non-necessary storage item (2 vendors) still happened (without: 3 tracker requests to 2 hosts, ' +
        '3 non-necessary cookies, 1 non-necessary storage item (2 vendors)) (DNT was sent too: not attributable ' +
        'to GPC alone) → gpc-ignored',
    );
  });

  it('bounds what a hostile page gives: lists capped, names clipped, counts exact', () => {
    const many = (n: number): AbLoadRecords => ({
      cookies: Array.from({ length: n }, (_, i) => ({
        name: `c${i}${'x'.repeat(10_000)}`,
        domain: SITE,
        category: 'advertising' as const,
        vendor: null,
      })),
      storage: [],
      requests: [],
      optOut: null,
    });
    const ab = compareSignalsAb(`https://${SITE}/${'p'.repeat(5000)}`, many(300), many(300), {
      dnt: SILENT,
      gpc: SILENT,
    });
    expect(ab.loads.a.cookies).toBe(300);
    expect(ab.both.cookies.length).toBe(MAX_AB_ITEMS);
    expect(ab.both.leftOut).toBe(300 - MAX_AB_ITEMS);
    expect(Math.max(...ab.both.cookies.map((c) => c.name.length))).toBeLessThanOrEqual(200);
    expect(ab.url.length).toBeLessThanOrEqual(200);
  });
});

describe('abClaims', () => {
  it('reads each promise and where it was made', () => {
    expect(
      abClaims({
        policy: 'honors',
        gpcPolicy: 'silent',
        gpcJson: { gpc: true },
        published: {
          dntPolicy: { recognised: true, version: '1.0' },
          trackingStatus: { status: { tracking: 'N' } },
          tk: [{ value: 'N' }],
        },
      }),
    ).toEqual({
      dnt: { stance: 'honors', by: ['policy', 'dnt-policy.txt', '/.well-known/dnt/', 'Tk: N'] },
      gpc: { stance: 'honors', by: ['gpc.json'] },
    });
    expect(
      abClaims({ policy: 'ignores', gpcPolicy: null, gpcJson: { gpc: false }, published: null }),
    ).toEqual({ dnt: { stance: 'ignores', by: ['policy'] }, gpc: SILENT });
  });
});

describe('applyAbToFindings', () => {
  const finding = (kind: Discrepancy['kind'], severity: Discrepancy['severity']): Discrepancy => ({
    kind,
    severity,
    subject: kind,
    title: kind,
    explanation: `${kind}.`,
    evidence: { cookies: [], requests: [], storage: [], quote: null },
    declaredBy: [],
    hosts: [SITE],
    checkPolicy: null,
  });

  it('adds the comparison to a confirmed finding and makes a missing one', () => {
    const ab = compareSignalsAb(`https://${SITE}/`, tracking(null), tracking(null), HONOURS_BOTH);
    const out = applyAbToFindings(
      [finding('undeclared-technology', 'low'), finding('gpc-ignored', 'high')],
      ab,
      SITE,
    );
    expect(out.map((f) => f.kind)).toEqual(['gpc-ignored', 'dnt-ignored', 'undeclared-technology']);
    const { verdicts, ...rest } = ab;
    expect(out[0]!.evidence.ab).toEqual({ ...rest, verdict: verdicts.gpc });
    expect(out[0]!.explanation).toBe(`gpc-ignored. A/B test: ${verdicts.gpc.text}.`);
    expect(out[1]).toEqual({
      kind: 'dnt-ignored',
      severity: 'high',
      subject: 'dnt',
      title: 'Do Not Track signal ignored',
      explanation: `The site says it honours Do Not Track, and an A/B test shows it does not. A/B test: ${verdicts.dnt.text}.`,
      evidence: {
        cookies: [],
        requests: [],
        storage: [],
        quote: 'Do Not Track: policy',
        ab: { ...rest, verdict: verdicts.dnt },
      },
      declaredBy: [],
      hosts: [SITE],
      checkPolicy: null,
    });
    expect(out[2]).toEqual(finding('undeclared-technology', 'low'));
  });

  it('drops the findings of a signal the A/B test shows honoured', () => {
    const ab = compareSignalsAb(`https://${SITE}/`, tracking(usp('1YNN')), clean(usp('1YYN')), {
      dnt: HONOURS_BOTH.dnt,
      gpc: HONOURS_GPC,
    });
    expect(
      applyAbToFindings([finding('gpc-ignored', 'high'), finding('dnt-ignored', 'high')], ab, SITE),
    ).toEqual([]);
  });
});

describe('signalsAbOfReports', () => {
  it('reads loads and claims from two reports', () => {
    const dnt = (latest: ReportedOptOut | null) => ({
      policy: null,
      gpcPolicy: 'honors' as const,
      gpcJson: null,
      published: { dntPolicy: null, trackingStatus: null, tk: [] },
      optOutStrings: { latest },
    });
    const a = tracking(usp('1YNN'));
    const b = clean(usp('1YYN'));
    const ab = signalsAbOfReports(
      `https://${SITE}/`,
      { ...a, dnt: dnt(a.optOut) },
      { ...b, dnt: dnt(b.optOut) },
    );
    expect(ab.verdicts.gpc.claim).toEqual({ stance: 'honors', by: ['policy'] });
    expect(ab.verdicts.gpc.outcome).toBe('honoured');
  });
});
