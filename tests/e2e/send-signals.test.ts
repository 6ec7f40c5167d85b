// The "send privacy signals" option end to end: turned on for a chosen site
// through the options page (keyboard only), the site's document and the
// third-party image it loads carry DNT: 1 and Sec-GPC: 1 as the fixture
// server receives them, its pages see (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl, a page
// of another site gets nothing, the popup's DNT/GPC tab and report.json say
// the extension sent them; turned off, the headers are gone.
//
// Ground truth (this file's server): sig.test/ is the chosen site's page; it
// loads http://pixel-sig.test/px.gif (a third party) and sig.test/app.js (a
// first-party script). other.test/ is not chosen and loads the same image.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../lib/core/report.ts';
import { axeViolations } from './a11y.ts';
import { startHarness, type Harness, watchWorker } from './harness.ts';

let h: Harness;
let server: http.Server;
let port = 0;
/** Every request the server received: "host path", with the two headers. */
const received: { at: string; dnt: string | null; gpc: string | null }[] = [];

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : null);
    received.push({
      at: `${host} ${path}`,
      dnt: one(req.headers.dnt),
      gpc: one(req.headers['sec-gpc']),
    });
    const page = (title: string) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(
          `<!doctype html><title>${title}</title><h1>${title}</h1>` +
            `<img alt="" src="http://pixel-sig.test:${port}/px.gif?from=${host}">` +
            `<script src="/app.js"></script>`,
        );
    if (path === '/' && (host === 'sig.test' || host === 'other.test')) return page(host);
    if (path === '/app.js')
      return res
        .writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' })
        .end('window.seenAtLoad = navigator.globalPrivacyControl;');
    if (host === 'pixel-sig.test' && path === '/px.gif')
      return res
        .writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' })
        .end(GIF);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  h = await startHarness();
}, 120_000);
afterAll(async () => {
  await h?.close();
  await new Promise((r) => server.close(r));
});

const url = (host: string) => `http://${host}:${port}/`;

/** What the server received since `from`, for one host's document and the image it loaded. */
function got(from: number, host: string) {
  const seen = received.slice(from);
  const pick = (at: string) => {
    const r = seen.find((x) => x.at === at);
    return r ? { dnt: r.dnt, gpc: r.gpc } : 'not requested';
  };
  return {
    document: pick(`${host} /`),
    script: pick(`${host} /app.js`),
    image: pick('pixel-sig.test /px.gif'),
  };
}

async function openOptions(): Promise<Page> {
  const options = await h.browser.context.newPage();
  await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Send privacy signals' }).waitFor();
  return options;
}

/** Keyboard only: focus a control, act with the keys a user would press. */
async function save(options: Page, mode: string, sites: string | null) {
  await options.getByRole('radio', { name: mode }).focus();
  await options.keyboard.press('Space');
  if (sites !== null) {
    await options.getByRole('textbox', { name: /Chosen sites, one a line/ }).focus();
    await options.keyboard.press('ControlOrMeta+A');
    await options.keyboard.type(sites);
  }
  await options.getByRole('button', { name: 'Save signals' }).focus();
  await options.keyboard.press('Enter');
}

describe('sending DNT and GPC from the extension', () => {
  it('is off by default: nothing is added', async () => {
    const from = received.length;
    const { page } = await h.visit(url('sig.test'));
    expect(got(from, 'sig.test')).toEqual({
      document: { dnt: null, gpc: null },
      script: { dnt: null, gpc: null },
      image: { dnt: null, gpc: null },
    });
    expect(
      await page.evaluate(
        () => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl,
      ),
    ).toBeUndefined();
    await page.close();
  });

  it('refuses an entry that is not a site, with the reason', async () => {
    const options = await openOptions();
    expect(await options.getByTestId('browser-dnt').textContent()).toBe('off');
    await save(options, 'On chosen sites only', 'co.uk');
    await expect
      .poll(() => options.getByTestId('send-signals-message').textContent())
      .toBe('Not saved: co.uk is a public suffix, not a site (use "everywhere")');
    await options.close();
  });

  let tabId = 0;
  it('on a chosen site: its document and every request of its page carry both; another site gets none', async () => {
    const options = await openOptions();
    await save(options, 'On chosen sites only', 'sig.test');
    await expect
      .poll(() => options.getByTestId('send-signals-message').textContent())
      .toBe('Saved: DNT and GPC sent on sig.test.');
    expect(await axeViolations(options)).toEqual([]);
    await options
      .locator('section.send-signals')
      .screenshot({ path: 'test-results/options-send-signals.png' });
    await options.close();

    let from = received.length;
    const visit = await h.visit(url('sig.test'));
    tabId = visit.tabId;
    const both = { dnt: '1', gpc: '1' };
    expect(got(from, 'sig.test')).toEqual({ document: both, script: both, image: both });
    expect(
      await visit.page.evaluate(() => [
        (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl,
        navigator.doNotTrack,
        (window as unknown as { seenAtLoad: unknown }).seenAtLoad,
      ]),
    ).toEqual([true, '1', true]);

    from = received.length;
    const other = await h.visit(url('other.test'));
    const none = { dnt: null, gpc: null };
    expect(got(from, 'other.test')).toEqual({ document: none, script: none, image: none });
    expect(
      await other.page.evaluate(() => [
        (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl,
        navigator.doNotTrack,
      ]),
    ).toEqual([undefined, null]);
    await other.page.close();
  });

  it('is recorded per page and shown as sent by this extension', async () => {
    const view = await h.tabView(tabId);
    expect(view.view?.pages.map((p) => [p.url, p.signals, p.navigatorSignals])).toEqual([
      [
        url('sig.test'),
        { dnt: true, gpc: true, extension: { dnt: true, gpc: true } },
        { gpc: true, dnt: '1' },
      ],
    ]);
    const { report } = await h.browser.send<{ report: Report }>({
      type: 'get-report',
      site: 'sig.test',
    });
    // Chromium's own navigator.doNotTrack is null with its DNT setting off.
    expect(report.pages.map((p) => [p.url, p.signals, p.navigatorSignals])).toEqual([
      [
        url('sig.test'),
        { dnt: false, gpc: false, byExtension: { dnt: false, gpc: false } },
        { gpc: null, dnt: null },
      ],
      [
        url('sig.test'),
        { dnt: true, gpc: true, byExtension: { dnt: true, gpc: true } },
        { gpc: true, dnt: '1' },
      ],
    ]);
    expect({
      sent: report.dnt.sent,
      gpcSent: report.dnt.gpcSent,
      browserDnt: report.dnt.browserDnt,
      sentBy: report.dnt.sentBy,
    }).toEqual({ sent: true, gpcSent: true, browserDnt: false, sentBy: 'extension' });
    const other = await h.browser.send<{ report: Report }>({
      type: 'get-report',
      site: 'other.test',
    });
    expect(other.report.pages.map((p) => p.signals)).toEqual([
      { dnt: false, gpc: false, byExtension: { dnt: false, gpc: false } },
    ]);
    expect(other.report.dnt.sentBy).toBeNull();

    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('tab', { name: 'DNT / GPC' }).click();
    await popup.getByTestId('extension-sends').waitFor();
    expect(await popup.getByTestId('browser-sends').textContent()).toBe(
      'Your browser: DNT off; GPC: not a Chrome setting — sent only if this extension or another sends it.',
    );
    expect(await popup.getByTestId('page-saw').textContent()).toBe(
      'The page saw navigator.globalPrivacyControl = true, navigator.doNotTrack = "1".',
    );
    expect(await popup.getByTestId('extension-sends').textContent()).toBe(
      'This extension: sends DNT and GPC on this site (options page: Send privacy signals).',
    );
    const cells = await popup
      .getByRole('table', { name: 'Do Not Track and Global Privacy Control' })
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]!.textContent));
    expect(cells).toEqual(['yes — sent by this extension', 'yes — sent by this extension']);
    await popup.setViewportSize({ width: 800, height: 600 });
    await popup.screenshot({ path: 'test-results/popup-send-signals.png' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await visit_close();
  });

  it('still sends after the service worker was stopped (the rules and scripts persist)', async () => {
    const bridge = await h.browser.bridge();
    const { cdp, statuses } = await watchWorker(h, bridge);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.includes('stopped'), { timeout: 5_000 }).toBe(true);
    const from = received.length;
    const { page } = await h.visit(url('sig.test'));
    const both = { dnt: '1', gpc: '1' };
    expect(got(from, 'sig.test')).toEqual({ document: both, script: both, image: both });
    expect(
      await page.evaluate(
        () => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl,
      ),
    ).toBe(true);
    await page.close();
    await cdp.detach();
  });

  it('everywhere, GPC only: another site gets Sec-GPC and navigator.globalPrivacyControl, no DNT', async () => {
    const options = await openOptions();
    await save(options, 'Everywhere', null);
    await options.getByRole('checkbox', { name: /Do Not Track/ }).focus();
    await options.keyboard.press('Space');
    await options.getByRole('button', { name: 'Save signals' }).focus();
    await options.keyboard.press('Enter');
    await expect
      .poll(() => options.getByTestId('send-signals-message').textContent())
      .toBe('Saved: GPC sent on every site.');
    await options.close();
    const from = received.length;
    const { page } = await h.visit(url('other.test'));
    const gpcOnly = { dnt: null, gpc: '1' };
    expect(got(from, 'other.test')).toEqual({ document: gpcOnly, script: gpcOnly, image: gpcOnly });
    expect(
      await page.evaluate(() => [
        (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl,
        navigator.doNotTrack,
      ]),
    ).toEqual([true, null]);
    await page.close();
  });

  it('turned off: the headers and the navigator signal are gone', async () => {
    const options = await openOptions();
    await save(options, 'Off (default): the extension sends nothing', null);
    await expect
      .poll(() => options.getByTestId('send-signals-message').textContent())
      .toBe('Saved: the extension sends no signal.');
    await options.close();
    const from = received.length;
    const { page } = await h.visit(url('sig.test'));
    const none = { dnt: null, gpc: null };
    expect(got(from, 'sig.test')).toEqual({ document: none, script: none, image: none });
    expect(
      await page.evaluate(
        () => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl,
      ),
    ).toBeUndefined();
    await page.close();
  });
});

async function visit_close() {
  for (const p of h.browser.context.pages()) {
    if (p.url() === url('sig.test')) await p.close();
  }
}
