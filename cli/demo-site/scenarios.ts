// Discrepancy scenarios: one small site per finding kind, plus a clean one,
// each a tiny shop or news page with a home page `/` and (except
// kind-no-declaration.test) a cookie policy at `/cookie-policy` linked from
// the footer. Served by server.ts beside the demo shop, routed by Host header;
// pages and scripts in pages/scenarios/<site>/ and pages/scenarios/_shared/.
// What each visit records and which findings it must give: scenarios.json.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';

type Reply = {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
};
type Route = (req: IncomingMessage, url: URL, ctx: { origin: (h: string) => string }) => Reply;

interface SiteSpec {
  /** Sets a first-party session cookie `sid` on the home page. */
  session: boolean;
  /** Serves /cookie-policy (linked from the home page's footer). */
  policy: boolean;
  /** Runs the fake OneTrust (/js/onetrust-stub.js with this site's domain-data.json). */
  onetrust?: boolean;
  /** Serves /js/meta-pixel.js (the Meta Pixel tag code, run by the page's tag loader). */
  metaPixel?: boolean;
  /** Publishes /.well-known/gpc.json with "gpc": true. */
  gpc?: boolean;
  /**
   * Publishes a DNT promise: /.well-known/dnt-policy.txt titled as EFF's
   * policy (version 1.0), the tracking status resource {"tracking": "N"}, and
   * `Tk: N` on its home page.
   */
  dnt?: boolean;
  /** Other first-party scripts: path → file in the site's folder. */
  scripts?: Record<string, string>;
}

export const SCENARIO_SITES: Record<string, SiteSpec> = {
  'clean-shop.test': { session: true, policy: true, scripts: { '/js/shop.js': 'shop.js' } },
  'kind-undeclared-category.test': { session: true, policy: true },
  'kind-undeclared-vendor.test': { session: true, policy: true },
  'kind-undeclared-cookie.test': { session: true, policy: true, onetrust: true },
  'kind-misdeclared-cookie.test': { session: true, policy: true, onetrust: true, metaPixel: true },
  'kind-retention-exceeds-declared.test': { session: true, policy: true },
  'kind-before-consent.test': { session: false, policy: true, onetrust: true, metaPixel: true },
  'kind-after-rejection.test': { session: true, policy: true, onetrust: true, metaPixel: true },
  'kind-undeclared-technology.test': {
    session: true,
    policy: true,
    scripts: { '/js/recipes.js': 'recipes.js' },
  },
  'kind-dnt-gpc-ignored.test': { session: true, policy: true, gpc: true, dnt: true },
  // A policy declaring necessary cookies only, with one sentence about what
  // its cookies are for that the reader cannot map to a category; the page
  // runs Google Analytics: the analytics finding is flagged "check the policy".
  'kind-check-policy.test': { session: true, policy: true },
  'kind-no-declaration.test': { session: false, policy: false },
  // Two hosts of one registrable domain (split.test), each with its own
  // declaration: a consent banner on the news, a cookie policy on the shop.
  // A CMP's declaration and consent hold where it ran, a policy on the host
  // linking it: the shop's cookies are not held to the news site's banner.
  // Not in scenarios.json (one host per scenario there): tests/e2e/scenarios.test.ts
  // ('two hosts of one site').
  'news.split.test': { session: false, policy: false, onetrust: true },
  'shop.split.test': { session: true, policy: true },
  // Consent given, then withdrawn (OneTrust.RejectAll() after AllowAll()):
  // one site keeps Google Analytics' _ga and _gid and its beacon, the other
  // deletes them and stops. Not in scenarios.json (its truth is one visit
  // with one choice): their truth is written in tests/e2e/cli-revocation.test.ts.
  'revoke-keeps.test': { session: false, policy: false, onetrust: true },
  'revoke-deletes.test': { session: false, policy: false, onetrust: true },
};

/** Third parties the scenarios add to the demo's (www.facebook.com is served by server.ts). */
const ANALYTICS = 'www.google-analytics.com';
const BING = 'bat.bing.com';

/** Every host name the scenarios serve (for the certificate's SAN list). */
export const SCENARIO_HOSTS: readonly string[] = [...Object.keys(SCENARIO_SITES), ANALYTICS, BING];

/** 1×1 transparent GIF, 42 bytes. */
const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const file = (path: string) =>
  readFileSync(new URL(`./pages/scenarios/${path}`, import.meta.url), 'utf8');
const fill = (text: string, origin: (h: string) => string) =>
  text.replace(/\{\{origin:([a-z0-9.-]+)\}\}/g, (_, h: string) => origin(h));

const htmlPage =
  (path: string, headers: Record<string, string | string[]> = {}): Route =>
  (_req, _url, ctx) => ({
    headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
    body: fill(file(path), ctx.origin),
  });
const script =
  (path: string, edit: (s: string) => string = (s) => s): Route =>
  (_req, _url, ctx) => ({
    headers: { 'content-type': 'text/javascript' },
    body: edit(fill(file(path), ctx.origin)),
  });
const pixel: Route = () => ({
  headers: { 'content-type': 'image/gif', 'content-length': String(PIXEL_GIF.length) },
  body: PIXEL_GIF,
});

const STYLE =
  'body{font-family:system-ui,sans-serif;margin:0}header,footer{padding:1em;background:#f4f4f4}' +
  'main{padding:1em}#onetrust-banner-sdk{position:fixed;bottom:0;left:0;right:0;padding:1em;' +
  'background:#fff;border-top:2px solid #333}#onetrust-banner-sdk button{margin-right:.5em}';

/** A session id per site, first party, HttpOnly (same value each visit: the demo is deterministic). */
const sessionCookie = (site: string) =>
  `sid=s%3A${createHash('sha256').update(site).digest('hex').slice(0, 24)}; Path=/; HttpOnly; Secure; SameSite=Lax`;

function siteRoutes(site: string, spec: SiteSpec): Record<string, Route> {
  const r: Record<string, Route> = {
    '/': htmlPage(`${site}/home.html`, {
      ...(spec.session ? { 'set-cookie': sessionCookie(site) } : {}),
      ...(spec.dnt ? { tk: 'N' } : {}),
    }),
    '/style.css': () => ({ headers: { 'content-type': 'text/css' }, body: STYLE }),
    '/favicon.ico': () => ({ status: 204 }),
  };
  if (spec.policy) r['/cookie-policy'] = htmlPage(`${site}/cookie-policy.html`);
  if (spec.onetrust) {
    const domainData = JSON.stringify(
      (JSON.parse(file(`${site}/domain-data.json`)) as { DomainData: unknown }).DomainData,
    );
    r['/js/onetrust-stub.js'] = script('_shared/onetrust-stub.js', (s) =>
      s.replace(/\/\* \{\{domainData\}\} \*\/ \{ Groups: \[\] \}/, () => domainData),
    );
  }
  if (spec.metaPixel) r['/js/meta-pixel.js'] = script('_shared/meta-pixel.js');
  if (spec.gpc) {
    r['/.well-known/gpc.json'] = () => ({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ gpc: true, lastUpdate: '2026-01-01' }),
    });
  }
  if (spec.dnt) {
    r['/.well-known/dnt-policy.txt'] = () => ({
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      // EFF's title and version line; the body is the demo's own words.
      body: `Do Not Track Compliance Policy\n\nVersion 1.0\n\n${site} does not track visitors who send DNT: 1.\n`,
    });
    r['/.well-known/dnt/'] = () => ({
      headers: { 'content-type': 'application/tracking-status+json' },
      body: JSON.stringify({ tracking: 'N', policy: '/cookie-policy' }),
    });
  }
  for (const [path, name] of Object.entries(spec.scripts ?? {})) {
    r[path] = script(`${site}/${name}`);
  }
  return r;
}

/** Routes per host; server.ts merges them into its own (same host: both sets of paths). */
export const scenarioRoutes: Record<string, Record<string, Route>> = {
  ...Object.fromEntries(
    Object.entries(SCENARIO_SITES).map(([s, spec]) => [s, siteRoutes(s, spec)]),
  ),
  [ANALYTICS]: {
    '/analytics.js': script('_shared/analytics.js'),
    '/collect': () => ({ status: 204 }),
  },
  [BING]: {
    '/bat.js': script('_shared/bat.js'),
    '/action/0': pixel,
  },
};
