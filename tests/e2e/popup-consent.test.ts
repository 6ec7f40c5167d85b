// The popup's consent actions end to end: the popup of a demo tab with the
// fake OneTrust banner (cli/demo-site/pages/scenarios/_shared/onetrust-stub.js,
// real OneTrust element ids), a click on an action, and what follows: the
// autoconsent engine injected into the tab's frames detects the banner and
// makes the choice (its rule is named "Onetrust"), the tab is reloaded and
// watched, and the popup's findings are those of the new consent state.
//
// Ground truth (the pages' own tag loaders; see also tests/e2e/cli-revocation.test.ts):
// - revoke-deletes.test loads Google Analytics (_ga, _gid; www.google-analytics.com)
//   only while C0002 (performance = analytics) is allowed, and deletes _ga and
//   _gid when it is withdrawn: after Reject all, neither cookie exists and no
//   finding is made.
// - kind-after-rejection.test (cli/demo-site/scenarios.json) fires the Meta
//   Pixel (_fbp, fr) once the banner is answered, whatever the answer: its
//   findings after Reject all are exactly the truth file's.
// - revoke-keeps.test loads Google Analytics once the banner is answered and
//   never looks at the choice again: accepted, then withdrawn, _ga and _gid
//   stay (after-revocation, analytics).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioTruth } from '../../cli/demo-site/scenario-truth.ts';
import type { Report } from '../../lib/core/report.ts';
import { axeViolations } from './a11y.ts';
import { startHarness, type Harness, watchWorker } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The popup for `host`'s page at `path` (its home page by default) in its own tab. */
async function popupFor(
  host: string,
  path = '/',
): Promise<{ popup: Page; page: Page; tabId: number }> {
  const { page, tabId } = await h.visit(`${h.demo.origin(host)}${path}`);
  const popup = await h.browser.context.newPage();
  await popup.setViewportSize({ width: 720, height: 700 });
  await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('group', { name: 'Consent choice on this site' }).waitFor();
  return { popup, page, tabId };
}

/** Waits for the action's last step (the progress line's data-step). */
async function finished(popup: Page) {
  await popup
    .locator(
      '[data-testid="consent-progress"][data-step="done"], [data-testid="consent-progress"][data-step="failed"]',
    )
    .waitFor({ timeout: 90_000 });
  return {
    step: await popup.getByTestId('consent-progress').getAttribute('data-step'),
    text: await popup.getByTestId('consent-progress').textContent(),
    cmp: await popup.getByTestId('consent-cmp').textContent(),
  };
}

const cookieNames = async (host: string) =>
  (await h.browser.context.cookies(`${h.demo.origin(host)}/`)).map((c) => c.name).sort();

/** The popup's findings as [kind, subject], sorted. */
const findingsShown = async (popup: Page) =>
  (
    await popup
      .locator('li[data-kind]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-kind') ?? '', e.getAttribute('data-subject') ?? '']),
      )
  ).sort();

const reportOf = async (site: string) =>
  (await h.browser.send<{ ok: boolean; report: Report }>({ type: 'get-report', site })).report;

describe('popup: Reject all and re-audit', () => {
  it('rejects through the Onetrust rule on a site that honours it: no analytics cookie afterwards', async () => {
    const host = 'revoke-deletes.test';
    const { popup, page } = await popupFor(host);
    // The banner is open before; nothing but OneTrust's default consent cookie.
    expect(await page.locator('#onetrust-banner-sdk').count()).toBe(1);
    expect(await cookieNames(host)).toEqual(['OptanonConsent']);
    // Keyboard: focus the button by its accessible name and press Enter.
    await popup.getByRole('button', { name: 'Reject all and re-audit' }).focus();
    await popup.keyboard.press('Enter');
    await popup.getByText('Looking for a consent banner…').waitFor();
    const r = await finished(popup);
    expect(r.step).toBe('done');
    expect(r.cmp).toBe('Onetrust');
    expect(r.text).toMatch(
      /^Rejected via Onetrust(?:, confirmed by its self-test)?\. The page was reloaded: the findings show what the site did after the choice\.$/,
    );
    // The banner is gone after the reload (the choice is stored), and the
    // analytics cookies the site sets only under consent were never set.
    expect(await page.locator('#onetrust-banner-sdk').count()).toBe(0);
    expect(await cookieNames(host)).toEqual(['OptanonAlertBoxClosed', 'OptanonConsent']);
    const consent = (await h.browser.context.cookies(`${h.demo.origin(host)}/`)).find(
      (c) => c.name === 'OptanonConsent',
    )!;
    expect(decodeURIComponent(consent.value)).toContain('interactionCount=1');
    expect(decodeURIComponent(consent.value)).toContain('groups=C0001:1,C0002:0');
    const report = await reportOf(host);
    expect(report.cookies.filter((c) => c.category === 'analytics')).toEqual([]);
    expect((report.consent ?? []).map((c) => c.status)).toEqual(['none', 'rejected']);
    expect(await findingsShown(popup)).toEqual([]);
    await popup.screenshot({ path: '/tmp/popup-consent-reject.png' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('shows the findings of a site that ignores the rejection, as its truth file says', async () => {
    const host = 'kind-after-rejection.test';
    const truth = loadScenarioTruth()[host]!;
    const { popup, page } = await popupFor(host);
    await popup.getByRole('button', { name: 'Reject all and re-audit' }).click();
    const r = await finished(popup);
    expect(r.step).toBe('done');
    expect(r.cmp).toBe('Onetrust');
    // The Meta Pixel fired anyway (its cookies are the truth file's, set after the click).
    expect(await cookieNames(host)).toEqual(
      ['OptanonAlertBoxClosed', 'OptanonConsent', '_fbp', 'sid'].sort(),
    );
    await popup.locator('li[data-kind="after-rejection"]').waitFor();
    expect(await findingsShown(popup)).toEqual([...truth.findings].sort());
    await popup.close();
    await page.close();
  });

  it('says plainly that no banner was handled on a page without one', async () => {
    const { popup, page } = await popupFor('clean-shop.test');
    await popup.getByRole('button', { name: 'Reject all and re-audit' }).click();
    const step = popup.locator('[data-testid="consent-progress"][data-step="failed"]');
    await step.waitFor({ timeout: 60_000 });
    expect(await step.textContent()).toBe(
      'No consent banner found: no rule of the autoconsent engine matched this page, so no choice was made.',
    );
    expect(await popup.getByTestId('consent-handled').textContent()).toBe(
      'No consent banner was handled: no rule of the autoconsent engine matched this page.',
    );
    await popup.close();
    await page.close();
  });
});

describe('popup: Accept all and re-audit', () => {
  it('accepts through the Cookiebot rule (its snippets run in the page) and records the consent', async () => {
    // shop.test/cookiebot: a small fake of Cookiebot with its own element ids and API.
    const { popup, page } = await popupFor('shop.test', '/cookiebot');
    await popup.getByRole('button', { name: 'Accept all and re-audit' }).click();
    const r = await finished(popup);
    expect(r.step).toBe('done');
    expect(r.cmp).toBe('Cybotcookiebot');
    expect(await page.locator('#CybotCookiebotDialog').isVisible()).toBe(false);
    const stored = (await h.browser.context.cookies(`${h.demo.origin('shop.test')}/`)).find(
      (c) => c.name === 'CookieConsent',
    );
    expect(decodeURIComponent(stored!.value)).toContain('statistics:true,marketing:true');
    const report = await reportOf('shop.test');
    expect((report.consent ?? []).map((c) => [c.cmp, c.status])).toEqual([
      ['cookiebot', 'none'],
      ['cookiebot', 'accepted'],
    ]);
    await popup.close();
    await page.close();
  });
});

describe('popup: Accept, then withdraw', () => {
  it('accepts, withdraws, and finds after-revocation on the site that keeps its cookies', async () => {
    const host = 'revoke-keeps.test';
    const { popup, page } = await popupFor(host);
    await popup.getByRole('button', { name: 'Accept, then withdraw' }).click();
    const r = await finished(popup);
    expect(r.step).toBe('done');
    expect(r.cmp).toBe('Onetrust');
    expect(r.text).toBe(
      'Accepted via Onetrust, then withdrew via OneTrust.RejectAll() (the banner was not shown ' +
        'again, so the autoconsent engine had nothing to click: no rule matched). ' +
        'The page was reloaded after each: the findings show what the site kept after the withdrawal.',
    );
    expect(await cookieNames(host)).toEqual([
      'OptanonAlertBoxClosed',
      'OptanonConsent',
      '_ga',
      '_gid',
    ]);
    const report = await reportOf(host);
    expect((report.consent ?? []).map((c) => [c.status, c.categories])).toEqual([
      ['none', { necessary: true, analytics: false }],
      ['accepted', { necessary: true, analytics: true }],
      ['rejected', { necessary: true, analytics: false }],
    ]);
    await popup.locator('li[data-kind="after-revocation"]').waitFor();
    // A known race of the recording (not of the consent action): the tag
    // loader requests analytics.js synchronously after the click's cookie
    // write, and the acceptance is stamped when cookies.onChanged reaches the
    // worker, a few ms after that request's own timestamp. When the request
    // wins, before-consent lists exactly it.
    const shown = await findingsShown(popup);
    const race = ((await reportOf(host)).discrepancies ?? []).find(
      (d) => d.kind === 'before-consent',
    );
    if (race) {
      expect(race.evidence.cookies).toEqual([]);
      expect(race.evidence.requests.map((q) => new URL(q.url).pathname)).toEqual(['/analytics.js']);
    }
    expect(shown).toEqual(
      [
        ['after-rejection', 'analytics'],
        ['after-revocation', 'analytics'],
        ...(race ? [['before-consent', 'analytics']] : []),
      ].sort(),
    );
    await popup.screenshot({ path: '/tmp/popup-consent-withdraw.png' });
    await popup.close();
    await page.close();
  });
});

describe('popup: a consent action the browser cut short', () => {
  it('says the action was interrupted when the worker was stopped in the middle of it', async () => {
    // The banner shows again: the choice made in an earlier test is forgotten.
    await h.browser.context.clearCookies({ domain: /(^|\.)revoke-deletes\.test$/ });
    const { popup, page, tabId } = await popupFor('revoke-deletes.test');
    const { cdp, statuses } = await watchWorker(h, page);
    await popup.getByRole('button', { name: 'Reject all and re-audit' }).click();
    // The choice is made; the worker watches the page for a few seconds now.
    await popup
      .locator('[data-testid="consent-progress"][data-step="reloading"]')
      .waitFor({ timeout: 60_000 });
    await popup.close();
    await cdp.send('ServiceWorker.stopAllWorkers');
    const deadline = Date.now() + 5_000;
    while (!statuses.includes('stopped') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(statuses).toContain('stopped');
    const again = await h.browser.context.newPage();
    await again.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
    const step = again.locator('[data-testid="consent-progress"][data-step="failed"]');
    await step.waitFor({ timeout: 30_000 });
    expect(await step.textContent()).toBe(
      "The consent action was interrupted: the browser stopped the extension's background worker " +
        'while it ran (at: Rejected via Onetrust, confirmed by its self-test; reloading…). The ' +
        'choice was made, but the page was not audited after it as the action does. Run it again.',
    );
    // The line under it agrees: the banner was handled, the audit after it did not run.
    expect(await again.getByTestId('consent-handled').textContent()).toBe(
      'Banner handled by: Onetrust (confirmed by its self-test); the audit after the choice did not run.',
    );
    // The buttons work again.
    expect(await again.getByRole('button', { name: 'Reject all and re-audit' }).isDisabled()).toBe(
      false,
    );
    await again.screenshot({ path: 'test-results/popup-consent-interrupted.png' });
    await again.close();
    await page.close();
  });
});
