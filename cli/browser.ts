// Headless Chromium with the built extension, as ../shared/TESTING.md says it
// works here: persistent context, --disable-extensions-except, third-party
// cookies allowed in the profile, and a ready handshake before the first visit.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { hostResolverRules, QUIET_PREFS, QUIET_SWITCHES } from './quiet.ts';

export class UserError extends Error {}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new UserError(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new UserError(
      'Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

export interface LaunchOptions {
  extensionDir: string;
  hostResolverRules?: string;
  insecure?: boolean;
  /** Extra HTTP headers on every request (e.g. DNT / Sec-GPC for --signals). */
  extraHeaders?: Record<string, string>;
  /** Write Chromium's network log (every request the browser makes, its own included) here. */
  netLog?: string;
  /**
   * The caller handles Ctrl-C and termination itself (closes the browsers and
   * finishes its own work). By default Playwright does: on SIGINT it closes
   * every browser and exits with 130 at once, cutting the caller short.
   */
  ownSignals?: boolean;
}

export interface AuditBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Send one protocol message to the background, from an extension page. */
  send<T = unknown>(msg: unknown): Promise<T>;
  /** An extension page (popup.html?bridge=1) kept open to talk to the background. */
  bridge(): Promise<Page>;
  /** Id of the tab showing `url`, or null (extension pages may query tabs). */
  tabIdOf(url: string): Promise<number | null>;
  close(): Promise<void>;
}

async function startReadyServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
    res.end('<!doctype html><title>ready</title>ready');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/__cookie_audit_ready`,
    close: () =>
      new Promise((r) => {
        // Chromium keeps connections alive; close() alone would wait for them.
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/**
 * A persistent Chromium context launched as the audit launches it (same
 * profile preferences and switches), with the extension at `extensionDir`, or
 * without any extension when it is null (the bench's "extension off").
 */
export async function launchProfile(
  extensionDir: string | null,
  opts: Omit<LaunchOptions, 'extensionDir'> = {},
): Promise<{ context: BrowserContext; profileDir: string; cleanup: () => Promise<void> }> {
  const executablePath = findChromium();
  if (extensionDir !== null && !existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new UserError(`No built extension at ${extensionDir} (run \`npm run build\`).`);
  }
  const profileDir = await mkdtemp(path.join(tmpdir(), 'cookie-audit-profile-'));
  // Third-party cookies are blocked by default in this Chromium; an audit must
  // see what a site does where they are allowed (and records refusals anyway).
  await mkdir(path.join(profileDir, 'Default'), { recursive: true });
  await writeFile(
    path.join(profileDir, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 0 }, ...QUIET_PREFS }),
  );
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(extensionDir !== null
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
    ...QUIET_SWITCHES,
    `--host-resolver-rules=${hostResolverRules(opts.hostResolverRules)}`,
  ];
  if (opts.insecure) args.push('--ignore-certificate-errors');
  if (opts.netLog) args.push(`--log-net-log=${path.resolve(opts.netLog)}`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args,
    ignoreHTTPSErrors: !!opts.insecure,
    extraHTTPHeaders: opts.extraHeaders,
    ...(opts.ownSignals ? { handleSIGINT: false, handleSIGTERM: false } : {}),
  });
  const cleanup = async () => {
    await context.close().catch(() => {});
    await rm(profileDir, { recursive: true, force: true });
  };
  return { context, profileDir, cleanup };
}

export async function launchAuditBrowser(opts: LaunchOptions): Promise<AuditBrowser> {
  const { context, cleanup } = await launchProfile(path.resolve(opts.extensionDir), opts);
  try {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    let bridgePage: Page | null = null;
    const bridge = async (): Promise<Page> => {
      if (!bridgePage || bridgePage.isClosed()) {
        bridgePage = await context.newPage();
        await bridgePage.goto(`chrome-extension://${extensionId}/popup.html?bridge=1`);
      }
      return bridgePage;
    };
    const send = async <T>(msg: unknown): Promise<T> => {
      return (await (
        await bridge()
      ).evaluate(
        (m) =>
          (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
            }
          ).chrome.runtime.sendMessage(m),
        msg,
      )) as T;
    };
    const tabIdOf = async (url: string): Promise<number | null> =>
      (await bridge()).evaluate(
        async (u) =>
          (
            await (
              globalThis as unknown as {
                chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } };
              }
            ).chrome.tabs.query({})
          ).find((t) => t.url === u)?.id ?? null,
        url,
      );
    await readyHandshake(context, send);
    return { context, extensionId, worker, send, bridge, tabIdOf, close: cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/**
 * The `serviceworker` event fires before the webRequest listeners are live,
 * so the first page load can be missed. Load a local page until the
 * background reports having recorded it.
 */
async function readyHandshake(
  context: BrowserContext,
  send: <T>(msg: unknown) => Promise<T>,
): Promise<void> {
  const ready = await startReadyServer();
  const page = await context.newPage();
  try {
    for (let i = 0; i < 50; i++) {
      const url = `${ready.url}?n=${i}`;
      await page.goto(url);
      const res = await send<{ ok: boolean; seen: boolean }>({ type: 'has-request', url });
      if (res.ok && res.seen) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new UserError('The extension did not start recording within 10 s.');
  } finally {
    await page.close();
    await ready.close();
  }
}

/** Wait until the page has had no request in flight for `quietMs` (max `maxMs`). */
export async function waitForNetworkIdle(page: Page, quietMs = 800, maxMs = 15_000): Promise<void> {
  let inflight = 0;
  let last = Date.now();
  const up = () => {
    inflight++;
    last = Date.now();
  };
  const down = () => {
    inflight = Math.max(0, inflight - 1);
    last = Date.now();
  };
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  const start = Date.now();
  try {
    while (Date.now() - start < maxMs) {
      if (inflight === 0 && Date.now() - last >= quietMs) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    page.off('request', up);
    page.off('requestfinished', down);
    page.off('requestfailed', down);
  }
}
