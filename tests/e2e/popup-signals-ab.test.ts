// The popup's "Test DNT/GPC on this site" end to end, in real headless
// Chromium, on the two A/B demo sites (cli/demo-site/ab-sites.ts):
// gpc-honours.test serves no tags and usprivacy=1YYN when Sec-GPC: 1 is
// sent; gpc-ignores.test serves the same page whatever is sent. Before the
// test the user's tab holds state of its own: an HttpOnly login cookie, a
// partitioned (CHIPS) cookie, a localStorage key and a sessionStorage key,
// beside what the page itself set (sid, usprivacy, _ga, _gid, _ga_vid).
// The popup's test must give the verdicts and the comparison of the CLI's
// ground truth (cli/demo-site/ab-truth.json), show them, store them for the
// report (dnt.ab, dnt-ignored / gpc-ignored with evidence.ab), and leave
// every saved cookie (every attribute, expiry included) and the storage
// exactly as they were.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillOrigins } from '../../cli/demo-site/scenario-truth.ts';
import type { Report } from '../../lib/core/report.ts';
import type { AbProgress } from '../../lib/core/signals/ab-run.ts';
import type { SignalsAb } from '../../lib/core/signals/ab.ts';
import { axeViolations } from './a11y.ts';
import { startHarness, type Harness } from './harness.ts';

interface SiteTruth {
  ab: SignalsAb;
  findings: { kind: string; severity: string; subject: string }[];
}

/** A cookie as chrome.cookies.getAll gives it (the fields compared). */
interface JarCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  hostOnly: boolean;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string;
  session: boolean;
  expirationDate?: number;
  partitionKey?: { topLevelSite?: string; hasCrossSiteAncestor?: boolean };
  storeId: string;
}

let h: Harness;
let truth: Record<string, SiteTruth>;
beforeAll(async () => {
  h = await startHarness();
  const text = readFileSync(new URL('../../cli/demo-site/ab-truth.json', import.meta.url), 'utf8');
  truth = (
    JSON.parse(fillOrigins(text, (x) => h.demo.origin(x))) as { sites: Record<string, SiteTruth> }
  ).sites;
});
afterAll(async () => {
  await h?.close();
});

/** Every cookie of the browser, every partition, from an extension page, sorted. */
async function jar(popup: Page): Promise<JarCookie[]> {
  const all = await popup.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { cookies: { getAll(d: object): Promise<unknown[]> } };
      }
    ).chrome.cookies.getAll({ partitionKey: {} }),
  );
  return (all as JarCookie[])
    .map((c) => ({
      name: c.name,
      value: c.value,
      domain: c.domain,
      path: c.path,
      hostOnly: c.hostOnly,
      httpOnly: c.httpOnly,
      secure: c.secure,
      sameSite: c.sameSite,
      session: c.session,
      expirationDate: c.expirationDate,
      partitionKey: c.partitionKey,
      storeId: c.storeId,
    }))
    .sort((a, b) =>
      `${a.domain} ${a.name} ${a.partitionKey?.topLevelSite ?? ''}`.localeCompare(
        `${b.domain} ${b.name} ${b.partitionKey?.topLevelSite ?? ''}`,
      ),
    );
}

const siteJar = (cookies: JarCookie[], host: string) =>
  cookies.filter(
    (c) =>
      c.domain.replace(/^\./, '') === host || c.partitionKey?.topLevelSite === `https://${host}`,
  );

const storageOf = (page: Page) =>
  page.evaluate(() => ({
    local: Object.fromEntries(Object.entries(localStorage)),
    session: Object.fromEntries(Object.entries(sessionStorage)),
  }));

const reportOf = async (site: string) =>
  (await h.browser.send<{ ok: boolean; report: Report }>({ type: 'get-report', site })).report;

/** Waits until the site's policy and /.well-known/gpc.json have been read (the test's claims). */
async function declarationsRead(site: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const r = await reportOf(site);
    if (r.dnt.gpcJson && r.dnt.gpcPolicy) return;
    if (Date.now() > deadline) throw new Error(`${site}: the declarations were never read`);
    await new Promise((res) => setTimeout(res, 200));
  }
}

describe.each(['gpc-honours.test', 'gpc-ignores.test'])('popup A/B test on %s', (host) => {
  it('gives the ground truth’s verdicts and puts the user’s cookies and storage back exactly', async () => {
    const origin = h.demo.origin(host);
    const { page, tabId } = await h.visit(`${origin}/`);
    await declarationsRead(host);
    // (a) The user's own state: an HttpOnly login cookie, a CHIPS cookie, storage keys.
    const inAMonth = Math.floor(Date.now() / 1000) + 30 * 86400;
    await h.browser.context.addCookies([
      {
        name: 'login',
        value: 'user-42.signed',
        domain: host,
        path: '/',
        httpOnly: true,
        secure: true,
        sameSite: 'Strict',
        expires: inAMonth,
      },
    ]);
    await page.evaluate(() => {
      document.cookie = 'chips=p-1; Secure; SameSite=None; Partitioned; Path=/; Max-Age=864000';
      localStorage.setItem('fixture-key', 'kept value ✓');
      sessionStorage.setItem('fixture-session', 'tab state');
    });
    const popup = await h.browser.context.newPage();
    await popup.setViewportSize({ width: 720, height: 900 });
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
    const pagesBefore = h.browser.context.pages().length;
    const before = await jar(popup);
    const savedSite = siteJar(before, host);
    // The fixtures are there as meant: HttpOnly, partitioned.
    expect(savedSite.find((c) => c.name === 'login')).toMatchObject({ httpOnly: true });
    expect(savedSite.find((c) => c.name === 'chips')?.partitionKey?.topLevelSite).toBe(
      `https://${host}`,
    );
    expect(savedSite.map((c) => c.name).sort()).toEqual(
      ['_ga', '_gid', 'chips', 'login', 'sid', 'usprivacy'].sort(),
    );
    const storageBefore = await storageOf(page);
    expect(storageBefore.local).toEqual({
      _ga_vid: 'GA1.1.1234567890',
      'fixture-key': 'kept value ✓',
    });

    // (b) The popup's action.
    const startedAt = Date.now();
    await popup.getByRole('tab', { name: 'DNT / GPC' }).click();
    await popup.getByRole('button', { name: 'Test DNT/GPC on this site' }).click();
    await popup
      .locator('[data-testid="signals-ab-progress"][data-phase="loading-a"]')
      .waitFor({ timeout: 30_000 });
    const end = popup.locator(
      '[data-testid="signals-ab-progress"][data-phase="done"], [data-testid="signals-ab-progress"][data-phase="failed"]',
    );
    await end.waitFor({ timeout: 90_000 });
    const text = await popup.getByTestId('signals-ab-progress').textContent();
    expect([await end.getAttribute('data-phase'), text]).toEqual([
      'done',
      expect.stringMatching(/^Done: DNT /) as unknown as string,
    ]);

    // (c) The verdicts and the whole comparison are the CLI's ground truth.
    const t = truth[host]!;
    const stored = await h.browser.send<{
      ok: true;
      progress: AbProgress;
      ab: SignalsAb;
      testedAt: number;
    }>({
      type: 'get-signals-ab',
      tabId,
      site: host,
    });
    expect(stored.progress.phase).toBe('done');
    expect(stored.testedAt).toBeGreaterThan(startedAt);
    expect(stored.testedAt).toBeLessThanOrEqual(Date.now());
    expect(await popup.getByTestId('signals-ab-when').textContent()).toMatch(
      new RegExp(
        `^Last test: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC, of ${origin.replace(/\./g, '\\.')}/$`,
      ),
    );
    expect(stored.progress.notRestored).toBeNull();
    expect(stored.ab.verdicts).toEqual(t.ab.verdicts);
    expect(stored.ab).toEqual(t.ab);
    const shown = await popup
      .locator('[data-testid="signals-ab-result"] li[data-signal]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-signal'), e.getAttribute('data-outcome')]),
      );
    expect(shown).toEqual([
      ['dnt', t.ab.verdicts.dnt.outcome],
      ['gpc', t.ab.verdicts.gpc.outcome],
    ]);
    // The signals table's "Held?" column says it, with the findings of the site.
    const held = popup
      .getByRole('table', { name: 'Do Not Track and Global Privacy Control' })
      .locator('tbody tr');
    const heldText = (v: SignalsAb['verdicts']['dnt']) =>
      v.finding ? 'no — ignored (A/B test)' : `A/B test: ${v.outcome}`;
    await expect
      .poll(() =>
        held.evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[3]!.textContent)),
      )
      .toEqual([heldText(t.ab.verdicts.dnt), heldText(t.ab.verdicts.gpc)]);
    // The report has it, and the signal findings are held to it.
    const report = await reportOf(host);
    expect(report.dnt.ab).toEqual(t.ab);
    const signalFindings = (report.discrepancies ?? []).filter(
      (d) => d.kind === 'dnt-ignored' || d.kind === 'gpc-ignored',
    );
    expect(
      signalFindings.map((d) => ({ kind: d.kind, severity: d.severity, subject: d.subject })),
    ).toEqual(t.findings);
    const { verdicts, ...rest } = t.ab;
    for (const d of signalFindings) {
      const v = d.kind === 'dnt-ignored' ? verdicts.dnt : verdicts.gpc;
      expect(d.evidence.ab).toEqual({ ...rest, verdict: v });
    }

    // (d) Every saved cookie exactly back, nothing of the loads' left; the storage too.
    const after = await jar(popup);
    expect(siteJar(after, host)).toEqual(savedSite);
    // The third parties' cookies the loads set (fr on facebook.com) are back as they were too:
    // the whole browser's jar is as before.
    expect(before.some((c) => c.name === 'fr' && c.domain === '.facebook.com')).toBe(true);
    expect(after).toEqual(before);
    expect(await storageOf(page)).toEqual(storageBefore);
    // The test's own tab is gone; the user's tab still shows its page.
    expect(page.url()).toBe(`${origin}/`);
    expect(h.browser.context.pages().length).toBe(pagesBefore);
    await popup.screenshot({ path: `/tmp/popup-signals-ab-${host}.png`, fullPage: true });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('a worker stopped in the middle of the test', () => {
  it('puts the user’s cookies and storage back exactly at its next start', async () => {
    const host = 'gpc-honours.test';
    const { page, tabId } = await h.visit(`${h.demo.origin(host)}/`);
    await h.browser.context.addCookies([
      {
        name: 'login',
        value: 'user-7.after-restart',
        domain: host,
        path: '/',
        httpOnly: true,
        secure: true,
        sameSite: 'Lax',
        expires: Math.floor(Date.now() / 1000) + 7 * 86400,
      },
    ]);
    await page.evaluate(() => localStorage.setItem('fixture-key', 'restart'));
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
    const pagesBefore = h.browser.context.pages().length;
    const saved = siteJar(await jar(popup), host);
    expect(saved.map((c) => c.name)).toContain('login');
    const storageBefore = await storageOf(page);

    const cdp = await h.browser.context.newCDPSession(popup);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) {
        if (v.scriptURL.startsWith(`chrome-extension://${h.browser.extensionId}/`))
          statuses.push(v.runningStatus);
      }
    });
    await cdp.send('ServiceWorker.enable');
    await popup.getByRole('tab', { name: 'DNT / GPC' }).click();
    await popup.getByRole('button', { name: 'Test DNT/GPC on this site' }).click();
    await popup
      .locator('[data-testid="signals-ab-progress"][data-phase="loading-a"]')
      .waitFor({ timeout: 30_000 });
    // The site's state is cleared for load A: the login cookie is gone.
    expect(siteJar(await jar(popup), host).map((c) => c.name)).not.toContain('login');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const stopDeadline = Date.now() + 5_000;
    while (!statuses.includes('stopped') && Date.now() < stopDeadline) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(statuses).toContain('stopped');
    // Any event starts the worker again; it restores what was pending.
    await h.browser.send({ type: 'status' });
    const deadline = Date.now() + 15_000;
    while (JSON.stringify(siteJar(await jar(popup), host)) !== JSON.stringify(saved)) {
      if (Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(siteJar(await jar(popup), host)).toEqual(saved);
    expect(await storageOf(page)).toEqual(storageBefore);
    expect(h.browser.context.pages().length).toBe(pagesBefore);
    // It was the new worker's doing: the stopped one's test is not running (nor known) there.
    const after = await h.browser.send<{ ok: true; progress: AbProgress | null }>({
      type: 'get-signals-ab',
      tabId,
      site: host,
    });
    expect(after.progress).toBeNull();
    await popup.close();
    await page.close();
  });
});
