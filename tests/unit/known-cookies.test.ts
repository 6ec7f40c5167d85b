import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import {
  KNOWN_COOKIES,
  type CookieMatchedBy,
  type KnownCookie,
  builtinCookieKnowledge,
  createCookieKnowledge,
} from '../../lib/core/known-cookies/index.ts';
import { fileURLToPath } from 'node:url';
import { type KnowledgeSource, lookupKnownCookie } from '../../lib/core/classify/cookie.ts';
import type { Category } from '../../lib/core/types.ts';
import { buildOcdAsset } from '../../scripts/ocd-asset.ts';

const CATEGORIES: readonly Category[] = [
  'necessary',
  'preferences',
  'analytics',
  'advertising',
  'social',
  'unknown',
];

function entry(name: string, vendor: string, extra: Partial<KnownCookie> = {}): KnownCookie {
  return {
    name,
    match: 'exact',
    vendor,
    category: 'unknown',
    lifetimeDays: null,
    source: 'https://example.org/doc',
    ...extra,
  };
}

describe('createCookieKnowledge: match order', () => {
  const table = [
    entry('sid', 'A'),
    entry('sid', 'B', { domain: 'example.com' }),
    entry('s', 'C', { match: 'prefix' }),
    entry('si', 'D', { match: 'prefix' }),
    entry('si', 'E', { match: 'prefix', domain: 'example.com' }),
    entry('_ga', 'F'),
    entry('_ga_', 'G', { match: 'prefix' }),
    entry('uid', 'H', { domain: 'criteo.com' }),
    entry('u', 'I', { match: 'prefix' }),
    entry('sid', 'A2'),
  ];
  const knowledge = createCookieKnowledge(table);

  it.each<[string, string | undefined, string | null, CookieMatchedBy | null]>([
    ['sid', 'example.com', 'B', 'name+domain'],
    ['sid', 'www.example.com', 'B', 'name+domain'],
    ['sid', '.example.com', 'B', 'name+domain'],
    ['sid', 'EXAMPLE.COM', 'B', 'name+domain'],
    ['sid', 'notexample.com', 'A', 'name'],
    ['sid', 'other.org', 'A', 'name'],
    ['sid', undefined, 'A', 'name'],
    ['six', 'example.com', 'E', 'prefix'],
    ['six', undefined, 'D', 'prefix'],
    ['sx', undefined, 'C', 'prefix'],
    ['_ga_ABC123', undefined, 'G', 'prefix'],
    ['_ga', undefined, 'F', 'name'],
    ['uid', 'criteo.com', 'H', 'name+domain'],
    // A domain-bound name never matches elsewhere; a shorter prefix may.
    ['uid', 'example.com', 'I', 'prefix'],
    ['uid', undefined, 'I', 'prefix'],
    ['SID', undefined, null, null],
    ['x', undefined, null, null],
    ['', undefined, null, null],
  ])('lookup(%j, %j) → %s by %s', (name, domain, vendor, matchedBy) => {
    const found = knowledge.lookup(name, domain);
    expect(found?.entry.vendor ?? null).toBe(vendor);
    expect(found?.matchedBy ?? null).toBe(matchedBy);
  });

  it('keeps the first of duplicate entries', () => {
    expect(knowledge.size).toBe(table.length - 1);
    expect(knowledge.lookup('sid')?.entry.vendor).toBe('A');
  });
});

describe('built-in table', () => {
  it('has at least 150 entries, all indexed', () => {
    expect(KNOWN_COOKIES.length).toBeGreaterThanOrEqual(150);
    expect(builtinCookieKnowledge().size).toBe(KNOWN_COOKIES.length);
  });

  it.each(KNOWN_COOKIES.map((e) => [`${e.name}${e.domain ? ` @${e.domain}` : ''}`, e] as const))(
    '%s is well formed',
    (_label, e) => {
      expect(e.name).not.toBe('');
      expect(e.name.trim()).toBe(e.name);
      expect(['exact', 'prefix']).toContain(e.match);
      expect(CATEGORIES).toContain(e.category);
      expect(e.vendor).not.toBe('');
      expect(new URL(e.source).protocol).toBe('https:');
      if (e.lifetimeDays !== null) {
        expect(Number.isFinite(e.lifetimeDays)).toBe(true);
        expect(e.lifetimeDays).toBeGreaterThan(0);
      }
      if (e.domain !== undefined) expect(getDomain(e.domain)).toBe(e.domain);
    },
  );

  const knowledge = builtinCookieKnowledge();
  it.each<[string, string | undefined, string, Category, CookieMatchedBy, string]>([
    ['_gat_UA-123-1', undefined, 'Google', 'analytics', 'prefix', '_gat_'],
    ['IDE', '.doubleclick.net', 'Google', 'advertising', 'name+domain', 'IDE'],
    ['test_cookie', 'doubleclick.net', 'Google', 'advertising', 'name+domain', 'test_cookie'],
    ['NID', '.google.com', 'Google', 'advertising', 'name+domain', 'NID'],
    ['_fbp', 'shop.example', 'Meta', 'advertising', 'name', '_fbp'],
    ['datr', 'www.facebook.com', 'Meta', 'social', 'name+domain', 'datr'],
    ['_uetvid', undefined, 'Microsoft', 'advertising', 'name', '_uetvid'],
    ['_clck', undefined, 'Microsoft', 'analytics', 'name', '_clck'],
    ['MR', '.c.clarity.ms', 'Microsoft', 'advertising', 'name+domain', 'MR'],
    ['bcookie', '.linkedin.com', 'LinkedIn', 'social', 'name', 'bcookie'],
    ['guest_id', '.x.com', 'X', 'social', 'name', 'guest_id'],
    ['_pin_unauth', undefined, 'Pinterest', 'advertising', 'name', '_pin_unauth'],
    ['_scid', undefined, 'Snap', 'advertising', 'name', '_scid'],
    ['_hjSessionUser_1234', undefined, 'Hotjar', 'analytics', 'prefix', '_hjSessionUser_'],
    ['_hjSession_1234', undefined, 'Hotjar', 'analytics', 'prefix', '_hjSession_'],
    ['__hstc', undefined, 'HubSpot', 'analytics', 'name', '__hstc'],
    ['__hs_opt_out', undefined, 'HubSpot', 'necessary', 'name', '__hs_opt_out'],
    ['AMCV_1234%40AdobeOrg', undefined, 'Adobe', 'analytics', 'prefix', 'AMCV_'],
    ['AMCVS_1234%40AdobeOrg', undefined, 'Adobe', 'analytics', 'prefix', 'AMCVS_'],
    ['ajs_anonymous_id', undefined, 'Segment', 'analytics', 'name', 'ajs_anonymous_id'],
    ['AMP_7ab1c2d3e4', undefined, 'Amplitude', 'analytics', 'prefix', 'AMP_'],
    ['uid', '.criteo.com', 'Criteo', 'advertising', 'name+domain', 'uid'],
    ['__qca', undefined, 'Quantcast', 'advertising', 'name', '__qca'],
    ['t_gid', undefined, 'Taboola', 'advertising', 'name', 't_gid'],
    ['OptanonConsent', undefined, 'OneTrust', 'necessary', 'name', 'OptanonConsent'],
    ['CookieConsent', undefined, 'Cookiebot', 'necessary', 'name', 'CookieConsent'],
    ['euconsent-v2', undefined, 'IAB TCF', 'necessary', 'name', 'euconsent-v2'],
    ['didomi_token', undefined, 'Didomi', 'necessary', 'name', 'didomi_token'],
    ['PHPSESSID', undefined, 'PHP', 'necessary', 'name', 'PHPSESSID'],
    ['JSESSIONID', undefined, 'Jakarta Servlet', 'necessary', 'name', 'JSESSIONID'],
    [
      '.AspNetCore.Antiforgery.9fXoN5jHCXs',
      undefined,
      'Microsoft ASP.NET Core',
      'necessary',
      'prefix',
      '.AspNetCore.',
    ],
    ['csrftoken', undefined, 'Django', 'necessary', 'name', 'csrftoken'],
    ['__cf_bm', undefined, 'Cloudflare', 'necessary', 'name', '__cf_bm'],
    ['AWSALB', undefined, 'Amazon Web Services', 'necessary', 'name', 'AWSALB'],
    ['incap_ses_123_456', undefined, 'Imperva', 'necessary', 'prefix', 'incap_ses_'],
    ['__stripe_mid', undefined, 'Stripe', 'necessary', 'name', '__stripe_mid'],
  ])('%s @ %j → %s %s (%s %s)', (name, domain, vendor, category, matchedBy, entryName) => {
    const found = knowledge.lookup(name, domain);
    expect(found).toMatchObject({ matchedBy, entry: { name: entryName, vendor, category } });
  });

  it.each<[string, string | undefined]>([
    ['IDE', undefined],
    ['IDE', 'example.com'],
    ['datr', 'example.com'],
    ['uid', 'example.com'],
    ['session', undefined],
  ])('%s @ %j is not claimed by a domain-bound entry', (name, domain) => {
    expect(knowledge.lookup(name, domain)).toBeNull();
  });

  it('gives documented lifetimes in days (null = session)', () => {
    expect(knowledge.lookup('_gat_UA-1')?.entry.lifetimeDays).toBeCloseTo(1 / 1440, 12);
    expect(knowledge.lookup('__utmv')?.entry.lifetimeDays).toBe(730);
    expect(knowledge.lookup('csrftoken')?.entry.lifetimeDays).toBe(364);
    expect(knowledge.lookup('sessionid')?.entry.lifetimeDays).toBe(14);
  });
});

describe('the well-known cookies the built-in table leaves to the Open Cookie Database', () => {
  const bundled = buildOcdAsset(fileURLToPath(new URL('../..', import.meta.url)));
  const sources: KnowledgeSource[] = [
    { list: 'built-in', knowledge: builtinCookieKnowledge() },
    { list: 'Open Cookie Database', knowledge: createCookieKnowledge(bundled.entries) },
  ];
  it.each<[string, string, Category, number | null]>([
    ['_ga', 'example.com', 'analytics', 730],
    ['_ga_ABC123', 'example.com', 'analytics', 730],
    ['_gid', 'example.com', 'analytics', 1],
    ['_gac_UA-123-1', 'example.com', 'advertising', 90],
    ['__utmz', 'example.com', 'analytics', 180],
    ['_gcl_au', 'example.com', 'advertising', 90],
    ['fr', '.facebook.com', 'advertising', 90],
    ['_ttp', 'example.com', 'advertising', 389],
    ['_pk_id.1.1fff', 'example.com', 'analytics', 390],
    ['_ym_uid', 'example.com', 'analytics', 365],
    ['wp-settings-1', 'example.com', 'preferences', 365],
  ])('%s @ %s → %s, %s days, from the database', (name, domain, category, days) => {
    const hit = lookupKnownCookie(sources, name, domain);
    expect(hit?.list).toBe('Open Cookie Database');
    expect(hit?.entry.category).toBe(category);
    expect(hit?.entry.lifetimeDays).toBe(days);
  });
});
