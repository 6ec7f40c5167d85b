// Request sets for comparing two classifiers: URLs derived from the rules of
// real lists (so that rules match, nearly match and compete), the hosts the
// bundled database owns, and URLs a hostile page may send. Whether a derived
// URL matches its rule does not matter: both paths must give the same answer.
import { rng } from '../../cli/bench/corpus.ts';
import type { RequestToClassify } from '../../lib/core/classify/index.ts';
import type { Party, RequestType } from '../../lib/core/types.ts';

const TYPES: RequestType[] = [
  'script',
  'image',
  'xmlhttprequest',
  'ping',
  'sub_frame',
  'stylesheet',
  'font',
  'media',
  'websocket',
  'other',
  'main_frame',
  'object',
  'csp_report',
];

const OPTION_TYPES: [RegExp, RequestType][] = [
  [/\bimage\b/, 'image'],
  [/\bscript\b/, 'script'],
  [/\bping\b/, 'ping'],
  [/\bxmlhttprequest\b|\bxhr\b/, 'xmlhttprequest'],
  [/\bsubdocument\b/, 'sub_frame'],
  [/\bstylesheet\b|\bcss\b/, 'stylesheet'],
  [/\bmedia\b/, 'media'],
  [/\bfont\b/, 'font'],
  [/\bwebsocket\b/, 'websocket'],
  [/\bdocument\b/, 'main_frame'],
];

const PAGES = [
  'https://www.shop.example/products/42',
  'https://news.example.co.uk/world/',
  'https://blog.example.de/post-1',
  'http://localhost:8080/app',
];

/** Host of a URL by the WHATWG parser, or '' (only to pick a realistic party). */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function partyOf(url: string, page: string): Party {
  const host = hostOf(url);
  const site = hostOf(page).split('.').slice(-2).join('.');
  return site && (host === site || host.endsWith(`.${site}`)) ? 'first' : 'third';
}

/** A path that a pattern's wildcards and separators would accept. */
function concrete(pattern: string): string {
  return pattern.replace(/\*/g, 'x1').replace(/\^/g, '/').replace(/\|$/, '');
}

/**
 * Requests for each network filter of a list: its host (and a subdomain) with
 * its path, its generic path on an unrelated host, its `$domain=` sites as the
 * page, its types — and a type it does not name.
 */
export function requestsFromFilters(filters: readonly string[], seed: number): RequestToClassify[] {
  const r = rng(seed);
  const out: RequestToClassify[] = [];
  for (const text of filters) {
    const exception = text.startsWith('@@');
    const body = exception ? text.slice(2) : text;
    const dollar = body.lastIndexOf('$');
    const pattern = dollar > 0 && !body.startsWith('/') ? body.slice(0, dollar) : body;
    const options = dollar > 0 ? body.slice(dollar + 1) : '';
    if (pattern.startsWith('/') && pattern.endsWith('/') && pattern.length > 2) continue; // regex
    const typed = OPTION_TYPES.filter(([re]) => re.test(options)).map(([, t]) => t);
    const other = TYPES[Math.floor(r() * TYPES.length)] as RequestType;
    const domains = /domain=([^,]+)/.exec(options)?.[1]?.split('|') ?? [];
    const pages = [
      PAGES[Math.floor(r() * PAGES.length)] as string,
      ...domains.filter((d) => !d.startsWith('~')).map((d) => `https://${d}/`),
      ...domains.filter((d) => d.startsWith('~')).map((d) => `https://www.${d.slice(1)}/x`),
    ];
    let urls: string[];
    if (pattern.startsWith('||')) {
      const rest = concrete(pattern.slice(2));
      const slash = rest.indexOf('/');
      const host = slash === -1 ? rest : rest.slice(0, slash);
      const path = slash === -1 ? '/' : rest.slice(slash);
      urls = [`https://${host}${path}`, `https://sub.${host}${path}?id=${Math.floor(r() * 1e6)}`];
    } else if (pattern.startsWith('|')) {
      urls = [concrete(pattern.slice(1))];
    } else {
      const path = concrete(pattern);
      urls = [
        `https://cdn${Math.floor(r() * 50)}.unrelated.example${path.startsWith('/') ? '' : '/'}${path}`,
      ];
    }
    for (const url of urls) {
      for (const type of [...typed.slice(0, 2), other]) {
        const page = pages[Math.floor(r() * pages.length)] as string;
        out.push({
          url,
          type,
          sourceUrl: type === 'main_frame' ? '' : page,
          party: partyOf(url, page),
        });
      }
    }
  }
  return out;
}

/** Hosts of a domain list or database: the host, a subdomain, first- and third-party. */
export function requestsFromDomains(domains: readonly string[], seed: number): RequestToClassify[] {
  const r = rng(seed);
  const out: RequestToClassify[] = [];
  for (const domain of domains) {
    const type = TYPES[Math.floor(r() * TYPES.length)] as RequestType;
    out.push(
      { url: `https://${domain}/p.gif?x=1`, type, sourceUrl: PAGES[0] as string, party: 'third' },
      {
        url: `https://metrics.${domain}/collect`,
        type: 'ping',
        sourceUrl: `https://www.${domain}/`,
        party: 'first',
      },
      {
        url: `https://${domain}/`,
        type: 'script',
        sourceUrl: `https://${domain}/`,
        party: 'first',
      },
    );
  }
  return out;
}

/** What a page may send: every URL form the host cache refuses, and some it accepts. */
export function hostileRequests(): RequestToClassify[] {
  const urls = [
    'https://WWW.Google-Analytics.com/collect?v=1',
    'https://www.google-analytics.com:443/collect?v=1',
    'https://www.google-analytics.com:8443/g/collect',
    'https://user:pass@www.google-analytics.com/collect',
    'https://user@stats.g.doubleclick.net/x',
    'https://www.google-analytics.com@tracker.hosts.example/p.gif',
    'https://www.google-analytics.com:x@cdn.shop.example/collect',
    'https://www.shop.example\\@www.google-analytics.com/collect',
    'https://www.google-analytics.com%40shop.example/collect',
    'https://www.google-analytics.com./collect',
    'https://.www.google-analytics.com/collect',
    'https://www..google-analytics.com/collect',
    'https://www.google-analytics.com\\collect',
    'https:\\\\www.google-analytics.com\\collect',
    'https:///www.google-analytics.com/collect',
    'https:/www.google-analytics.com/collect',
    'HTTPS://www.google-analytics.com/collect',
    'Https://www.facebook.com/tr?id=1',
    'hTtp://connect.facebook.net/en_US/fbevents.js',
    '//www.google-analytics.com/collect',
    'www.google-analytics.com/collect',
    'https://www.google-analytics.com',
    'https://www.google-analytics.com?x=1',
    'https://www.google-analytics.com#frag',
    'https://www.goo%67le-analytics.com/collect',
    'https://www.google_analytics.com/collect',
    'https://xn--80ak6aa92e.com/pixel.gif',
    'https://пример.рф/pixel.gif',
    'https://127.0.0.1/pixel.gif',
    'https://127.0.0.1:9000/collect',
    'http://[::1]/collect',
    'http://[2001:db8::1]:8080/beacon',
    'https://0.0.0.0/x',
    'http://0.0.0.1/track',
    'https://192.168.1.1/ads/pixel.gif',
    'https://1234567/ads.js',
    ' https://www.google-analytics.com/collect',
    'https://www.google-analytics.com/collect ',
    'https://www.google-\tanalytics.com/collect',
    'https://www.google-analytics.com/col\nlect',
    'wss://ws.hotjar.com/api/v2/client/ws',
    'ws://ws.hotjar.com/api',
    'WSS://ws.hotjar.com/api',
    'ftp://ftp.example.com/file',
    'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
    'blob:https://www.shop.example/1234',
    'about:blank',
    'javascript:void(0)',
    'chrome-extension://abcdef/script.js',
    'file:///etc/passwd',
    '',
    'https://',
    'https:',
    'http://a/',
    `https://${'a'.repeat(300)}.com/x`,
    `https://${'sub.'.repeat(70)}doubleclick.net/x`,
    `https://www.google-analytics.com/${'x'.repeat(5000)}`,
    'https://cdn.shop.example/x.js',
    'https://shop.example/',
    'https://tracker.hosts.example/p.gif',
    'https://sub.tracker.hosts.example/p.gif',
  ];
  const out: RequestToClassify[] = [];
  for (const url of urls) {
    for (const [sourceUrl, party] of [
      ['https://www.shop.example/products/42', 'third'],
      ['https://www.shop.example/products/42', 'first'],
      ['', 'third'],
      ['http://LOCALHOST:3000/App', 'first'],
      ['not a url', 'third'],
    ] as const) {
      out.push({ url, type: 'image', sourceUrl, party });
      out.push({ url, type: 'script', sourceUrl, party });
    }
  }
  // Untrusted types: the engine is asked with 'other'.
  out.push({
    url: 'https://www.google-analytics.com/collect',
    type: 'constructor' as RequestType,
    sourceUrl: 'https://www.shop.example/',
    party: 'third',
  });
  return out;
}
