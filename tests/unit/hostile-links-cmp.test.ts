// Policy link discovery and CMP payload readers (cc.js, JS literals) on
// hostile input. See hostile-helpers.ts for the budget.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCookiebotCcJs } from '../../lib/core/cmp/cookiebot.ts';
import { cookiebotIdFrom, oneTrustDomainScriptFrom } from '../../lib/core/cmp/discover.ts';
import { readJsLiteral } from '../../lib/core/cmp/jsliteral.ts';
import {
  decodeLenient,
  policyFetchAllowed,
  rankPolicyLinks,
  type PageLink,
} from '../../lib/core/discovery/policy-links.ts';
import { LONG, RUNS, shape, soup, withinBudget } from './hostile-helpers.ts';

// --- policy link discovery ---------------------------------------------------

// prettier-ignore
const HREF_TOKENS = [
  '/', '%', '%%', '%2', '%E0%A4%A', '%ED%A0%80', '%C3%A9', '100%-off', 'javascript:', 'data:',
  'mailto:', 'http://', 'https://', 'https://[::1]', '//', '?', '#', '..', 'cookie', 'cookies',
  'privacy', 'datenschutz', 'politique-de-cookies', 'settings', '\u0000', '\n', ' ', 'é', '\ud800',
  'a.com', 'xn--', ':', '@', '\\',
];
const href = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  soup(HREF_TOKENS, 12),
  fc
    .tuple(fc.constantFrom(...HREF_TOKENS), fc.integer({ min: 100, max: 3000 }))
    .map(([t, n]) => t.repeat(n)),
);
const link: fc.Arbitrary<PageLink> = fc.record({
  href,
  text: soup(['Cookie policy', 'Privacy', 'Cookie settings', 'Datenschutz', ' ', '\n', 'é'], 6),
  inFooter: fc.boolean(),
});
const pageUrl = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'https://shop.example.com/a?b#c',
    'http://127.0.0.1:8080/',
    'about:blank',
    'not a url',
    '',
  ),
);

describe('policy link discovery on hostile links', () => {
  it(
    `ranks ${RUNS} generated link sets without an exception`,
    () => {
      fc.assert(
        fc.property(fc.array(link, { maxLength: 12 }), pageUrl, (links, page) => {
          const ranked = rankPolicyLinks(links, page);
          expect(ranked.length).toBeLessThanOrEqual(5);
          for (const c of ranked) {
            expect(c.url).toMatch(/^https?:\/\//);
            policyFetchAllowed(c.url, page);
          }
        }),
        { numRuns: RUNS },
      );
    },
    LONG,
  );

  it('skips a malformed link on its own, and still ranks the others', () => {
    const links: PageLink[] = [
      { href: '/100%-off', text: 'Privacy', inFooter: true },
      { href: '/privacy/%E0%A4%A', text: 'Privacy policy', inFooter: true },
      { href: 'javascript:alert(1)', text: 'Cookie policy', inFooter: true },
      { href: `/${'a'.repeat(100_000)}`, text: 'Cookie policy', inFooter: true },
      { href: '/cookie-policy', text: 'Cookie policy', inFooter: true },
    ];
    expect(rankPolicyLinks(links, 'https://shop.example/').map((c) => c.url)).toEqual([
      'https://shop.example/cookie-policy',
      'https://shop.example/privacy/%E0%A4%A',
      'https://shop.example/100%-off',
    ]);
  });

  it('decodes what it can of a malformed escape', () => {
    expect(decodeLenient('/100%-off/%C3%A9t%C3%A9/%E0%A4%A/%ED%A0%80')).toBe(
      '/100%-off/été/%E0%A4%A/%ED%A0%80',
    );
  });
});

// --- CMP payloads ------------------------------------------------------------

// prettier-ignore
const JS_TOKENS = [
  '[', ']', '{', '}', ',', ':', '"', "'", '\\', '\\u', '\\u{', '\\x', '\\n', '1', '-', '.', 'e',
  '!0', '!1', 'true', 'null', 'undefined', 'a', '$', ' ', '\n', '\u2028',
  'CookieConsentDialog.cookieTableNecessary = ', 'CookieConsentDialog.privacyPolicies=',
  "['_ga','example.com','Analytics','2 years','HTTP','1']", 'CookieConsent.setOutOfRegion',
  "cookiedomainwarning='",
];
const jsText = soup(JS_TOKENS);

describe('CMP payload readers on hostile input', () => {
  it(
    `readJsLiteral: ${RUNS} generated literals give a value or an error, never an exception`,
    () => {
      fc.assert(
        fc.property(jsText, (text) => {
          const read = withinBudget('jsliteral', text, () => readJsLiteral(text));
          expect(typeof read.ok).toBe('boolean');
        }),
        { numRuns: RUNS },
      );
    },
    LONG,
  );

  it(
    `readCookiebotCcJs: ${RUNS} generated cc.js files give a result, never an exception`,
    () => {
      fc.assert(
        fc.property(jsText, (text) => {
          const read = withinBudget('cc.js', text, () => readCookiebotCcJs(text));
          expect(typeof read.ok).toBe('boolean');
        }),
        { numRuns: RUNS },
      );
    },
    LONG,
  );

  it.each([
    shape('CookieConsentDialog.cookieTableNecessary = ["', '\\u{', '"]'),
    shape('CookieConsentDialog.cookieTableNecessary = [', '[', ''),
    shape('CookieConsentDialog.cookieTableNecessary = ["', 'a', ''),
    shape('', 'CookieConsentDialog.cookieTableNecessary = ["', ''),
  ])('a long adversarial cc.js (200 KB) reads in linear time', (text) => {
    withinBudget('cc.js', text, () => readCookiebotCcJs(text));
  });

  it.each([
    shape('<html><body>', '<div>', ''),
    shape('<html><body>', '<!--', ''),
    shape('<html><body>', '<![CDATA[', ''),
    shape('', '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" ', ''),
  ])('a long adversarial page (200 KB) is searched for CMP ids in linear time', (html) => {
    expect(withinBudget('discover', html, () => oneTrustDomainScriptFrom(html))).toBeNull();
    expect(withinBudget('discover', html, () => cookiebotIdFrom(html))).toBeNull();
  });
});
