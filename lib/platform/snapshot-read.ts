// The popup's first paint without waiting for the service worker: extension
// pages share the worker's origin, so the popup reads the page's stored
// summary from the same database, read-only. Plain IndexedDB, not the Dexie
// schema (db.ts): the popup's first chunk stays small, and the worker stays
// the only writer (ARCHITECTURE habit 5).
import type { TabSummaryResponse } from '../core/protocol.ts';
import type { StoredSnapshot } from '../services/audit.ts';
import { PAGE_RECORD_KINDS, type PageVisit } from '../core/types.ts';

const DB_NAME = 'cookie-audit';

/** Index names and key paths as Dexie creates them from db.ts's schema. */
const PAGES_BY_TAB = '[tabId+startedAt]';
/** In the order of the store's fingerprint (db.ts). */
const RECORD_TABLES = PAGE_RECORD_KINDS;

export interface StoredSummary {
  page: PageVisit;
  snapshot: StoredSnapshot;
  /**
   * Whether the snapshot still matches what is recorded: same extension
   * version, same page, and as many records of each kind for each of the
   * site's pages as when it was taken. Declarations, consent and lists
   * changed since are only seen by the worker, whose answer replaces this one.
   * Settled after the summary is returned: counting a heavy page's records
   * takes longer than reading its summary, which can be painted meanwhile.
   */
  current: Promise<boolean>;
}

const req = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(DB_NAME);
    // No database yet: do not create one (the worker creates it with its schema).
    r.onupgradeneeded = () => r.transaction?.abort();
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('no database'));
    r.onblocked = () => reject(new Error('database blocked'));
  });
}

/** The records part of a snapshot's fingerprint: [[pageId, url, requests, responses, cookies, storage]…]. */
function recordCounts(fingerprint: string): [string, string, ...number[]][] | null {
  try {
    const fp = JSON.parse(fingerprint) as unknown[];
    const records = JSON.parse(fp[2] as string) as [[string, string, ...number[]][], number];
    return Array.isArray(records[0]) ? records[0] : null;
  } catch {
    return null;
  }
}

/**
 * The stored summary of the tab's latest recorded page, or null when there
 * is none (or the database cannot be read: the worker answers then).
 */
export async function readStoredSummary(
  tabId: number,
  /** tabUrl: the URL the tab shows, when known (it may still be asked: a promise). */
  opts: { extensionVersion: string; tabUrl?: string | null | Promise<string | null> },
): Promise<StoredSummary | null> {
  const db = await open();
  try {
    const names = Array.from(db.objectStoreNames);
    if (!['pages', 'snapshots', ...RECORD_TABLES].every((n) => names.includes(n))) return null;
    const tx = db.transaction(['pages', 'snapshots', ...RECORD_TABLES], 'readonly');
    const range = IDBKeyRange.bound([tabId, -Infinity], [tabId, Infinity]);
    const cursor = await req(tx.objectStore('pages').index(PAGES_BY_TAB).openCursor(range, 'prev'));
    const page = cursor?.value as PageVisit | undefined;
    if (!page) return null;
    const snapshot = (await req(tx.objectStore('snapshots').get(page.id))) as
      StoredSnapshot | undefined;
    if (!snapshot) return null;
    let current = true;
    try {
      const fp = JSON.parse(snapshot.fingerprint) as unknown[];
      if (fp[0] !== opts.extensionVersion || fp[1] !== page.id) current = false;
    } catch {
      current = false;
    }
    const counts = recordCounts(snapshot.fingerprint);
    if (!counts) current = false;
    if (!current || !counts) return { page, snapshot, current: Promise.resolve(false) };
    // Asked now, in this transaction (it stays open until they are answered).
    const now = Promise.all(
      counts.map(([id]) =>
        Promise.all(
          RECORD_TABLES.map((t) =>
            req(tx.objectStore(t).index('pageId').count(IDBKeyRange.only(id))),
          ),
        ),
      ),
    );
    // The tab shows another page than the last one recorded (not yet saved).
    const samePage = Promise.resolve(opts.tabUrl).then(
      (url) => !url || url === page.url,
      () => true,
    );
    return {
      page,
      snapshot,
      current: Promise.all([now, samePage]).then(
        ([n, same]) =>
          same && counts.every(([, , ...was], i) => was.every((c, j) => c === n[i]![j])),
        () => false,
      ),
    };
  } finally {
    // Closes once the transaction is done (the counts above included).
    db.close();
  }
}

/** The stored summary as the worker would answer it, and whether it is still current. */
export interface StoredAnswer {
  data: TabSummaryResponse;
  current: Promise<boolean>;
}

/**
 * The tab's stored summary in the worker's answer's shape (without the
 * declarations' sources, which only the worker reads), or null when there
 * is none or the database cannot be read.
 */
export async function readStoredAnswer(
  tabId: number,
  opts: { extensionVersion: string; tabUrl?: string | null | Promise<string | null> },
): Promise<StoredAnswer | null> {
  try {
    const stored = await readStoredSummary(tabId, opts);
    if (!stored) return null;
    const { page, snapshot } = stored;
    return {
      data: {
        ok: true,
        tabId,
        pageId: page.id,
        pageUrl: page.url,
        site: page.site,
        summary: snapshot.data.summary,
        declared: snapshot.data.declared,
        sources: [],
        sitePages: snapshot.data.sitePages,
        from: 'snapshot',
      },
      current: stored.current,
    };
  } catch {
    return null;
  }
}
