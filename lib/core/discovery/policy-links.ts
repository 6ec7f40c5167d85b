// Which link of a page leads to its cookie / privacy policy. Link text and URL
// keywords in several languages; a cookie policy beats a privacy policy, and a
// link in the footer beats one elsewhere.
import { siteOf } from '../party.ts';

export interface PageLink {
  href: string;
  text: string;
  /** Inside <footer>, role=contentinfo, or an element whose id/class says footer. */
  inFooter: boolean;
}

export interface PolicyLinkCandidate {
  url: string;
  text: string;
  score: number;
  /** Which keyword matched, for the user to see why this page was chosen. */
  why: string;
}

// Strong: the page is about cookies. Weaker: a privacy / data-protection page.
const COOKIE_WORDS = [
  'cookie',
  'cookies',
  'témoins',
  'galletas',
  'cookie-richtlinie',
  'cookie-hinweise',
  'cookiebeleid',
  'informativa cookie',
  'política de cookies',
  'politique de cookies',
  'politique relative aux cookies',
];
const PRIVACY_WORDS = [
  'privacy',
  'privacy policy',
  'privacy notice',
  'privacy statement',
  'data protection',
  'datenschutz',
  'datenschutzerklärung',
  'confidentialité',
  'vie privée',
  'données personnelles',
  'privacidad',
  'protección de datos',
  'privacidade',
  'informativa privacy',
  'privacybeleid',
  'integritetspolicy',
];
const URL_COOKIE = /(cookie|cookies|galletas|temoins)/i;
const URL_PRIVACY =
  /(privacy|datenschutz|confidentialite|confidentialit%C3%A9|privacidad|privacidade|data-?protection|rgpd|gdpr|dsgvo)/i;
const NOT_POLICY =
  /(settings|preferences|einstellungen|param[eè]tres|configura|manage|opt-?out|do-not-sell)/i;

/** Longest link text and URL looked at: a policy link is short; page text is not. */
const MAX_TEXT = 1000;
const MAX_HREF = 4096;

function norm(s: string): string {
  return s.slice(0, MAX_TEXT).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Percent-decoded, keeping malformed escapes as written: `/100%-off` or a
 * lone surrogate's `%ED%A0%80` make decodeURIComponent throw.
 */
export function decodeLenient(s: string): string {
  return s.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

function pageHref(pageUrl: string): string | null {
  try {
    const href = new URL(pageUrl).href;
    const hash = href.indexOf('#');
    return hash < 0 ? href : href.slice(0, hash);
  } catch {
    return null;
  }
}

function candidate(
  l: PageLink,
  pageUrl: string,
  page: string,
  site: string,
): PolicyLinkCandidate | null {
  if (typeof l?.href !== 'string' || l.href.length > MAX_HREF) return null;
  let url: URL;
  try {
    url = new URL(l.href, pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.hash = '';
  // "#" and links to the page itself open a banner or do nothing.
  if (url.href === page) return null;
  const rawText = typeof l.text === 'string' ? l.text.slice(0, MAX_TEXT) : '';
  const text = norm(rawText).slice(0, 200);
  const path = decodeLenient(url.pathname + url.search).toLowerCase();
  let score = 0;
  let why = '';
  const cookieText = COOKIE_WORDS.find((w) => text.includes(w));
  const privacyText = PRIVACY_WORDS.find((w) => text.includes(w));
  if (cookieText) [score, why] = [60, `link text "${cookieText}"`];
  else if (privacyText) [score, why] = [40, `link text "${privacyText}"`];
  const cookieUrl = URL_COOKIE.exec(path);
  const privacyUrl = cookieUrl ? null : URL_PRIVACY.exec(path);
  if (cookieUrl) [score, why] = [score + 25, why || `URL contains "${cookieUrl[1]}"`];
  else if (privacyUrl) [score, why] = [score + 15, why || `URL contains "${privacyUrl[1]}"`];
  if (score === 0) return null;
  // "Cookie settings" opens a banner, it is not the policy.
  if (NOT_POLICY.test(text) || NOT_POLICY.test(path)) score -= 45;
  if (l.inFooter) score += 10;
  if (siteOf(url.href) !== site) score -= 30;
  if (score <= 0) return null;
  return { url: url.href, text: rawText.trim().slice(0, 200), score, why };
}

/**
 * The page's likely policy links, best first. Links come from the page and are
 * hostile: one that cannot be read (malformed URL or escape, not http(s),
 * absurdly long) is skipped on its own, and the others are still ranked.
 */
export function rankPolicyLinks(
  links: PageLink[],
  pageUrl: string,
  max = 5,
): PolicyLinkCandidate[] {
  const page = pageHref(pageUrl);
  if (page === null || !Array.isArray(links)) return [];
  const site = siteOf(pageUrl);
  const seen = new Map<string, PolicyLinkCandidate>();
  for (const l of links) {
    let c: PolicyLinkCandidate | null;
    try {
      c = candidate(l, pageUrl, page, site);
    } catch {
      continue;
    }
    if (!c) continue;
    const prev = seen.get(c.url);
    if (!prev || prev.score < c.score) seen.set(c.url, c);
  }
  return [...seen.values()]
    .sort((a, b) => b.score - a.score || a.url.localeCompare(b.url))
    .slice(0, max);
}

/**
 * May the background fetch this policy URL for this page? The site's own
 * pages, or a legal/privacy host of the same brand (a group's
 * `privacy.example-group.com` for `example.de`: same first label of the
 * registrable domain). Never anything else: the extension sends nothing to
 * third parties, and a hostile page cannot point it at a loopback or
 * intranet address.
 */
export function policyFetchAllowed(url: string, pageUrl: string): boolean {
  let u: URL;
  let page: URL;
  try {
    u = new URL(url);
    page = new URL(pageUrl);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
  if (u.username || u.password) return false;
  const isIpLiteral = /^[\d.]+$|^\[/.test(u.hostname);
  if (isIpLiteral) return u.hostname === page.hostname;
  const site = siteOf(page.href);
  const target = siteOf(u.href);
  if (target === site) return true;
  const brand = (d: string) => d.split('.')[0] ?? '';
  return (
    brand(target) === brand(site) &&
    brand(site).length >= 3 &&
    /^(legal|privacy|policies|policy|cookies?|datenschutz|trust)\./i.test(u.hostname)
  );
}

/** A well-known JSON resource's top level: an object, or why it is not one. */
export function jsonObject(
  text: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    return { ok: false, error: 'not an object' };
  return { ok: true, value: v as Record<string, unknown> };
}

/**
 * /.well-known/gpc.json (GPC spec, section 3.4): an object whose `gpc` is a
 * boolean, with an optional `lastUpdate` date. Anything else is not a
 * statement, and says so.
 */
export function readGpcJson(
  text: string,
): { ok: true; gpc: boolean; lastUpdate: string | null } | { ok: false; error: string } {
  const j = jsonObject(text);
  if (!j.ok) return j;
  const o = j.value;
  if (typeof o.gpc !== 'boolean') return { ok: false, error: '"gpc" is not a boolean' };
  return {
    ok: true,
    gpc: o.gpc,
    lastUpdate: typeof o.lastUpdate === 'string' ? o.lastUpdate : null,
  };
}
