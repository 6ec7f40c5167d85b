// Issue 14 item 3: retention never leaves the recorder pointing at a deleted
// page, and no record outlives its page. An open tab's current page stays
// however old; a page deleted is forgotten by the recorder; records written
// for a page while it was deleted go with the next prune.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listenWebRequest } from '../../lib/platform/webrequest.ts';
import { createSettingsStore, type AuditDb } from '../../lib/platform/db.ts';
import { DEFAULT_STORAGE_SETTINGS } from '../../lib/core/storage-settings.ts';
import { emptyBatch } from '../../lib/core/record/batch.ts';
import { createRetention } from '../../lib/services/retention.ts';
import { createDexieStore, fakeWebRequest, freshDb, recorderOn } from './fakes.ts';

interface Capture {
  events: { on: 'beforeRequest' | 'headersReceived' | 'errorOccurred'; d: unknown }[];
}
const capture = JSON.parse(
  readFileSync(new URL('../fixtures/events/chrome-shop-visit.json', import.meta.url), 'utf8'),
) as Capture;
const T0 = 1_700_000_000_000;
const DAY = 86_400_000;

async function setUp(days: number) {
  const db: AuditDb = freshDb();
  const store = createDexieStore(db);
  const recorder = recorderOn(store);
  const wr = fakeWebRequest();
  listenWebRequest(wr, recorder.observe);
  const settings = createSettingsStore(db);
  await settings.put({ ...DEFAULT_STORAGE_SETTINGS, retentionDays: 7 });
  const retention = createRetention({ store, settings, now: () => T0 + days * DAY, recorder });
  const fire = (i: number, patch: Record<string, unknown> = {}) => {
    const e = capture.events[i]!;
    const target = {
      beforeRequest: wr.onBeforeRequest,
      headersReceived: wr.onHeadersReceived,
      errorOccurred: wr.onErrorOccurred,
    }[e.on];
    target.fire({ ...(e.d as object), ...patch });
  };
  /** Every page-record row's page id that has no page: none may exist after a prune. */
  const orphans = async () => {
    const pages = new Set(await db.pages.toCollection().primaryKeys());
    const rows = await Promise.all(
      [db.requests, db.responses, db.cookies, db.storage, db.optOut].map((t) => t.toArray()),
    );
    return rows.flat().filter((r) => !pages.has(r.pageId)).length;
  };
  return { db, store, recorder, retention, fire, orphans };
}

describe('retention and open tabs', () => {
  it("keeps an open tab's current page past the retention period, and records into it", async () => {
    const { db, store, recorder, retention, fire, orphans } = await setUp(10);
    fire(0);
    fire(1);
    await recorder.idle();
    // Ten days later the tab is still on that page.
    expect(await retention.prune()).toBe(0);
    fire(2, { timeStamp: T0 + 10 * DAY });
    fire(3, { timeStamp: T0 + 10 * DAY + 50 });
    await recorder.idle();
    const page = await store.latestPageForTab(7);
    expect(page?.url).toBe('https://shop.test/');
    expect(
      (await db.requests.toArray()).map((r) => [r.pageId === page!.id, r.url, r.requestId]),
    ).toEqual([
      [true, 'https://shop.test/', '100'],
      [true, 'https://www.facebook.com/tr?id=1&ev=PageView', '101'],
    ]);
    expect(await orphans()).toBe(0);
  });

  it('deletes a page the tab has left, and the recorder no longer attributes to it', async () => {
    const { db, store, recorder, retention, fire, orphans } = await setUp(10);
    fire(0);
    fire(1);
    await recorder.idle();
    const old = (await store.latestPageForTab(7))!;
    // The tab moves on to another page, today.
    const now = T0 + 10 * DAY;
    fire(0, { requestId: '200', url: 'https://shop.test/new', timeStamp: now });
    await recorder.idle();
    expect(await retention.prune()).toBe(1);
    expect(await db.pages.get(old.id)).toBeUndefined();
    expect(recorder.pagesInUse()).toEqual(new Set([(await store.latestPageForTab(7))!.id]));
    // A late response of the deleted page's document request has no page to go to.
    fire(1, { timeStamp: now + 10 });
    await recorder.idle();
    expect(await orphans()).toBe(0);
    expect((await db.pages.toArray()).map((p) => p.url)).toEqual(['https://shop.test/new']);
  });

  it('deletes records written for a page while it was deleted', async () => {
    const { db, store, retention, orphans } = await setUp(10);
    const batch = emptyBatch();
    batch.requests.push({
      ...(await (async () => {
        const s = await setUp(0);
        s.fire(0);
        await s.recorder.idle();
        return (await s.db.requests.toArray())[0]!;
      })()),
      id: undefined,
      pageId: 'gone:7:1',
    } as never);
    await store.write(batch);
    expect(await orphans()).toBe(1);
    await retention.prune();
    expect(await orphans()).toBe(0);
    expect(await db.requests.count()).toBe(0);
  });
});
