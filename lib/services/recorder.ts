// The recorder queues observations as they arrive and flushes them in
// batches: each flush turns what queued up meanwhile into records
// (lib/core/record) and writes them in one transaction. Each observation is
// also journaled to the browser's session storage as it arrives
// (./journal.ts): a worker stopped before its batch committed leaves it
// there, and the next worker records it before anything newer.
import type { Observation } from '../core/observations.ts';
import { batchSize, emptyBatch, type Batch } from '../core/record/batch.ts';
import { PAGE_RECORD_KINDS } from '../core/types.ts';
import { createIngest } from '../core/record/ingest.ts';
import type { Sha256Hex } from '../core/value.ts';
import type { Journal } from './journal.ts';
import type { RecordStore } from './store.ts';

/**
 * A write refused for lack of quota is retried once after deleting at least
 * this many times its records (room for it and the next ones), taken from the
 * writing site's own other visits first, then the visits with the most
 * records (lib/platform/db.ts pruneForSpace): a site that fills the disk loses
 * its own records before anyone else's. Any other write error deletes nothing.
 */
export const QUOTA_PRUNE_FACTOR = 2;

/** The browser's quota error, whichever wrapper (Dexie's AbortError, BulkError) it comes in. */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (depth > 4 || typeof e !== 'object' || e === null) return false;
  const x = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (x.name === 'QuotaExceededError') return true;
  const failures = Array.isArray(x.failures) ? x.failures.slice(0, 3) : [];
  return [x.inner, x.cause, ...failures].some((i) => isQuotaError(i, depth + 1));
}

/**
 * When the queue is turned into records and written: once no event has come
 * for FLUSH_QUIET_MS, and at the latest FLUSH_MAX_DELAY_MS after the first
 * queued one (or at once past FLUSH_MAX_QUEUE events). A page loading makes
 * hundreds of events a second: its records are built and written (the
 * worker's main cost) when the stream pauses, mostly after its load event,
 * not while it competes with the page. Every observation is journaled as it
 * arrives, so the wait puts nothing at risk; the popup and the command line
 * ask for a flush (idle()) and do not wait either.
 */
export const FLUSH_QUIET_MS = 250;
export const FLUSH_MAX_DELAY_MS = 2_000;
export const FLUSH_MAX_QUEUE = 5_000;

/**
 * The longest the flush builds records without giving the browser's events a
 * turn: they are journaled only once their listener has run.
 */
export const FLUSH_SLICE_MS = 8;

export interface RecorderDeps {
  store: RecordStore;
  sha256: Sha256Hex;
  now: () => number;
  /** Runs fn after delayMs (setTimeout in the extension). */
  schedule: (fn: () => void, delayMs: number) => void;
  /**
   * The flush's timing (FLUSH_QUIET_MS and FLUSH_MAX_DELAY_MS in the
   * extension); none: each flush is scheduled as soon as an event comes.
   */
  settle?: { quietMs: number; maxDelayMs: number };
  /** Told which tabs got new records after each durable write. */
  onFlushed?: (tabIds: number[]) => void;
  onError?: (message: string, error: unknown) => void;
  /**
   * Origins of the extension itself (chrome-extension://id): its pages and
   * its own fetches (policy pages) are never recorded.
   */
  ownOrigins?: string[];
  /** The write-ahead journal (the extension's session storage); none in most tests. */
  journal?: Journal;
}

export interface RecorderStats {
  observed: number;
  written: number;
  skipped: number;
  failedWrites: number;
  lastError: string | null;
  /** Observations an earlier worker journaled and never wrote, recorded by this one. */
  replayed: number;
  /** Writes refused for lack of quota, and what was deleted to make room. */
  quota: { errors: number; prunedPages: number; prunedRecords: number; lastAt: number | null };
  /** Observations waiting for the next flush, and whether one is running. */
  queued: number;
  flushing: boolean;
}

export interface Recorder {
  observe(o: Observation): void;
  /**
   * Resolves once everything observed before the call is written. It does
   * not wait for events that arrive meanwhile, so a busy page cannot keep
   * the popup waiting.
   */
  idle(): Promise<void>;
  stats(): RecorderStats;
  /** Forget the pages of open tabs (their records were deleted): nothing more is attributed to them. */
  forget(): void;
  /** The pages events of open tabs go to now: retention keeps them. */
  pagesInUse(): Set<string>;
  /** These pages were deleted (retention): nothing more is attributed to them. */
  evict(ids: readonly string[]): void;
  /** Whether values themselves are kept from now on (the user's option; off at start). */
  keepValues(keep: boolean): void;
}

/**
 * A batch's observations in the order they happened (stable: equal times
 * keep their arrival order). A background woken by a page is handed the
 * page's queued webRequest events and its scripts' reports in no promised
 * order (Firefox's event page; a restarted service worker): a report taken
 * before the navigation it follows was given to the tab's previous page.
 * Each observation carries the browser's time of the event (reports: their
 * arrival at the relay), so sorting restores what came first.
 */
function inTimeOrder(items: Observation[]): Observation[] {
  for (let i = 1; i < items.length; i++) {
    if (items[i]!.time < items[i - 1]!.time) return items.sort((a, b) => a.time - b.time);
  }
  return items;
}

export function createRecorder(deps: RecorderDeps): Recorder {
  const ingest = createIngest({
    lookup: deps.store,
    sha256: deps.sha256,
    ownOrigins: deps.ownOrigins,
  });
  const queue: Observation[] = [];
  let keepValues = false;
  // What is counted; the queue's state is read when asked.
  const stats: Omit<RecorderStats, 'queued' | 'flushing'> = {
    observed: 0,
    written: 0,
    skipped: 0,
    failedWrites: 0,
    lastError: null,
    replayed: 0,
    quota: { errors: 0, prunedPages: 0, prunedRecords: 0, lastAt: null },
  };
  let flushing: Promise<void> | null = null;
  let scheduled = false;
  /** Sequence numbers: observed so far, and handled (written or skipped) so far. */
  let seq = 0;
  let doneSeq = 0;

  const journal = deps.journal;
  // What an earlier worker left goes first: new events wait in the queue.
  const replayed = journal
    ? journal.replay().then((old) => {
        if (old.length === 0) return;
        stats.replayed += old.length;
        seq += old.length;
        queue.unshift(...old);
        schedule();
      })
    : Promise.resolve();

  /** When the first event of the queue and the latest one came (settle timing). */
  let firstAt = 0;
  let lastAt = 0;
  /** Which scheduled check is current (one flushed early leaves its timer behind). */
  let round = 0;

  function schedule(): void {
    if (scheduled || flushing) return;
    scheduled = true;
    firstAt = deps.now();
    const r = ++round;
    deps.schedule(() => settled(r), deps.settle?.quietMs ?? 0);
  }

  /** Flushes once the events pause (or waited long enough), else checks again. */
  function settled(r: number): void {
    if (r !== round || !scheduled) return;
    const settle = deps.settle;
    if (settle && queue.length < FLUSH_MAX_QUEUE) {
      const now = deps.now();
      const quietLeft = lastAt + settle.quietMs - now;
      const maxLeft = firstAt + settle.maxDelayMs - now;
      if (quietLeft > 0 && maxLeft > 0) {
        deps.schedule(() => settled(r), Math.min(quietLeft, maxLeft));
        return;
      }
    }
    void startFlush();
  }

  function observe(o: Observation): void {
    stats.observed++;
    seq++;
    queue.push(o);
    journal?.append(o);
    lastAt = deps.now();
    if (scheduled && queue.length >= FLUSH_MAX_QUEUE) {
      // Do not wait for the pending check (startFlush retires it).
      void startFlush();
      return;
    }
    schedule();
  }

  function startFlush(): Promise<void> {
    if (!flushing) {
      scheduled = false;
      flushing = flushLoop().finally(() => {
        flushing = null;
        if (queue.length > 0) schedule();
      });
    }
    return flushing;
  }

  async function flushLoop(): Promise<void> {
    await replayed;
    // Without settle timing, what came meanwhile is written at once; with
    // it, it waits for the next pause like any other events.
    let passes = 0;
    while (queue.length > 0 && (!deps.settle || passes++ === 0)) {
      const items = inTimeOrder(queue.splice(0, queue.length));
      const chunks = journal?.take();
      const batch = emptyBatch();
      const tabs = new Set<number>();
      let slice = deps.now();
      for (const o of items) {
        // Let the events waiting meanwhile run their listeners (and be
        // journaled): a worker stopped in the middle of a long batch would
        // take them with it.
        if (deps.now() - slice >= FLUSH_SLICE_MS) {
          await new Promise((r) => setTimeout(r, 0));
          slice = deps.now();
        }
        try {
          const { tabId, skipped } = await ingest.add(o, batch, keepValues);
          stats.skipped += skipped;
          if (tabId !== null) tabs.add(tabId);
        } catch (e) {
          stats.skipped++;
          deps.onError?.(`could not record a ${o.kind} event`, e);
        }
      }
      if (batchSize(batch) > 0) {
        await writeDurably(batch, chunks);
        deps.onFlushed?.([...tabs]);
      }
      // Written (or given up: a write that failed for another reason than
      // quota would fail again).
      if (chunks) await journal!.done(chunks);
      doneSeq += items.length;
    }
  }

  async function writeDurably(batch: Batch, chunks: readonly string[] | undefined): Promise<void> {
    const fail = (e: unknown) => {
      stats.failedWrites += batchSize(batch);
      stats.lastError = String(e);
      deps.onError?.('could not persist records', e);
    };
    try {
      await deps.store.write(batch, chunks);
      stats.written += batchSize(batch);
    } catch (first) {
      if (!isQuotaError(first)) return fail(first);
      stats.quota.errors++;
      stats.quota.lastAt = deps.now();
      try {
        const spare = new Set([
          ...batch.pages.map((p) => p.id),
          ...PAGE_RECORD_KINDS.flatMap((k) => batch[k].map((r) => r.pageId)),
          ...ingest.pagesInUse(),
        ]);
        const pruned = await deps.store.pruneForSpace(
          QUOTA_PRUNE_FACTOR * batchSize(batch),
          spare,
          deps.now(),
        );
        stats.quota.prunedPages += pruned.pages;
        stats.quota.prunedRecords += pruned.records;
        ingest.evict(new Set(pruned.ids));
        await deps.store.write(batch, chunks);
        stats.written += batchSize(batch);
      } catch (e) {
        fail(e);
      }
    }
  }

  return {
    observe,
    async idle() {
      // What an earlier worker left counts as observed before the call.
      await replayed;
      const target = seq;
      while (doneSeq < target) {
        await (flushing ?? startFlush());
      }
    },
    stats: () => ({ ...stats, queued: queue.length, flushing: flushing !== null }),
    keepValues(keep) {
      keepValues = keep;
    },
    forget: ingest.forget,
    pagesInUse: ingest.pagesInUse,
    evict: (ids) => ingest.evict(new Set(ids)),
  };
}
