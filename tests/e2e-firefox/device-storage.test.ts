// Storage on the device beyond cookies and Web Storage (issue 11) in real
// headless Firefox: IndexedDB, Cache Storage, service-worker registrations and
// cookieStore.set, first party and from a third-party iframe, against the same
// ground truth as Chromium (pages.storage in cli/demo-site/ground-truth.json).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabViewResponse } from '../../lib/core/protocol.ts';
import { FIREFOX, startFirefoxHarness, type FirefoxHarness } from './harness.ts';

const pick = <T extends object>(o: T, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]));
const order = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  `${String(a.kind)} ${String(a.key)}`.localeCompare(`${String(b.kind)} ${String(b.key)}`);

describe.skipIf(!FIREFOX)('Firefox: device storage page', () => {
  let h: FirefoxHarness;
  let view: NonNullable<TabViewResponse['view']>;
  beforeAll(async () => {
    h = await startFirefoxHarness();
    const { tabId } = await h.visit(h.truth.pages.storage!.url);
    // cookieStore.set and cache writes are asynchronous: let their cookie
    // change and reports arrive, then flush.
    await new Promise((r) => setTimeout(r, 500));
    await h.ff.send({ type: 'flush' });
    view = (await h.tabView(tabId)).view!;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('records each IndexedDB database, cache and service worker once, per origin and party', () => {
    const expected = h.truth.pages.storage!.storage;
    const keys = Object.keys(expected[0]!);
    const actual = view.storage.map((s) => pick(s, keys));
    expect(actual.sort(order)).toEqual([...expected].sort(order));
  });

  it('records cookieStore.set cookies once: from the page with its setter, from the service worker without', () => {
    const expected = h.truth.pages.storage!.cookies;
    const keys = Object.keys(expected[0]!);
    const byName = (a: Record<string, unknown>, b: Record<string, unknown>) =>
      String(a.name).localeCompare(String(b.name));
    expect(view.cookies.map((c) => pick(c, keys)).sort(byName)).toEqual([...expected].sort(byName));
  });
});
