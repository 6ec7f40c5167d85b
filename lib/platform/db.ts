import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import {
  PAGE_RECORD_KINDS,
  RECORD_KINDS,
  type CookieChangeRecord,
  type PageRecordKind,
  type PageVisit,
  type RecordKind,
  type RecordKinds,
  type RecordLists,
} from '../core/types.ts';
import type { StoredList } from '../core/lists/compile.ts';
import { readListSettings, type ListSettings } from '../core/lists/settings.ts';
import { readSendSettings, type SendSignalsSettings } from '../core/signals/send.ts';
import { readStoredAb } from '../core/signals/ab-run.ts';
import type { SignalsAb } from '../core/signals/ab.ts';
import { siteOf } from '../core/party.ts';
import {
  DEFAULT_STORAGE_SETTINGS,
  validateStorageSettings,
  type StorageSettings,
} from '../core/storage-settings.ts';
import type { ConsentState } from '../core/cmp/index.ts';
import type { SnapshotStore, StoredSnapshot } from '../services/audit.ts';
import type { Declaration } from '../services/declarations.ts';
import type { PendingRestore } from '../services/signals-ab.ts';
import { REQUEST_ID_WINDOW_MS } from '../core/record/attribution.ts';
import type { Batch } from '../core/record/batch.ts';
import { DAY_MS, SECOND_MS } from '../core/time.ts';
import type { RecordStore } from '../services/store.ts';
import type { QuotaNotice } from '../core/protocol.ts';
import { consecutiveRuns } from '../core/key-runs.ts';

/** One declaration per host and source (policy text, a CMP, gpc.json; the user's per site). */
export type StoredDeclaration = Declaration;

/** A consent state observed on a host where a CMP ran (from the CMP's cookie or API). */
export interface StoredConsent extends ConsentState {
  id?: number;
  site: string;
  /** The host the CMP ran on: the consent given through it holds there. */
  host: string;
  /** When the extension saw this state (0: it predates what was recorded). */
  time: number;
}

/** One table per record kind (lib/core/types.ts RecordKinds), named after it. */
export type RecordTables = { [K in RecordKind]: EntityTable<RecordKinds[K], 'id'> };

/**
 * The audit database. Append-only event tables; requests and responses are
 * joined by requestId when a view or report is built, so a write never has to
 * read first. Schema versions are never edited once released: add a new
 * `version(n)` with an upgrade function instead.
 */
export class AuditDb extends Dexie implements RecordTables {
  pages!: RecordTables['pages'];
  requests!: RecordTables['requests'];
  responses!: RecordTables['responses'];
  cookies!: RecordTables['cookies'];
  cookieChanges!: RecordTables['cookieChanges'];
  storage!: RecordTables['storage'];
  optOut!: RecordTables['optOut'];
  lists!: EntityTable<StoredList, 'id'>;
  /** Keyed by [host+source]: a declaration belongs to the host it was read for. */
  hostDeclarations!: Table<StoredDeclaration, [string, string]>;
  consent!: EntityTable<StoredConsent, 'id'>;
  meta!: Table<{ key: string; value: unknown }, string>;
  snapshots!: Table<StoredSnapshot, string>;

  constructor(name = 'cookie-audit', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      pages: 'id, [tabId+startedAt], [site+startedAt], startedAt',
      requests: '++id, pageId, requestId, url',
      responses: '++id, pageId, requestId',
      cookies: '++id, pageId, time',
      cookieChanges: '++id, time',
      storage: '++id, pageId',
    });
    // v2: user lists, site declarations and consent states. New tables only:
    // nothing to migrate.
    this.version(2).stores({
      lists: 'id',
      declarations: '[site+source], site',
      consent: '++id, [site+time]',
    });
    // v3: small per-installation values (the key of value hashes).
    this.version(3).stores({ meta: 'key' });
    // v4: the popup's summary of a page as last computed, with the fingerprint
    // of what it was computed from (a restarted worker answers from it).
    this.version(4).stores({ snapshots: 'pageId' });
    // v5: cookie changes by site, so that an audit reads those of its own
    // sites and not every change of the browser in the visit's time span.
    this.version(5)
      .stores({ cookieChanges: '++id, time, [site+time]' })
      .upgrade((tx) =>
        tx
          .table('cookieChanges')
          .toCollection()
          .modify((c: CookieChangeRecord) => {
            c.site = siteOf(c.domain);
          }),
      );
    // v6: declarations and consent belong to the host they were read on (a
    // CMP's to the host it ran on, a policy to the host of the page linking
    // it), no longer to the whole registrable domain. The primary key changes,
    // so declarations move to a new table; consent gains a host index.
    this.version(6)
      .stores({
        declarations: null,
        hostDeclarations: '[host+source], site',
        consent: '++id, [site+time], [host+time]',
      })
      .upgrade(upgradeToHosts);
    // v7: the opt-out strings each page gave (issue 12). A new table only.
    this.version(7).stores({ optOut: '++id, pageId' });
  }
}

type OldDeclaration = Omit<StoredDeclaration, 'host'>;
type OldConsent = Omit<StoredConsent, 'host'>;

/**
 * v5 → v6. What each old record says about where it was read:
 * - a CMP declaration's `url` is the page the CMP ran on, gpc.json's is the
 *   resource itself: their host is known exactly;
 * - the user's corrections stay site-wide (host = the site);
 * - which page linked a policy was not kept: it goes to every host of the
 *   site with a recorded visit (it held for all of them before), or to the
 *   policy's own host when none was recorded. It is read again, per host,
 *   when the cache ages out;
 * - a consent state goes to the hosts where that CMP's declaration was read,
 *   else to every host of the site with a recorded visit, else to the site.
 */
async function upgradeToHosts(tx: Transaction): Promise<void> {
  const hostOf = (url: string | null): string | null => {
    try {
      return url ? new URL(url).hostname.toLowerCase() : null;
    } catch {
      return null;
    }
  };
  const pages = (await tx.table('pages').toArray()) as PageVisit[];
  const visited = new Map<string, Set<string>>();
  for (const p of pages) {
    const h = hostOf(p.url);
    if (!h) continue;
    const set = visited.get(p.site) ?? new Set<string>();
    set.add(h);
    visited.set(p.site, set);
  }
  const old = (await tx.table('declarations').toArray()) as OldDeclaration[];
  const moved: StoredDeclaration[] = [];
  const cmpHosts = new Map<string, Set<string>>();
  for (const d of old) {
    let hosts: string[];
    if (d.source === 'user') hosts = [d.site];
    else if (d.source.startsWith('cmp:') || d.source === 'well-known') {
      const h = hostOf(d.url);
      hosts = h ? [h] : [...(visited.get(d.site) ?? [d.site])];
    } else {
      const seen = visited.get(d.site);
      hosts = seen?.size ? [...seen] : [hostOf(d.url) ?? d.site];
    }
    for (const host of hosts) {
      moved.push({ ...d, host });
      if (d.source.startsWith('cmp:')) {
        const key = `${d.site}\u0000${d.source.slice(4)}`;
        cmpHosts.set(key, (cmpHosts.get(key) ?? new Set()).add(host));
      }
    }
  }
  await tx.table('hostDeclarations').bulkPut(moved);
  const consent = (await tx.table('consent').toArray()) as (OldConsent & { id: number })[];
  const extra: StoredConsent[] = [];
  const updated: StoredConsent[] = [];
  for (const c of consent) {
    const hosts = [
      ...(cmpHosts.get(`${c.site}\u0000${c.cmp}`) ?? visited.get(c.site) ?? new Set([c.site])),
    ];
    updated.push({ ...c, host: hosts[0]! });
    for (const host of hosts.slice(1)) {
      const { id: _id, ...rest } = c;
      extra.push({ ...rest, host });
    }
  }
  await tx.table('consent').bulkPut(updated);
  if (extra.length) await tx.table('consent').bulkAdd(extra);
  // Summaries computed from site-wide declarations: computed again on demand.
  await tx.table('snapshots').clear();
}

/** Cookie changes this long before a visit started may be its own (the navigation's response comes first). */
export const CHANGES_BEFORE_VISIT_MS = 5 * SECOND_MS;
/** …and this long after the last visit started. */
export const CHANGES_AFTER_VISIT_MS = DAY_MS;

/** The times whose cookie changes may belong to these visits. */
function changeSpan(pages: PageVisit[]): { from: number; to: number } {
  const starts = pages.map((p) => p.startedAt);
  return {
    from: starts.reduce((a, b) => Math.min(a, b), Infinity) - CHANGES_BEFORE_VISIT_MS,
    to: starts.reduce((a, b) => Math.max(a, b), -Infinity) + CHANGES_AFTER_VISIT_MS,
  };
}

/** Kinds whose records may hold a value itself (ValueInfo.raw), checked against RecordKinds. */
const VALUE_KINDS: {
  [K in RecordKind as RecordKinds[K] extends { value: unknown } ? K : never]: null;
} = { cookies: null, cookieChanges: null, storage: null };

/** An object with one entry per kind, from values in the kinds' order. */
function byKind<K extends RecordKind, V>(kinds: readonly K[], values: V[]): Record<K, V> {
  return Object.fromEntries(kinds.map((k, i) => [k, values[i]])) as Record<K, V>;
}

const NONE: ReadonlySet<string> = new Set();

/** The journal chunks the last batch applied (lib/services/journal.ts), a value in `meta`. */
const JOURNAL_APPLIED = 'journalApplied';

export function createDexieStore(db: AuditDb): RecordStore {
  const tables = RECORD_KINDS.map((k) => db.table(k));
  const pageTables = PAGE_RECORD_KINDS.map((k) => db.table(k));
  const valueTables = (Object.keys(VALUE_KINDS) as RecordKind[]).map((k) => db.table(k));
  /** Everything clearAll() empties: records, snapshots, consent and declarations (and the value-hash key). */
  const recorded = [...tables, db.snapshots, db.consent, db.hostDeclarations];
  return {
    async write(batch: Batch, applied?: readonly string[]) {
      await db.transaction('rw', [...tables, db.meta], async () => {
        if (applied) await db.meta.put({ key: JOURNAL_APPLIED, value: [...applied] });
        for (const k of RECORD_KINDS) {
          if (!batch[k].length) continue;
          // A page is written again when more is learnt about it (its
          // signals): replaced. Everything else is an event: only added.
          if (k === 'pages') await db.pages.bulkPut(batch.pages);
          else await db.table(k).bulkAdd(batch[k]);
        }
      });
    },
    async appliedChunks() {
      const v = (await db.meta.get(JOURNAL_APPLIED))?.value;
      return Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : [];
    },
    getPage: (id) => db.pages.get(id),
    latestPageForTab: (tabId) =>
      db.pages
        .where('[tabId+startedAt]')
        .between([tabId, Dexie.minKey], [tabId, Dexie.maxKey])
        .last(),
    latestPageForSite: (site, time) =>
      db.pages
        .where('[site+startedAt]')
        .between([site, Dexie.minKey], [site, time], true, true)
        .last(),
    async pageOfRequest(requestId, tabId, time) {
      const r = await db.requests.where('requestId').equals(requestId).last();
      return r && r.tabId === tabId && Math.abs(time - r.time) < REQUEST_ID_WINDOW_MS
        ? r.pageId
        : undefined;
    },
    async readPages(pageIds) {
      const pages = (await db.pages.bulkGet(pageIds)).filter((p): p is PageVisit => !!p);
      // One equals() per page: Dexie answers it with a single getAll(),
      // where anyOf() walks a cursor object by object (seconds on a heavy tab).
      const all = async (table: Table) =>
        (await Promise.all(pageIds.map((id) => table.where('pageId').equals(id).toArray()))).flat();
      const perPage = byKind(
        PAGE_RECORD_KINDS,
        await Promise.all(pageTables.map(all)),
      ) as unknown as Pick<RecordLists, PageRecordKind>;
      const { requests } = perPage;
      // Cookie changes are browser-wide: only those of the visits' sites and
      // of the sites they made requests to, in the span of these visits (a
      // day after the last one started at most), can belong to them.
      const { from, to } = changeSpan(pages);
      const sites = new Set([...pages.map((p) => p.site), ...requests.map((r) => r.domain)]);
      const cookieChanges = pages.length
        ? (
            await Promise.all(
              [...sites].map((site) =>
                db.cookieChanges
                  .where('[site+time]')
                  .between([site, from], [site, to], true, true)
                  .toArray(),
              ),
            )
          )
            .flat()
            .sort((a, b) => a.time - b.time || (a.id ?? 0) - (b.id ?? 0))
        : [];
      return { pages, ...perPage, cookieChanges } satisfies RecordLists;
    },
    pagesOfSite: (site) =>
      db.pages
        .where('[site+startedAt]')
        .between([site, Dexie.minKey], [site, Dexie.maxKey])
        .toArray(),
    async hasRequestUrl(url) {
      return (await db.requests.where('url').equals(url).count()) > 0;
    },
    async fingerprint(pageIds) {
      // Counts come from the indexes: nothing is deserialised.
      const pages = (await db.pages.bulkGet(pageIds)).filter((p): p is PageVisit => !!p);
      const { from, to } = changeSpan(pages);
      const perPage = await Promise.all(
        pages.map(async (p) => [
          p.id,
          p.url,
          ...(await Promise.all(pageTables.map((t) => t.where('pageId').equals(p.id).count()))),
        ]),
      );
      const changes = pages.length
        ? await db.cookieChanges.where('time').between(from, to, true, true).count()
        : 0;
      return JSON.stringify([perPage, changes]);
    },
    async pruneBefore(time, spare = NONE) {
      const old = (await db.pages.where('startedAt').below(time).primaryKeys()).filter(
        (id) => !spare.has(id),
      );
      await deletePages(old);
      await deleteOrphans();
      await db.cookieChanges.where('time').below(time).delete();
      // Consent states and declarations age out too (a policy is re-read on the next visit).
      await db.consent.filter((c) => c.time > 0 && c.time < time).delete();
      // The user's corrections are theirs: they never age out.
      await db.hostDeclarations.filter((d) => d.source !== 'user' && d.fetchedAt < time).delete();
      return old;
    },
    async pruneForSpace(records, spare, at) {
      const all = await db.pages.toArray();
      // The sites writing: their own other visits go first.
      const writing = new Set(all.filter((p) => spare.has(p.id)).map((p) => p.site));
      const pages = all.filter((p) => !spare.has(p.id));
      // Counts come from the indexes; this runs only after a quota error.
      const sized = await Promise.all(
        pages.map(async (p) => {
          const counts = await Promise.all(
            pageTables.map((t) => t.where('pageId').equals(p.id).count()),
          );
          return { page: p, records: counts.reduce((a, b) => a + b, 1) };
        }),
      );
      const others = (p: PageVisit) => (writing.has(p.site) ? 0 : 1);
      sized.sort(
        (a, b) =>
          others(a.page) - others(b.page) ||
          b.records - a.records ||
          a.page.startedAt - b.page.startedAt,
      );
      const ids: string[] = [];
      let freed = 0;
      for (const s of sized) {
        if (freed >= records) break;
        ids.push(s.page.id);
        freed += s.records;
      }
      await deletePages(ids);
      // The user is told (options page) even if the worker restarts since.
      await db.transaction('rw', db.meta, async () => {
        const before = quotaNotice((await db.meta.get(QUOTA_NOTICE))?.value);
        const notice: QuotaNotice = {
          events: (before?.events ?? 0) + 1,
          prunedPages: (before?.prunedPages ?? 0) + ids.length,
          prunedRecords: (before?.prunedRecords ?? 0) + freed,
          lastAt: at,
        };
        await db.meta.put({ key: QUOTA_NOTICE, value: notice });
      });
      return { pages: ids.length, records: freed, ids };
    },
    async pruneOldest(keep, spare = NONE) {
      const total = await db.pages.count();
      if (total <= keep) return [];
      const old = (
        await db.pages
          .orderBy('startedAt')
          .limit(total - keep + spare.size)
          .primaryKeys()
      )
        .filter((id) => !spare.has(id))
        .slice(0, total - keep);
      await deletePages(old);
      await deleteOrphans();
      // Cookie changes older than every page kept can belong to none.
      const oldest = await db.pages.orderBy('startedAt').first();
      if (oldest)
        await db.cookieChanges
          .where('time')
          .below(changeSpan([oldest]).from)
          .delete();
      return old;
    },
    async clearAll() {
      // The value-hash key goes too: hashes exported before must not stay
      // linkable to values recorded after (a new key is made on next use).
      await db.transaction('rw', [...recorded, db.meta], async () => {
        await Promise.all(recorded.map((t) => t.clear()));
        await db.meta.delete('valueHashKey');
        await db.meta.delete(QUOTA_NOTICE);
        // The A/B tests' results are records of the sites too.
        await db.meta.where('key').startsWith(SIGNALS_AB_PREFIX).delete();
      });
    },
    async dropValues() {
      const drop = (r: { value?: { raw?: string } | null }) => {
        if (r.value && r.value.raw !== undefined) delete r.value.raw;
      };
      await db.transaction('rw', valueTables, async () => {
        for (const t of valueTables) await t.toCollection().modify(drop);
      });
    },
    async usage() {
      const counts = await Promise.all(tables.map((t) => t.count()));
      const oldest = await db.pages.orderBy('startedAt').first();
      const quota = quotaNotice((await db.meta.get(QUOTA_NOTICE))?.value);
      return { ...byKind(RECORD_KINDS, counts), oldest: oldest?.startedAt ?? null, quota };
    },
  };

  /**
   * Records (and snapshots) of pages that no longer exist: written for a page
   * while it was being deleted. Distinct page ids come from the indexes.
   */
  async function deleteOrphans() {
    const pages = new Set(await db.pages.toCollection().primaryKeys());
    for (const t of pageTables) {
      const ids = (await t.orderBy('pageId').uniqueKeys()) as string[];
      for (const id of ids) {
        if (!pages.has(id)) await db.transaction('rw', t, () => deleteRecordsOf(t, id));
      }
    }
    const snapshots = (await db.snapshots.toCollection().primaryKeys()) as string[];
    await db.snapshots.bulkDelete(snapshots.filter((id) => !pages.has(id)));
  }

  /**
   * Deletes pages one transaction each, so that a prune of a million records
   * never holds them all in one transaction, and a worker stopped midway
   * leaves whole pages (the next prune, or the orphan sweep, finishes).
   */
  async function deletePages(ids: string[]) {
    for (const id of ids) {
      await db.transaction('rw', [...pageTables, db.snapshots, db.pages], async () => {
        for (const t of pageTables) await deleteRecordsOf(t, id);
        await db.snapshots.delete(id);
        await db.pages.delete(id);
      });
    }
  }
}

/**
 * Deletes a page's records by ranges of primary keys: the keys come from the
 * pageId index (nothing deserialised), and a page's records mostly hold
 * consecutive ids (written together), so a few range deletes remove them.
 * A where('pageId').delete() would read every record back through a cursor.
 */
async function deleteRecordsOf(table: Table, pageId: string) {
  const keys = (await table.where('pageId').equals(pageId).primaryKeys()) as number[];
  for (const [from, to] of consecutiveRuns(keys)) {
    await table.where(':id').between(from, to, true, true).delete();
  }
}

const QUOTA_NOTICE = 'quotaNotice';

/** The stored notice, checked (a row from an older version or damaged: none). */
function quotaNotice(v: unknown): QuotaNotice | null {
  if (typeof v !== 'object' || v === null) return null;
  const n = v as Record<string, unknown>;
  const keys = ['events', 'prunedPages', 'prunedRecords', 'lastAt'] as const;
  return keys.every((k) => typeof n[k] === 'number') ? (v as QuotaNotice) : null;
}

/** The storage settings, kept in the meta table; defaults until the user saves some. */
export function createSettingsStore(db: AuditDb) {
  return {
    async get(): Promise<StorageSettings> {
      const row = await db.meta.get('storageSettings');
      const v = validateStorageSettings(row?.value);
      return v.ok ? v.value : { ...DEFAULT_STORAGE_SETTINGS };
    },
    async put(settings: StorageSettings): Promise<void> {
      await db.meta.put({ key: 'storageSettings', value: settings });
    },
  };
}

export function createSnapshotStore(db: AuditDb): SnapshotStore {
  return {
    get: (pageId) => db.snapshots.get(pageId),
    put: async (s) => {
      await db.snapshots.put(s);
    },
  };
}

export function createListStore(db: AuditDb) {
  return {
    all: () => db.lists.toArray(),
    put: async (list: StoredList) => {
      await db.lists.put(list);
    },
    remove: async (id: string) => {
      await db.lists.delete(id);
    },
  };
}

/** The "open data only" switch and the lists turned off (a small value in `meta`). */
export function createListSettingsStore(db: AuditDb) {
  return {
    async get(): Promise<ListSettings> {
      return readListSettings((await db.meta.get('listSettings'))?.value);
    },
    async put(settings: ListSettings): Promise<void> {
      await db.meta.put({ key: 'listSettings', value: settings });
    },
  };
}

const SIGNALS_AB_PREFIX = 'signalsAb:';

/** Each site's last DNT / GPC A/B test from the popup (a value in `meta` per site). */
export function createSignalsAbStore(db: AuditDb) {
  const tested = async (site: string): Promise<{ ab: SignalsAb; at: number } | null> => {
    const v = (await db.meta.get(`${SIGNALS_AB_PREFIX}${site}`))?.value as
      { ab?: unknown; at?: unknown } | undefined;
    const ab = readStoredAb(v?.ab);
    return ab && typeof v?.at === 'number' ? { ab, at: v.at } : null;
  };
  return {
    /** The site's last result and when the test ran (null: none). */
    tested,
    async get(site: string): Promise<SignalsAb | null> {
      return (await tested(site))?.ab ?? null;
    },
    async put(site: string, ab: SignalsAb, at: number): Promise<void> {
      await db.meta.put({ key: `${SIGNALS_AB_PREFIX}${site}`, value: { ab, at } });
    },
  };
}

/**
 * The user's cookies and storage saved by a running A/B test, until they
 * are put back (lib/services/signals-ab.ts PendingRestore): a worker
 * stopped mid-test restores them at its next start. Deleted once restored.
 */
export function createSignalsAbPendingStore(db: AuditDb) {
  const KEY = 'signalsAbPending';
  return {
    async get(): Promise<PendingRestore | null> {
      const v = (await db.meta.get(KEY))?.value as PendingRestore | undefined;
      return v && typeof v.site === 'string' && Array.isArray(v.cookies) ? v : null;
    },
    async put(p: PendingRestore): Promise<void> {
      await db.meta.put({ key: KEY, value: p });
    },
    async clear(): Promise<void> {
      await db.meta.delete(KEY);
    },
  };
}

/** The "send privacy signals" option (a small value in `meta`); off until the user sets it. */
export function createSendSignalsStore(db: AuditDb) {
  return {
    async get(): Promise<SendSignalsSettings> {
      return readSendSettings((await db.meta.get('sendSignals'))?.value);
    },
    async put(settings: SendSignalsSettings): Promise<void> {
      await db.meta.put({ key: 'sendSignals', value: settings });
    },
  };
}

export function createDeclarationStore(db: AuditDb) {
  return {
    /** Every declaration of every host of the site. */
    forSite: (site: string) => db.hostDeclarations.where('site').equals(site).toArray(),
    /** By the host it applies to (the site itself for the user's corrections). */
    get: (host: string, source: StoredDeclaration['source']) =>
      db.hostDeclarations.get([host, source]),
    put: async (d: StoredDeclaration) => {
      await db.hostDeclarations.put(d);
    },
    remove: async (host: string, source: StoredDeclaration['source']) => {
      await db.hostDeclarations.delete([host, source]);
    },
  };
}

export function createConsentStore(db: AuditDb) {
  return {
    /** The consent states of every host of the site, each with its host, oldest first. */
    async forSite(site: string) {
      const rows = await db.consent
        .where('[site+time]')
        .between([site, Dexie.minKey], [site, Dexie.maxKey])
        .toArray();
      return rows.map((r) => ({
        host: r.host,
        time: r.time,
        cmp: r.cmp,
        status: r.status,
        categories: r.categories,
        evidence: r.evidence,
      }));
    },
    async last(host: string): Promise<ConsentState | null> {
      const r = await db.consent
        .where('[host+time]')
        .between([host, Dexie.minKey], [host, Dexie.maxKey])
        .last();
      if (!r) return null;
      const { id: _id, site: _site, host: _host, time: _time, ...state } = r;
      return state;
    },
    async add(host: string, time: number, state: ConsentState) {
      await db.consent.add({ ...state, site: siteOf(host), host, time });
    },
  };
}

/** The declaration service's storage ports over this database. */
export function declarationPorts(db: AuditDb) {
  const decl = createDeclarationStore(db);
  const consent = createConsentStore(db);
  return {
    get: decl.get,
    forSite: decl.forSite,
    put: decl.put,
    remove: decl.remove,
    lastConsent: consent.last,
    addConsent: consent.add,
    /** The host of the site's latest page visit started by `time`. */
    async latestHost(site: string, time: number): Promise<string | null> {
      const page = await db.pages
        .where('[site+startedAt]')
        .between([site, Dexie.minKey], [site, time], true, true)
        .last();
      try {
        return page ? new URL(page.url).hostname.toLowerCase() : null;
      } catch {
        return null;
      }
    },
  };
}

/** The installation's random key for value hashes, created once. */
export async function valueHashKey(db: AuditDb): Promise<Uint8Array> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get('valueHashKey');
    if (row?.value instanceof Uint8Array) return row.value;
    const key = crypto.getRandomValues(new Uint8Array(32));
    await db.meta.put({ key: 'valueHashKey', value: key });
    return key;
  });
}
