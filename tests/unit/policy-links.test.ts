import { describe, expect, it } from 'vitest';
import {
  policyFetchAllowed,
  rankPolicyLinks,
  readGpcJson,
} from '../../lib/core/discovery/policy-links.ts';

const page = 'https://www.shop.com/products/mug';
const link = (href: string, text: string, inFooter = true) => ({ href, text, inFooter });

describe('policy link discovery', () => {
  it('prefers the cookie policy in the footer over privacy and settings links', () => {
    const ranked = rankPolicyLinks(
      [
        link('/privacy', 'Privacy policy'),
        link('#', 'Cookie settings'),
        link('/legal/cookies', 'Cookie policy'),
        link('/about', 'About us'),
        link('https://twitter.com/shop', 'Twitter'),
        link('/help/cookies', 'Cookies', false),
      ],
      page,
    );
    expect(ranked.map((c) => [c.url, c.score, c.why])).toEqual([
      ['https://www.shop.com/legal/cookies', 95, 'link text "cookie"'],
      ['https://www.shop.com/help/cookies', 85, 'link text "cookie"'],
      ['https://www.shop.com/privacy', 65, 'link text "privacy"'],
    ]);
  });

  it.each([
    ['Datenschutzerklärung', '/datenschutz', 'link text "datenschutz"'],
    ['Politique de confidentialité', '/confidentialite', 'link text "confidentialité"'],
    ['Política de privacidad', '/privacidad', 'link text "privacidad"'],
    ['Politique de cookies', '/cookies', 'link text "cookie"'],
    ['Legal', '/legal/privacy-notice', 'URL contains "privacy"'],
  ])('%s', (text, href, why) => {
    expect(rankPolicyLinks([link(href, text)], page)[0]?.why).toBe(why);
  });

  it('ignores non-http links and junk without throwing', () => {
    expect(
      rankPolicyLinks(
        [
          link('javascript:openCookieBanner()', 'Cookies'),
          link('http://[bad', 'privacy'),
          link('mailto:dpo@shop.com', 'Privacy'),
        ],
        page,
      ),
    ).toEqual([]);
  });

  it.each([
    ['https://shop.com/privacy', true],
    ['https://legal.shop.com/cookies', true],
    ['https://privacy.shop.com/cookies', true], // same brand, legal host
    ['https://policies.group-holding.example/privacy', false],
    ['https://privacy.localhost/', false],
    ['http://127.0.0.1:8080/privacy', false],
    ['https://tracker.example/collect', false],
    ['file:///etc/passwd', false],
    ['https://user:pw@shop.com/privacy', false],
  ])('fetch of %s allowed: %s', (url, ok) => {
    expect(policyFetchAllowed(url, page)).toBe(ok);
  });
});

describe('/.well-known/gpc.json', () => {
  it.each([
    [
      '{"gpc": true, "lastUpdate": "2026-01-01"}',
      { ok: true, gpc: true, lastUpdate: '2026-01-01' },
    ],
    ['{"gpc": false}', { ok: true, gpc: false, lastUpdate: null }],
    ['{"gpc": "yes"}', { ok: false, error: '"gpc" is not a boolean' }],
    ['[true]', { ok: false, error: 'not an object' }],
    ['<html>Not found</html>', { ok: false, error: 'not JSON' }],
  ])('%s', (text, expected) => {
    expect(readGpcJson(text)).toEqual(expected);
  });
});
