// Lists of records of every kind: what one flush writes (the records built
// from a run of observations, written atomically by the store), and what a
// view is built from.
import {
  PAGE_RECORD_KINDS,
  RECORD_KINDS,
  type PageVisit,
  type RecordLists,
  type ResponseRecord,
} from '../types.ts';

/** Declared with the other records, in lib/core/types.ts. */
export type { ResponseRecord };

export type Batch = RecordLists;

/** A list of records of every kind, all empty. */
export function emptyBatch(): Batch {
  return Object.fromEntries(RECORD_KINDS.map((k) => [k, []])) as unknown as Batch;
}

export function batchSize(b: Batch): number {
  return RECORD_KINDS.reduce((n, k) => n + b[k].length, 0);
}

/** The records of one page out of those of several (cookie changes are browser-wide: all kept). */
export function recordsOfPage(rs: RecordLists, pageId: string): RecordLists {
  const out: Record<string, unknown[]> = { ...rs, pages: rs.pages.filter((p) => p.id === pageId) };
  for (const k of PAGE_RECORD_KINDS) out[k] = rs[k].filter((x) => x.pageId === pageId);
  return out as RecordLists;
}

/** Adds a page to the batch, or replaces the version of it already there (one write per page). */
export function putPage(b: Batch, page: PageVisit): void {
  const i = b.pages.findIndex((p) => p.id === page.id);
  if (i >= 0) b.pages[i] = page;
  else b.pages.push(page);
}
