// What one visit of a demo page must record, checked against its ground truth
// (cli/demo-site/ground-truth.json): shared by the Chromium e2e
// (ground-truth.test.ts) and the Firefox one (tests/e2e-firefox/), so both
// browsers are held to the same records.
import { expect } from 'vitest';
import type {
  ClassifiedCookie as CookieRow,
  ClassifiedRequest as RequestRow,
  ClassifiedStorage as StorageRow,
} from '../../lib/core/audit/classify-view.ts';
import type { TabViewResponse } from '../../lib/core/protocol.ts';
import { SLOW_HEAVY } from '../../cli/demo-site/server.ts';
import type { GroundTruth } from './harness.ts';

type TruthPage = GroundTruth['pages'][string];
type View = NonNullable<TabViewResponse['view']>;

const pick = <T extends object>(o: T, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown>)[k]]));
const byName = (a: { name?: unknown; key?: unknown }, b: { name?: unknown; key?: unknown }) =>
  String(a.name ?? a.key).localeCompare(String(b.name ?? b.key));

/** What the tab view answered for the visited tab. */
export type Visited = Pick<TabViewResponse, 'pageUrl' | 'view'>;

/** The demo home page's checks, by test name. */
export const HOME_PAGE_CHECKS: Record<string, (res: Visited, t: TruthPage) => void> = {
  'attributes everything to the visited page': (res, t) => {
    expect(res.pageUrl).toBe(t.url);
    expect(res.view!.pages.map((p) => p.site)).toEqual([t.site]);
  },

  'records every cookie with its attributes, party and setter': ({ view }, t) => {
    const keys = Object.keys(t.cookies[0]!);
    const actual = view!.cookies.map((c: CookieRow) => pick(c, keys));
    expect(actual.sort(byName)).toEqual([...t.cookies].sort(byName));
  },

  'records cookie values only as length, hash prefix and entropy': ({ view }) => {
    for (const c of view!.cookies) {
      expect(Object.keys(c.value).sort()).toEqual(['entropy', 'hashPrefix', 'length']);
      expect(c.value.hashPrefix).toMatch(/^[0-9a-f]{16}$/);
    }
    const fr = view!.cookies.find((c) => c.name === 'fr')!;
    expect(fr.value.length).toBe('0xAbCdEf1234567890.1700000000'.length);
  },

  'records the storage keys with the script that wrote them': ({ view }, t) => {
    const keys = Object.keys(t.storage[0]!);
    const actual = view!.storage.map((s: StorageRow) => pick(s, keys));
    expect(actual.sort(byName)).toEqual([...t.storage].sort(byName));
  },

  'records the beacon and the pixel, and nothing else as either': ({ view }, t) => {
    const pickReq = (r: RequestRow, keys: string[]) => pick(r, keys);
    expect(view!.beacons.map((r) => pickReq(r, Object.keys(t.beacons[0]!)))).toEqual(t.beacons);
    expect(view!.pixels.map((r) => pickReq(r, Object.keys(t.pixels[0]!)))).toEqual(t.pixels);
  },

  'lists exactly the third parties, by registrable domain': ({ view }, t) => {
    expect(view!.thirdParties.map((x) => x.domain).sort()).toEqual(t.thirdParties);
    const firstHosts = [
      ...new Set(view!.requests.filter((r) => r.party === 'first').map((r) => r.host)),
    ];
    expect(firstHosts.sort()).toEqual(t.firstPartyHosts);
  },

  'classifies every tracker request with vendor, category and the list rule': ({ view }, t) => {
    const rows = view!.requests
      .filter((r) => r.tracker)
      .map((r) => [r.type, new URL(r.url).hostname, r.tracker!.vendor, r.tracker!.category]);
    expect(rows).toEqual(t.trackerRequests);
    expect(
      Object.fromEntries(view!.thirdParties.map((x) => [x.domain, [x.vendor, x.category]])),
    ).toEqual(t.thirdPartyVendors);
  },

  'records the requests of the page with type, status and size': ({ view }) => {
    const rows = view!.requests.map((r) => [r.type, new URL(r.url).host.split(':')[0], r.status]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['main_frame', 'shop.test', 200],
        ['stylesheet', 'shop.test', 200],
        ['script', 'www.googletagmanager.com', 200],
        ['script', 'static.shop.test', 200],
        ['image', 'www.facebook.com', 200],
        // Chromium's `ping` and Firefox's `beacon` are both recorded as `ping`.
        ['ping', 'www.google-analytics.com', 204],
      ]),
    );
    const pixel = view!.requests.find((r) => r.url.includes('/tr?'))!;
    expect(pixel.contentType).toBe('image/gif');
  },
};

/** The no-tracking baseline page records nothing but its own first-party requests. */
export function expectBaseline(view: View, t: TruthPage): void {
  expect(view.thirdParties.map((x) => x.domain)).toEqual(t.thirdParties);
  expect(view.requests.filter((r) => r.tracker)).toEqual(t.trackerRequests);
  expect(view.requests.filter((r) => r.party === 'third')).toEqual([]);
  expect(view.cookies).toEqual(t.cookies);
  expect(view.storage).toEqual(t.storage);
  expect(view.beacons).toEqual(t.beacons);
  expect(view.pixels).toEqual(t.pixels);
  expect(view.requests.length).toBeGreaterThan(0);
}

/**
 * /slow-heavy, loaded across a stop of the background (Chromium's service
 * worker, Firefox's event page): every image and cookie, all in one page visit.
 */
export function expectHeavyLoadRecords(view: View, url: string): void {
  expect(view.pages).toHaveLength(1);
  const names = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${prefix}${i}`).sort();
  const images = view.requests
    .filter((r) => r.url.includes('/slow-asset'))
    .map((r) => `${new URL(r.url).searchParams.get('n')} ${r.status} ${r.contentType}`)
    .sort();
  const allImages = [
    ...names('a', SLOW_HEAVY.now),
    ...names('b', SLOW_HEAVY.held),
    ...names('c', SLOW_HEAVY.after),
  ];
  expect(images).toEqual(allImages.map((n) => `${n} 200 image/gif`).sort());
  const cookies = view.cookies.map((c) => `${c.name} ${c.setBy} ${c.page}`).sort();
  expect(cookies).toEqual(
    [
      ...allImages.map((n) => `late_${n} http ${url}`),
      ...names('js_before_', SLOW_HEAVY.scriptCookies).map((n) => `${n} script ${url}`),
      ...names('js_after_', SLOW_HEAVY.scriptCookies).map((n) => `${n} script ${url}`),
    ].sort(),
  );
}

const byKindAndKey = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  `${String(a.kind)} ${String(a.key)}`.localeCompare(`${String(b.kind)} ${String(b.key)}`);

/** The device-storage page (pages.storage): each record of its truth, once, and nothing else. */
export const STORAGE_PAGE_CHECKS: Record<string, (view: View, t: TruthPage) => void> = {
  'records each IndexedDB database, cache and service worker once, per origin and party': (
    view,
    t,
  ) => {
    const keys = Object.keys(t.storage[0]!);
    expect(view.storage.map((s) => pick(s, keys)).sort(byKindAndKey)).toEqual(
      [...t.storage].sort(byKindAndKey),
    );
  },
  'records cookieStore.set cookies once: from the page with its setter, from the service worker without':
    (view, t) => {
      const keys = Object.keys(t.cookies[0]!);
      expect(view.cookies.map((c) => pick(c, keys)).sort(byName)).toEqual(
        [...t.cookies].sort(byName),
      );
    },
};

/**
 * Whether every cookie and storage item of the storage page's truth has been
 * recorded yet: its service worker registers and writes asynchronously, later
 * under load. The checks above still compare exactly (nothing extra, nothing twice).
 */
export function storagePageSettled(view: View, t: TruthPage): boolean {
  const have = new Set([
    ...view.cookies.map((c) => `cookie ${c.name}`),
    ...view.storage.map((s) => `${s.kind} ${s.key}`),
  ]);
  return (
    t.cookies.every((c) => have.has(`cookie ${String(c.name)}`)) &&
    t.storage.every((s) => have.has(`${String(s.kind)} ${String(s.key)}`))
  );
}
