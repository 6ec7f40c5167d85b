// Bundled into a plain page by prune-at-scale.test.ts: the extension's own
// store and retention code over the browser's real IndexedDB.
import { emptyBatch } from '../../../lib/core/record/batch.ts';
import type { CookieRecord, PageVisit, RequestRecord } from '../../../lib/core/types.ts';
import { AuditDb, createDexieStore, createSettingsStore } from '../../../lib/platform/db.ts';
import { createRetention } from '../../../lib/services/retention.ts';
import { DEFAULT_STORAGE_SETTINGS } from '../../../lib/core/storage-settings.ts';

const T0 = Date.UTC(2026, 10, 1);
const db = new AuditDb();
const store = createDexieStore(db);
const settings = createSettingsStore(db);

/** One visit of `requests` requests and `cookies` cookie writes. */
function visit(p: number, requests: number, cookies: number) {
  const id = `p${String(p).padStart(5, '0')}`;
  const site = `s${p % 97}.test`;
  const page: PageVisit = {
    id,
    tabId: 1 + (p % 9),
    url: `https://${site}/`,
    site,
    startedAt: T0 + p * 60_000,
  };
  const b = emptyBatch();
  b.pages.push(page);
  for (let i = 0; i < requests; i++)
    b.requests.push({
      ...{
        pageId: id,
        tabId: page.tabId,
        requestId: `${id}-${i}`,
        url: `https://t${i % 40}.example/px?i=${i}`,
      },
      ...{
        method: 'GET',
        type: 'image',
        initiator: `https://${site}`,
        frameId: 0,
        parentFrameId: -1,
      },
      ...{ documentUrl: page.url, domain: `t${i % 40}.example`, party: 'third', status: 200 },
      ...{ contentType: 'image/gif', contentLength: 43, error: null, beacon: false, pixel: true },
      time: page.startedAt + i,
    } as RequestRecord);
  for (let i = 0; i < cookies; i++)
    b.cookies.push({
      ...{ pageId: id, tabId: page.tabId, name: `c${i}`, domain: site, path: '/', setBy: 'http' },
      ...{ op: 'set', time: page.startedAt + i, party: 'first' },
    } as unknown as CookieRecord);
  return b;
}

async function counts() {
  return {
    pages: await db.pages.count(),
    requests: await db.requests.count(),
    cookies: await db.cookies.count(),
  };
}

Object.assign(globalThis, {
  async seed(pages: number, requests: number, cookies: number) {
    // Two visits at a time, as two tabs loading together: their requests
    // interleave in runs of 25, so a page's records are not one id range.
    for (let p = 0; p < pages; p += 2) {
      const a = visit(p, requests, cookies);
      const b = p + 1 < pages ? visit(p + 1, requests, cookies) : emptyBatch();
      a.pages.push(...b.pages);
      a.cookies.push(...b.cookies);
      const mixed: RequestRecord[] = [];
      for (let i = 0; i < requests; i += 25)
        mixed.push(...a.requests.slice(i, i + 25), ...b.requests.slice(i, i + 25));
      a.requests = mixed;
      await store.write(a);
    }
    return counts();
  },
  async prune(maxPages: number) {
    await settings.put({ ...DEFAULT_STORAGE_SETTINGS, retentionDays: 365, maxPages });
    const removed = await createRetention({
      store,
      settings,
      now: () => T0 + 30 * 86_400_000,
    }).prune();
    const pageIds = new Set((await db.pages.toArray()).map((p) => p.id));
    const orphans =
      (await db.requests.filter((r) => !pageIds.has(r.pageId)).count()) +
      (await db.cookies.filter((c) => !pageIds.has(c.pageId)).count());
    const kept = [...pageIds].sort();
    return { removed, ...(await counts()), orphans, first: kept[0], last: kept.at(-1) };
  },
});
