// An audit contacts only the sites it audits: Chromium's own background
// traffic (Google account listing, component updates, autofill field
// predictions, …) is switched off (cli/quiet.ts). Checked in Chromium's own
// network log, which also sees the requests the browser makes for itself —
// those never reach Playwright's or the extension's request events.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REFUSED_SUFFIX } from '../../cli/quiet.ts';
import { startHarness } from './harness.ts';
import { netLogRequests, type NetLogRequest } from './netlog.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cookie-audit-netlog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Chromium's ERR_NAME_NOT_RESOLVED: the request never left the browser. */
const NAME_NOT_RESOLVED = -105;

let requests: NetLogRequest[] = [];
beforeAll(async () => {
  const netLog = path.join(dir, 'netlog.json');
  const h = await startHarness({ netLog });
  try {
    // A tracker list the user adds by its address.
    const list = await h.browser.send<{ ok: boolean }>({
      type: 'add-list-url',
      url: `${h.demo.origin('shop.test')}/lists/etag.txt`,
    });
    if (!list.ok) throw new Error('the list could not be added');
    // The demo audit's pages, as `npm run -s audit` visits them.
    for (const p of ['/', '/about', '/cookie-policy']) {
      const { page } = await h.visit(`${h.demo.origin('shop.test')}${p}`);
      if (p === '/about') {
        // Most sites show a form somewhere (sign-up, search, checkout):
        // Chromium's autofill would send its fields to Google to predict their types.
        await page.evaluate(() => {
          const form = document.createElement('form');
          form.innerHTML =
            '<input name="name" autocomplete="name"><input name="email" type="email">' +
            '<input name="street" autocomplete="street-address"><input name="city">' +
            '<input name="phone" type="tel"><input name="password" type="password">';
          document.body.append(form);
        });
        await page.waitForTimeout(1500);
      }
      await page.close();
    }
    await h.browser.send({ type: 'get-report', site: 'shop.test' });
    // Start-up services (account listing, on-demand component checks) fire
    // in the first seconds, and retry: let them.
    await new Promise((r) => setTimeout(r, 3000));
  } finally {
    // The browser writes the end of its network log when it exits.
    await h.close();
  }
  requests = netLogRequests(netLog);
});

it('contacts only the audited site and the third parties its pages load', () => {
  const hosts = new Set(
    requests.filter((r) => /^https?:/.test(r.url)).map((r) => new URL(r.url).hostname),
  );
  expect([...hosts].filter((h) => !h.endsWith(REFUSED_SUFFIX)).sort()).toEqual([
    // The CLI's own loopback page that tells when the extension is recording.
    '127.0.0.1',
    'shop.test',
    'static.shop.test',
    'www.facebook.com',
    'www.google-analytics.com',
    'www.googletagmanager.com',
  ]);
});

it("sends Chromium's own endpoints that no switch turns off nowhere: refused before any lookup", () => {
  const own = requests.filter(
    (r) => /^https?:/.test(r.url) && new URL(r.url).hostname.endsWith(REFUSED_SUFFIX),
  );
  expect(own.filter((r) => r.netError !== NAME_NOT_RESOLVED)).toEqual([]);
});

it("the extension itself fetches only the audited sites' policy and well-known resources, and the user's list", () => {
  // Its fetches carry its own origin as initiator.
  const own = requests.filter(
    (r) => r.initiator?.startsWith('chrome-extension://') && /^https?:/.test(r.url),
  );
  const fetched = [
    ...new Set(own.map((r) => `${new URL(r.url).hostname}${new URL(r.url).pathname}`)),
  ].sort();
  expect(fetched).toEqual([
    // The CLI's loopback page (the extension is recording) is a page the
    // browser visited like any other: its host's published DNT/GPC resources.
    '127.0.0.1/.well-known/dnt-policy.txt',
    '127.0.0.1/.well-known/dnt/',
    '127.0.0.1/.well-known/gpc.json',
    'shop.test/.well-known/dnt-policy.txt',
    'shop.test/.well-known/dnt/',
    'shop.test/.well-known/gpc.json',
    // The policy its pages link to.
    'shop.test/cookie-policy',
    // The list the user added, and nothing else of the kind.
    'shop.test/lists/etag.txt',
  ]);
});
