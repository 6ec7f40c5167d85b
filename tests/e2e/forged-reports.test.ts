// The hostile page of ./forged-page.ts in Chromium: forged and hidden page
// reports and faked writers (issue 14 item 4).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectOnlyRealWrites, startForgedSite } from './forged-page.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
let site: Awaited<ReturnType<typeof startForgedSite>>;

beforeAll(async () => {
  site = await startForgedSite();
  h = await startHarness();
}, 120_000);

afterAll(async () => {
  await h?.close();
  await site?.close();
});

it('records only the real writes, with the real script, whatever the page does to the channel', async () => {
  const { page, tabId } = await h.visit(`${site.origin}/`);
  expect(await page.evaluate(() => (window as { __done?: boolean }).__done)).toBe(true);
  // The real channel was never handed to the page.
  expect(await page.evaluate(() => (window as { __stolen?: boolean }).__stolen)).toBeUndefined();
  const { view } = await h.tabView(tabId);
  expectOnlyRealWrites(view!, site.origin);
});
