// Deterministic corpora of realistic request and cookie shapes for the
// classification figures: every page site gets first-party assets, known
// trackers, pixels, beacons and unknown third parties of every request type.
import type { CookieToClassify } from '../../lib/core/classify/cookie.ts';
import type { RequestToClassify } from '../../lib/core/classify/types.ts';
import type { Party, RequestType, ValueInfo } from '../../lib/core/types.ts';

/** mulberry32: small, fast, reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const hex = (r: Rand, n: number): string =>
  Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
const num = (r: Rand, max: number): number => Math.floor(r() * max);

type Template = (r: Rand, page: string) => [string, RequestType];

const TLDS = ['com', 'co.uk', 'de', 'fr', 'io', 'net', 'org', 'com.au', 'nl', 'es'];

const FIRST_PARTY: Template[] = [
  (r, p) => [`https://${p}/static/js/app.${hex(r, 8)}.js`, 'script'],
  (r, p) => [`https://${p}/static/css/main.${hex(r, 8)}.css`, 'stylesheet'],
  (r, p) => [`https://${p}/images/products/${num(r, 90000)}-large.jpg`, 'image'],
  (r, p) => [`https://${p}/fonts/inter-${pick(r, ['400', '600', '700'])}.woff2`, 'font'],
  (r, p) => [`https://${p}/api/v2/cart?session=${hex(r, 16)}`, 'xmlhttprequest'],
  (r, p) => [`https://${p}/search?q=${hex(r, 5)}&page=${num(r, 9)}`, 'main_frame'],
  (r, p) => [`https://cdn.${p.replace(/^www\./, '')}/media/hero-${num(r, 50)}.mp4`, 'media'],
  (r, p) => [`https://${p}/embed/reviews/${num(r, 500)}`, 'sub_frame'],
  (r, p) => [`https://${p}/analytics/event`, 'ping'],
  (r, p) => [`wss://${p}/live/updates`, 'websocket'],
];

const KNOWN_TRACKERS: Template[] = [
  (r) => [
    `https://www.google-analytics.com/g/collect?v=2&tid=G-${hex(r, 10).toUpperCase()}&cid=${num(r, 1e9)}.${num(r, 1e9)}&en=page_view`,
    'ping',
  ],
  (r) => [
    `https://region1.google-analytics.com/g/collect?v=2&tid=G-${hex(r, 10)}&_p=${num(r, 1e9)}`,
    'xmlhttprequest',
  ],
  (r) => [`https://www.googletagmanager.com/gtag/js?id=G-${hex(r, 10).toUpperCase()}`, 'script'],
  (r) => [`https://www.googletagmanager.com/gtm.js?id=GTM-${hex(r, 6).toUpperCase()}`, 'script'],
  (r) => [
    `https://connect.facebook.net/${pick(r, ['en_US', 'de_DE', 'fr_FR'])}/fbevents.js`,
    'script',
  ],
  (r) => [
    `https://www.facebook.com/tr/?id=${num(r, 1e15)}&ev=PageView&dl=https%3A%2F%2Fx&rl=&if=false&ts=${num(r, 1e12)}`,
    'image',
  ],
  (r) => [
    `https://securepubads.g.doubleclick.net/gampad/ads?pvsid=${num(r, 1e12)}&correlator=${num(r, 1e12)}`,
    'xmlhttprequest',
  ],
  (r) => [
    `https://googleads.g.doubleclick.net/pagead/viewthroughconversion/${num(r, 1e9)}/?random=${num(r, 1e9)}`,
    'image',
  ],
  (r) => [
    `https://tpc.googlesyndication.com/safeframe/1-0-40/html/container.html?n=${num(r, 9)}`,
    'sub_frame',
  ],
  (r) => [
    `https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-${num(r, 1e15)}`,
    'script',
  ],
  (r) => [`https://bat.bing.com/action/0?ti=${num(r, 1e8)}&Ver=2&mid=${hex(r, 32)}`, 'image'],
  (r) => [`https://static.hotjar.com/c/hotjar-${num(r, 4e6)}.js?sv=6`, 'script'],
  (_r) => [`wss://ws.hotjar.com/api/v2/client/ws`, 'websocket'],
  (r) => [`https://px.ads.linkedin.com/collect/?pid=${num(r, 1e7)}&fmt=gif`, 'image'],
  (r) => [
    `https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=${hex(r, 20).toUpperCase()}`,
    'script',
  ],
  (r) => [`https://ct.pinterest.com/v3/?tid=${num(r, 1e12)}&event=init`, 'image'],
  (r) => [`https://static.criteo.net/js/ld/publishertag.prebid.${num(r, 200)}.js`, 'script'],
  (r) => [
    `https://sslwidget.criteo.com/event?a=${num(r, 1e5)}&v=5.23.0&p0=e%3Dexd`,
    'xmlhttprequest',
  ],
  (_r) => [`https://ib.adnxs.com/ut/v3/prebid`, 'xmlhttprequest'],
  (_r) => [`https://c.amazon-adsystem.com/aax2/apstag.js`, 'script'],
  (r) => [
    `https://sb.scorecardresearch.com/b?c1=2&c2=${num(r, 1e7)}&ns__t=${num(r, 1e12)}`,
    'image',
  ],
  (r) => [`https://www.clarity.ms/tag/${hex(r, 10)}`, 'script'],
  (r) => [`https://mc.yandex.ru/watch/${num(r, 1e8)}?page-url=x`, 'image'],
  (_r) => [`https://api.segment.io/v1/t`, 'xmlhttprequest'],
  (r) => [`https://api-js.mixpanel.com/track/?verbose=1&ip=1&_=${num(r, 1e12)}`, 'xmlhttprequest'],
  (r) => [`https://cdn.taboola.com/libtrc/${hex(r, 8)}/loader.js`, 'script'],
  (r) => [`https://consent.cookiebot.com/uc.js?cbid=${hex(r, 8)}-${hex(r, 4)}`, 'script'],
  (_r) => [`https://cdn.cookielaw.org/scripttemplates/otSDKStub.js`, 'script'],
];

const PIXELS: Template[] = [
  (r) => [
    `https://pixel.${pick(r, ['quantserve.com', 'adsrvr.org', 'mathtag.com'])}/pixel/${hex(r, 8)}?ts=${num(r, 1e12)}`,
    'image',
  ],
  (r) => [
    `https://t.${pick(r, ['co', 'mailtrack.io', 'news-metrics.net'])}/i/adsct?txn_id=${hex(r, 6)}&p_id=Twitter`,
    'image',
  ],
  (r) => [`https://img${num(r, 9)}.partner-${num(r, 400)}.com/1x1.gif?uid=${hex(r, 16)}`, 'image'],
  (r) => [`https://stats.shop-${num(r, 400)}.net/p.gif?e=view&id=${hex(r, 12)}`, 'image'],
  (r) => [
    `https://metrics.adobe-${num(r, 20)}.com/b/ss/${hex(r, 8)}/1/JS-2.22.0/s${num(r, 1e12)}`,
    'image',
  ],
];

const BEACONS: Template[] = [
  (r) => [`https://rum.perf-${num(r, 300)}.io/beacon?sid=${hex(r, 16)}`, 'ping'],
  (r) => [`https://events.service-${num(r, 300)}.com/v1/collect`, 'ping'],
  (r) => [`https://www.google-analytics.com/j/collect?v=1&_v=j101&a=${num(r, 1e9)}`, 'ping'],
  (r, p) => [`https://${p}/beacon/rum?t=${num(r, 1e6)}`, 'ping'],
];

const UNKNOWN_THIRD: Template[] = [
  (r) => [
    `https://cdnjs.cloudflare.com/ajax/libs/${pick(r, ['jquery', 'lodash.js', 'swiper'])}/${num(r, 9)}.${num(r, 9)}.0/x.min.js`,
    'script',
  ],
  (r) => [
    `https://cdn.jsdelivr.net/npm/${pick(r, ['bootstrap', 'alpinejs', 'chart.js'])}@${num(r, 5)}/dist/x.min.js`,
    'script',
  ],
  (r) => [`https://fonts.gstatic.com/s/roboto/v30/${hex(r, 20)}.woff2`, 'font'],
  (r) => [
    `https://img${num(r, 9)}.media-host-${num(r, 800)}.net/photos/${num(r, 1e6)}.webp`,
    'image',
  ],
  (r) => [`https://api.widget-${num(r, 800)}.io/v1/config?site=${hex(r, 8)}`, 'xmlhttprequest'],
  (r) => [`https://embed.video-${num(r, 300)}.tv/player/${hex(r, 10)}`, 'sub_frame'],
  (r) => [`https://static.chat-${num(r, 300)}.com/widget/loader.css`, 'stylesheet'],
  (r) => [`wss://realtime.chat-${num(r, 300)}.com/socket`, 'websocket'],
  (r) => [`https://media.stream-${num(r, 300)}.com/clip/${num(r, 1e5)}.m3u8`, 'media'],
  (r) => [`https://report.csp-${num(r, 300)}.org/csp`, 'csp_report'],
  (r) => [`https://plugins.vendor-${num(r, 300)}.com/applet/${num(r, 99)}.bin`, 'object'],
  (r) => [`https://files.storage-${num(r, 300)}.com/manifest.json`, 'other'],
];

const MIX: [number, Template[], Party | 'any'][] = [
  [0.4, FIRST_PARTY, 'first'],
  [0.25, KNOWN_TRACKERS, 'third'],
  [0.08, PIXELS, 'third'],
  [0.07, BEACONS, 'any'],
  [0.2, UNKNOWN_THIRD, 'third'],
];

export function pageHosts(r: Rand, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `www.site${i}-${hex(r, 4)}.${pick(r, TLDS)}`);
}

export function requestCorpus(count: number, seed = 20260813): RequestToClassify[] {
  const r = rng(seed);
  const pages = pageHosts(r, 200);
  const out: RequestToClassify[] = [];
  for (let i = 0; i < count; i++) {
    const page = pick(r, pages);
    let x = r();
    let group = MIX[MIX.length - 1] as (typeof MIX)[number];
    for (const g of MIX) {
      if (x < g[0]) {
        group = g;
        break;
      }
      x -= g[0];
    }
    const [url, type] = pick(r, group[1])(r, page);
    const site = page.replace(/^www\./, '');
    const sameSite = new URL(url).hostname.endsWith(site);
    out.push({
      url,
      type,
      sourceUrl:
        type === 'main_frame' ? '' : `https://${page}/${pick(r, ['', 'products/', 'blog/post-1'])}`,
      party: sameSite ? 'first' : 'third',
    });
  }
  return out;
}

const KNOWN_NAMES: [string, string, Party][] = [
  ['_ga', '', 'first'],
  ['_gid', '', 'first'],
  ['_fbp', '', 'first'],
  ['_gcl_au', '', 'first'],
  ['IDE', 'doubleclick.net', 'third'],
  ['NID', 'google.com', 'third'],
  ['MUID', 'bing.com', 'third'],
  ['hubspotutk', '', 'first'],
  ['OptanonConsent', '', 'first'],
  ['CookieConsent', '', 'first'],
  ['__cf_bm', '', 'first'],
  ['AWSALB', '', 'first'],
  ['PHPSESSID', '', 'first'],
];
const TRACKER_DOMAINS = [
  'doubleclick.net',
  'adnxs.com',
  'criteo.com',
  'rubiconproject.com',
  'bing.com',
];
const TRACKER_SETTERS = [
  'https://connect.facebook.net/en_US/fbevents.js',
  'https://www.googletagmanager.com/gtag/js?id=G-ABCDEF1234',
  'https://static.hotjar.com/c/hotjar-3012345.js?sv=6',
  'https://cdn.segment.com/analytics.js/v1/abc/analytics.min.js',
];

function valueInfo(r: Rand, idLike: boolean): ValueInfo {
  return idLike
    ? { length: 20 + num(r, 40), hashPrefix: hex(r, 16), entropy: 3.5 + r() * 2 }
    : { length: 1 + num(r, 6), hashPrefix: hex(r, 16), entropy: r() * 2 };
}

/** Known, prefix-known, third-party-on-tracker, tracker-written and unknown cookies. */
export function cookieCorpus(count: number, seed = 20260814): CookieToClassify[] {
  const r = rng(seed);
  const pages = pageHosts(r, 100);
  const out: CookieToClassify[] = [];
  for (let i = 0; i < count; i++) {
    const page = pick(r, pages);
    const pageSite = page.replace(/^www\./, '');
    const kind = r();
    const lifetimeDays = r() < 0.3 ? null : num(r, 400);
    let cookie: Omit<CookieToClassify, 'value' | 'lifetimeDays' | 'pageSite'>;
    if (kind < 0.3) {
      const [name, domain, party] = pick(r, KNOWN_NAMES);
      cookie = { name, domain: domain || pageSite, party, setter: null, setBy: 'script' };
    } else if (kind < 0.45) {
      const name = `${pick(r, ['_ga_', '_hjSessionUser_', '_hjSession_', '_pk_id.'])}${hex(r, 8)}`;
      cookie = { name, domain: pageSite, party: 'first', setter: null, setBy: 'script' };
    } else if (kind < 0.6) {
      const domain = pick(r, TRACKER_DOMAINS);
      cookie = {
        name: `c${hex(r, 5)}`,
        domain,
        party: 'third',
        setter: `https://${domain}/sync`,
        setBy: 'http',
      };
    } else if (kind < 0.75) {
      cookie = {
        name: `_x${hex(r, 4)}`,
        domain: pageSite,
        party: 'first',
        setter: pick(r, TRACKER_SETTERS),
        setBy: 'script',
      };
    } else {
      const setter = `https://${page}/static/js/app.${hex(r, 8)}.js`;
      cookie = {
        name: `pref_${hex(r, 4)}`,
        domain: pageSite,
        party: 'first',
        setter,
        setBy: 'script',
      };
    }
    out.push({ ...cookie, value: valueInfo(r, r() < 0.5), lifetimeDays, pageSite });
  }
  return out;
}
