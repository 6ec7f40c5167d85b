import type { StorageUsage } from '../core/protocol.ts';
import type {
  CookieChangeRecord,
  CookieRecord,
  PageVisit,
  RequestRecord,
  StorageRecord,
} from '../core/types.ts';

/** A response joined to its request by requestId when reports are built. */
export interface ResponseRecord {
  id?: number;
  pageId: string;
  tabId: number;
  requestId: string;
  url: string;
  status: number | null;
  contentType: string | null;
  contentLength: number | null;
  error: string | null;
  pixel: boolean;
  time: number;
}

export interface Batch {
  pages: PageVisit[];
  requests: RequestRecord[];
  responses: ResponseRecord[];
  cookies: CookieRecord[];
  cookieChanges: CookieChangeRecord[];
  storage: StorageRecord[];
}

export interface PageRecords {
  pages: PageVisit[];
  requests: RequestRecord[];
  responses: ResponseRecord[];
  cookies: CookieRecord[];
  cookieChanges: CookieChangeRecord[];
  storage: StorageRecord[];
}

/** The recorder's port to durable storage (Dexie in the extension, fake-indexeddb in tests). */
export interface RecordStore {
  /** Write one batch atomically. */
  write(batch: Batch): Promise<void>;
  getPage(id: string): Promise<PageVisit | undefined>;
  latestPageForTab(tabId: number): Promise<PageVisit | undefined>;
  /** Most recent page of a site started at or before `time` (any tab). */
  latestPageForSite(site: string, time: number): Promise<PageVisit | undefined>;
  /**
   * Page of a request recorded earlier, when the same tab made it within the
   * last few minutes (request ids restart with the browser: an old one must
   * not capture a new response).
   */
  pageOfRequest(requestId: string, tabId: number, time: number): Promise<string | undefined>;
  /** Everything recorded for these pages, plus cookie changes in their time span. */
  readPages(pageIds: string[]): Promise<PageRecords>;
  pagesOfSite(site: string): Promise<PageVisit[]>;
  /**
   * Changes whenever a record is added to these pages (or a page's URL
   * changes); cheap: counted from indexes, nothing read.
   */
  fingerprint(pageIds: string[]): Promise<string>;
  hasRequestUrl(url: string): Promise<boolean>;
  /** Delete pages started before `time` and their records. Returns pages removed. */
  pruneBefore(time: number): Promise<number>;
  /** Keep the `keep` most recent pages; delete the rest and their records. Returns pages removed. */
  pruneOldest(keep: number): Promise<number>;
  /** Delete every record, snapshot, consent state and declaration (lists and settings stay). */
  clearAll(): Promise<void>;
  /** Delete the values themselves kept so far (the user turned keeping them off). */
  dropValues(): Promise<void>;
  /** How much is stored. */
  usage(): Promise<StorageUsage>;
}

export function emptyBatch(): Batch {
  return { pages: [], requests: [], responses: [], cookies: [], cookieChanges: [], storage: [] };
}

export function batchSize(b: Batch): number {
  return (
    b.pages.length +
    b.requests.length +
    b.responses.length +
    b.cookies.length +
    b.cookieChanges.length +
    b.storage.length
  );
}
