import type { StorageUsage } from '../core/protocol.ts';
import type { Batch } from '../core/record/batch.ts';
import type { PageLookup } from '../core/record/attribution.ts';
import type { PageVisit, RecordLists } from '../core/types.ts';

export type PageRecords = RecordLists;

/**
 * The recorder's port to durable storage (Dexie in the extension,
 * fake-indexeddb in tests); the page lookups attribution falls back on are
 * declared with it, in lib/core/record/attribution.ts.
 */
export interface RecordStore extends PageLookup {
  /**
   * Write one batch atomically; `applied` names the journal chunks it holds
   * (lib/services/journal.ts), recorded in the same transaction in place of
   * the previous batch's.
   */
  write(batch: Batch, applied?: readonly string[]): Promise<void>;
  /** The journal chunks the last committed batch named. */
  appliedChunks(): Promise<string[]>;
  /** Everything recorded for these pages, plus cookie changes in their time span. */
  readPages(pageIds: string[]): Promise<PageRecords>;
  pagesOfSite(site: string): Promise<PageVisit[]>;
  /**
   * Changes whenever a record is added to these pages (or a page's URL
   * changes); cheap: counted from indexes, nothing read.
   */
  fingerprint(pageIds: string[]): Promise<string>;
  hasRequestUrl(url: string): Promise<boolean>;
  /**
   * Delete pages started before `time` and their records, and the consent
   * states and read declarations from before it (the user's own corrections
   * stay). Pages in `spare` (open tabs' current pages) stay. Records whose
   * page is gone (written while it was deleted) go too. Returns the ids of
   * the pages removed.
   */
  pruneBefore(time: number, spare?: ReadonlySet<string>): Promise<string[]>;
  /**
   * Make room after a write was refused for lack of quota: delete whole page
   * visits, the writing sites' own first, then those with the most records,
   * then the oldest, until at least `records` records are gone. Pages in `spare` (those the refused
   * write belongs to, open tabs' current pages) stay; declarations, corrections and consent are never
   * touched. The event is added to the quota notice usage() reports, stamped `at`.
   */
  pruneForSpace(
    records: number,
    spare: ReadonlySet<string>,
    at: number,
  ): Promise<{ pages: number; records: number; ids: string[] }>;
  /**
   * Keep the `keep` most recent pages (and those in `spare`); delete the rest,
   * their records and records whose page is gone. Returns the ids of the pages removed.
   */
  pruneOldest(keep: number, spare?: ReadonlySet<string>): Promise<string[]>;
  /** Delete every record, snapshot, consent state and declaration (lists and settings stay). */
  clearAll(): Promise<void>;
  /** Delete the values themselves kept so far (the user turned keeping them off). */
  dropValues(): Promise<void>;
  /** How much is stored. */
  usage(): Promise<StorageUsage>;
}
