// SPEC "Discrepancies": a CMP declaration applies to the host where the CMP
// ran; a policy to the site that links it. Two hosts of one registrable
// domain — news.example.com with a consent banner, shop.example.com with a
// policy page — are audited each against its own declarations.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildAudit, type AuditContext } from '../../lib/core/audit/build.ts';
import { builtinCookieKnowledge } from '../../lib/core/known-cookies/index.ts';
import { emptyPolicy, type DeclaredPolicy } from '../../lib/core/policy/types.ts';
import { buildReport } from '../../lib/core/report.ts';
import { buildReportHtml } from '../../lib/core/report-html.ts';
import type { CookieRecord, PageVisit } from '../../lib/core/types.ts';
import type { RecordSet } from '../../lib/core/view.ts';
import { bundledClassifier } from './classify-helpers.ts';

const NEWS = 'https://news.example.com/';
const SHOP = 'https://shop.example.com/';
const page = (id: string, url: string, startedAt: number): PageVisit => ({
  id,
  tabId: 1,
  url,
  site: 'example.com',
  startedAt,
});
const cookie = (pageId: string, name: string, domain: string, time: number): CookieRecord => ({
  pageId,
  tabId: 1,
  name,
  domain,
  path: '/',
  hostOnly: false,
  lifetimeDays: 400,
  requestedLifetimeDays: 730,
  deletion: false,
  secure: false,
  httpOnly: false,
  sameSite: 'lax',
  partitioned: false,
  party: 'first',
  setBy: 'script',
  setter: 'https://www.google-analytics.com/analytics.js',
  requestId: null,
  value: { length: 26, hashPrefix: '0123456789abcdef', entropy: 3.2 },
  blocked: false,
  warnings: [],
  time,
});
// The news site's banner was seen first, then the shop was visited.
const records: RecordSet = {
  pages: [page('n', NEWS, 1000), page('s', SHOP, 5000)],
  requests: [],
  responses: [],
  cookies: [
    cookie('n', '_ga', 'news.example.com', 1200),
    cookie('s', 'sid', 'shop.example.com', 5100),
    cookie('s', '_ga', 'shop.example.com', 5200),
  ],
  cookieChanges: [],
  storage: [],
  optOut: [],
};
const onetrust: DeclaredPolicy = {
  ...emptyPolicy('cmp:onetrust', NEWS),
  categories: ['necessary', 'analytics'],
  cookies: [
    { name: 'OptanonConsent', domain: 'news.example.com', category: 'necessary', maxDays: 365 },
    { name: '_ga', domain: 'news.example.com', category: 'analytics', maxDays: 730 },
  ],
};
const shopPolicy = (unmapped: string[] = []): DeclaredPolicy => ({
  ...emptyPolicy('policy-text', 'https://shop.example.com/cookie-policy'),
  categories: ['necessary', 'analytics'],
  technologies: ['cookies'],
  retention: [{ category: 'analytics', maxDays: 730, quote: 'Kept for up to 2 years.' }],
  unmapped,
});
const noChoice = {
  time: 1100,
  cmp: 'onetrust' as const,
  status: 'none' as const,
  categories: { necessary: true, analytics: false },
  evidence: 'OptanonConsent interactionCount=0',
};
const ctx = (over: Partial<AuditContext> = {}): AuditContext => ({
  site: 'example.com',
  classify: {
    classifier: bundledClassifier(),
    knowledge: [{ list: 'builtin', knowledge: builtinCookieKnowledge() }],
  },
  declarations: [
    { policy: onetrust, host: 'news.example.com' },
    { policy: shopPolicy(), host: 'shop.example.com' },
  ],
  consent: [{ ...noChoice, host: 'news.example.com' }],
  signals: { dnt: false, gpc: false },
  ...over,
});
const found = (a: ReturnType<typeof buildAudit>) =>
  a.discrepancies.map((d) => [d.kind, d.subject, d.hosts, d.declaredBy]);

describe('declarations belong to the host they were read for', () => {
  it("the news site's banner holds for the news, the shop's policy for the shop", () => {
    const a = buildAudit(records, ctx());
    expect(found(a)).toEqual([
      [
        'before-consent',
        'analytics',
        ['news.example.com'],
        [{ source: 'cmp:onetrust', url: NEWS, host: 'news.example.com' }],
      ],
    ]);
    expect(a.discrepancies[0]!.evidence.cookies.map((c) => `${c.name}@${c.domain}`)).toEqual([
      '_ga@news.example.com',
    ]);
    // Each cookie is classified by the CMP of its own host only.
    expect(a.view.cookies.map((c) => [c.name, c.domain, c.declaredCategory])).toEqual([
      ['_ga', 'news.example.com', 'analytics'],
      ['sid', 'shop.example.com', null],
      ['_ga', 'shop.example.com', null],
    ]);
    expect(
      a.scopes.map((s) => [s.hosts, s.parts.map((p) => p.ref.source), s.consent?.length ?? 0]),
    ).toEqual([
      [['news.example.com'], ['cmp:onetrust'], 1],
      [['shop.example.com'], ['policy-text'], 0],
    ]);
    // `declared` is the latest page's host's: the shop's policy, not a merge with the banner.
    expect([a.declared?.source, a.declared?.cookies]).toEqual(['policy-text', []]);
    expect(buildAudit(records, ctx({ host: 'news.example.com' })).declared?.source).toBe(
      'cmp:onetrust',
    );
  });

  it('merged over the site, as before hosts mattered, the shop was accused on the banner’s word', () => {
    // Bare declarations and consent without a host hold for every page.
    const a = buildAudit(
      records,
      ctx({ declarations: [onetrust, shopPolicy()], consent: [noChoice] }),
    );
    expect(a.discrepancies.map((d) => [d.kind, d.subject])).toEqual([
      ['before-consent', 'analytics'],
      ['undeclared-cookie', 'sid@shop.example.com'],
      ['undeclared-cookie', '_ga@shop.example.com'],
    ]);
  });

  it("the user's corrections hold for every host of the site", () => {
    const user: DeclaredPolicy = {
      ...emptyPolicy('user'),
      categories: ['necessary'],
    };
    const a = buildAudit(
      records,
      ctx({ declarations: [...ctx().declarations, { policy: user, host: null }] }),
    );
    expect(found(a)).toEqual([
      [
        'before-consent',
        'analytics',
        ['news.example.com'],
        [{ source: 'cmp:onetrust', url: NEWS, host: 'news.example.com' }],
      ],
      [
        'undeclared-category',
        'analytics',
        ['news.example.com'],
        [{ source: 'user', url: null, host: null }],
      ],
      [
        'undeclared-category',
        'analytics',
        ['shop.example.com'],
        [{ source: 'user', url: null, host: null }],
      ],
    ]);
  });

  it('hosts that share only site-wide facts are audited together, hosts with their own each apart', () => {
    const p = { ...shopPolicy(), categories: ['necessary' as const] };
    const own = buildAudit(
      records,
      ctx({
        declarations: [
          { policy: p, host: 'news.example.com' },
          { policy: p, host: 'shop.example.com' },
        ],
        consent: null,
      }),
    );
    // Each host read the policy from its own link: each finding says which.
    expect(
      own.discrepancies.map((d) => [d.kind, d.subject, d.hosts, d.declaredBy[0]!.host]),
    ).toEqual([
      ['undeclared-category', 'analytics', ['news.example.com'], 'news.example.com'],
      ['undeclared-category', 'analytics', ['shop.example.com'], 'shop.example.com'],
    ]);
    const none = buildAudit(records, ctx({ declarations: [], consent: null }));
    expect(none.discrepancies.map((d) => [d.kind, d.hosts])).toEqual([
      ['no-declaration', ['news.example.com', 'shop.example.com']],
    ]);
  });

  it('a host with no declaration of its own gets no-declaration, whatever its neighbour has', () => {
    const a = buildAudit(
      records,
      ctx({ declarations: [{ policy: onetrust, host: 'news.example.com' }] }),
    );
    expect(a.discrepancies.map((d) => [d.kind, d.subject, d.hosts])).toEqual([
      ['before-consent', 'analytics', ['news.example.com']],
      ['no-declaration', 'declaration', ['shop.example.com']],
    ]);
  });
});

describe('report.json and report.html say which declaration each finding used', () => {
  const schema = JSON.parse(
    readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8'),
  );
  const UNMAPPED = ['Our partners may also use them.', 'See the table below.'];
  const audit = () =>
    buildAudit(
      records,
      ctx({
        declarations: [
          { policy: onetrust, host: 'news.example.com' },
          {
            policy: { ...shopPolicy(UNMAPPED), categories: ['necessary'] },
            host: 'shop.example.com',
          },
        ],
      }),
    );
  const report = () => {
    const a = audit();
    return buildReport(a.view, {
      site: 'example.com',
      generatedAt: 0,
      browser: 'test',
      extensionVersion: '0',
      signals: { dnt: false, gpc: false },
      declared: a.declared,
      scopes: a.scopes,
      discrepancies: a.discrepancies,
      lists: [],
      consent: [
        { host: 'news.example.com', time: 1100, cmp: 'onetrust', status: 'none', categories: {} },
      ],
    });
  };

  it('reports the unmapped sentences and their count, and flags the finding resting on them', () => {
    const r = report();
    expect([r.declared?.source, r.declared?.unmapped, r.declared?.unmappedCount]).toEqual([
      'policy-text',
      UNMAPPED,
      2,
    ]);
    expect(
      r.discrepancies!.map((d) => [
        d.kind,
        d.subject,
        d.hosts,
        d.declaredBy.map((x) => x.source),
        d.checkPolicy,
      ]),
    ).toEqual([
      ['before-consent', 'analytics', ['news.example.com'], ['cmp:onetrust'], null],
      [
        'undeclared-category',
        'analytics',
        ['shop.example.com'],
        ['policy-text'],
        { unmapped: 2, firstQuote: UNMAPPED[0], url: 'https://shop.example.com/cookie-policy' },
      ],
    ]);
    expect(
      r.declarations!.map((s) => [
        s.hosts,
        s.declaredBy.map((x) => x.source),
        s.consentBy?.source ?? null,
        s.declared?.unmappedCount,
      ]),
    ).toEqual([
      [['news.example.com'], ['cmp:onetrust'], 'cmp:onetrust', 0],
      [['shop.example.com'], ['policy-text'], null, 2],
    ]);
    expect(r.consent!.map((c) => c.host)).toEqual(['news.example.com']);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    validate(JSON.parse(JSON.stringify(r)));
    expect(validate.errors ?? []).toEqual([]);
  });

  it('report.html shows "check the policy", what each finding was checked against, and each host’s declaration', () => {
    const html = buildReportHtml(report());
    expect(html).toContain(
      '<span class="check">Check the policy</span> <span class="sev">high if confirmed</span> Undeclared analytics cookies or trackers',
    );
    expect(html).toContain(
      '<p class="by">Checked against: cmp:onetrust https://news.example.com/ (for news.example.com)</p>',
    );
    expect(html).toContain(
      '<p class="by">Checked against: policy-text https://shop.example.com/cookie-policy (for shop.example.com)</p>',
    );
    expect(html).toContain('<h2>Declared, per host</h2>');
    expect(html).toContain('2 sentence(s) about cookies the reader could not map to a category');
    expect(html).toContain('<li>Our partners may also use them.</li>');
  });
});
