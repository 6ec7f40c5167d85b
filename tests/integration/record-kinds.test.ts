// The record kinds are declared once (lib/core/types.ts RecordKinds); the
// batch, the store's tables, reading, counting, pruning and deletion all
// derive from that declaration. A kind added there but missing from one of
// them fails here: at compile time (SAMPLES must have every kind) or at run
// time (the round trip below).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { batchSize, emptyBatch, recordsOfPage, type Batch } from '../../lib/core/record/batch.ts';
import type { StorageUsage } from '../../lib/core/protocol.ts';
import {
  PAGE_RECORD_KINDS,
  RECORD_KINDS,
  type RecordKind,
  type RecordKinds,
  type RecordLists,
} from '../../lib/core/types.ts';
import type { RecordSet } from '../../lib/core/view.ts';
import type { PageRecords } from '../../lib/services/store.ts';
import { createDexieStore, freshDb } from './fakes.ts';

const value = { length: 3, hashPrefix: '0123456789abcdef', entropy: 1.5 };
const T = 1_700_000_000_000;

/** One record of every kind, for page `p` (a kind missing here does not compile). */
function samples(p: string, site: string, t: number): { [K in RecordKind]: RecordKinds[K] } {
  return {
    pages: { id: p, tabId: 1, url: `https://${site}/`, site, startedAt: t },
    requests: {
      ...{ pageId: p, tabId: 1, requestId: `${p}-1`, url: `https://${site}/a.js` },
      ...{ method: 'GET', type: 'script', initiator: `https://${site}`, frameId: 0 },
      ...{ parentFrameId: -1, documentUrl: `https://${site}/`, domain: site, party: 'first' },
      ...{ status: null, contentType: null, contentLength: null, error: null },
      ...{ beacon: false, pixel: false, time: t + 1 },
    },
    responses: {
      ...{ pageId: p, tabId: 1, requestId: `${p}-1`, url: `https://${site}/a.js`, status: 200 },
      ...{ contentType: 'text/javascript', contentLength: 10, error: null, pixel: false },
      time: t + 2,
    },
    cookies: {
      ...{ pageId: p, tabId: 1, name: 'id', domain: site, path: '/', hostOnly: true },
      ...{ lifetimeDays: 30, requestedLifetimeDays: null, deletion: false, secure: true },
      ...{ httpOnly: false, sameSite: 'lax', partitioned: false, party: 'first' },
      ...{ setBy: 'http', setter: `https://${site}/`, requestId: `${p}-0`, value },
      ...{ blocked: null, warnings: [], time: t + 3 },
    },
    cookieChanges: {
      ...{ name: 'id', domain: site, site, path: '/', hostOnly: true, removed: false },
      ...{ cause: 'explicit', partitionKey: null, lifetimeDays: 30, secure: true },
      ...{ httpOnly: false, sameSite: 'lax', value, time: t + 4 },
    },
    storage: {
      ...{ pageId: p, tabId: 1, kind: 'localStorage', origin: `https://${site}` },
      ...{ frameUrl: `https://${site}/`, key: 'k', op: 'set', party: 'first' },
      ...{ setter: null, value, time: t + 5 },
    },
    optOut: {
      ...{ pageId: p, tabId: 1, documentUrl: `https://${site}/` },
      apis: {
        usp: { status: 'answered', data: { version: 1, uspString: '1YNN' } },
        gpp: { status: 'absent', data: null },
      },
      ...{ cookies: [{ name: 'usprivacy', value: '1YNN' }], time: t + 6 },
    },
  };
}

function batchOf(...sets: ReturnType<typeof samples>[]): Batch {
  const b = emptyBatch();
  for (const s of sets) for (const k of RECORD_KINDS) (b[k] as unknown[]).push(s[k]);
  return b;
}

describe('record kinds, declared once', () => {
  it('batches, page records, view input and usage have exactly the declared kinds', () => {
    expectTypeOf<keyof Batch>().toEqualTypeOf<RecordKind>();
    expectTypeOf<PageRecords>().toEqualTypeOf<RecordLists>();
    expectTypeOf<RecordSet>().toEqualTypeOf<RecordLists>();
    expectTypeOf<keyof StorageUsage>().toEqualTypeOf<RecordKind | 'oldest' | 'quota'>();
    expect(Object.keys(emptyBatch()).sort()).toEqual([...RECORD_KINDS].sort());
    expect(batchSize(batchOf(samples('p', 'a.test', T)))).toBe(RECORD_KINDS.length);
    // The kinds that belong to a page are those whose records carry its id.
    const one = samples('p', 'a.test', T);
    expect([...PAGE_RECORD_KINDS].sort()).toEqual(
      RECORD_KINDS.filter((k) => 'pageId' in one[k]).sort(),
    );
  });

  it('the database has a table for every kind', () => {
    const names = freshDb().tables.map((t) => t.name);
    for (const k of RECORD_KINDS) expect(names).toContain(k);
  });

  it('writes, reads, counts and deletes every kind', async () => {
    const db = freshDb();
    const store = createDexieStore(db);
    const a = samples('pa', 'a.test', T);
    const b = samples('pb', 'b.test', T + 100_000);
    await store.write(batchOf(a, b));

    const read = await store.readPages(['pa']);
    // Auto-incremented ids are the store's; a page's id is its own.
    const strip = (xs: object[]) =>
      xs.map((x: { id?: unknown }) => {
        if (typeof x.id !== 'number') return x;
        const { id: _id, ...rest } = x;
        return rest;
      });
    for (const k of RECORD_KINDS) expect(strip(read[k])).toEqual([a[k]]);
    expect(recordsOfPage(await store.readPages(['pa', 'pb']), 'pa')).toEqual({
      ...read,
      // Cookie changes are browser-wide: those of both visits' span stay.
      cookieChanges: (await store.readPages(['pa', 'pb'])).cookieChanges,
    });

    const usage = await store.usage();
    expect(usage).toEqual({
      ...Object.fromEntries(RECORD_KINDS.map((k) => [k, 2])),
      oldest: T,
      quota: null,
    });

    // Deleting the older visit deletes every record of it, of every kind.
    expect(await store.pruneOldest(1)).toHaveLength(1);
    const left = await store.readPages(['pa', 'pb']);
    for (const k of PAGE_RECORD_KINDS) expect(strip(left[k])).toEqual([b[k]]);
    expect(strip(left.pages)).toEqual([b.pages]);
    for (const k of PAGE_RECORD_KINDS)
      expect(await db.table(k).where('pageId').equals('pa').count()).toBe(0);

    await store.clearAll();
    expect(await store.usage()).toEqual({
      ...Object.fromEntries(RECORD_KINDS.map((k) => [k, 0])),
      oldest: null,
      quota: null,
    });
  });

  it('drops the values kept of every kind that has one', async () => {
    const db = freshDb();
    const store = createDexieStore(db);
    const a = samples('pa', 'a.test', T);
    const kept = { ...value, raw: 'abc' };
    a.cookies.value = kept;
    a.cookieChanges.value = kept;
    a.storage.value = kept;
    await store.write(batchOf(a));
    await store.dropValues();
    const read = await store.readPages(['pa']);
    expect([read.cookies[0]!.value, read.cookieChanges[0]!.value, read.storage[0]!.value]).toEqual([
      value,
      value,
      value,
    ]);
  });
});
