// Hostile strings stay inert everywhere (issue 14 item 5): a site whose
// cookie names and values, storage keys, request URLs, page title and policy
// text carry script and HTML payloads, classified by a user list whose vendor
// name and list name carry them too, is shown in the popup (every tab), the
// options page and the exported report.html. No payload may run: each one
// calls alert(), which would open a dialog, or sets window.__pwned; and each
// is shown as text (so the test sees that it was rendered at all).
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STORAGE_SETTINGS } from '../../lib/core/storage-settings.ts';
import { startHarness, type Harness } from './harness.ts';

const HOST = 'evil-site.test';
const TRACKER = 'evil-tracker.test';
/** Each payload runs alert(n) or sets window.__pwned if it is ever parsed as HTML. */
const X = {
  httpName: 'h<script>alert(1)</script>',
  httpValue: '<img src=x onerror=alert(2)>',
  jsName: 'j<script>alert(3)</script>',
  jsValue: '"><svg onload=alert(4)>',
  storageKey: '<img src=x onerror="window.__pwned=5">',
  storageValue: '</td><script>alert(6)</script>',
  title: '<img src=x onerror=alert(7)>',
  policy: '<img src=x onerror=alert(8)> analytics',
  vendor: '<img src=x onerror=alert(9)>',
  listName: '<svg onload=alert(10)>',
};
/** A JS string literal safe inside an inline script (no "</script>"). */
const js = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');
const escHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let h: Harness;
let server: https.Server;
let origin: string;
let tabId: number;

beforeAll(async () => {
  const pems = await generate([{ name: 'commonName', value: HOST }], {
    keySize: 2048,
    notAfterDate: new Date(Date.now() + 86_400_000),
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [HOST, TRACKER].map((value) => ({ type: 2 as const, value })),
      },
    ],
  });
  server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0];
    if (host === TRACKER) {
      res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
      res.end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
    } else if (path === '/cookie-policy') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        `<!doctype html><title>Cookie policy</title><h1>Cookie policy</h1><p>We use cookies from ${escHtml(X.policy)} to count visits to our site.</p>`,
      );
    } else if (path === '/') {
      res.writeHead(200, {
        'content-type': 'text/html',
        'cache-control': 'no-store',
        'set-cookie': `${X.httpName}=${X.httpValue}; Path=/; Max-Age=86400`,
      });
      res.end(`<!doctype html><html><head><title>${escHtml(X.title)}</title></head><body>
<a href="/cookie-policy">Cookie policy</a>
<script>
document.cookie = ${js(`${X.jsName}=${X.jsValue}; path=/; max-age=86400`)};
localStorage.setItem(${js(X.storageKey)}, ${js(X.storageValue)});
var im = new Image();
im.src = ${js(`https://${TRACKER}:PORT/px?q="><img src=x onerror=alert(11)>`)}.replace('PORT', location.port);
document.body.appendChild(im);
</script></body></html>`);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  origin = `https://${HOST}:${port}`;
  h = await startHarness();
  // Values are kept and exported (the user's opt-in), so they are shown too.
  await h.browser.send({
    type: 'set-storage-settings',
    settings: { ...DEFAULT_STORAGE_SETTINGS, keepValues: true },
  });
  // A user list (Disconnect's format) names the tracker's vendor with a payload.
  await h.browser.send({
    type: 'add-list',
    name: X.listName,
    text: JSON.stringify({
      categories: { Advertising: [{ [X.vendor]: { 'https://evil.example/': [TRACKER] } }] },
    }),
  });
  ({ tabId } = await h.visit(`${origin}/`));
  await h.policyRead(tabId);
}, 120_000);

afterAll(async () => {
  await h?.close();
  await new Promise((r) => server?.close(r));
});

/** Opens an extension page, recording every dialog (none may open). */
async function open(url: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await h.browser.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  return { page, dialogs };
}

async function inert(page: Page, dialogs: string[]): Promise<void> {
  // Payloads that run do so at once; give any late one (an image error) time.
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe(
    undefined,
  );
  const scripts = await page
    .locator('script')
    .evaluateAll((els) => els.filter((e) => /alert\(|__pwned/.test(e.textContent ?? '')).length);
  expect(scripts).toBe(0);
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
}

describe('hostile strings stay inert', () => {
  it('in the popup, on every tab, shown as text', async () => {
    const { page, dialogs } = await open(
      `chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`,
    );
    await page.locator('main[data-origin="worker"]').waitFor();
    const seen = new Set<string>();
    const tabs = page.getByRole('tab');
    const n = await tabs.count();
    expect(n).toBeGreaterThan(4);
    for (let i = 0; i < n; i++) {
      await tabs.nth(i).click();
      await expect.poll(() => page.getByTestId('rows-loading').count()).toBe(0);
      const text = await page.locator('body').innerText();
      for (const [k, v] of Object.entries(X)) if (text.includes(v)) seen.add(k);
    }
    await inert(page, dialogs);
    // Every name, key and vendor was rendered somewhere, as text (the popup
    // shows no values: they are in the exports).
    expect([...seen].sort()).toEqual(['httpName', 'jsName', 'storageKey', 'vendor']);
    await page.close();
  });

  it('on the options page, where the list is named', async () => {
    const { page, dialogs } = await open(
      `chrome-extension://${h.browser.extensionId}/options.html`,
    );
    await page.getByText(X.listName, { exact: false }).first().waitFor();
    await inert(page, dialogs);
    await page.close();
  });

  it('in the exported report.html', async () => {
    const { page: popup } = await open(
      `chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`,
    );
    await popup.locator('main[data-origin="worker"]').waitFor();
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'report.html' }).click(),
    ]);
    const file = await download.path();
    const html = readFileSync(file, 'utf8');
    await popup.close();
    const { page, dialogs } = await open('about:blank');
    await page.setContent(html, { waitUntil: 'load' });
    await inert(page, dialogs);
    const text = await page.locator('body').innerText();
    for (const k of [
      'httpName',
      'httpValue',
      'jsName',
      'jsValue',
      'storageKey',
      'listName',
    ] as const)
      expect(text, k).toContain(X[k]);
    // The tracker's request URL is listed, its payload encoded or shown as text.
    expect(text).toContain(`${TRACKER}`);
    await page.close();
  });
});
