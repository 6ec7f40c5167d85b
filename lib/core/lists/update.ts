// Scheduled list updates: which lists are due, what a conditional request
// sends, and what each outcome leaves stored. A failed update never replaces
// anything: the previous version stays in use and the error is kept beside it.
import type { StoredList } from './compile.ts';

/** Lists from an address are checked once a day (an alarm wakes the worker). */
export const LIST_UPDATE_INTERVAL_MS = 24 * 60 * 60 * 1000;
export const LIST_UPDATE_ALARM = 'list-updates';
export const LIST_UPDATE_PERIOD_MINUTES = 24 * 60;

/** Validators of the last download, sent back as a conditional request. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type Download =
  { status: 'modified'; text: string; validators: Validators } | { status: 'not-modified' };

/** The http(s) address a list can be updated from, or null (a file, or nothing). */
export function updateUrl(source: string | null | undefined): string | null {
  if (!source) return null;
  try {
    const u = new URL(source);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Lists from an address update on the schedule unless the user turned it off. */
export function autoUpdates(list: StoredList): boolean {
  return updateUrl(list.source) !== null && list.autoUpdate !== false;
}

/** Those of `lists` whose last check is at least one interval old (all of them when `force`). */
export function dueLists(
  lists: readonly StoredList[],
  now: number,
  opts: { force?: boolean; interval?: number } = {},
): StoredList[] {
  const interval = opts.interval ?? LIST_UPDATE_INTERVAL_MS;
  return lists.filter(
    (l) => autoUpdates(l) && (opts.force || now - (l.checkedAt ?? l.addedAt) >= interval),
  );
}

/** Request headers of a conditional GET (none for a list that never gave validators). */
export function conditionalHeaders(list: Pick<StoredList, 'etag' | 'lastModified'>) {
  const headers: Record<string, string> = {};
  if (list.etag) headers['if-none-match'] = list.etag;
  if (list.lastModified) headers['if-modified-since'] = list.lastModified;
  return headers;
}

/**
 * What stays stored after an update attempt. `compiled` is the new version
 * when the download brought one that compiled; `error` says why not.
 */
export function afterUpdate(
  previous: StoredList,
  now: number,
  outcome:
    | { kind: 'not-modified' }
    | { kind: 'updated'; compiled: StoredList; validators: Validators }
    | { kind: 'failed'; error: string },
): StoredList {
  if (outcome.kind === 'updated') {
    return {
      ...outcome.compiled,
      id: previous.id,
      name: previous.name,
      addedAt: previous.addedAt,
      etag: outcome.validators.etag,
      lastModified: outcome.validators.lastModified,
      checkedAt: now,
      updatedAt: now,
      error: null,
      ...(previous.autoUpdate !== undefined ? { autoUpdate: previous.autoUpdate } : {}),
    };
  }
  return {
    ...previous,
    checkedAt: now,
    error: outcome.kind === 'failed' ? outcome.error : null,
  };
}
