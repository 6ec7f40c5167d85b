// What one flush writes: the records built from a run of observations,
// written atomically by the store.
import type {
  CookieChangeRecord,
  CookieRecord,
  PageVisit,
  RequestRecord,
  StorageRecord,
} from '../types.ts';

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
  /** The `Tk` response header, when there was one. */
  tk?: string;
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

/** Adds a page to the batch, or replaces the version of it already there (one write per page). */
export function putPage(b: Batch, page: PageVisit): void {
  const i = b.pages.findIndex((p) => p.id === page.id);
  if (i >= 0) b.pages[i] = page;
  else b.pages.push(page);
}
