// Known mis-categorisations of the bundled tracker database, fixed by URL
// pattern (SPEC "Classification": "a small documented correction layer, keyed
// by URL pattern, fixes known mis-categorisations of the tracker database
// (each correction with its reason, shown as evidence)").
//
// A correction is applied after the lists have spoken (request.ts): when its
// pattern matches a request, its category (and vendor, when it names one)
// replace what the database or a list said, and the classification's evidence
// keeps both the rule that matched and the correction, with its reason and
// source. A correction that agrees with the lists changes nothing and is not
// shown. For a third-party request no list knows, a correction classifies it
// on its own (evidence source 'correction').
//
// Every entry here is checked by tests/unit/classify-common-services.test.ts against
// tests/fixtures/reference-services.json, the categories a privacy expert gives
// the most common third-party services: add an entry only with a row there
// that needs it, a reason, and the vendor's own documentation as source.
//
// Pattern syntax (no regular expressions; matching is linear in the URL):
//   host[/path][?name=prefix]
// - host: the exact host, or `*.example.com` for example.com and every
//   subdomain of it;
// - path: `/`-separated segments compared with the URL's first segments
//   (`*` = any one segment): `/gtag/js` matches `/gtag/js` and `/gtag/js/x`,
//   not `/gtag/jsx`; no path = the whole host;
// - `?name=prefix`: the query has a parameter `name` whose value starts with
//   `prefix` (`?id=AW-`).
// Hosts, paths and parameters are compared case-insensitively, as filter
// lists do. When several entries match, the most specific one wins: a query
// condition first, then more path segments, then an exact host over `*.`.
import type { Category } from '../types.ts';

export interface Correction {
  pattern: string;
  category: Category;
  /** The organisation receiving the request, when the lists name it wrongly or not at all. */
  vendor?: string;
  /** Why the lists' category is wrong for these URLs, in one or two sentences. */
  reason: string;
  /** Where the fact comes from: the vendor's documentation (never fetched). */
  source: string;
}

/** What a correction did to a classification (RequestEvidence.correction). */
export interface AppliedCorrection {
  pattern: string;
  reason: string;
  source: string;
  /** What the lists said before, or null when none knew the request. */
  replaced: { category: Category; vendor: string | null } | null;
}

export const CORRECTIONS_LIST_ID = 'corrections';
export const CORRECTIONS_LIST_NAME = 'Cookie Audit corrections';

const GTAG_DOC = 'https://developers.google.com/tag-platform/gtagjs/install';

export const CORRECTIONS: readonly Correction[] = [
  // --- Google: the gtag.js loader is Google Analytics' loader unless it is
  // loaded for an Ads or Floodlight id. The ad requests an Ads tag makes
  // (googleads.g.doubleclick.net, google.com/pagead…) are classified on their
  // own, so calling the loader analytics hides no advertising.
  {
    pattern: 'www.googletagmanager.com/gtag/js',
    category: 'analytics',
    reason:
      'gtag.js is the Google tag that installs Google Analytics 4 (G- ids); the database files every gtag.js load as advertising. Loaded for Google Ads (AW-) or Floodlight (DC-) ids it stays advertising (next entries), and the ad requests it triggers are classified on their own.',
    source: GTAG_DOC,
  },
  {
    pattern: 'www.googletagmanager.com/gtag/js?id=AW-',
    category: 'advertising',
    reason:
      'gtag.js loaded for a Google Ads conversion id (AW-): conversion tracking and remarketing.',
    source: 'https://support.google.com/google-ads/answer/7548399',
  },
  {
    pattern: 'www.googletagmanager.com/gtag/js?id=DC-',
    category: 'advertising',
    reason:
      'gtag.js loaded for a Campaign Manager 360 Floodlight id (DC-): ad conversion tracking.',
    source: 'https://support.google.com/campaignmanager/answer/7554821',
  },
  {
    pattern: '*.analytics.google.com/g/collect',
    category: 'analytics',
    reason:
      'Google Analytics 4 sends its measurement hits to analytics.google.com/g/collect (region1.… too); the database files the whole host under Google Signals (advertising). The advertising features send their own requests (stats.g.doubleclick.net, google.com/ads/ga-audiences), which stay advertising.',
    source: 'https://developers.google.com/analytics/devguides/collection/protocol/ga4',
  },
  // --- Meta: connect.facebook.net serves both the ads pixel and the social SDK.
  {
    pattern: 'connect.facebook.net/*/fbevents.js',
    category: 'advertising',
    reason:
      'fbevents.js is the Meta Pixel, which measures ad conversions and builds ad audiences; the database files all of connect.facebook.net as analytics.',
    source: 'https://developers.facebook.com/docs/meta-pixel/get-started',
  },
  {
    pattern: 'connect.facebook.net/signals/',
    category: 'advertising',
    reason: "The Meta Pixel's configuration (signals/config/<pixel id>), loaded by fbevents.js.",
    source: 'https://developers.facebook.com/docs/meta-pixel/get-started',
  },
  {
    pattern: 'connect.facebook.net/*/sdk.js',
    category: 'social',
    reason:
      'The Facebook JavaScript SDK renders social plugins (Like, Share, comments) and Facebook Login: a social widget, not analytics.',
    source: 'https://developers.facebook.com/docs/javascript/quickstart',
  },
  {
    pattern: 'connect.facebook.net/*/all.js',
    category: 'social',
    reason: 'The legacy name of the Facebook JavaScript SDK (social plugins, Login).',
    source: 'https://developers.facebook.com/docs/javascript/quickstart',
  },
  // --- Analytics the database files as advertising or utilities.
  {
    pattern: 'mc.yandex.ru/metrika/',
    category: 'analytics',
    reason:
      "Yandex Metrica's tag: web analytics; the database files all of mc.yandex.ru under Yandex's advertising pattern.",
    source: 'https://yandex.com/support/metrica/code/counter-initialize.html',
  },
  {
    pattern: 'mc.yandex.ru/watch/',
    category: 'analytics',
    reason: "Yandex Metrica's hit endpoint (page views, goals).",
    source: 'https://yandex.com/support/metrica/code/counter-initialize.html',
  },
  {
    pattern: 'hm.baidu.com/hm.js',
    category: 'analytics',
    reason: 'Baidu Tongji (Baidu Analytics) tag; the database files hm.baidu.com under Baidu Ads.',
    source: 'https://tongji.baidu.com/web/help/article?id=174&type=0',
  },
  {
    pattern: 'hm.baidu.com/hm.gif',
    category: 'analytics',
    reason: "Baidu Tongji's hit endpoint.",
    source: 'https://tongji.baidu.com/web/help/article?id=174&type=0',
  },
  {
    pattern: 'plausible.io/js/',
    category: 'analytics',
    reason:
      'Plausible counts visits and events for the site owner: cookieless, but analytics; the database files it as a utility.',
    source: 'https://plausible.io/docs/plausible-script',
  },
  {
    pattern: 'plausible.io/api/event',
    category: 'analytics',
    reason: "Plausible's event endpoint (page views, goals).",
    source: 'https://plausible.io/docs/events-api',
  },
  {
    pattern: 'cdn.optimizely.com/js/',
    category: 'analytics',
    reason:
      'Optimizely Web Experimentation assigns visitors to experiments and measures their behaviour (A/B testing); the database files it as a utility.',
    source: 'https://docs.developers.optimizely.com/web-experimentation/docs/implement-the-snippet',
  },
  {
    pattern: 'logx.optimizely.com',
    category: 'analytics',
    vendor: 'Optimizely',
    reason: "Optimizely's event endpoint: impressions and conversions of experiments.",
    source: 'https://docs.developers.optimizely.com/feature-experimentation/docs/event-api',
  },
  {
    pattern: 'web-sdk.smartlook.com',
    category: 'analytics',
    reason:
      "Smartlook's recorder: session recordings and heatmaps; the database files Smartlook under customer interaction (unknown purpose).",
    source: 'https://help.smartlook.com/docs/smartlook-web-sdk',
  },
  {
    pattern: '*.lr-ingest.io',
    category: 'analytics',
    vendor: 'LogRocket',
    reason:
      "LogRocket's session-replay script and ingest endpoint; the database does not know them.",
    source: 'https://docs.logrocket.com/docs/quickstart',
  },
  // --- Tag and consent managers, payment: needed to run the site.
  {
    pattern: 'tags.tiqcdn.com/utag/',
    category: 'necessary',
    reason:
      'Tealium iQ (utag.js) is a tag manager: it loads the tags the site configured, each classified on its own; the database files it as analytics.',
    source: 'https://docs.tealium.com/platforms/javascript/install/',
  },
  {
    pattern: 'cmp.quantcast.com',
    category: 'necessary',
    reason:
      "Quantcast Choice is a TCF consent manager, needed to ask for consent; the database files every quantcast.com host under Quantcast's advertising.",
    source:
      'https://help.quantcast.com/hc/en-us/articles/14911356003867-Quantcast-Choice-User-Guide',
  },
  {
    pattern: 'www.paypal.com/sdk/js',
    category: 'necessary',
    reason:
      'The PayPal JavaScript SDK renders the payment buttons of a checkout; the database files paypal.com under customer interaction (unknown purpose).',
    source: 'https://developer.paypal.com/sdk/js/',
  },
  // --- Advertising pixels the database files as analytics or social.
  {
    pattern: 'snap.licdn.com/li.lms-analytics/',
    category: 'advertising',
    reason:
      'The LinkedIn Insight Tag measures conversions and builds retargeting audiences for LinkedIn Ads; the database files it as analytics.',
    source: 'https://www.linkedin.com/help/lms/answer/a427660',
  },
  {
    pattern: 'analytics.tiktok.com',
    category: 'advertising',
    reason:
      'The TikTok Pixel (events.js and its endpoints) measures conversions and builds audiences for TikTok ads, whatever its host name says; the database files it as analytics.',
    source: 'https://ads.tiktok.com/help/article?aid=9663',
  },
  {
    pattern: 's.pinimg.com/ct/',
    category: 'advertising',
    reason:
      'The Pinterest Tag (core.js) tracks conversions for Pinterest ads; the database files it as analytics.',
    source: 'https://help.pinterest.com/en/business/article/install-the-pinterest-tag',
  },
  {
    pattern: 'ct.pinterest.com',
    category: 'advertising',
    reason: "The Pinterest Tag's conversion endpoint; the database files it as social.",
    source: 'https://help.pinterest.com/en/business/article/install-the-pinterest-tag',
  },
  {
    pattern: 'www.redditstatic.com/ads/',
    category: 'advertising',
    reason:
      'The Reddit Pixel (pixel.js) tracks conversions for Reddit ads; the database files it as social.',
    source: 'https://business.reddithelp.com/s/article/reddit-pixel',
  },
  {
    pattern: 'alb.reddit.com/rp.gif',
    category: 'advertising',
    reason: "The Reddit Pixel's conversion endpoint.",
    source: 'https://business.reddithelp.com/s/article/reddit-pixel',
  },
  {
    pattern: 'sp.analytics.yahoo.com',
    category: 'advertising',
    reason:
      'The Yahoo Dot tag reports conversions and builds audiences for Yahoo ads; the database files it as analytics.',
    source: 'https://developer.yahooinc.com/native/guide/audience-management/dottags/',
  },
  // --- Social widgets the database does not know or files elsewhere.
  {
    pattern: 'www.tiktok.com/embed.js',
    category: 'social',
    vendor: 'ByteDance',
    reason: 'Embedded TikTok videos; the database does not know the embed script.',
    source: 'https://developers.tiktok.com/doc/embed-videos/',
  },
  {
    pattern: '*.disqus.com/embed.js',
    category: 'social',
    reason:
      "Disqus' comment widget, a network of commenters across sites; the database files it under customer interaction (unknown purpose).",
    source: 'https://help.disqus.com/en/articles/1717112-universal-embed-code',
  },
];

export interface CompiledCorrection {
  correction: Correction;
  /** Lower-case path segments, '*' = any one. */
  segments: string[];
  /** Query condition, lower case: `name=` and the value prefix. */
  param: { key: string; prefix: string } | null;
  subdomains: boolean;
  /** Higher first: query condition, then path depth, then exact host. */
  rank: number;
}

export interface CorrectionIndex {
  /** Entries that can apply to a host, most specific first (null: none). Call once per host. */
  forHost(hostname: string, site: string): readonly CompiledCorrection[] | null;
  /** The first entry of `candidates` matching the URL. */
  match(candidates: readonly CompiledCorrection[], url: string): Correction | null;
  readonly size: number;
}

function compile(c: Correction): { host: string; compiled: CompiledCorrection } {
  const p = c.pattern.toLowerCase();
  const q = p.indexOf('?');
  const beforeQuery = q === -1 ? p : p.slice(0, q);
  const slash = beforeQuery.indexOf('/');
  let host = slash === -1 ? beforeQuery : beforeQuery.slice(0, slash);
  const path = slash === -1 ? '' : beforeQuery.slice(slash + 1);
  const subdomains = host.startsWith('*.');
  if (subdomains) host = host.slice(2);
  if (!host || host.includes('*')) throw new Error(`correction ${c.pattern}: bad host`);
  const segments = path.split('/').filter((s) => s !== '');
  let param: CompiledCorrection['param'] = null;
  if (q !== -1) {
    const query = p.slice(q + 1);
    const eq = query.indexOf('=');
    if (eq <= 0) throw new Error(`correction ${c.pattern}: the query must be name=prefix`);
    param = { key: `${query.slice(0, eq)}=`, prefix: query.slice(eq + 1) };
  }
  const rank = (param ? 1000 : 0) + segments.length * 2 + (subdomains ? 0 : 1);
  return { host, compiled: { correction: c, segments, param, subdomains, rank } };
}

/** End of the host in a URL (`scheme://[user@]host[:port]`): the first `/`, `?` or `#` after it. */
function pathStart(url: string): number {
  const scheme = url.indexOf('://');
  const from = scheme === -1 ? 0 : scheme + 3;
  for (let i = from; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35) return i;
  }
  return url.length;
}

/** `url[at, at + want.length)` equals `want` (lower case) ignoring ASCII case. */
function equalsAt(url: string, at: number, want: string): boolean {
  for (let k = 0; k < want.length; k++) {
    let c = url.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== want.charCodeAt(k)) return false;
  }
  return true;
}

/** The path `url[from, to)` begins with these segments ('*' = any one). */
function segmentsMatch(
  segments: readonly string[],
  url: string,
  from: number,
  to: number,
): boolean {
  let at = from;
  for (const want of segments) {
    while (at < to && url.charCodeAt(at) === 47) at++;
    if (at >= to) return false;
    let end = url.indexOf('/', at);
    if (end === -1 || end > to) end = to;
    if (want !== '*' && (end - at !== want.length || !equalsAt(url, at, want))) return false;
    at = end;
  }
  return true;
}

/** The query `url[from, to)` (after '?') has a parameter `key` (`name=`) whose value starts with `prefix`. */
function paramMatches(key: string, prefix: string, url: string, from: number, to: number): boolean {
  let at = from;
  while (at <= to) {
    let end = url.indexOf('&', at);
    if (end === -1 || end > to) end = to;
    if (end - at >= key.length + prefix.length) {
      if (equalsAt(url, at, key)) return equalsAt(url, at + key.length, prefix);
    }
    at = end + 1;
  }
  return false;
}

export function createCorrectionIndex(
  corrections: readonly Correction[] = CORRECTIONS,
): CorrectionIndex {
  const byHost = new Map<string, CompiledCorrection[]>();
  for (const c of corrections) {
    const { host, compiled } = compile(c);
    const list = byHost.get(host) ?? [];
    list.push(compiled);
    byHost.set(host, list);
  }
  return {
    size: corrections.length,
    forHost(hostname, site) {
      // The host, then its parents down to the registrable domain (`*.` entries there).
      const found: CompiledCorrection[] = [];
      const floor = site && hostname.endsWith(site) ? site.length : hostname.length;
      let domain = hostname;
      for (let own = true; ; own = false) {
        for (const e of byHost.get(domain) ?? []) if (own || e.subdomains) found.push(e);
        if (domain.length <= floor) break;
        const dot = domain.indexOf('.');
        if (dot === -1) break;
        domain = domain.slice(dot + 1);
      }
      if (found.length === 0) return null;
      return found.sort((a, b) => b.rank - a.rank);
    },
    match(candidates, url) {
      // Compared in place (no copy, no lower-casing of the URL): path, then query.
      const start = pathStart(url);
      let end = url.indexOf('#', start);
      if (end === -1) end = url.length;
      let q = url.indexOf('?', start);
      if (q === -1 || q > end) q = end;
      for (const e of candidates) {
        if (!segmentsMatch(e.segments, url, start, q)) continue;
        if (e.param && !paramMatches(e.param.key, e.param.prefix, url, q + 1, end)) continue;
        return e.correction;
      }
      return null;
    },
  };
}

/**
 * One line for a finding's evidence: "analytics, corrected from advertising
 * (Ghostery Tracker Database): <reason> Source: <url>".
 */
export function correctionText(
  c: AppliedCorrection,
  category: Category,
  vendor: string | null,
): string {
  const was = c.replaced;
  const from = !was
    ? 'classified by the correction layer (no list knew it)'
    : was.category !== category
      ? `corrected from ${was.category}`
      : `vendor corrected from ${was.vendor ?? 'none'}`;
  return `${category}${vendor ? ` (${vendor})` : ''}, ${from}, entry ${c.pattern}: ${c.reason} Source: ${c.source}`;
}
