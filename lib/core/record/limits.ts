// Bounds on what one page visit can make the extension store: a page that
// makes a million requests gets its first N recorded and a visible
// "truncated at N" mark, not unbounded growth (issue 14).
import { setBounded } from './attribution.ts';
import { putPage, type Batch } from './batch.ts';
import type { PageRecordKind, PageVisit } from '../types.ts';

/** Records of each kind one page visit keeps (a heavy real page makes a few thousand requests). */
export const PAGE_RECORD_CAPS: Readonly<Record<PageRecordKind, number>> = {
  requests: 10_000,
  responses: 10_000,
  cookies: 2_000,
  storage: 2_000,
  // One reading per load; a page re-reading in a loop gets no more.
  optOut: 10,
};

/** Stored URLs longer than this are cut (and end with "…"); data: URLs are the usual culprits. */
export const MAX_URL_LENGTH = 4096;

export function boundUrl(url: string): string {
  return url.length > MAX_URL_LENGTH ? `${url.slice(0, MAX_URL_LENGTH - 1)}…` : url;
}

/** Pages counted at once (the oldest forgotten first): memory stays bounded too. */
const MAX_COUNTED = 2_000;

export interface PageLimits {
  /**
   * Whether one more record of `kind` may be kept for `page`; the first one
   * refused marks the page as truncated, in `batch`.
   */
  admit(page: PageVisit, kind: PageRecordKind, batch: Batch): boolean;
}

/**
 * Counts per page and kind since the worker started: a restarted worker
 * counts afresh, so a page that outlives restarts may keep up to one more
 * cap's worth per restart (still bounded; its mark stays).
 */
export function createPageLimits(
  caps: Readonly<Record<PageRecordKind, number>> = PAGE_RECORD_CAPS,
): PageLimits {
  const counts = new Map<string, number>();
  return {
    admit(page, kind, batch) {
      // Marked full before (by a worker since restarted): still full.
      if (page.truncated?.[kind] !== undefined) return false;
      const key = `${page.id}\u0000${kind}`;
      const n = counts.get(key) ?? 0;
      if (n < caps[kind]) {
        setBounded(counts, key, n + 1, MAX_COUNTED * 4);
        return true;
      }
      // In place: the attribution's copy of the page carries the mark into
      // every later write of it (its signals).
      page.truncated = { ...page.truncated, [kind]: caps[kind] };
      putPage(batch, page);
      return false;
    },
  };
}
