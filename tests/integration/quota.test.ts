// A write refused for lack of quota prunes by size, the writing site's own
// visits first, and never the user's corrections or consent states; any
// other write error deletes nothing (issue 14: a page cannot wipe other
// sites' records).
import { describe, expect, it } from 'vitest';
import { emptyBatch } from '../../lib/core/record/batch.ts';
import type { PageVisit, RequestRecord } from '../../lib/core/types.ts';
import { createDexieStore } from '../../lib/platform/db.ts';
import { createRecorder } from '../../lib/services/recorder.ts';
import type { RecordStore } from '../../lib/services/store.ts';
import { freshDb, sha256 } from './fakes.ts';

const NOW = 1_700_000_000_000;
const DAY = 86_400_000;

function visit(id: string, site: string, startedAt: number, requests: number) {
  const page: PageVisit = { id, tabId: 1, url: `https://${site}/`, site, startedAt };
  const reqs: RequestRecord[] = Array.from({ length: requests }, (_, i) => ({
    ...{ pageId: id, tabId: 1, requestId: `${id}-${i}`, url: `https://${site}/r${i}` },
    ...{ method: 'GET', type: 'image', initiator: `https://${site}`, frameId: 0 },
    ...{ parentFrameId: -1, documentUrl: page.url, domain: site, party: 'first' },
    ...{ status: null, contentType: null, contentLength: null, error: null },
    ...{ beacon: false, pixel: false, time: startedAt + i },
  }));
  const b = emptyBatch();
  b.pages.push(page);
  b.requests.push(...reqs);
  return b;
}

async function setup(seed: { id: string; site: string; at: number; requests: number }[]) {
  const db = freshDb();
  const base = createDexieStore(db);
  for (const s of seed) await base.write(visit(s.id, s.site, s.at, s.requests));
  // The user's correction for a.test, a consent state, and a policy read there.
  await db.hostDeclarations.bulkPut(
    [
      ...[{ site: 'a.test', host: 'a.test', source: 'user' as const, fetchedAt: NOW - 9 * DAY }],
      ...[{ site: 'a.test', host: 'a.test', source: 'policy-text' as const, fetchedAt: NOW - DAY }],
    ].map((d) => ({ ...d, url: null, policy: null, error: null, why: null })),
  );
  await db.consent.add({
    ...{ site: 'a.test', host: 'a.test', time: NOW - 3 * DAY, cmp: 'onetrust' },
    ...{ status: 'rejected', categories: {}, timestamp: null, evidence: 'x', method: 'explicit' },
  });
  let failNext: unknown = null;
  const store: RecordStore = {
    ...base,
    async write(batch) {
      const e = failNext;
      failNext = null;
      if (e) throw e;
      return base.write(batch);
    },
  };
  const recorder = createRecorder({
    store,
    sha256,
    now: () => NOW,
    schedule: (fn) => setTimeout(fn, 0),
  });
  /** b.test loads a page in tab 2 (3 records: the visit and two requests). */
  const loadB = async () => {
    recorder.observe({
      kind: 'navigation',
      tabId: 2,
      requestId: 'n',
      url: 'https://b.test/',
      time: NOW,
    });
    for (const [requestId, url, type] of [
      ['n', 'https://b.test/', 'main_frame'],
      ['s', 'https://b.test/app.js', 'script'],
    ] as const) {
      recorder.observe({
        ...{ kind: 'request', tabId: 2, requestId, url, method: 'GET', type },
        ...{ initiator: type === 'main_frame' ? null : 'https://b.test', frameId: 0 },
        ...{ parentFrameId: -1, documentUrl: type === 'main_frame' ? null : 'https://b.test/' },
        time: NOW + 1,
      });
    }
    await recorder.idle();
  };
  const state = async () => ({
    pages: (await db.pages.orderBy('startedAt').toArray()).map((p) => p.id),
    requests: Object.fromEntries(
      await Promise.all(
        (await db.pages.toArray()).map(
          async (p) => [p.id, await db.requests.where('pageId').equals(p.id).count()] as const,
        ),
      ),
    ),
    /** All of them: none may be left without its page. */
    allRequests: await db.requests.count(),
    declarations: (await db.hostDeclarations.toArray()).map((d) => d.source).sort(),
    consent: (await db.consent.toArray()).map((c) => c.status),
  });
  return {
    db,
    recorder,
    loadB,
    state,
    failWith: (e: unknown) => (failNext = e),
  };
}

/** What Dexie throws when IndexedDB aborts a transaction for lack of quota. */
const quotaError = () =>
  Object.assign(new Error('Transaction aborted'), {
    name: 'AbortError',
    inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  });

describe('a write refused for lack of quota', () => {
  it("deletes the writing site's own earlier visit, and nothing of another site", async () => {
    const { db, recorder, loadB, state, failWith } = await setup([
      { id: 'a1', site: 'a.test', at: NOW - 3 * DAY, requests: 2 },
      // b.test flooded before: the largest visit, and the writing site's.
      { id: 'b1', site: 'b.test', at: NOW - 2 * DAY, requests: 300 },
    ]);
    failWith(quotaError());
    await loadB();
    const after = await state();
    expect(after.pages).toEqual(['a1', expect.any(String)]);
    expect(after.requests).toEqual({ a1: 2, [after.pages[1]!]: 2 });
    expect(after.allRequests).toBe(4);
    expect(after.declarations).toEqual(['policy-text', 'user']);
    expect(after.consent).toEqual(['rejected']);
    // The note the status message carries (lib/core/protocol.ts StatusResponse).
    expect(recorder.stats()).toMatchObject({
      written: 3,
      failedWrites: 0,
      quota: { errors: 1, prunedPages: 1, prunedRecords: 301, lastAt: NOW },
    });
    // Kept for the options page's notice, whatever restarts the worker meanwhile,
    // until "Delete everything".
    const store = createDexieStore(db);
    expect((await store.usage()).quota).toEqual({
      events: 1,
      prunedPages: 1,
      prunedRecords: 301,
      lastAt: NOW,
    });
    await store.clearAll();
    expect((await store.usage()).quota).toBeNull();
  });

  it('then the visits with the most records, not the oldest small ones', async () => {
    const { recorder, loadB, state, failWith } = await setup([
      { id: 'a1', site: 'a.test', at: NOW - 5 * DAY, requests: 2 },
      { id: 'c1', site: 'c.test', at: NOW - 2 * DAY, requests: 50 },
      { id: 'd1', site: 'd.test', at: NOW - DAY, requests: 3 },
    ]);
    failWith(quotaError());
    await loadB();
    const after = await state();
    expect(after.pages.slice(0, 2)).toEqual(['a1', 'd1']);
    expect(after.pages).toHaveLength(3);
    expect(after.declarations).toEqual(['policy-text', 'user']);
    expect(recorder.stats().quota).toMatchObject({ errors: 1, prunedPages: 1, prunedRecords: 51 });
  });

  it('any other write error deletes nothing: the batch alone is lost, and counted', async () => {
    const { db, recorder, loadB, state, failWith } = await setup([
      { id: 'a1', site: 'a.test', at: NOW - 3 * DAY, requests: 2 },
      { id: 'b1', site: 'b.test', at: NOW - 2 * DAY, requests: 300 },
    ]);
    const before = await state();
    failWith(new Error('disk I/O error'));
    await loadB();
    expect(await state()).toEqual(before);
    expect(recorder.stats()).toMatchObject({
      written: 0,
      failedWrites: 3,
      lastError: 'Error: disk I/O error',
      quota: { errors: 0, prunedPages: 0, prunedRecords: 0, lastAt: null },
    });
    expect((await createDexieStore(db).usage()).quota).toBeNull();
  });
});

describe('pruning by age', () => {
  it("keeps the user's own corrections however old", async () => {
    const { db, state } = await setup([
      { id: 'a1', site: 'a.test', at: NOW - 3 * DAY, requests: 2 },
    ]);
    expect(await createDexieStore(db).pruneBefore(NOW)).toHaveLength(1);
    expect(await state()).toEqual({
      ...{ pages: [], requests: {}, allRequests: 0 },
      ...{ declarations: ['user'], consent: [] },
    });
  });
});
