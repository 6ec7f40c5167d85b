// Two demo sites for the DNT / GPC A/B test (issue 12, `--signals-ab`), both
// publishing /.well-known/gpc.json {"gpc": true} and a cookie policy:
// - gpc-honours.test honours GPC: with `Sec-GPC: 1` on its page request it
//   loads no analytics or advertising tag (no Google Analytics, no Meta pixel,
//   no visitor id in localStorage) and sets `usprivacy=1YYN` instead of
//   `1YNN`; its policy speaks of GPC only (nothing about DNT);
// - gpc-ignores.test says (gpc.json, policy) that it honours GPC and DNT,
//   but serves the same page, tags and `usprivacy=1YNN` whatever is sent.
// The tags: Google Analytics' stand-in (the scenarios' analytics.js: _ga,
// _gid, a beacon), a visitor id it keeps in localStorage (/ab-storage.js on
// www.google-analytics.com) and the Meta pixel (its `fr` cookie). Both sites
// set a first-party HttpOnly session cookie `sid` and read their US Privacy
// String through a small `__uspapi` stub. Ground truth of
// an A/B test of each: ab-truth.json beside this file.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

type Reply = {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
};
type Route = (req: IncomingMessage, url: URL, ctx: { origin: (h: string) => string }) => Reply;

export const AB_HOSTS = {
  honours: 'gpc-honours.test',
  ignores: 'gpc-ignores.test',
} as const;

const html = (body: string, headers: Record<string, string | string[]> = {}): Reply => ({
  headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
  body,
});

const YEAR = 'Path=/; Max-Age=31536000; SameSite=Lax';

/** The page's tags (Google Analytics' stand-in, the Meta pixel, a visitor id) or none. */
function page(title: string, tags: boolean, origin: (h: string) => string): string {
  const tagsHtml = tags
    ? `<script async src="${origin('www.google-analytics.com')}/analytics.js"></script>
<script async src="${origin('www.google-analytics.com')}/ab-storage.js"></script>
<img src="${origin('www.facebook.com')}/tr?id=4455667788&amp;ev=PageView&amp;noscript=1" width="1" height="1" alt="" style="display:none">`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<script>
(function () {
  function cookie(name) {
    var parts = document.cookie.split('; ');
    for (var i = 0; i < parts.length; i++)
      if (parts[i].indexOf(name + '=') === 0) return parts[i].slice(name.length + 1);
    return null;
  }
  window.__uspapi = function (command, version, callback) {
    if (command === 'getUSPData') callback({ version: 1, uspString: cookie('usprivacy') }, true);
    else callback(null, false);
  };
})();
</script>
${tagsHtml}
</head><body><h1>${title}</h1><p>Today's offers.</p>
<footer><a href="/cookie-policy">Cookie policy</a></footer></body></html>`;
}

/** What both sites' policies declare alike; each then says its own about the signals. */
const COMMON_SECTIONS = `<h2>Strictly necessary cookies</h2>
<p>We use a session cookie to keep your basket while you shop.</p>
<h2>Analytics cookies</h2>
<p>We use Google Analytics to count our visitors.</p>
<h2>Advertising cookies</h2>
<p>We use the Meta Pixel to measure our campaigns.</p>
<h2>Preference cookies</h2>
<p>We use a preference cookie to remember your privacy choices.</p>
<h2>Local storage</h2>
<p>We also use local storage to keep a visitor identifier for Google Analytics.</p>
`;

const POLICY = {
  [AB_HOSTS.honours]: `${COMMON_SECTIONS}<h2>Global Privacy Control</h2>
<p>We honour Global Privacy Control signals: when your browser sends one, we do not load analytics or advertising tags, and we record your opt-out of sale.</p>`,
  [AB_HOSTS.ignores]: `${COMMON_SECTIONS}<h2>Do Not Track and Global Privacy Control</h2>
<p>We honour Do Not Track and Global Privacy Control signals: when your browser sends one, we do not set analytics or advertising cookies.</p>`,
};

function siteRoutes(host: string, honours: boolean): Record<string, Route> {
  const title = honours ? 'Harbour Outfitters' : 'Summit Supplies';
  const sid = `sid=s%3A${createHash('sha256').update(host).digest('hex').slice(0, 24)}; Path=/; HttpOnly; Secure; SameSite=Lax`;
  return {
    '/': (req, _url, ctx) => {
      const optedOut = honours && req.headers['sec-gpc'] === '1';
      return html(page(title, !optedOut, ctx.origin), {
        'set-cookie': [sid, `usprivacy=${optedOut ? '1YYN' : '1YNN'}; ${YEAR}`],
      });
    },
    '/cookie-policy': () =>
      html(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cookie policy — ${title}</title></head><body><main><h1>Cookie policy</h1>${POLICY[host as keyof typeof POLICY]}</main></body></html>`,
      ),
    '/.well-known/gpc.json': () => ({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ gpc: true, lastUpdate: '2026-01-01' }),
    }),
    '/favicon.ico': () => ({ status: 204 }),
  };
}

/** Routes per host; server.ts merges them into its own (same host: both sets of paths). */
export const abRoutes: Record<string, Record<string, Route>> = {
  'www.google-analytics.com': {
    '/ab-storage.js': () => ({
      headers: { 'content-type': 'text/javascript' },
      body: "try { localStorage.setItem('_ga_vid', 'GA1.1.1234567890'); } catch (e) {}",
    }),
  },
  [AB_HOSTS.honours]: siteRoutes(AB_HOSTS.honours, true),
  [AB_HOSTS.ignores]: siteRoutes(AB_HOSTS.ignores, false),
};
