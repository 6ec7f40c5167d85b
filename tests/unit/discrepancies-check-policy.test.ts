// SPEC "Discrepancies": a finding that rests on the absence of something in a
// policy the reader did not fully map (`unmapped` not empty) says so in its
// explanation and is shown as "check the policy" (`checkPolicy`); each
// finding names the declaration it was checked against (`declaredBy`).
import { describe, expect, it } from 'vitest';
import {
  findDiscrepancies,
  type AuditInput,
  type DeclarationPart,
  type ObservedCookie,
  type ObservedRequest,
} from '../../lib/core/discrepancies/index.ts';
import type { DeclaredPolicy } from '../../lib/core/policy/types.ts';

const UNMAPPED = [
  'Some of these cookies help us make the site better for you and others.',
  'You can manage them in your browser.',
];
const POLICY_URL = 'https://shop.example.com/cookie-policy';

const policy = (over: Partial<DeclaredPolicy> = {}): DeclaredPolicy => ({
  source: 'policy-text',
  url: POLICY_URL,
  categories: ['necessary'],
  vendors: [],
  cookies: [],
  retention: [],
  technologies: ['cookies'],
  dnt: 'silent',
  gpc: 'silent',
  evidence: [],
  unmapped: UNMAPPED,
  ...over,
});
const cmp = (over: Partial<DeclaredPolicy> = {}): DeclaredPolicy =>
  policy({
    source: 'cmp:onetrust',
    url: 'https://shop.example.com/',
    technologies: [],
    unmapped: [],
    cookies: [{ name: '_ga', category: 'analytics', maxDays: 730 }],
    ...over,
  });
const part = (p: DeclaredPolicy, host: string | null = 'shop.example.com'): DeclarationPart => ({
  ref: { source: p.source, url: p.url, host },
  policy: p,
});
const ga = (over: Partial<ObservedCookie> = {}): ObservedCookie => ({
  name: '_ga',
  domain: 'shop.example.com',
  party: 'first',
  category: 'analytics',
  vendor: 'Google',
  lifetimeDays: 400,
  requestedLifetimeDays: 730,
  setter: 'https://www.googletagmanager.com/gtag/js',
  firstSeen: 2000,
  page: 'https://shop.example.com/',
  blocked: false,
  knownCategory: 'analytics',
  declaredCategory: null,
  ...over,
});
const beacon: ObservedRequest = {
  url: 'https://www.google-analytics.com/g/collect?v=2',
  type: 'ping',
  party: 'third',
  category: 'analytics',
  vendor: 'Google',
  rule: 'google_analytics',
  time: 2100,
  page: 'https://shop.example.com/',
  domain: 'google-analytics.com',
  beacon: true,
  pixel: false,
  tracker: true,
};
const input = (parts: DeclarationPart[], over: Partial<AuditInput> = {}): AuditInput => ({
  site: 'example.com',
  // What mergeDeclarations gives for these parts (one policy, or policy + CMP).
  declared: parts.length === 1 ? parts[0]!.policy : merged(parts),
  parts,
  hosts: ['shop.example.com'],
  cookies: [ga()],
  requests: [],
  storage: [],
  consent: null,
  signals: { dntSent: false, gpcSent: false, siteHonorsDnt: null, siteHonorsGpc: null },
  ...over,
});
function merged(parts: DeclarationPart[]): DeclaredPolicy {
  const ps = parts.map((p) => p.policy);
  return policy({
    categories: [...new Set(ps.flatMap((p) => p.categories))],
    vendors: [...new Set(ps.flatMap((p) => p.vendors))],
    cookies: ps.flatMap((p) => p.cookies),
    retention: ps.flatMap((p) => p.retention),
    technologies: [...new Set(ps.flatMap((p) => p.technologies))],
    unmapped: ps.flatMap((p) => p.unmapped),
  });
}

const CHECK = {
  unmapped: 2,
  firstQuote: UNMAPPED[0],
  url: POLICY_URL,
};
const UNCERTAIN =
  ' The reader could not map 2 sentences of the policy about cookies to a category, the first ' +
  'being “Some of these cookies help us make the site better for you and others.”: check the ' +
  'policy, it may ';

describe('undeclared-category on a policy the reader did not fully map', () => {
  it('says so, quoting the first unmapped sentence, and carries checkPolicy', () => {
    const ds = findDiscrepancies(input([part(policy())]));
    expect(ds).toEqual([
      {
        kind: 'undeclared-category',
        severity: 'high',
        subject: 'analytics',
        title: 'Undeclared analytics cookies or trackers',
        explanation:
          'The site uses analytics (audience measurement) cookies or trackers (1 cookie), but its ' +
          'declaration (policy-text) lists necessary.' +
          UNCERTAIN +
          'declare this category there.',
        evidence: {
          cookies: [
            {
              name: '_ga',
              domain: 'shop.example.com',
              party: 'first',
              category: 'analytics',
              vendor: 'Google',
              lifetimeDays: 400,
              requestedLifetimeDays: 730,
              setter: 'https://www.googletagmanager.com/gtag/js',
              firstSeen: 2000,
              page: 'https://shop.example.com/',
            },
          ],
          requests: [],
          storage: [],
          quote: null,
        },
        declaredBy: [{ source: 'policy-text', url: POLICY_URL, host: 'shop.example.com' }],
        hosts: ['shop.example.com'],
        checkPolicy: CHECK,
      },
    ]);
  });

  it('names a declared kind-less category ("tracking cookies") in words', () => {
    const [d] = findDiscrepancies(
      input([part(policy({ unmapped: [], categories: ['necessary', 'unknown'] }))]),
    );
    expect(d!.explanation).toBe(
      'The site uses analytics (audience measurement) cookies or trackers (1 cookie), but its ' +
        'declaration (policy-text) lists necessary, cookies of no stated kind.',
    );
  });

  it('is a plain finding when every cookie sentence was mapped', () => {
    const [d] = findDiscrepancies(input([part(policy({ unmapped: [] }))]));
    expect([d!.kind, d!.checkPolicy]).toEqual(['undeclared-category', null]);
    expect(d!.explanation).toBe(
      'The site uses analytics (audience measurement) cookies or trackers (1 cookie), but its ' +
        'declaration (policy-text) lists necessary.',
    );
  });

  it('is not uncertain when a CMP declaration, read whole, does not list the category either', () => {
    const ds = findDiscrepancies(
      input([part(policy()), part(cmp({ categories: ['necessary'], cookies: [] }))]),
    );
    expect(ds.map((d) => [d.kind, d.subject, d.checkPolicy])).toEqual([
      ['undeclared-category', 'analytics', null],
    ]);
    expect(ds[0]!.declaredBy.map((r) => r.source)).toEqual(['policy-text', 'cmp:onetrust']);
  });

  it('is not uncertain against the categories the user set', () => {
    const user = policy({ source: 'user', url: null, unmapped: [] });
    const ds = findDiscrepancies(input([part(user, null)]));
    expect(ds.map((d) => [d.kind, d.checkPolicy, d.declaredBy])).toEqual([
      ['undeclared-category', null, [{ source: 'user', url: null, host: null }]],
    ]);
  });

  it('works on a bare declaration too (no parts: it is the only one, for every host)', () => {
    const ds = findDiscrepancies({
      ...input([part(policy())]),
      parts: undefined,
      hosts: undefined,
    });
    expect(ds.map((d) => [d.kind, d.checkPolicy, d.declaredBy, d.hosts])).toEqual([
      ['undeclared-category', CHECK, [{ source: 'policy-text', url: POLICY_URL, host: null }], []],
    ]);
  });
});

describe('the other findings that rest on what the policy does not say', () => {
  it('undeclared-vendor and undeclared-technology are flagged too', () => {
    const p = policy({ categories: ['necessary', 'analytics'], vendors: ['Hotjar'] });
    const ds = findDiscrepancies(input([part(p)], { requests: [beacon] }));
    expect(ds.map((d) => [d.kind, d.subject, d.checkPolicy])).toEqual([
      ['undeclared-vendor', 'Google', CHECK],
      ['undeclared-technology', 'web_beacons', CHECK],
    ]);
    expect(ds.map((d) => d.explanation)).toEqual([
      'The declaration names its third parties (Hotjar), but Google also received data (1 request).' +
        UNCERTAIN +
        'name this third party there.',
      'The page sent 1 beacon (data sent in the background, often as the page closes), but the ' +
        'declaration does not mention web beacons.' +
        UNCERTAIN +
        'mention it there.',
    ]);
  });

  it('retention: flagged when held to a general claim for want of one about its category', () => {
    const general = {
      category: 'unknown' as const,
      maxDays: 365,
      quote: 'Cookies are kept for at most one year.',
    };
    const ds = findDiscrepancies(
      input([part(policy({ categories: ['necessary', 'analytics'], retention: [general] }))]),
    );
    expect(ds.map((d) => [d.kind, d.subject, d.checkPolicy, d.evidence.quote])).toEqual([
      ['retention-exceeds-declared', '_ga@shop.example.com', CHECK, general.quote],
    ]);
    expect(ds[0]!.explanation).toBe(
      '_ga asks to be kept for 2 years, but the declaration says analytics cookies are kept for ' +
        'at most 1 year.' +
        UNCERTAIN +
        'state a longer lifetime for this category there.',
    );
  });

  it("retention: a claim about the cookie's own category is not an absence", () => {
    const claim = {
      category: 'analytics' as const,
      maxDays: 395,
      quote: 'Analytics cookies are kept for up to 13 months.',
    };
    const ds = findDiscrepancies(
      input([part(policy({ categories: ['necessary', 'analytics'], retention: [claim] }))]),
    );
    expect(ds.map((d) => [d.kind, d.checkPolicy, d.explanation])).toEqual([
      [
        'retention-exceeds-declared',
        null,
        '_ga asks to be kept for 2 years, but the declaration says analytics cookies are kept for at most 13 months.',
      ],
    ]);
  });

  it('CMP cookie lists, consent and signals are never uncertain, and name what they used', () => {
    const list = cmp({ categories: ['necessary', 'analytics'], cookies: [] });
    const withList = cmp({
      categories: ['necessary', 'analytics'],
      cookies: [{ name: 'OptanonConsent', category: 'necessary', maxDays: 365 }],
    });
    const consentBy = {
      source: 'cmp:onetrust' as const,
      url: 'https://shop.example.com/',
      host: 'shop.example.com',
    };
    const ds = findDiscrepancies(
      input([part(policy({ categories: ['necessary', 'analytics'] })), part(withList)], {
        consent: [
          { time: 1000, cmp: 'onetrust', status: 'none', categories: {}, evidence: 'no choice' },
        ],
        consentBy,
        signals: {
          dntSent: true,
          gpcSent: false,
          siteHonorsDnt: {
            honors: true,
            quote: 'We honour Do Not Track.',
            by: { source: 'policy-text', url: POLICY_URL, host: 'shop.example.com' },
          },
          siteHonorsGpc: null,
        },
      }),
    );
    expect(ds.map((d) => [d.kind, d.subject, d.checkPolicy, d.declaredBy])).toEqual([
      ['before-consent', 'analytics', null, [consentBy]],
      [
        'dnt-ignored',
        'dnt',
        null,
        [{ source: 'policy-text', url: POLICY_URL, host: 'shop.example.com' }],
      ],
      [
        'undeclared-cookie',
        '_ga@shop.example.com',
        null,
        [{ source: 'cmp:onetrust', url: 'https://shop.example.com/', host: 'shop.example.com' }],
      ],
    ]);
    expect(findDiscrepancies(input([part(list)])).map((d) => d.kind)).toEqual([]);
  });

  it('no-declaration names no declaration, only its hosts', () => {
    const ds = findDiscrepancies(input([], { declared: null }));
    expect(ds.map((d) => [d.kind, d.declaredBy, d.hosts, d.checkPolicy])).toEqual([
      ['no-declaration', [], ['shop.example.com'], null],
    ]);
  });

  it('quotes at most 240 characters of a long unmapped sentence in the explanation, all of it in checkPolicy', () => {
    const long = `We ${'really '.repeat(60)}care about cookies.`;
    const [d] = findDiscrepancies(input([part(policy({ unmapped: [long] }))]));
    expect(d!.checkPolicy).toEqual({ unmapped: 1, firstQuote: long, url: POLICY_URL });
    const quoted = /“([^”]*)”/.exec(d!.explanation)![1]!;
    expect([quoted.length, quoted.endsWith('…')]).toEqual([240, true]);
  });
});

describe('undeclared-category when the policy names the category without declaring it', () => {
  const DEFINES = 'Analytics cookies are cookies that count visits to a website.';
  const named = (over: Partial<DeclaredPolicy> = {}): DeclaredPolicy =>
    policy({ unmapped: [], mentioned: [{ category: 'analytics', quote: DEFINES }], ...over });

  it('says where it is named and carries checkPolicy with the quote', () => {
    const [d] = findDiscrepancies(input([part(named())]));
    expect(d!.checkPolicy).toEqual({
      unmapped: 0,
      firstQuote: '',
      url: POLICY_URL,
      mentioned: DEFINES,
    });
    expect(d!.explanation).toBe(
      'The site uses analytics (audience measurement) cookies or trackers (1 cookie), but its ' +
        'declaration (policy-text) lists necessary. The policy mentions analytics (“Analytics ' +
        'cookies are cookies that count visits to a website.”), but not in a sentence the reader ' +
        'read as the site declaring its own use: check the policy, it may declare this category there.',
    );
  });

  it('prefers the mention to the unmapped sentences when there are both', () => {
    const [d] = findDiscrepancies(input([part(named({ unmapped: UNMAPPED }))]));
    expect(d!.checkPolicy).toEqual({ ...CHECK, mentioned: DEFINES });
    expect(d!.explanation).toContain('The policy mentions analytics (“Analytics cookies are');
  });

  it('is a plain finding when the policy names another category only', () => {
    const other = named({ mentioned: [{ category: 'advertising', quote: 'Ads cookies are …' }] });
    const [d] = findDiscrepancies(input([part(other)]));
    expect([d!.subject, d!.checkPolicy]).toEqual(['analytics', null]);
  });

  it('is a plain finding when a CMP declaration checked too does not list it', () => {
    const ds = findDiscrepancies(
      input([part(named()), part(cmp({ categories: ['necessary'], cookies: [] }))]),
    );
    expect(ds.map((d) => [d.kind, d.checkPolicy])).toEqual([['undeclared-category', null]]);
  });

  it('does not hedge other kinds of finding (a vendor not named)', () => {
    const ds = findDiscrepancies(
      input(
        [
          part(
            named({
              categories: ['necessary', 'analytics'],
              vendors: ['Matomo'],
            }),
          ),
        ],
        { cookies: [], requests: [beacon] },
      ),
    );
    // (Beacons are a technology the policy does not name: an absence, but not a category's.)
    expect(ds.map((d) => [d.kind, d.checkPolicy])).toEqual([
      ['undeclared-vendor', null],
      ['undeclared-technology', null],
    ]);
  });
});
