// Headless Firefox (Debian's firefox-esr) with the built Firefox add-on,
// driven by puppeteer-core over WebDriver BiDi, as ../shared/FIREFOX.md says
// it works here: the add-on installed temporarily, its moz-extension UUID
// pinned, host permissions granted, the demo hosts resolved to loopback, and
// the same has-request handshake as Chromium before the first visit.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const GECKO_ID = 'cookie-audit@example.org';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox binary (FIREFOX_PATH, else Debian's), or null when there is none. */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export interface FirefoxLaunchOptions {
  extensionDir: string;
  /** Host names resolved to loopback (network.dns.localDomains). */
  localHosts: readonly string[];
  /**
   * How long the event page may stay idle before Firefox suspends it, in ms
   * (extensions.background.idle.timeout; Firefox's default is 30 s).
   */
  idleTimeoutMs?: number;
}

export interface FirefoxAudit {
  browser: Browser;
  uuid: string;
  /** moz-extension://UUID/ */
  extensionOrigin: string;
  /** Send one protocol message to the background, from an extension page. */
  send<T = unknown>(msg: unknown): Promise<T>;
  /** Evaluate in the bridge extension page (it has `browser.*`). */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Id of the tab showing `url`, or null. */
  tabIdOf(url: string): Promise<number | null>;
  close(): Promise<void>;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function launchFirefoxAudit(opts: FirefoxLaunchOptions): Promise<FirefoxAudit> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('Firefox was not found (run scripts/ensure-firefox.sh).');
  const extensionDir = path.resolve(opts.extensionDir);
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built Firefox add-on at ${extensionDir} (run \`npm run build:firefox\`).`);
  }
  // The moz-extension UUID is random per profile: pin it to reach the pages.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // The demo server's certificate is self-signed.
    acceptInsecureCerts: true,
    // Without it BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    // FF_DUMPIO=1: Firefox's output, with the add-on's console (background
    // errors included), on this process's stderr, for debugging.
    dumpio: !!process.env.FF_DUMPIO,
    extraPrefsFirefox: {
      ...(process.env.FF_DUMPIO
        ? {
            'devtools.console.stdout.chrome': true,
            'browser.dom.window.dump.enabled': true,
            'devtools.console.stdout.content': true,
          }
        : {}),
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // MV3 host permissions are granted at install only with this (the
      // default, set explicitly: without it webRequest sees nothing).
      'extensions.originControls.grantByDefault': true,
      'network.dns.localDomains': opts.localHosts.join(','),
      ...(opts.idleTimeoutMs !== undefined
        ? { 'extensions.background.idle.timeout': opts.idleTimeoutMs }
        : {}),
    },
  });
  try {
    await browser.installExtension(extensionDir);
    const bridge = await browser.newPage();
    const bridgeUrl = `moz-extension://${uuid}/popup.html?bridge=1`;
    // This navigation never reports a load over BiDi: fire it and poll.
    bridge.goto(bridgeUrl, { timeout: 0 }).catch(() => {});
    for (const deadline = Date.now() + 15_000; ;) {
      const href = await bridge.evaluate(() => location.href).catch(() => '');
      if (href === bridgeUrl) break;
      if (Date.now() > deadline) throw new Error('the extension page never opened');
      await wait(100);
    }
    const inExtension = <T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> =>
      bridge.evaluate(fn as never, arg as never) as Promise<T>;
    // As JSON: BiDi serialises an object met twice (a beacon is in both
    // `requests` and `beacons`) as a reference that puppeteer reads back as
    // undefined.
    const send = async <T>(msg: unknown): Promise<T> =>
      JSON.parse(
        await inExtension(
          async (m) =>
            JSON.stringify(
              await (
                globalThis as unknown as {
                  browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
                }
              ).browser.runtime.sendMessage(m),
            ),
          msg,
        ),
      ) as T;
    const tabIdOf = (url: string) =>
      inExtension(
        async (u) =>
          (
            await (
              globalThis as unknown as {
                browser: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } };
              }
            ).browser.tabs.query({})
          ).find((t) => t.url === u)?.id ?? null,
        url,
      );
    await readyHandshake(browser, send, tabIdOf);
    return {
      browser,
      uuid,
      extensionOrigin: `moz-extension://${uuid}/`,
      send,
      inExtension,
      tabIdOf,
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close().catch(() => {});
    throw e;
  }
}

/**
 * Load a local page until the background reports having recorded it (as for
 * Chromium) and a storage write of its script: Firefox registers an add-on's
 * content scripts a moment after it starts, and a first page loaded before
 * that has no hook and no relay (once in CI, the first test page lost every
 * script cookie and storage key).
 */
async function readyHandshake(
  browser: Browser,
  send: <T>(msg: unknown) => Promise<T>,
  tabIdOf: (url: string) => Promise<number | null>,
): Promise<void> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    res.end(
      '<!doctype html><title>ready</title>ready<script>localStorage.setItem("cookie_audit_ready", "1")</script>',
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const page = await browser.newPage();
  let last: unknown = null;
  try {
    for (let i = 0; i < 50; i++) {
      const url = `http://127.0.0.1:${port}/__cookie_audit_ready?n=${i}`;
      await page.goto(url);
      // Until the event page has started, nobody receives the message.
      const res = await send<{ ok: boolean; seen: boolean }>({ type: 'has-request', url }).catch(
        (e: unknown) => ({ ok: false, seen: false, error: String(e) }),
      );
      if (res.ok && res.seen) {
        // The storage write is reported at the latest with the load event.
        await wait(300);
        const id = await tabIdOf(url);
        const tab =
          id === null
            ? null
            : await send<{ view: { storage: { key: string }[] } | null }>({
                type: 'get-tab-view',
                tabId: id,
              }).catch(() => null);
        if (tab?.view?.storage.some((s) => s.key === 'cookie_audit_ready')) return;
        last = { ...res, contentScripts: 'no storage report yet' };
      } else last = res;
      await wait(200);
    }
    throw new Error(
      `The add-on did not start recording (requests and its content scripts) within 25 s: ${JSON.stringify(last)}`,
    );
  } finally {
    await page.close();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
}

/** Load `url` in a new tab, wait for its network to go quiet, and flush the recorder. */
export async function visit(ff: FirefoxAudit, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await ff.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await waitForNetworkIdle(page);
  await ff.send({ type: 'flush' });
  const tabId = await ff.tabIdOf(page.url());
  if (tabId === null) throw new Error(`no tab shows ${page.url()}`);
  return { page, tabId };
}

/** No request in flight for 800 ms (at most 15 s), as cli/browser.ts waits in Chromium. */
export const waitForNetworkIdle = (page: Page) =>
  page.waitForNetworkIdle({ idleTime: 800, timeout: 15_000 });
