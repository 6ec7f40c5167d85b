// Keeps storage bounded: records older than the retention setting go, then
// the oldest pages beyond the page limit.
import type { StorageSettings } from '../core/storage-settings.ts';
import type { RecordStore } from './store.ts';

export interface SettingsStore {
  get(): Promise<StorageSettings>;
  put(settings: StorageSettings): Promise<void>;
}

export function createRetention(deps: {
  store: RecordStore;
  settings: SettingsStore;
  now: () => number;
}) {
  return {
    /** Applies the current settings now; returns how many pages were deleted. */
    async prune(): Promise<number> {
      const s = await deps.settings.get();
      const byAge = await deps.store.pruneBefore(deps.now() - s.retentionDays * 86_400_000);
      const byCount = await deps.store.pruneOldest(s.maxPages);
      return byAge + byCount;
    },
  };
}

export type Retention = ReturnType<typeof createRetention>;
