// The bundled demo site: a small shop plus the third parties it embeds, all
// served from loopback and routed by Host header. Browsers reach it through
// `--host-resolver-rules=MAP * 127.0.0.1`, so real tracker host names
// (HSTS-preloaded, hence HTTPS with the port in the URL) resolve here.
// Ground truth of what a visit records: ground-truth.json beside this file.
// The discrepancy scenarios (one small site per finding kind) are mounted
// from scenarios.ts; their ground truth is scenarios.json. The DNT / GPC A/B
// test's two sites come from ab-sites.ts (ground truth: ab-truth.json).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { AB_HOSTS, abRoutes } from './ab-sites.ts';
import { SCENARIO_HOSTS, scenarioRoutes } from './scenarios.ts';

export interface DemoServer {
  httpPort: number;
  httpsPort: number;
  /** Origin of a demo host over HTTPS, e.g. origin('shop.test'). */
  origin(host: string, scheme?: 'https' | 'http'): string;
  /** Counts of hits per "host path" (for tests that check a request reached the server). */
  hits: Map<string, number>;
  /** Answers the responses held so far (routes that answer `hold`, e.g. /slow-asset?hold=1). */
  release(): void;
  close(): Promise<void>;
}

export const DEMO_HOSTS = {
  shop: 'shop.test',
  static: 'static.shop.test',
  gtm: 'www.googletagmanager.com',
  ga: 'www.google-analytics.com',
  fb: 'www.facebook.com',
  ready: 'ready.test',
  widget: 'storage-widget.test',
  /** Answers late or never (the batch's --timeout). */
  slow: 'slow.test',
  usPrivacy: 'us-privacy.test',
  /** The DNT / GPC A/B test's sites (ab-sites.ts; ground truth ab-truth.json). */
  abHonours: AB_HOSTS.honours,
  abIgnores: AB_HOSTS.ignores,
} as const;

/**
 * The US-privacy page's CMP stub (issue 12): what it records without and
 * with `Sec-GPC: 1` on the document request (GPP strings built with IAB's
 * encoder; decoded fields in optout-truth.json).
 */
export const US_PRIVACY_STRINGS = {
  plain: {
    usprivacy: '1YNN',
    gpp: 'DBABzw~1YNN~CFQqAAAAAACA.QA',
    optanon: 'isGpcEnabled=0&browserGpcFlag=0&groups=C0001%3A1%2CC0002%3A1%2CC0004%3A1',
  },
  gpc: {
    usprivacy: '1YYN',
    gpp: 'DBABzw~1YYN~CFQVAAAAAACA.YA',
    optanon: 'isGpcEnabled=1&browserGpcFlag=1&groups=C0001%3A1%2CC0002%3A1%2CC0004%3A0',
  },
} as const;

/** A script served from a demo host (its URL is the writer the hook sees). */
const js = (body: string): ReturnType<Handler> => ({
  headers: { 'content-type': 'text/javascript' },
  body,
});

// The device-storage page's scripts: IndexedDB, Cache Storage, a service
// worker and cookieStore.set, first party, and the same (bar cookieStore) from
// a third-party iframe. Each call's failure is ignored: the hook records the
// call, which is what the site asked for.
const STORAGE_JS = `
indexedDB.open('shop-db', 1);
caches.open('shop-cache').then(function (c) { return c.put('/storage-cached', new Response('x')); }).catch(function () {});
navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () {});
cookieStore.set({ name: 'cs_pref', value: 'dark', expires: Date.now() + 86400000 }).catch(function () {});
`;
const WIDGET_JS = `
indexedDB.open('widget-db');
caches.open('widget-cache').catch(function () {});
navigator.serviceWorker.register('widget-sw.js').catch(function () {});
`;
const WIDGET_SW_JS = `self.addEventListener('install', function () { self.skipWaiting(); });`;
const SW_JS = `self.addEventListener('install', function (e) {
  self.skipWaiting();
  e.waitUntil(cookieStore.set({ name: 'sw_seen', value: '1', expires: Date.now() + 86400000 }).catch(function () {}));
});`;

/**
 * What /slow-heavy makes: images answered at once, images held until the test
 * releases them (fewer than the 6 connections Chromium opens to a host), and
 * once they arrive more images and script cookies. Each image response sets
 * a cookie.
 */
export const SLOW_HEAVY = { now: 80, held: 5, after: 40, scriptCookies: 60 } as const;

/** What /paced makes (see its handler). */
export const PACED = { perBurst: 12 } as const;

/** 1×1 transparent GIF, 42 bytes. */
const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const pageFile = (name: string) =>
  readFileSync(new URL(`./pages/${name}`, import.meta.url), 'utf8');

type Handler = (
  req: http.IncomingMessage,
  url: URL,
  ctx: { origin: (h: string) => string },
) => {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
  delayMs?: number;
  /** Held until the test calls release(). */
  hold?: boolean;
};

/**
 * A page with a small fake IAB TCF v2.2 CMP: __tcfapi('getTCData') and a
 * banner whose buttons store a real TC string (encoded with @iabtcf/core, see
 * tests/fixtures/cmp/tcf-strings.json) in the euconsent-v2 cookie. `plain`:
 * a banner of its own that no autoconsent rule knows; `didomi`: Didomi's
 * element ids and API (getCurrentUserStatus, setUserDisagreeToAll), which
 * autoconsent's didomi rule and its self-test use.
 */
function tcfPage(dress: 'plain' | 'didomi'): string {
  const [yes, no] =
    dress === 'plain'
      ? ['yes', 'no']
      : ['didomi-notice-agree-button', 'didomi-notice-disagree-button'];
  const banner =
    dress === 'plain'
      ? `<div id="cmp" role="dialog" aria-label="Privacy choices"><p>We and our partners store and access information on your device.</p>
<button type="button" id="yes">Accept all</button> <button type="button" id="no">Reject all</button></div>`
      : `<div id="didomi-host"><div id="cmp" class="didomi-notice-banner" role="dialog" aria-label="Privacy choices"><p>We and our partners store and access information on your device.</p>
<button type="button" id="didomi-notice-agree-button">Agree and close</button> <button type="button" id="didomi-notice-disagree-button">Disagree</button></div></div>`;
  const api =
    dress === 'plain'
      ? ''
      : `window.Didomi = {
    getCurrentUserStatus: function () {
      var purposes = {};
      ['cookies', 'analytics', 'advertising'].forEach(function (p) { purposes[p] = { id: p, enabled: choice === 'yes' }; });
      return { purposes: purposes };
    },
    setUserDisagreeToAll: function () { choose('no'); }
  };`;
  return `<!doctype html><title>TCF</title><h1>News</h1>
${banner}
<script>
(function () {
  var STRINGS = {
    none: 'CP99HRrP99HaBAcAHAENCWEgAAAAAAAAAAYgAAAAAAAA.YAAAAAAAAAAA',
    yes: 'CP99HRrP99HaBAcAHAENCWEsAP_gAEPAAAYgF5wAwAEAAZAXmBecAMABAAGQF5gAAAAA.YAAAAAAAAAAA',
    no: 'CP99HRrP99HaBAcAHAENCWEgAAAAAAAAAAYgAAAAAAAA.YAAAAAAAAAAA'
  };
  var choice = 'none';
  function all(v, n) { var o = {}; for (var i = 1; i <= n; i++) o[i] = v; return o; }
  function data() {
    var yes = choice === 'yes';
    return {
      tcString: STRINGS[choice], tcfPolicyVersion: 4, cmpId: 28, cmpVersion: 7, gdprApplies: true,
      eventStatus: choice === 'none' ? 'cmpuishown' : 'useractioncomplete', cmpStatus: 'loaded',
      listenerId: 1, isServiceSpecific: true, useNonStandardTexts: false, useNonStandardStacks: false,
      publisherCC: 'DE', purposeOneTreatment: false,
      purpose: { consents: all(yes, 11), legitimateInterests: { 2: true, 7: true, 8: true, 9: true, 10: true } },
      vendor: { consents: { 8: yes, 25: yes, 755: yes }, legitimateInterests: { 8: true, 25: true, 755: true } },
      specialFeatureOptins: { 1: yes, 2: yes },
      publisher: { consents: {}, legitimateInterests: {}, customPurpose: { consents: {}, legitimateInterests: {} }, restrictions: {} }
    };
  }
  window.__tcfapi = function (command, version, callback) {
    if (command === 'getTCData' || command === 'addEventListener') callback(data(), true);
    else if (command === 'ping') callback({ gdprApplies: true, cmpLoaded: true, cmpStatus: 'loaded', apiVersion: '2.2', cmpId: 28, cmpVersion: 7, tcfPolicyVersion: 4 }, true);
    else callback(null, false);
  };
  function choose(c) {
    choice = c;
    document.cookie = 'euconsent-v2=' + STRINGS[c] + '; Path=/; Max-Age=33696000; SameSite=Lax';
    document.getElementById('cmp').remove();
  }
  ${api}
  if (/(?:^|; )euconsent-v2=/.test(document.cookie)) {
    choice = document.cookie.indexOf(STRINGS.yes) >= 0 ? 'yes' : 'no';
    document.getElementById('cmp').remove();
  } else {
    document.getElementById('${yes}').addEventListener('click', function () { choose('yes'); });
    document.getElementById('${no}').addEventListener('click', function () { choose('no'); });
  }
})();
</script>`;
}

function html(body: string, headers: Record<string, string | string[]> = {}) {
  return { headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body };
}

function template(name: string, ctx: { origin: (h: string) => string }): string {
  return pageFile(name).replace(/\{\{origin:([a-z0-9.-]+)\}\}/g, (_, h: string) => ctx.origin(h));
}

/** The version /lists/etag.txt serves (module state, like the flaky list's count). */
const etagList = { version: '1' };

const routes: Record<string, Record<string, Handler>> = {
  // A site slower than any timeout: its page answers after ?delay= ms, or never.
  [DEMO_HOSTS.slow]: {
    '/': (_req, url) => {
      const delay = Number(url.searchParams.get('delay'));
      return {
        ...html('<!doctype html><title>Late</title><p>Finally.</p>'),
        ...(delay > 0 ? { delayMs: delay } : { hold: true }),
      };
    },
  },
  [DEMO_HOSTS.shop]: {
    '/': (_req, _url, ctx) =>
      html(template('home.html', ctx), {
        'set-cookie': [
          // A session id: first party, session, HttpOnly.
          `sid=s%3A${'9f8e7d6c5b4a3f2e1d0c'}; Path=/; HttpOnly; Secure; SameSite=Lax`,
          // Preferences: language and currency for a year.
          'prefs=lang%3Den%7Ccur%3DEUR; Path=/; Max-Age=31536000; SameSite=Lax',
        ],
      }),
    '/about': (_req, _url, ctx) => html(template('about.html', ctx)),
    '/cookie-policy': (_req, _url, ctx) => html(template('cookie-policy.html', ctx)),
    '/slow': (_req, _url, ctx) => html(template('slow.html', ctx)),
    // /slow at scale (tests/e2e/sw-stop.test.ts): script cookies and images
    // answered at once, images held until the test (having stopped the
    // worker) releases them, and more of both made then.
    '/slow-heavy': () => {
      const img = (n: string, query: string) =>
        `<img src="/slow-asset?n=${n}&amp;${query}" width="1" height="1" alt="">`;
      const now = Array.from({ length: SLOW_HEAVY.now }, (_, i) => img(`a${i}`, 'delay=0'));
      const held = Array.from({ length: SLOW_HEAVY.held }, (_, i) => img(`b${i}`, 'hold=1'));
      const writes = (prefix: string, count: number) =>
        `for (var i = 0; i < ${count}; i++) document.cookie = '${prefix}' + i + '=' + i + '; Path=/; Max-Age=3600; SameSite=Lax';`;
      // Once the first held image arrives (after the release): more cookies and images.
      const after = `var done = false; document.querySelector('img[src*="n=b0"]').addEventListener('load', function () { if (done) return; done = true; ${writes('js_after_', SLOW_HEAVY.scriptCookies)} for (var i = 0; i < ${SLOW_HEAVY.after}; i++) { var im = new Image(); im.src = '/slow-asset?n=c' + i + '&delay=0'; document.body.appendChild(im); } });`;
      return html(
        `<!doctype html><title>Slow heavy page</title><script>${writes('js_before_', SLOW_HEAVY.scriptCookies)}</script><h1>Slow heavy page</h1>${now.join('')}${held.join('')}<script>${after}</script>`,
      );
    },
    // Sends a beacon as it is left (pagehide): it belongs to this page, not to the next.
    '/leave': (_req, _url, ctx) =>
      html(
        `<!doctype html><title>Leaving</title><p>Leave for <a href="/about">about</a>.</p><script>addEventListener('pagehide', () => navigator.sendBeacon('${ctx.origin(DEMO_HOSTS.ga)}/g/collect?v=2&en=page_leave'));</script>`,
      ),
    // A page with a small fake of Cookiebot: its dialog's cookie tables (as
    // cc.js fills them), a consent dialog with Cookiebot's own element ids
    // (so that consent engines recognise it), and the API a visitor's choice
    // goes through: submitCustomConsent writing the CookieConsent cookie,
    // withdraw, hide, hasResponse, declined.
    '/cookiebot': () =>
      html(`<!doctype html><title>Cookiebot</title><h1>Bakery</h1>
<div id="CybotCookiebotDialog" role="dialog" aria-label="This website uses cookies" style="position:fixed;bottom:0;left:0;right:0;padding:1em;background:#fff;border-top:2px solid #333">
<p>We use cookies to measure how the site is used.</p>
<button type="button" id="CybotCookiebotDialogBodyLevelButtonLevelOptinDeclineAll">Deny</button>
<button type="button" id="CybotCookiebotDialogBodyButtonAccept">Allow all</button></div>
<script>
(function () {
  var answered = /(?:^|; )CookieConsent=/.test(document.cookie);
  var box = document.getElementById('CybotCookiebotDialog');
  function close() { box.style.display = 'none'; window.Cookiebot.dialog.visible = false; }
  window.Cookiebot = {
    hasResponse: answered,
    declined: answered && /marketing%3Afalse/.test(document.cookie),
    dialog: {
      visible: !answered,
      cookieTableNecessary: [["CookieConsent","shop.test","Stores the user's cookie consent state","1 year","HTTP","1","","shop.test"]],
      cookieTablePreference: "",
      cookieTableStatistics: [["_ga","shop.test","Registers a unique ID used for statistics","2 years","HTTP","1","","www.googletagmanager.com"]],
      cookieTableAdvertising: "",
      cookieTableUnclassified: "",
      privacyPolicies: [["google.com","Google","https://policies.google.com/privacy"]]
    },
    submitCustomConsent: function (preferences, statistics, marketing) {
      var v = "{stamp:'q1w2e3r4t5y6u7i8o9p0',necessary:true,preferences:" + preferences + ",statistics:" + statistics + ",marketing:" + marketing + ",method:'explicit',ver:1,utc:" + Date.now() + ",region:'de'}";
      document.cookie = "CookieConsent=" + encodeURIComponent(v) + "; Path=/; Max-Age=31536000; SameSite=Lax";
      this.hasResponse = true;
      this.declined = !(preferences || statistics || marketing);
      close();
    },
    withdraw: function () { this.submitCustomConsent(false, false, false); },
    hide: close
  };
  if (answered) close();
  document.getElementById('CybotCookiebotDialogBodyButtonAccept').addEventListener('click', function () { window.Cookiebot.submitCustomConsent(true, true, true); });
  document.getElementById('CybotCookiebotDialogBodyLevelButtonLevelOptinDeclineAll').addEventListener('click', function () { window.Cookiebot.submitCustomConsent(false, false, false); });
})();
</script>`),
    // A site's own consent dialog, no platform's: "Reject" is two steps
    // (Manage cookies, then Confirm my choices with everything optional
    // off), which no button-name guess finds; autoconsent has a rule for
    // this very markup (its "moneysavingexpert.com" rule).
    '/site-banner': () =>
      html(`<!doctype html><title>Own banner</title><h1>Savings</h1>
<dialog open data-testid="accept-our-cookies-dialog" aria-label="Cookies on this site">
<p>We would like to use optional cookies to understand how you use the site.</p>
<button type="button" id="banner-accept">Accept all cookies</button>
<button type="button" id="banner-manage">Manage cookies</button>
<div id="pc" hidden><label><input type="checkbox" id="pc-analytics"> Analytics</label>
<button type="button" id="pc-confirm">Confirm my choices</button></div></dialog>
<script>
(function () {
  var d = document.querySelector('dialog');
  function save(analytics) {
    document.cookie = 'site_consent=' + (analytics ? 'all' : 'essential') + '; Path=/; Max-Age=31536000; SameSite=Lax';
    if (analytics) document.cookie = 'site_stats=' + Date.now() + '; Path=/; Max-Age=31536000; SameSite=Lax';
    d.remove();
  }
  if (/(?:^|; )site_consent=/.test(document.cookie)) { d.remove(); return; }
  document.getElementById('banner-accept').addEventListener('click', function () { save(true); });
  document.getElementById('banner-manage').addEventListener('click', function () { document.getElementById('pc').hidden = false; });
  document.getElementById('pc-confirm').addEventListener('click', function () { save(document.getElementById('pc-analytics').checked); });
})();
</script>`),
    // A page with a small fake IAB TCF v2.2 CMP: __tcfapi('getTCData') and a
    // banner whose buttons store a real TC string (encoded with @iabtcf/core,
    // see tests/fixtures/cmp/tcf-strings.json) in the euconsent-v2 cookie.
    '/tcf': () => html(tcfPage('plain')),
    // The same CMP dressed as Didomi (a TCF CMP autoconsent has a rule for):
    // its element ids, and the Didomi API its rule's snippets call.
    '/didomi': () => html(tcfPage('didomi')),
    // A filter list to add by address: version 1, then (as a broken server
    // might) a login page instead of the list.
    '/lists/flaky.txt': (() => {
      let served = 0;
      return () =>
        served++ === 0
          ? {
              headers: { 'content-type': 'text/plain; charset=utf-8' },
              body: '[Adblock Plus 2.0]\n! Title: Demo flaky list\n! Version: 1\n||nothing-here.example^\n',
            }
          : html('<!doctype html><title>Sign in</title><form><input name=user></form>');
    })(),
    // A list that answers conditional requests: ETag "vN" for version N; 304
    // when the browser sends the current one. `?publish=N` makes version N
    // current, `?publish=broken` serves a sign-in page instead (for tests).
    '/lists/etag.txt': (req, url): ReturnType<Handler> => {
      const publish = url.searchParams.get('publish');
      if (publish !== null) {
        etagList.version = publish;
        return { headers: { 'content-type': 'text/plain' }, body: 'ok' };
      }
      const etag = `"v${etagList.version}"`;
      if (req.headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
      if (etagList.version === 'broken') {
        return html('<!doctype html><title>Sign in</title><form><input name=user></form>', {
          etag,
        });
      }
      const n = Number(etagList.version) || 1;
      const rules = Array.from({ length: n }, (_, i) => `||tracker-${i + 1}.example^`).join('\n');
      return {
        headers: { 'content-type': 'text/plain; charset=utf-8', etag },
        body: `[Adblock Plus 2.0]\n! Title: Demo list with an ETag\n! Version: ${n}\n${rules}\n`,
      };
    },
    // A page that loads in bursts (issue 14's worker-stop test): each
    // window.burst() adds PACED.perBurst images, even ones a Facebook pixel,
    // odd ones a first-party image whose response sets a cookie, and writes
    // one script cookie; it resolves once they have all loaded.
    '/paced': (_req, _url, ctx) =>
      html(
        `<!doctype html><title>Paced page</title><h1>Paced page</h1><script>
var fb = ${JSON.stringify(ctx.origin(DEMO_HOSTS.fb))}, next = 0, bursts = 0;
window.burst = function () {
  var b = bursts++;
  document.cookie = 'js_b' + b + '=1; path=/; max-age=3600';
  var loads = [];
  for (var j = 0; j < ${PACED.perBurst}; j++) {
    var k = next++, img = new Image();
    loads.push(new Promise(function (done) { img.onload = img.onerror = done; }));
    img.src = k % 2 === 0 ? fb + '/tr?id=paced&i=' + k : '/slow-asset?n=p' + k;
    document.body.appendChild(img);
  }
  return Promise.all(loads).then(function () { return next; });
};
</script>`,
      ),
    // A heavy page for the popup's long-list tests: n Facebook pixels (at most 5,000).
    '/heavy': (_req, url, ctx) => {
      const n = Math.min(5000, Math.max(0, Number(url.searchParams.get('n') ?? '1500') | 0));
      const fb = ctx.origin(DEMO_HOSTS.fb);
      const imgs = Array.from(
        { length: n },
        (_, i) => `<img src="${fb}/tr?id=heavy&amp;i=${i}" width="1" height="1" alt="">`,
      ).join('\n');
      return html(
        `<!doctype html><title>Heavy page</title><h1>${n} pixels</h1>\n${imgs}\n<a href="/cookie-policy">Cookie policy</a>`,
      );
    },
    '/slow-asset': (_req, url) => {
      const n = url.searchParams.get('n') ?? '0';
      return {
        delayMs: Number(url.searchParams.get('delay') ?? '0'),
        hold: url.searchParams.get('hold') === '1',
        headers: {
          'content-type': 'image/gif',
          'set-cookie': `late_${n}=v${n}; Path=/; Max-Age=3600; SameSite=Lax`,
        },
        body: PIXEL_GIF,
      };
    },
    // Storage on the device beyond cookies and Web Storage (ground truth:
    // pages.storage in ground-truth.json).
    // In a directory: document.cookie's default path would be /offline, and
    // cookieStore's is /. The service worker writes a cookie through its own
    // cookieStore (no hook can see that: recorded once, setter unknown).
    '/offline/storage': (_req, _url, ctx) =>
      html(
        `<!doctype html><title>Device storage</title><h1>Offline shop</h1><script src="/storage.js"></script><iframe title="Widget" src="${ctx.origin(DEMO_HOSTS.widget)}/frame"></iframe>`,
      ),
    '/storage.js': () => js(STORAGE_JS),
    '/sw.js': () => js(SW_JS),
    '/style.css': () => ({
      headers: { 'content-type': 'text/css' },
      body: 'body{font-family:system-ui,sans-serif;margin:0}header,footer{padding:1em;background:#f4f4f4}main{padding:1em}',
    }),
    '/favicon.ico': () => ({ status: 204 }),
  },
  [DEMO_HOSTS.static]: {
    '/js/app.js': () => ({
      headers: { 'content-type': 'text/javascript' },
      body: pageFile('app.js'),
    }),
  },
  [DEMO_HOSTS.gtm]: {
    '/gtag/js': (_req, _url, ctx) => ({
      headers: { 'content-type': 'text/javascript' },
      body: pageFile('gtag.js').replace('{{collect}}', `${ctx.origin(DEMO_HOSTS.ga)}/g/collect`),
    }),
  },
  [DEMO_HOSTS.ga]: {
    '/g/collect': () => ({ status: 204 }),
  },
  [DEMO_HOSTS.fb]: {
    '/tr': () => ({
      headers: {
        'content-type': 'image/gif',
        'content-length': String(PIXEL_GIF.length),
        'set-cookie':
          'fr=0xAbCdEf1234567890.1700000000; Domain=.facebook.com; Path=/; Max-Age=7776000; Secure; HttpOnly; SameSite=None',
      },
      body: PIXEL_GIF,
    }),
  },
  [DEMO_HOSTS.widget]: {
    '/frame': () =>
      html('<!doctype html><title>Widget</title><p>widget</p><script src="/w.js"></script>'),
    '/w.js': () => js(WIDGET_JS),
    '/widget-sw.js': () => js(WIDGET_SW_JS),
  },
  [DEMO_HOSTS.usPrivacy]: {
    '/': (req) => {
      const s = US_PRIVACY_STRINGS[req.headers['sec-gpc'] === '1' ? 'gpc' : 'plain'];
      const year = 'Path=/; Max-Age=31536000; SameSite=Lax';
      return html(pageFile('us-privacy.html').replace('{{gpp}}', s.gpp), {
        'set-cookie': [`usprivacy=${s.usprivacy}; ${year}`, `OptanonConsent=${s.optanon}; ${year}`],
      });
    },
  },
  [DEMO_HOSTS.ready]: {
    '/ready': () => html('<!doctype html><title>ready</title><p>ready</p>'),
  },
};

// The discrepancy scenarios (scenarios.ts): their sites and the third parties they add.
for (const [host, paths] of Object.entries(scenarioRoutes))
  routes[host] = { ...routes[host], ...paths };
// The A/B test's sites (ab-sites.ts).
for (const [host, paths] of Object.entries(abRoutes)) routes[host] = { ...routes[host], ...paths };

export async function startDemoServer(opts: { host?: string } = {}): Promise<DemoServer> {
  const bind = opts.host ?? '127.0.0.1';
  const pems = await generate([{ name: 'commonName', value: 'shop.test' }], {
    keySize: 2048,
    notAfterDate: new Date(Date.now() + 2 * 86_400_000),
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [...new Set([...Object.values(DEMO_HOSTS), ...SCENARIO_HOSTS])].map((value) => ({
          type: 2 as const,
          value,
        })),
      },
    ],
  });
  const hits = new Map<string, number>();
  const held: (() => void)[] = [];
  let httpPort = 0;
  let httpsPort = 0;
  const origin = (host: string, scheme: 'https' | 'http' = 'https') =>
    `${scheme}://${host}:${scheme === 'https' ? httpsPort : httpPort}`;

  const handle = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    scheme: 'http' | 'https',
  ) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'invalid'}`);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const key = `${host} ${url.pathname}`;
    hits.set(key, (hits.get(key) ?? 0) + 1);
    const route = routes[host]?.[url.pathname];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const out = route(req, url, { origin: (h) => origin(h, scheme) });
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(out.status ?? 200, { 'cache-control': 'no-store', ...out.headers });
      res.end(out.body);
    };
    if (out.hold) held.push(send);
    else if (out.delayMs) setTimeout(send, Math.min(out.delayMs, 30_000));
    else send();
  };

  const httpServer = http.createServer((q, s) => handle(q, s, 'http'));
  const httpsServer = https.createServer({ key: pems.private, cert: pems.cert }, (q, s) =>
    handle(q, s, 'https'),
  );
  await new Promise<void>((r) => httpServer.listen(0, bind, r));
  await new Promise<void>((r) => httpsServer.listen(0, bind, r));
  httpPort = (httpServer.address() as AddressInfo).port;
  httpsPort = (httpsServer.address() as AddressInfo).port;
  const close = (s: http.Server) =>
    new Promise<void>((r) => {
      s.closeAllConnections();
      s.close(() => r());
    });
  return {
    httpPort,
    httpsPort,
    origin,
    hits,
    release: () => {
      for (const send of held.splice(0)) send();
    },
    close: async () => {
      held.length = 0;
      await Promise.all([close(httpServer), close(httpsServer)]);
    },
  };
}
