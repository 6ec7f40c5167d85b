import { describe, expect, it } from 'vitest';
import {
  findDiscrepancies,
  vendorsMatch,
  type AuditInput,
  type ObservedCookie,
  type ObservedRequest,
} from '../../lib/core/discrepancies/index.ts';
import type { DeclaredPolicy } from '../../lib/core/policy/types.ts';

const declared = (over: Partial<DeclaredPolicy> = {}): DeclaredPolicy => ({
  source: 'policy-text',
  url: 'https://shop.test/cookie-policy',
  categories: ['necessary', 'analytics'],
  vendors: [],
  cookies: [],
  retention: [],
  technologies: ['cookies', 'web_beacons', 'local_storage'],
  dnt: 'silent',
  gpc: 'silent',
  unmapped: [],
  evidence: [],
  ...over,
});
const cookie = (over: Partial<ObservedCookie> = {}): ObservedCookie => ({
  name: '_ga',
  domain: 'shop.test',
  party: 'first',
  category: 'analytics',
  vendor: 'Google',
  lifetimeDays: 400,
  requestedLifetimeDays: 730,
  setter: 'https://www.googletagmanager.com/gtag/js',
  firstSeen: 2000,
  page: 'https://shop.test/',
  blocked: false,
  knownCategory: 'analytics',
  declaredCategory: null,
  ...over,
});
const request = (over: Partial<ObservedRequest> = {}): ObservedRequest => ({
  url: 'https://www.facebook.com/tr?id=1',
  type: 'image',
  party: 'third',
  category: 'advertising',
  vendor: 'Meta',
  rule: 'facebook_custom_audience',
  time: 2000,
  page: 'https://shop.test/',
  domain: 'facebook.com',
  beacon: false,
  pixel: true,
  tracker: true,
  ...over,
});
const input = (over: Partial<AuditInput> = {}): AuditInput => ({
  site: 'shop.test',
  declared: declared(),
  cookies: [],
  requests: [],
  storage: [],
  consent: null,
  signals: { dntSent: false, gpcSent: false, siteHonorsDnt: null, siteHonorsGpc: null },
  ...over,
});
const kinds = (i: AuditInput) => findDiscrepancies(i).map((d) => [d.kind, d.subject]);

describe('no-declaration', () => {
  it('is the only declaration finding when nothing was declared', () => {
    const ds = findDiscrepancies(input({ declared: null, cookies: [cookie()] }));
    expect(ds.map((d) => [d.kind, d.severity])).toEqual([['no-declaration', 'info']]);
    expect(kinds(input({ declared: declared({ source: 'none' }) }))).toEqual([
      ['no-declaration', 'declaration'],
    ]);
  });
});

describe('undeclared-category', () => {
  it('counts each cookie and request once however many visits saw it', () => {
    const fr = cookie({
      name: 'fr',
      domain: 'facebook.com',
      category: 'advertising',
      party: 'third',
    });
    const tr = request({ url: 'https://www.facebook.com/tr?id=2' });
    const ds = findDiscrepancies(
      input({
        cookies: [fr, { ...fr, page: 'https://shop.test/cart' }],
        requests: [tr, { ...tr, page: 'https://shop.test/cart' }],
      }),
    );
    expect(ds.map((d) => [d.kind, d.subject])).toEqual([['undeclared-category', 'advertising']]);
    expect(ds[0]!.explanation).toContain('(1 cookie and 1 request)');
  });

  it('fires once per undeclared category, with every cookie and request as evidence', () => {
    const ds = findDiscrepancies(
      input({
        cookies: [
          cookie(),
          cookie({
            name: 'fr',
            domain: 'facebook.com',
            category: 'advertising',
            vendor: 'Meta',
            party: 'third',
          }),
        ],
        requests: [request(), request({ url: 'https://www.facebook.com/tr?id=2' })],
      }),
    );
    expect(ds.map((d) => [d.kind, d.subject, d.severity])).toEqual([
      ['undeclared-category', 'advertising', 'high'],
    ]);
    expect(ds[0]!.evidence.cookies.map((c) => c.name)).toEqual(['fr']);
    expect(ds[0]!.evidence.requests).toHaveLength(2);
  });

  it('does not fire for a declared category, necessary cookies, or non-tracker requests', () => {
    expect(
      kinds(
        input({
          cookies: [cookie(), cookie({ name: 'sid', category: 'necessary', vendor: null })],
          requests: [request({ category: 'advertising', tracker: false })],
        }),
      ),
    ).toEqual([]);
    expect(
      kinds(
        input({
          declared: declared({ categories: [] }),
          cookies: [cookie({ category: 'necessary' })],
        }),
      ),
    ).toEqual([]);
  });
});

describe('undeclared-vendor', () => {
  it('fires only when vendors are named, per unnamed third-party vendor', () => {
    const d = declared({
      categories: ['necessary', 'analytics', 'advertising'],
      vendors: ['Google Analytics'],
    });
    const i = input({
      declared: d,
      requests: [
        request(),
        request({
          vendor: 'Google',
          category: 'analytics',
          url: 'https://www.google-analytics.com/g/collect',
        }),
      ],
    });
    expect(kinds(i)).toEqual([['undeclared-vendor', 'Meta']]);
    expect(
      kinds(input({ declared: declared({ ...d, vendors: [] }), requests: [request()] })),
    ).toEqual([]);
    expect(
      kinds(
        input({ declared: declared({ ...d, vendors: ['Facebook Pixel'] }), requests: [request()] }),
      ),
    ).toEqual([]);
  });

  it('one finding per organisation, whichever database named it', () => {
    const d = declared({
      categories: ['necessary', 'analytics', 'advertising'],
      vendors: ['Google Analytics'],
    });
    const fr = cookie({
      name: 'fr',
      domain: 'facebook.com',
      party: 'third',
      category: 'advertising',
      vendor: 'Facebook',
    });
    const found = findDiscrepancies(input({ declared: d, cookies: [fr], requests: [request()] }));
    const vendor = found.filter((f) => f.kind === 'undeclared-vendor');
    expect(vendor.map((f) => f.subject)).toEqual(['Meta']);
    expect(vendor[0]!.evidence.cookies.map((c) => c.name)).toEqual(['fr']);
    expect(vendor[0]!.evidence.requests).toHaveLength(1);
    // Only the cookie: named as the cookie database names it.
    expect(
      kinds(input({ declared: d, cookies: [fr] })).filter(([k]) => k === 'undeclared-vendor'),
    ).toEqual([['undeclared-vendor', 'Facebook']]);
  });

  it.each([
    ['Google', 'Google Analytics', true],
    ['Meta', 'Facebook', true],
    ['Hotjar', 'Hotjar Ltd.', true],
    ['Microsoft', 'Bing Ads', true],
    ['Criteo', 'Google', false],
    ['X', 'Xandr', false],
  ])('%s matches %s: %s', (a, b, m) => {
    expect(vendorsMatch(a, b)).toBe(m);
  });
});

describe('undeclared-cookie and misdeclared-cookie (CMP lists)', () => {
  const cmp = declared({
    source: 'cmp:cookiebot',
    categories: ['necessary', 'analytics', 'advertising'],
    technologies: [],
    cookies: [
      { name: '_ga', category: 'analytics', maxDays: 730 },
      { name: '_ga_#', category: 'analytics', maxDays: 730 },
      { name: 'fr', domain: 'facebook.com', category: 'necessary', maxDays: 90 },
    ],
  });
  it('matches Cookiebot # patterns and flags cookies outside the list', () => {
    const i = input({
      declared: cmp,
      cookies: [
        cookie(),
        cookie({ name: '_ga_ABC123' }),
        cookie({ name: '_hjSession_1', vendor: 'Hotjar' }),
      ],
    });
    expect(kinds(i)).toEqual([['undeclared-cookie', '_hjSession_1@shop.test']]);
  });
  it('flags a cookie declared less intrusive than it is known to be, not the reverse', () => {
    const fr = cookie({
      name: 'fr',
      domain: 'facebook.com',
      party: 'third',
      category: 'necessary',
      declaredCategory: 'necessary',
      knownCategory: 'advertising',
      lifetimeDays: 90,
      requestedLifetimeDays: null,
    });
    expect(kinds(input({ declared: cmp, cookies: [fr] }))).toEqual([
      ['misdeclared-cookie', 'fr@facebook.com'],
    ]);
    const reverse = cookie({ declaredCategory: 'advertising', knownCategory: 'analytics' });
    expect(kinds(input({ declared: cmp, cookies: [reverse] }))).toEqual([]);
  });
});

describe('retention-exceeds-declared (1.5 × and ≥ 1 day)', () => {
  const d = (maxDays: number | null) =>
    declared({
      retention: [
        {
          category: 'analytics',
          maxDays,
          quote: 'Analytics cookies are kept for up to 13 months.',
        },
      ],
    });
  it.each([
    [395, 592, false], // 1.4987 × → below the factor
    [395, 593, true], // 1.501 ×
    [0.5, 0.76, false], // 1.52 × but only 6 hours longer
    [0.5, 1.6, true],
    [null, null, false], // session declared, session cookie
    [null, 1, true], // session declared, persistent cookie
  ])('declared %s days, cookie asks %s days → %s', (max, life, fires) => {
    const i = input({
      declared: d(max),
      cookies: [
        cookie({
          lifetimeDays: life === null ? null : Math.min(life, 400),
          requestedLifetimeDays: life !== null && life > 400 ? life : null,
        }),
      ],
    });
    const ds = findDiscrepancies(i).filter((x) => x.kind === 'retention-exceeds-declared');
    expect(ds.length).toBe(fires ? 1 : 0);
    if (fires)
      expect(ds[0]!.evidence.quote).toBe('Analytics cookies are kept for up to 13 months.');
  });
  it('gives one finding for a cookie seen on several pages', () => {
    const i = input({
      declared: d(395),
      cookies: [cookie({ page: 'https://shop.test/' }), cookie({ page: 'https://shop.test/cart' })],
    });
    const ds = findDiscrepancies(i);
    expect(ds.map((x) => [x.kind, x.subject])).toEqual([
      ['retention-exceeds-declared', '_ga@shop.test'],
    ]);
    expect(ds[0]!.evidence.cookies).toHaveLength(1);
  });
  it('compares what the site asked for, not the 400-day cap', () => {
    const ds = findDiscrepancies(
      input({
        declared: d(395),
        cookies: [cookie({ lifetimeDays: 400, requestedLifetimeDays: 730 })],
      }),
    );
    expect(ds.map((x) => x.kind)).toEqual(['retention-exceeds-declared']);
    expect(ds[0]!.explanation).toBe(
      '_ga asks to be kept for 2 years, but the declaration says analytics cookies are kept for at most 13 months.',
    );
  });
});

describe('consent', () => {
  const none = {
    time: 1000,
    cmp: 'onetrust' as const,
    status: 'none' as const,
    categories: {},
    evidence: 'OptanonConsent without a choice',
  };
  const rejected = {
    time: 3000,
    cmp: 'onetrust' as const,
    status: 'rejected' as const,
    categories: { necessary: true, analytics: false, advertising: false },
    evidence: 'OptanonConsent groups=C0001:1,C0002:0,C0004:0',
  };
  it('before-consent: tracking while no choice was made, per category', () => {
    const i = input({
      consent: [none, rejected],
      cookies: [
        cookie({ firstSeen: 2000 }),
        cookie({ name: 'sid', category: 'necessary', firstSeen: 2000 }),
      ],
      requests: [request({ time: 3500 })],
    });
    expect(kinds(i).filter(([k]) => k === 'before-consent')).toEqual([
      ['before-consent', 'analytics'],
    ]);
  });
  it('before-consent: a request just before the recorded acceptance is its effect, not before it', () => {
    const accepted = {
      ...rejected,
      time: 10_000,
      status: 'accepted' as const,
      categories: { necessary: true, analytics: true, advertising: true },
    };
    // The change is stamped when the cookie event arrives; the request the
    // page made on the choice carries the browser's earlier stamp.
    const late = input({ consent: [none, accepted], requests: [request({ time: 9_993 })] });
    const consentKinds = (i: typeof late) => kinds(i).filter(([k]) => k === 'before-consent');
    expect(consentKinds(late)).toEqual([]);
    const early = input({ consent: [none, accepted], requests: [request({ time: 5_000 })] });
    expect(consentKinds(early)).toEqual([['before-consent', 'advertising']]);
  });
  it('after-rejection: tracking of a refused category after the refusal only', () => {
    const i = input({
      consent: [none, rejected],
      cookies: [cookie({ firstSeen: 2999 })],
      requests: [request({ time: 3001 })],
    });
    const ds = findDiscrepancies(i).filter((x) => x.kind === 'after-rejection');
    expect(ds.map((x) => x.subject)).toEqual(['advertising']);
    expect(ds[0]!.evidence.quote).toBe('OptanonConsent groups=C0001:1,C0002:0,C0004:0');
  });
  it("a CMP's defaults before any choice are not a refusal", () => {
    const defaults = { ...none, categories: { analytics: false, advertising: false } };
    const i = input({ consent: [defaults], cookies: [cookie({ firstSeen: 2000 })] });
    expect(kinds(i)).toEqual([['before-consent', 'analytics']]);
  });
  it('no consent findings without a CMP, or after acceptance', () => {
    expect(kinds(input({ consent: null, cookies: [cookie()] }))).toEqual([]);
    const accepted = {
      time: 1500,
      cmp: 'onetrust' as const,
      status: 'accepted' as const,
      categories: { analytics: true, advertising: true },
      evidence: 'x',
    };
    expect(kinds(input({ consent: [accepted], cookies: [cookie()] }))).toEqual([]);
  });
});

describe('after-revocation', () => {
  // Accepted at 2000, withdrawn at 5000 (OneTrust.AllowAll, then RejectAll).
  const accepted = {
    time: 2000,
    cmp: 'onetrust' as const,
    status: 'accepted' as const,
    categories: { necessary: true, analytics: true, advertising: true },
    evidence: 'OptanonConsent groups=C0001:1,C0002:1,C0004:1',
  };
  const withdrawn = {
    time: 5000,
    cmp: 'onetrust' as const,
    status: 'rejected' as const,
    categories: { necessary: true, analytics: false, advertising: false },
    evidence: 'OptanonConsent groups=C0001:1,C0002:0,C0004:0',
  };
  const ga = cookie({ firstSeen: 2500, removedAt: null });
  const gid = cookie({
    name: '_gid',
    lifetimeDays: 1,
    requestedLifetimeDays: null,
    firstSeen: 2600,
  });
  const collect = request({
    url: 'https://www.google-analytics.com/g/collect?v=2',
    category: 'analytics',
    vendor: 'Google Analytics',
    rule: 'google_analytics',
    domain: 'google-analytics.com',
    pixel: false,
  });
  const revocation = (i: AuditInput) =>
    findDiscrepancies(i).filter((d) => d.kind === 'after-revocation');

  it('cookies set under the acceptance still stored, and trackers after the withdrawal', () => {
    const ds = revocation(
      input({
        consent: [accepted, withdrawn],
        cookies: [
          ga,
          { ...gid, removedAt: null },
          // Set before the acceptance: before-consent's, not this finding's.
          cookie({ name: '_early', firstSeen: 1500, removedAt: null }),
          cookie({ name: 'sid', category: 'necessary', firstSeen: 2500, removedAt: null }),
        ],
        requests: [
          { ...collect, time: 3000 }, // under the acceptance: allowed
          { ...collect, url: 'https://www.google-analytics.com/g/collect?v=2&_p=2', time: 6000 },
        ],
      }),
    );
    expect(ds).toEqual([
      {
        kind: 'after-revocation',
        severity: 'high',
        subject: 'analytics',
        title: 'Analytics cookies or trackers kept after you withdrew consent',
        explanation:
          'You accepted analytics (audience measurement) cookies (1970-01-01T00:00:02.000Z), then withdrew that consent ' +
          '(1970-01-01T00:00:05.000Z), yet 2 cookies set under the acceptance (_ga@shop.test, ' +
          '_gid@shop.test) were still stored when the audit ended, so the browser keeps sending ' +
          'them to their site, and 1 request of that category (www.google-analytics.com) fired ' +
          'after the withdrawal.',
        evidence: {
          cookies: [
            {
              name: '_ga',
              domain: 'shop.test',
              party: 'first',
              category: 'analytics',
              vendor: 'Google',
              lifetimeDays: 400,
              requestedLifetimeDays: 730,
              setter: 'https://www.googletagmanager.com/gtag/js',
              firstSeen: 2500,
              page: 'https://shop.test/',
            },
            {
              name: '_gid',
              domain: 'shop.test',
              party: 'first',
              category: 'analytics',
              vendor: 'Google',
              lifetimeDays: 1,
              requestedLifetimeDays: null,
              setter: 'https://www.googletagmanager.com/gtag/js',
              firstSeen: 2600,
              page: 'https://shop.test/',
            },
          ],
          requests: [
            {
              url: 'https://www.google-analytics.com/g/collect?v=2&_p=2',
              type: 'image',
              party: 'third',
              category: 'analytics',
              vendor: 'Google Analytics',
              rule: 'google_analytics',
              time: 6000,
              page: 'https://shop.test/',
            },
          ],
          storage: [],
          quote: 'OptanonConsent groups=C0001:1,C0002:0,C0004:0',
        },
        declaredBy: [],
        hosts: [],
        checkPolicy: null,
      },
    ]);
  });

  it('no finding when the site deletes the cookies and stops its trackers on withdrawal', () => {
    const i = input({
      consent: [accepted, withdrawn],
      cookies: [
        { ...ga, removedAt: 5100 },
        { ...gid, removedAt: 5100 },
      ],
      requests: [{ ...collect, time: 3000 }],
    });
    expect(revocation(i)).toEqual([]);
    expect(kinds(i)).toEqual([]);
  });

  it('only a kept cookie, or only a tracker, is enough; timing is exact', () => {
    const kept = revocation(
      input({ consent: [accepted, withdrawn], cookies: [ga, { ...gid, removedAt: 5001 }] }),
    );
    expect(kept.map((d) => [d.subject, d.evidence.cookies.map((c) => c.name)])).toEqual([
      ['analytics', ['_ga']],
    ]);
    // A request at the withdrawal's own time counts; one a millisecond before does not.
    const at = (time: number) =>
      revocation(input({ consent: [accepted, withdrawn], requests: [{ ...collect, time }] }));
    expect(at(5000).map((d) => d.evidence.requests.map((r) => r.time))).toEqual([[5000]]);
    expect(at(4999)).toEqual([]);
  });

  it('needs an acceptance before the refusal, and a known removal state', () => {
    // Refused from the start: after-rejection's case, not a withdrawal.
    expect(
      revocation(input({ consent: [withdrawn], requests: [{ ...collect, time: 6000 }] })),
    ).toEqual([]);
    // Accepted, never withdrawn.
    expect(revocation(input({ consent: [accepted], cookies: [ga] }))).toEqual([]);
    // Whether the cookie was removed is not known (no removedAt): no evidence.
    expect(
      revocation(input({ consent: [accepted, withdrawn], cookies: [cookie({ firstSeen: 2500 })] })),
    ).toEqual([]);
    // Consent given again later: trackers after it are allowed.
    const again = { ...accepted, time: 7000 };
    expect(
      revocation(
        input({ consent: [accepted, withdrawn, again], requests: [{ ...collect, time: 8000 }] }),
      ),
    ).toEqual([]);
  });
});

describe('undeclared-technology', () => {
  it('fires per technology the policy text does not mention', () => {
    const i = input({
      declared: declared({
        technologies: ['cookies'],
        categories: ['necessary', 'analytics', 'advertising'],
      }),
      requests: [
        request(),
        request({
          beacon: true,
          pixel: false,
          type: 'ping',
          url: 'https://www.google-analytics.com/g/collect',
          category: 'analytics',
          vendor: 'Google',
        }),
      ],
      storage: [
        {
          kind: 'localStorage',
          origin: 'https://shop.test',
          key: 'cart',
          setter: null,
          firstSeen: 1,
        },
      ],
    });
    expect(kinds(i)).toEqual([
      ['undeclared-technology', 'web_beacons'],
      ['undeclared-technology', 'pixel_tags'],
      ['undeclared-technology', 'local_storage'],
    ]);
  });
  it('is silent when declared, and for CMP-only declarations', () => {
    const i = input({
      requests: [request({ category: 'analytics', beacon: true })],
      storage: [{ kind: 'localStorage', origin: 'o', key: 'k', setter: null, firstSeen: 1 }],
    });
    expect(kinds(i)).toEqual([]);
    expect(
      kinds({ ...i, declared: declared({ source: 'cmp:onetrust', technologies: [] }) }),
    ).toEqual([]);
  });
});

describe('dnt-ignored / gpc-ignored', () => {
  const honors = {
    honors: true,
    quote: 'We honour Do Not Track and Global Privacy Control signals.',
  };
  it('fires when the signal was sent, the site says it honours it, and tracking happened', () => {
    const i = input({
      cookies: [cookie()],
      signals: { dntSent: true, gpcSent: true, siteHonorsDnt: honors, siteHonorsGpc: honors },
    });
    expect(kinds(i)).toEqual([
      ['dnt-ignored', 'dnt'],
      ['gpc-ignored', 'gpc'],
    ]);
  });
  it.each([
    [{ dntSent: false, gpcSent: false, siteHonorsDnt: honors, siteHonorsGpc: honors }],
    [
      {
        dntSent: true,
        gpcSent: true,
        siteHonorsDnt: null,
        siteHonorsGpc: { honors: false, quote: '' },
      },
    ],
  ])('is silent otherwise (%j)', (signals) => {
    expect(kinds(input({ cookies: [cookie()], signals }))).toEqual([]);
  });
  it('counts only what happened on pages loaded with the signal', () => {
    const signals = {
      dntSent: true,
      gpcSent: false,
      siteHonorsDnt: honors,
      siteHonorsGpc: null,
      pagesWith: { dnt: ['https://shop.test/with-signal'], gpc: [] },
    };
    expect(kinds(input({ cookies: [cookie()], signals }))).toEqual([]);
    const ds = findDiscrepancies(
      input({
        cookies: [cookie(), cookie({ name: '_gid', page: 'https://shop.test/with-signal' })],
        signals,
      }),
    );
    expect(ds.map((d) => [d.kind, d.evidence.cookies.map((c) => c.name)])).toEqual([
      ['dnt-ignored', ['_gid']],
    ]);
  });
  it('is silent when only necessary cookies were set', () => {
    const i = input({
      cookies: [cookie({ category: 'necessary' })],
      signals: { dntSent: true, gpcSent: false, siteHonorsDnt: honors, siteHonorsGpc: null },
    });
    expect(kinds(i)).toEqual([]);
  });
});
