import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type CookieClassification,
  type CookieClassifierDeps,
  type CookieDeclaration,
  type CookieToClassify,
  type KnowledgeSource,
  classifyCookie,
  lookupKnownCookie,
} from '../../lib/core/classify/index.ts';
import {
  type KnownCookie,
  builtinCookieKnowledge,
  createCookieKnowledge,
} from '../../lib/core/known-cookies/index.ts';
import type { ValueInfo } from '../../lib/core/types.ts';
import { buildOcdAsset } from '../../scripts/ocd-asset.ts';
import { CORRECTIONS } from '../../lib/core/classify/corrections.ts';
import { bundledClassifier } from './classify-helpers.ts';

const OCD_HOME = 'https://github.com/jkwakman/Open-Cookie-Database';
const ID_VALUE: ValueInfo = { length: 32, hashPrefix: '0123456789abcdef', entropy: 4.2 };
const SHORT_VALUE: ValueInfo = { length: 2, hashPrefix: 'fedcba9876543210', entropy: 1 };
const NONE = {
  category: 'unknown',
  vendor: null,
  evidence: { source: 'none', list: null },
} as const;

const classifier = bundledClassifier();
const builtin: KnowledgeSource = { list: 'built-in', knowledge: builtinCookieKnowledge() };
/** As the extension ships it: the built-in table, then the bundled Open Cookie Database. */
const shipped: KnowledgeSource = {
  list: 'Open Cookie Database',
  knowledge: createCookieKnowledge(
    buildOcdAsset(fileURLToPath(new URL('../..', import.meta.url))).entries,
  ),
};
const declarations: Record<string, CookieDeclaration> = {
  '_ga@shop.example': { category: 'necessary', maxDays: 365, source: 'cmp:cookiebot' },
  'cart_id@shop.example': { category: 'necessary', maxDays: 30 },
};
const deps: CookieClassifierDeps = {
  declared: (name, domain) => declarations[`${name}@${domain}`] ?? null,
  knowledge: [builtin, shipped],
  classifyRequest: classifier.classify,
};

function cookie(over: Partial<CookieToClassify>): CookieToClassify {
  return {
    name: 'x',
    domain: 'shop.example',
    party: 'first',
    setter: null,
    setBy: 'script',
    value: ID_VALUE,
    lifetimeDays: 365,
    pageSite: 'shop.example',
    ...over,
  };
}

const GA_OBSERVED = {
  category: 'analytics',
  vendor: 'Google',
  evidence: {
    source: 'known-cookie',
    list: 'Open Cookie Database',
    entry: '_ga',
    matchedBy: 'name',
    url: OCD_HOME,
  },
} as const;
const FB_CONNECT = {
  source: 'trackerdb',
  listId: 'trackerdb',
  list: 'Ghostery Tracker Database',
  rule: '||connect.facebook.net^$3p',
  match: 'filter',
  listCategory: 'site_analytics',
  pattern: 'facebook_connect',
} as const;
/** fbevents.js: the database says analytics, the correction layer advertising (the Meta Pixel). */
const FB_PIXEL_SCRIPT = {
  ...FB_CONNECT,
  correction: {
    pattern: 'connect.facebook.net/*/fbevents.js',
    reason: CORRECTIONS.find((c) => c.pattern === 'connect.facebook.net/*/fbevents.js')!.reason,
    source: 'https://developers.facebook.com/docs/meta-pixel/get-started',
    replaced: { category: 'analytics', vendor: 'Meta' },
  },
} as const;
const DOUBLECLICK = {
  source: 'trackerdb',
  listId: 'trackerdb',
  list: 'Ghostery Tracker Database',
  rule: '||doubleclick.net^$3p',
  match: 'filter',
  listCategory: 'advertising',
  pattern: 'doubleclick',
} as const;

describe('classifyCookie, in SPEC order', () => {
  it.each<[string, CookieToClassify, CookieClassification]>([
    [
      'declared by the CMP: the declared category, what the lists say kept beside it',
      cookie({ name: '_ga', domain: '.shop.example' }),
      {
        category: 'necessary',
        vendor: 'Google',
        evidence: { source: 'cmp', list: 'cmp:cookiebot', entry: '_ga' },
        declaredCategory: 'necessary',
        declaredMaxDays: 365,
        observed: GA_OBSERVED,
        identifierLike: false,
      },
    ],
    [
      'declared by the CMP and unknown to every list',
      cookie({ name: 'cart_id' }),
      {
        category: 'necessary',
        vendor: null,
        evidence: { source: 'cmp', list: 'cmp', entry: 'cart_id' },
        declaredCategory: 'necessary',
        declaredMaxDays: 30,
        observed: NONE,
        identifierLike: true,
      },
    ],
    [
      'a known cookie by exact name',
      cookie({ name: '_ga', pageSite: 'other.example', domain: 'other.example' }),
      { ...GA_OBSERVED, observed: GA_OBSERVED, identifierLike: false },
    ],
    [
      'a known cookie by prefix',
      cookie({ name: '_ga_XYZ123ABC' }),
      {
        category: 'analytics',
        vendor: 'Google',
        evidence: {
          source: 'known-cookie',
          list: 'Open Cookie Database',
          entry: '_ga_',
          matchedBy: 'prefix',
          url: OCD_HOME,
        },
        observed: {
          category: 'analytics',
          vendor: 'Google',
          evidence: {
            source: 'known-cookie',
            list: 'Open Cookie Database',
            entry: '_ga_',
            matchedBy: 'prefix',
            url: OCD_HOME,
          },
        },
        identifierLike: false,
      },
    ],
    [
      'an unknown third-party cookie on a tracker domain',
      cookie({ name: 'sync_xyz', domain: '.doubleclick.net', party: 'third', setBy: 'http' }),
      {
        category: 'advertising',
        vendor: 'Google',
        evidence: {
          source: 'tracker-domain',
          list: 'Ghostery Tracker Database',
          rule: '||doubleclick.net^$3p',
          url: 'https://doubleclick.net/',
          request: DOUBLECLICK,
        },
        observed: {
          category: 'advertising',
          vendor: 'Google',
          evidence: {
            source: 'tracker-domain',
            list: 'Ghostery Tracker Database',
            rule: '||doubleclick.net^$3p',
            url: 'https://doubleclick.net/',
            request: DOUBLECLICK,
          },
        },
        identifierLike: false,
      },
    ],
    [
      'an unknown first-party cookie written by a tracker script',
      cookie({ name: '_x_session', setter: 'https://connect.facebook.net/en_US/fbevents.js' }),
      {
        category: 'advertising',
        vendor: 'Meta',
        evidence: {
          source: 'tracker-script',
          list: 'Ghostery Tracker Database',
          rule: '||connect.facebook.net^$3p',
          url: 'https://connect.facebook.net/en_US/fbevents.js',
          request: FB_PIXEL_SCRIPT,
        },
        observed: {
          category: 'advertising',
          vendor: 'Meta',
          evidence: {
            source: 'tracker-script',
            list: 'Ghostery Tracker Database',
            rule: '||connect.facebook.net^$3p',
            url: 'https://connect.facebook.net/en_US/fbevents.js',
            request: FB_PIXEL_SCRIPT,
          },
        },
        identifierLike: false,
      },
    ],
    [
      'an unknown identifier-like cookie (long, high entropy, lives ≥ 90 days)',
      cookie({ name: 'visitor_token', setter: 'https://www.shop.example/static/app.js' }),
      { ...NONE, observed: NONE, identifierLike: true },
    ],
    [
      'an unknown short cookie',
      cookie({ name: 'theme', value: SHORT_VALUE }),
      { ...NONE, observed: NONE, identifierLike: false },
    ],
    [
      'an unknown ID-like session cookie is not identifier-like (lives < 90 days)',
      cookie({ name: 'visitor_token', lifetimeDays: null }),
      { ...NONE, observed: NONE, identifierLike: false },
    ],
  ])('%s', (_, input, expected) => {
    expect(classifyCookie(input, deps)).toEqual(expected);
  });

  it('works without a CMP declaration slot', () => {
    const { declared: _declared, ...withoutCmp } = deps;
    expect(classifyCookie(cookie({ name: '_ga' }), withoutCmp).evidence.source).toBe(
      'known-cookie',
    );
  });

  it('a first-party cookie is not classified by its own domain (a site is no tracker on itself)', () => {
    const onTracker = cookie({
      name: 'pref',
      domain: 'doubleclick.net',
      party: 'first',
      pageSite: 'doubleclick.net',
    });
    expect(classifyCookie(onTracker, deps).evidence.source).toBe('none');
  });
});

describe('lookupKnownCookie across databases (built-in first, then user OCD lists)', () => {
  const entry = (over: Partial<KnownCookie>): KnownCookie => ({
    name: 'x',
    match: 'exact',
    vendor: 'OCD vendor',
    category: 'preferences',
    lifetimeDays: null,
    source: 'https://github.com/jkwakman/Open-Cookie-Database',
    ...over,
  });
  const ocd: KnowledgeSource = {
    list: 'Open Cookie Database',
    knowledge: createCookieKnowledge([
      entry({ name: '__utmv', domain: 'shop.example', category: 'necessary' }),
      entry({ name: '_fbp', category: 'preferences' }),
      entry({ name: '_ga_XY', match: 'prefix', category: 'advertising' }),
      entry({ name: 'only_in_ocd' }),
    ]),
  };
  const sources = [builtin, ocd];

  it.each<[string, string, string, string | null]>([
    [
      'name+domain in a later database beats an exact name in the built-in table',
      '__utmv',
      'shop.example',
      'Open Cookie Database:name+domain:__utmv',
    ],
    ['on a tie the built-in table wins', '_fbp', 'shop.example', 'built-in:name:_fbp'],
    [
      'the longest prefix wins, whichever database has it',
      '_ga_XYZ',
      'shop.example',
      'Open Cookie Database:prefix:_ga_XY',
    ],
    [
      'a name only the user list knows',
      'only_in_ocd',
      'shop.example',
      'Open Cookie Database:name:only_in_ocd',
    ],
    ['a name nobody knows', 'nobody_knows', 'shop.example', null],
  ])('%s', (_, name, domain, expected) => {
    const hit = lookupKnownCookie(sources, name, domain);
    expect(hit ? `${hit.list}:${hit.matchedBy}:${hit.entry.name}` : null).toBe(expected);
  });
});

describe("a known cookie's vendor, named as the tracker database names the company", () => {
  const named: CookieClassifierDeps = { ...deps, entity: classifier.entity };
  const vendorOf = (name: string, domain: string, d = named) =>
    classifyCookie(cookie({ name, domain, party: 'third', pageSite: 'shop.example' }), d).vendor;

  it('maps pattern and organisation names to the organisation, case aside, and keeps others', () => {
    expect(classifier.entity('Facebook')).toBe('Meta');
    expect(classifier.entity('facebook')).toBe('Meta');
    expect(classifier.entity('LinkedIn')).toBe('Microsoft');
    expect(classifier.entity('Google Analytics')).toBe('Google');
    expect(classifier.entity('Google')).toBe('Google');
    expect(classifier.entity('Hotjar')).toBe('Hotjar');
    expect(classifier.entity('Corner Shop Analytics Ltd')).toBe('Corner Shop Analytics Ltd');
  });

  it("gives Facebook's fr cookie the vendor its pixel request has (Meta), not the cookie database's name", () => {
    const pixel = classifier.classify({
      url: 'https://www.facebook.com/tr?id=1',
      type: 'image',
      sourceUrl: 'https://shop.example/',
      party: 'third',
    });
    expect(vendorOf('fr', '.facebook.com', deps)).toBe('Facebook');
    expect(vendorOf('fr', '.facebook.com')).toBe(pixel!.vendor);
    expect(pixel!.vendor).toBe('Meta');
  });

  it('keeps the names when the tracker database is not used (open data only)', () => {
    const open = bundledClassifier({ trackerDatabase: false });
    expect(open.entity('Facebook')).toBe('Facebook');
  });
});
