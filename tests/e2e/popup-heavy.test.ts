// The popup on a heavy tab: counts and findings come first, a table's rows
// only when its tab opens, and long tables render only the rows in view.
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseMap } from '../../lib/core/protocol.ts';
import { axeViolations } from './a11y.ts';
import { watchMessages } from './watch-messages.ts';
import { startHarness, type Harness } from './harness.ts';

const N = 1500;
let h: Harness;
let tabId: number;
beforeAll(async () => {
  h = await startHarness();
  ({ tabId } = await h.visit(`${h.demo.origin('shop.test')}/heavy?n=${N}`));
  // The cookie policy linked from the page is fetched and read after the load.
  await h.policyRead(tabId);
}, 120_000);
afterAll(async () => {
  await h?.close();
});

describe(`popup on a tab with ${N} pixels`, () => {
  it('shows counts and capped evidence, then a virtualised, searchable table', async () => {
    const popup = await h.browser.context.newPage();
    await popup.setViewportSize({ width: 720, height: 600 });
    // Which messages the popup sends, and in what order.
    const messages = await watchMessages(popup);
    const asked = async () =>
      (await messages.sent()).map((m) => (m.table ? `${m.type}:${m.table}` : m.type));
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup
      .getByTestId('count-pixels')
      .filter({ hasText: String(N) })
      .waitFor();
    // The page, its favicon and the pixels.
    expect(await popup.getByTestId('count-requests').textContent()).toBe(String(N + 2));
    expect(await popup.getByTestId('count-third-parties').textContent()).toBe('1');
    // Nothing but the summary was asked for: no rows before a table opens.
    // (The counts can be the stored summary's, painted before React loads
    // and asks: its answer is waited for.)
    await popup.locator('main[data-origin="worker"]').waitFor();
    expect(await asked()).toEqual(['get-tab-summary']);

    // The shop's policy declares no advertising: three findings, each with
    // 1,500 pixel requests as evidence, of which the popup shows the first 50.
    expect(
      await popup
        .locator('ol.findings > li')
        .evaluateAll((lis) => lis.map((li) => li.dataset.kind)),
    ).toEqual(['undeclared-category', 'undeclared-vendor', 'undeclared-technology']);
    const category = popup.locator('li[data-kind="undeclared-category"]');
    await category.locator('summary').click();
    expect(await category.locator('.evidence li').count()).toBe(1 + 50);
    expect(await category.locator('.more-evidence').textContent()).toBe(
      '…and 1,450 more requests: every item is in the exported report.',
    );
    await popup.screenshot({ path: 'test-results/popup-heavy-findings.png' });
    expect(await axeViolations(popup)).toEqual([]);

    // The panels' code is fetched once the counts are painted: a table
    // opened then renders with its rows, with no "Loading…" for its code
    // (React.lazy suspended even with its chunk in, and React held the
    // table back 300 ms after that).
    await popup.locator('html[data-chunks-ready]').waitFor({ state: 'attached' });
    await popup.evaluate(() => {
      const w = window as unknown as { chunkLoadingSeen?: boolean };
      w.chunkLoadingSeen = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="chunk-loading"]')) w.chunkLoadingSeen = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await popup.getByRole('tab', { name: 'Beacons & pixels' }).click();
    const region = popup.getByRole('region', { name: /^Beacons and pixels: 1500 rows/ });
    await region.waitFor();
    expect(
      await popup.evaluate(
        () => (window as unknown as { chunkLoadingSeen: boolean }).chunkLoadingSeen,
      ),
    ).toBe(false);
    const table = popup.locator('table[aria-label="Beacons and pixels"]');
    expect(await table.getAttribute('aria-rowcount')).toBe(String(N + 1));
    const rendered = table.locator('tbody tr:not(.spacer)');
    const first = await rendered.count();
    // Only a window of rows is in the page, not all 1,500.
    expect(first).toBeGreaterThan(5);
    expect(first).toBeLessThan(80);
    expect(await rendered.first().getAttribute('aria-rowindex')).toBe('2');
    await popup.screenshot({ path: 'test-results/popup-heavy-pixels.png' });
    expect(await axeViolations(popup)).toEqual([]);

    // Keyboard: the table scrolls with End from its focused region.
    await region.focus();
    await popup.keyboard.press('End');
    const last = table.locator(`tbody tr[aria-rowindex="${N + 1}"]`);
    await last.waitFor();
    expect(await last.locator('td').nth(1).getAttribute('title')).toMatch(
      new RegExp(`/tr\\?id=heavy&i=${N - 1}$`),
    );
    expect(await rendered.count()).toBeLessThan(80);
    expect(await table.locator('tbody tr[aria-rowindex="2"]').count()).toBe(0);
    // …and Home brings the first row back.
    await popup.keyboard.press('Home');
    await table.locator('tbody tr[aria-rowindex="2"]').waitFor();

    // The filter searches all rows, not only the rendered ones.
    await popup.getByRole('searchbox', { name: 'Filter the rows' }).fill('i=1234');
    await popup.getByRole('region', { name: /^Beacons and pixels: 1 rows/ }).waitFor();
    expect(await rendered.count()).toBe(1);
    expect(await rendered.locator('td').nth(1).getAttribute('title')).toMatch(/i=1234$/);
    expect(await asked()).toEqual(['get-tab-summary', 'get-tab-rows:beaconsPixels']);
    await popup.close();
  });
});

describe('popup after the service worker stopped', () => {
  it('answers from the stored summary, with the same counts and findings', async () => {
    const shop = h.browser.context.pages().find((p) => p.url().includes('/heavy?'))!;
    const cdp = await h.browser.context.newCDPSession(shop);
    await cdp.send('ServiceWorker.enable');
    // The popup opened before has stored its summary; Chrome stops idle workers.
    await cdp.send('ServiceWorker.stopAllWorkers');
    const popup = await h.browser.context.newPage();
    const messages = await watchMessages(popup);
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup
      .getByTestId('count-pixels')
      .filter({ hasText: String(N) })
      .waitFor();
    expect(await popup.getByTestId('count-requests').textContent()).toBe(String(N + 2));
    expect(
      await popup
        .locator('ol.findings > li')
        .evaluateAll((lis) => lis.map((li) => li.dataset.kind)),
    ).toEqual(['undeclared-category', 'undeclared-vendor', 'undeclared-technology']);
    // Painted from the stored summary first: the restarted worker's answer follows.
    await popup.locator('main[data-origin="worker"]').waitFor();
    expect((await messages.sent()).map((m) => `${m.type}:${m.from ?? ''}`)).toEqual([
      'get-tab-summary:snapshot',
    ]);
    // The tables still work: the worker audits again when asked.
    await popup.getByRole('tab', { name: 'Beacons & pixels' }).click();
    await popup.getByRole('region', { name: /^Beacons and pixels: 1500 rows/ }).waitFor();
    await popup.close();
  });
});

describe('options page: lists from an address', () => {
  /** The cells of a list's row, whitespace collapsed. */
  const cells = (row: Locator) =>
    row
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()));
  const STAMP = /^\d{4}-\d\d-\d\d \d\d:\d\d( checked \d{4}-\d\d-\d\d \d\d:\d\d)?$/;

  it('adds a list by its address, and keeps it when an update brings something else', async () => {
    const options = await h.browser.context.newPage();
    await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    const url = `${h.demo.origin('shop.test')}/lists/flaky.txt`;
    await options.getByLabel(/^Or from an address/).fill(url);
    await options.getByRole('button', { name: 'Add from address' }).click();
    const message = options.getByTestId('lists-message');
    await message.filter({ hasText: 'flaky.txt: abp, 1 entries, version 1.' }).waitFor();
    expect(await options.getByLabel(/^Or from an address/).inputValue()).toBe('');
    const row = options.locator('table[aria-label="Lists"] tbody tr', { hasText: 'flaky.txt' });
    // The message and the table are two renders: wait for the row, not only the message.
    await expect
      .poll(() => cells(row).then((c) => c.slice(0, 6)))
      .toEqual(['flaky.txt', 'in use', 'user', 'abp', '1', '1']);
    const [, , , , , , stamp, licence, source, actions] = await cells(row);
    expect([licence, source, actions]).toEqual(['unknown', url, 'Update Remove daily']);
    expect(stamp).toMatch(STAMP);
    expect(await row.getByRole('checkbox', { name: 'daily' }).isChecked()).toBe(true);
    await row.getByRole('button', { name: 'Update' }).click();
    await message
      .filter({ hasText: /^Not done: flaky\.txt not updated, the previous version stays in use: / })
      .waitFor();
    await expect
      .poll(() => cells(row).then((c) => c[6]))
      .toMatch(/^[\d :-]+ checked [\d :-]+ Last update failed, the version in use stays: /);
    expect((await cells(row))[4]).toBe('1');
    await options.screenshot({ path: 'test-results/options-list-url.png', fullPage: true });
    await row.getByRole('button', { name: 'Remove' }).click();
    await row.waitFor({ state: 'detached' });
    await options.close();
  });

  it('checks lists with conditional requests: unchanged, updated, and a broken update kept out', async () => {
    const options = await h.browser.context.newPage();
    await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    const url = `${h.demo.origin('shop.test')}/lists/etag.txt`;
    const publish = (v: string) =>
      options.evaluate(async (u) => (await fetch(u)).text(), `${url}?publish=${v}`);
    expect(await publish('1')).toBe('ok');
    await options.getByLabel(/^Or from an address/).fill(url);
    await options.getByRole('button', { name: 'Add from address' }).click();
    const message = options.getByTestId('lists-message');
    await message.filter({ hasText: 'etag.txt: abp, 1 entries, version 1.' }).waitFor();
    const row = options.locator('table[aria-label="Lists"] tbody tr', { hasText: 'etag.txt' });
    const check = options.getByRole('button', { name: 'Check for updates now' });

    // The server answers 304 to the ETag it gave: nothing downloaded again.
    const before = h.demo.hits.get('shop.test /lists/etag.txt') ?? 0;
    await check.click();
    await message
      .filter({ hasText: 'etag.txt: unchanged since the last download (1 entries).' })
      .waitFor();
    expect(h.demo.hits.get('shop.test /lists/etag.txt')).toBe(before + 1);

    expect(await publish('3')).toBe('ok');
    await check.click();
    await message.filter({ hasText: 'etag.txt: updated, abp, 3 entries, version 3.' }).waitFor();
    await expect.poll(() => cells(row).then((c) => c.slice(4, 6))).toEqual(['3', '3']);

    expect(await publish('broken')).toBe('ok');
    await check.click();
    await message
      .filter({ hasText: /^etag\.txt not updated, the previous version stays in use: / })
      .waitFor();
    await expect.poll(() => cells(row).then((c) => c[6])).toMatch(/Last update failed/);
    expect((await cells(row)).slice(4, 6)).toEqual(['3', '3']);

    // Daily updates off: the check leaves it alone.
    await row.getByRole('checkbox', { name: 'daily' }).uncheck();
    await message.filter({ hasText: 'Daily updates turned off.' }).waitFor();
    await check.click();
    await message.filter({ hasText: /^No list updates daily/ }).waitFor();
    // The schedule itself: one alarm, daily.
    type Alarms = { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
    const alarm = await options.evaluate(() =>
      (globalThis as unknown as { chrome: { alarms: Alarms } }).chrome.alarms.get('list-updates'),
    );
    expect(alarm?.periodInMinutes).toBe(24 * 60);
    await options.screenshot({ path: 'test-results/options-list-updates.png', fullPage: true });
    await row.getByRole('button', { name: 'Remove' }).click();
    await row.waitFor({ state: 'detached' });
    await options.close();
  });
});

describe('options page: managing lists', () => {
  const cells = (row: Locator) =>
    row
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()));

  it('turns a list off and on again, and shows open data only in every row', async () => {
    const options = await h.browser.context.newPage();
    await options.setViewportSize({ width: 1000, height: 800 });
    await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    const url = `${h.demo.origin('shop.test')}/lists/etag.txt`;
    expect(await options.evaluate(async (u) => (await fetch(u)).text(), `${url}?publish=2`)).toBe(
      'ok',
    );
    await options.getByLabel(/^Or from an address/).fill(url);
    await options.getByRole('button', { name: 'Add from address' }).click();
    const message = options.getByTestId('lists-message');
    await message.filter({ hasText: 'etag.txt: abp, 2 entries, version 2.' }).waitFor();
    const row = options.locator('table[aria-label="Lists"] tbody tr', { hasText: 'etag.txt' });
    await expect.poll(() => cells(row).then((c) => c.slice(0, 2))).toEqual(['etag.txt', 'in use']);

    // Keyboard: the row's own labelled switch, toggled with Space.
    const use = options.getByRole('checkbox', { name: 'Use etag.txt' });
    expect(await use.isChecked()).toBe(true);
    await use.focus();
    await options.keyboard.press('Space');
    await message
      .filter({ hasText: 'etag.txt is turned off: kept with its data, not used to classify.' })
      .waitFor();
    await expect
      .poll(() => cells(row).then((c) => c.slice(0, 6)))
      .toEqual(['etag.txt', 'turned off', 'user', 'abp', '2', '2']);
    expect(await use.isChecked()).toBe(false);
    // The background agrees: kept, with its entries, and not in use.
    const lists = await h.browser.send<ResponseMap['get-lists']>({ type: 'get-lists' });
    expect(lists.lists.find((l) => l.source === url)).toMatchObject({
      state: 'disabled',
      entries: 2,
    });

    const open = options.getByRole('checkbox', { name: /^Open data only/ });
    await open.check();
    await message.filter({ hasText: /^Open data only: / }).waitFor();
    const states = () =>
      options
        .locator('table[aria-label="Lists"] tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) =>
            [...tr.querySelectorAll('td')]
              .filter((_, i) => i === 0 || i === 1 || i === 7)
              .map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()),
          ),
        );
    await expect.poll(states).toEqual([
      [
        'Ghostery Tracker Database',
        'not used: non-commercial licence',
        'CC-BY-NC-SA-4.0 no commercial use',
      ],
      ['Cookie Audit known cookies', 'in use', 'MIT'],
      ['Open Cookie Database', 'in use', 'Apache-2.0'],
      ['etag.txt', 'turned off', 'unknown'],
    ]);
    // The well-known lists, each with its licence beside its Add button.
    const catalog = await options
      .locator('table[aria-label="Well-known lists"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('td')]
            .filter((_, i) => i !== 2)
            .map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()),
        ),
      );
    expect(
      catalog.map(([name, licence, action]) => [name!.split('.')[0], licence, action]),
    ).toEqual([
      [
        'EasyPrivacyFilter list of tracking scripts, beacons and pixels (about 57,000 lines)',
        'GPL-3.0-or-later OR CC-BY-SA-3.0The EasyList authors (https://easylist.to/)Commercial use allowed.',
        'Add',
      ],
      [
        'Disconnect tracking protectionTracker domains by company and category (services',
        'CC-BY-NC-SA-4.0Disconnect, Inc.No commercial use: not used while open data only is on.',
        'Add',
      ],
      [
        'DuckDuckGo Tracker BlocklistTracker domains with owners and categories (tds',
        'CC-BY-NC-SA-4.0Duck Duck Go, Inc.No commercial use: not used while open data only is on.',
        'Add',
      ],
      [
        'Open Cookie Database (upstream)The current cookie database from upstream, in place of the snapshot packaged here',
        'Apache-2.0The Open Cookie Database contributorsCommercial use allowed.',
        'Add',
      ],
    ]);
    // One click asks the background to download it. Every name resolves to
    // this machine here (host-resolver rules) and nothing serves easylist.to:
    // the refusal comes back with the reason, and nothing is added.
    await options
      .getByRole('button', { name: 'Add EasyPrivacy (GPL-3.0-or-later OR CC-BY-SA-3.0)' })
      .click();
    await message
      .filter({
        hasText:
          /^Not done: could not download https:\/\/easylist\.to\/easylist\/easyprivacy\.txt: /,
      })
      .waitFor();
    expect(await options.locator('table[aria-label="Lists"] tbody tr').count()).toBe(4);
    await options.screenshot({ path: 'test-results/options-manage-lists-top.png' });
    await options.getByText(/^Show the \d+ corrections$/).click();
    expect(
      await options
        .locator('table[aria-label="Corrections"] tbody tr')
        .first()
        .locator('td')
        .allTextContents(),
    ).toEqual([
      'www.googletagmanager.com/gtag/js',
      'analytics',
      expect.stringMatching(/^gtag\.js is the Google tag .* developers\.google\.com$/),
    ]);
    await options.screenshot({ path: 'test-results/options-manage-lists.png', fullPage: true });
    expect(await axeViolations(options)).toEqual([]);

    await open.uncheck();
    await message.filter({ hasText: 'Every data set in use classifies again.' }).waitFor();
    // The lists as read again after the change (a click before that would be overwritten).
    await expect
      .poll(() => states().then((rows) => rows[0]))
      .toEqual(['Ghostery Tracker Database', 'in use', 'CC-BY-NC-SA-4.0 no commercial use']);
    await use.check();
    await message.filter({ hasText: 'etag.txt is used again.' }).waitFor();
    await expect.poll(() => cells(row).then((c) => c[1])).toBe('in use');
    await row.getByRole('button', { name: 'Remove' }).click();
    await row.waitFor({ state: 'detached' });
    await options.close();
  });
});

describe('options page: storage', () => {
  it('saves the retention settings and deletes every record on request', async () => {
    const options = await h.browser.context.newPage();
    await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    const usage = options.getByTestId('storage-usage');
    await usage.waitFor();
    // The launcher's readiness page (and its favicon), the heavy page (1,502
    // requests); the shop's policy was fetched, not visited.
    expect(await usage.textContent()).toMatch(/^2 page visits, [\d,]+ records \(1,504 requests, /);
    await options.getByLabel('Keep records for').fill('7');
    await options.getByLabel('and at most').fill('50');
    const keep = options.getByRole('checkbox', {
      name: /^Keep cookie and storage values themselves/,
    });
    expect(await keep.isChecked()).toBe(false);
    await keep.check();
    const redact = options.getByRole('checkbox', { name: /^Leave query strings out of exports/ });
    expect(await redact.isChecked()).toBe(false);
    await redact.check();
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    expect(await options.getByTestId('storage-message').textContent()).toBe(
      'Saved. Nothing needed deleting.',
    );
    // Out of range: refused with the reason, nothing saved.
    await options.getByLabel('Keep records for').fill('0');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options
      .getByTestId('storage-message')
      .filter({ hasText: 'Not done: days to keep records must be between 1 and 365' })
      .waitFor();
    await options.reload();
    await options.getByTestId('storage-usage').waitFor();
    expect(await options.getByLabel('Keep records for').inputValue()).toBe('7');
    expect(await options.getByLabel('and at most').inputValue()).toBe('50');
    expect(await keep.isChecked()).toBe(true);
    expect(await redact.isChecked()).toBe(true);
    // Exports now keep parameter names only: the heavy page's own address too.
    const { report } = await h.browser.send<ResponseMap['get-report']>({
      type: 'get-report',
      site: 'shop.test',
    });
    expect(report.redaction).toEqual({ cookieValues: false, queryStrings: true });
    expect(report.pages.map((p) => p.url)).toContain(`${h.demo.origin('shop.test')}/heavy?n=…`);
    expect(JSON.stringify(report)).not.toContain(`heavy?n=${N}`);
    await options.screenshot({ path: 'test-results/options-storage.png', fullPage: true });
    expect(await axeViolations(options)).toEqual([]);
    // The check does look: an unlabelled field is caught.
    await options.evaluate(() =>
      document.querySelector('main')!.append(document.createElement('input')),
    );
    expect((await axeViolations(options)).map((v) => v.split(':')[0])).toEqual(['label']);
    await options.reload();

    await options.getByRole('button', { name: 'Delete all records…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await options
      .getByTestId('storage-message')
      .filter({ hasText: 'All records deleted.' })
      .waitFor();
    expect(await usage.textContent()).toMatch(/^0 page visits, 0 records/);
    await options.close();

    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('empty').waitFor();
    await popup.close();
  });
});
