// Finding a page's CMP configuration: the ids in its script tags and the URLs
// of the declaration files (for the browser wiring, which does the fetching).
// HTML is read with node-html-parser, never with regexes over markup, through
// the policy reader's parseHtml: the library's own repair of unclosed
// elements and comments is quadratic on hostile pages.
import { parseHtml } from '../policy/html.ts';
import { LIMITS, fail, isRecord, ok } from './result.ts';
import type { CmpResult } from './types.ts';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
// OneTrust's test scripts use "<uuid>-test" (their self-hosting readme).
const DOMAIN_SCRIPT_RE = new RegExp(`^${UUID}(?:-test)?$`);
const CBID_RE = new RegExp(`^${UUID}$`);
const ONETRUST_HOSTS =
  /(?:^|\.)(?:cookielaw\.org|onetrust\.com|cookiepro\.com|optanon\.blob\.core\.windows\.net|cookiepro\.blob\.core\.windows\.net)$/i;

function scripts(html: string) {
  if (typeof html !== 'string' || html.length > LIMITS.htmlChars) return [];
  try {
    return parseHtml(html).querySelectorAll('script');
  } catch {
    return [];
  }
}

function hostOf(src: string): string {
  const m = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(src.trim());
  return m ? (m[1] as string) : '';
}

/**
 * The `data-domain-script` id of the page's OneTrust otSDKStub.js tag
 * (`<script src=".../scripttemplates/otSDKStub.js" data-domain-script="<uuid>">`),
 * else of another script served from a OneTrust CDN; null when absent or malformed.
 */
export function oneTrustDomainScriptFrom(html: string): string | null {
  const tags = scripts(html).filter((s) => s.hasAttribute('data-domain-script'));
  const stub = tags.find((s) => /otSDKStub/i.test(s.getAttribute('src') ?? ''));
  const cdn = tags.find((s) => ONETRUST_HOSTS.test(hostOf(s.getAttribute('src') ?? '')));
  const id = (stub ?? cdn)?.getAttribute('data-domain-script')?.trim() ?? '';
  return DOMAIN_SCRIPT_RE.test(id) ? id : null;
}

/**
 * The Cookiebot domain-group id: `<script id="Cookiebot" src=".../uc.js" data-cbid="…">`,
 * or `?cbid=` / `/<cbid>/cc.js` in a consent.cookiebot.com script URL.
 */
export function cookiebotIdFrom(html: string): string | null {
  for (const s of scripts(html)) {
    const src = s.getAttribute('src') ?? '';
    const fromAttr = s.getAttribute('data-cbid')?.trim() ?? '';
    if (CBID_RE.test(fromAttr) && (/cookiebot/i.test(src) || s.id === 'Cookiebot')) return fromAttr;
    if (!/(?:^|\.)cookiebot\.(?:com|eu)$/i.test(hostOf(src))) continue;
    const m = new RegExp(`[?&]cbid=(${UUID})|/(${UUID})/cc\\.js`).exec(src);
    if (m) return (m[1] ?? m[2]) as string;
  }
  return null;
}

/** Where Cookiebot serves the declaration; it answers only with the site as referer. */
export function cookiebotCcJsUrl(cbid: string, refererHost: string): string {
  return `https://consent.cookiebot.com/${encodeURIComponent(cbid)}/cc.js?referer=${encodeURIComponent(refererHost)}`;
}

export interface OneTrustRuleSet {
  id: string;
  name: string;
  /** Language codes offered (LanguageSwitcherPlaceholder values). */
  languages: string[];
  defaultLanguage: string | null;
}

/** The rule sets listed by consent/<id>/<id>.json (the index the stub loads first). */
export function oneTrustRuleSets(json: unknown): CmpResult<OneTrustRuleSet[]> {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      return fail('OneTrust rule-set index is not valid JSON');
    }
  }
  if (!isRecord(value) || !Array.isArray(value.RuleSet)) {
    return fail('not a OneTrust rule-set index (no RuleSet array)');
  }
  const notes: string[] = [];
  const sets: OneTrustRuleSet[] = [];
  for (const r of value.RuleSet.slice(0, 1000)) {
    if (!isRecord(r) || typeof r.Id !== 'string' || !/^[0-9a-fA-F-]{36}$/.test(r.Id)) {
      notes.push('a rule set without a valid Id was skipped');
      continue;
    }
    const langs = isRecord(r.LanguageSwitcherPlaceholder) ? r.LanguageSwitcherPlaceholder : {};
    const languages = [
      ...new Set(Object.values(langs).filter((l): l is string => typeof l === 'string')),
    ];
    const def = typeof langs.default === 'string' ? langs.default : null;
    sets.push({
      id: r.Id,
      name: typeof r.Name === 'string' ? r.Name : '',
      languages,
      defaultLanguage: def,
    });
  }
  return sets.length > 0 ? ok(sets, notes) : fail('the OneTrust rule-set index lists no rule set');
}

/** URL of the rule-set index the otSDKStub.js loads first. */
export function oneTrustRuleSetIndexUrl(
  domainScript: string,
  cdn = 'https://cdn.cookielaw.org',
): string {
  const id = encodeURIComponent(domainScript);
  return `${cdn}/consent/${id}/${id}.json`;
}

/** URL of one rule set's consent JSON in one language. */
export function oneTrustConsentJsonUrl(
  domainScript: string,
  ruleSetId: string,
  language: string,
  cdn = 'https://cdn.cookielaw.org',
): string {
  const seg = (s: string) => encodeURIComponent(s);
  return `${cdn}/consent/${seg(domainScript)}/${seg(ruleSetId)}/${seg(language)}.json`;
}
