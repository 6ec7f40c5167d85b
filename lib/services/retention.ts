// Keeps storage bounded: records older than the retention setting go, then
// the oldest pages beyond the page limit.
import type { StorageSettings } from '../core/storage-settings.ts';
import type { RecordStore } from './store.ts';

export interface SettingsStore {
  get(): Promise<StorageSettings>;
  put(settings: StorageSettings): Promise<void>;
}

/** The recorder as retention sees it: which pages are in use, and what was deleted. */
export interface RetentionRecorder {
  /** Resolves once what was observed is written. */
  idle(): Promise<void>;
  pagesInUse(): Set<string>;
  evict(ids: readonly string[]): void;
}

export function createRetention(deps: {
  store: RecordStore;
  settings: SettingsStore;
  now: () => number;
  /**
   * The open tabs' current pages stay, however old (their tab still records
   * into them), and the recorder forgets the pages deleted.
   */
  recorder?: RetentionRecorder;
}) {
  return {
    /** Applies the current settings now; returns how many pages were deleted. */
    async prune(): Promise<number> {
      const s = await deps.settings.get();
      await deps.recorder?.idle();
      const spare = deps.recorder?.pagesInUse() ?? new Set<string>();
      const byAge = await deps.store.pruneBefore(deps.now() - s.retentionDays * 86_400_000, spare);
      const byCount = await deps.store.pruneOldest(s.maxPages, spare);
      deps.recorder?.evict([...byAge, ...byCount]);
      return byAge.length + byCount.length;
    },
  };
}

export type Retention = ReturnType<typeof createRetention>;
