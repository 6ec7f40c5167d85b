// The recorder's write-ahead journal. Every observation is handed to the
// browser's session storage (chrome.storage.session) in the same turn it
// arrives, in chunks, before the recorder batches it for IndexedDB. The
// storage lives in the browser process: a service worker stopped (or killed)
// while observations wait for their batch, or in the middle of writing it,
// leaves them there, and the next worker replays them first. A chunk is
// removed once the batch holding it has committed; the batch's transaction
// also names the chunks it applied (replacing the previous batch's names:
// those chunks were removed before it was written), so a worker stopped
// between the commit and the removal does not write them twice.
import type { Observation } from '../core/observations.ts';

/** The browser's session storage, as the journal uses it (browser.storage.session). */
export interface JournalArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** The chunks the last committed batch applied (written in the batch's own transaction). */
export type AppliedChunks = () => Promise<string[]>;

export const JOURNAL_PREFIX = 'journal:';

/**
 * Most observations one chunk holds: a burst is split so that no single
 * storage call is large (session storage holds 10 MB in all).
 */
export const JOURNAL_CHUNK_MAX = 500;

export interface Journal {
  /** Journals one observation (written to the area within this turn). */
  append(o: Observation): void;
  /**
   * Writes what is buffered now and returns the keys of every chunk not
   * taken before: together they hold exactly the observations appended (and
   * replayed) since the last take, in order.
   */
  take(): string[];
  /**
   * Observations an earlier worker journaled and never applied, oldest
   * first, with their chunk keys (handed out by the next take()); chunks it
   * applied but could not remove are removed now.
   */
  replay(): Promise<Observation[]>;
  /**
   * The batch holding these chunks committed (or was given up): remove them.
   * Resolve before the next batch is written (it replaces the applied names).
   */
  done(keys: string[]): Promise<void>;
}

export interface JournalDeps {
  area: JournalArea;
  applied: AppliedChunks;
  /** Tells this worker's chunks from an earlier one's: sortable, unique per start. */
  bootId: string;
  onError?: (message: string, error: unknown) => void;
}

/** Chunk keys sort in journaling order: boot id, then a fixed-width counter. */
function chunkKey(bootId: string, n: number): string {
  return `${JOURNAL_PREFIX}${bootId}:${n.toString(36).padStart(8, '0')}`;
}

export function createJournal(deps: JournalDeps): Journal {
  let buffer: Observation[] = [];
  let queued = false;
  let n = 0;
  let untaken: string[] = [];
  /** The area refused a write (quota, no session storage): journaling is best effort. */
  let failed = false;

  function writeBuffer(): void {
    queued = false;
    if (buffer.length === 0) return;
    const items = buffer;
    buffer = [];
    const key = chunkKey(deps.bootId, n++);
    untaken.push(key);
    deps.area.set({ [key]: items }).catch((e: unknown) => {
      if (!failed) deps.onError?.('could not journal observations', e);
      failed = true;
    });
  }

  return {
    append(o) {
      buffer.push(o);
      if (buffer.length >= JOURNAL_CHUNK_MAX) writeBuffer();
      else if (!queued) {
        queued = true;
        queueMicrotask(writeBuffer);
      }
    },
    take() {
      writeBuffer();
      const keys = untaken;
      untaken = [];
      return keys;
    },
    async replay() {
      let all: Record<string, unknown>;
      let applied: string[];
      try {
        [all, applied] = await Promise.all([deps.area.get(null), deps.applied()]);
      } catch (e) {
        deps.onError?.('could not read the journal', e);
        return [];
      }
      // This worker's own chunks are in its queue already.
      const own = `${JOURNAL_PREFIX}${deps.bootId}:`;
      const keys = Object.keys(all)
        .filter((k) => k.startsWith(JOURNAL_PREFIX) && !k.startsWith(own))
        .sort();
      const done = new Set(applied);
      const stale = keys.filter((k) => done.has(k));
      const pending = keys.filter((k) => !done.has(k));
      const items: Observation[] = [];
      for (const k of pending) {
        const chunk = all[k];
        // Only what this extension wrote is there; anything else is skipped.
        if (Array.isArray(chunk)) items.push(...(chunk as Observation[]));
      }
      untaken = [...pending, ...untaken];
      try {
        if (stale.length) await deps.area.remove(stale);
      } catch (e) {
        deps.onError?.('could not clean the journal', e);
      }
      return items;
    },
    async done(keys) {
      if (keys.length === 0) return;
      try {
        await deps.area.remove(keys);
      } catch (e) {
        deps.onError?.('could not clean the journal', e);
      }
    },
  };
}

/** A fresh boot id: the start time (sortable), then random digits (two starts in one millisecond). */
export function newBootId(now: number, random: () => number = Math.random): string {
  return `${now.toString(36).padStart(9, '0')}-${Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')}`;
}
