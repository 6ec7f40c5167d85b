// Loads the classifier at service-worker start (bundled tracker database from
// the extension package + the user's stored lists) and rebuilds it when the
// lists change. A list that cannot be loaded is skipped with a note; it never
// takes the others down.
import {
  deserializeClassifier,
  parseTrackerMeta,
  type KnowledgeSource,
  type RequestClassifier,
  type UserDomainList,
} from '../core/classify/index.ts';
import {
  OCD_ASSET,
  OCD_LICENCE,
  OCD_LIST_ID,
  OCD_NAME,
  OCD_UPSTREAM,
  parseBundledOcd,
} from '../core/known-cookies/bundled.ts';
import {
  KNOWN_COOKIES,
  builtinCookieKnowledge,
  createCookieKnowledge,
} from '../core/known-cookies/index.ts';
import {
  allowsCommercialUse,
  WELL_KNOWN_LISTS,
  wellKnownList,
  type WellKnownList,
} from '../core/lists/catalog.ts';
import { compileList, type StoredList } from '../core/lists/compile.ts';
import { DEFAULT_LIST_SETTINGS, listState, type ListSettings } from '../core/lists/settings.ts';
import {
  afterUpdate,
  conditionalHeaders,
  dueLists,
  updateUrl,
  type Download,
} from '../core/lists/update.ts';
import type { ListUpdateResult } from '../core/protocol.ts';
import type { ListInfo } from '../core/report.ts';

export interface Classification {
  classifier: RequestClassifier;
  knowledge: KnowledgeSource[];
  lists: ListInfo[];
  /** Lists that could not be loaded, with why. */
  problems: string[];
  /** Only data sets whose licence allows commercial use classify. */
  openDataOnly: boolean;
  /** The well-known lists offered by name, and whether each is added. */
  catalog: (WellKnownList & { commercialUse: boolean; added: boolean })[];
}

/** Where the "open data only" switch and the disabled lists are kept. */
export interface ListSettingsStore {
  get(): Promise<ListSettings>;
  put(settings: ListSettings): Promise<void>;
}

export interface ListStore {
  all(): Promise<StoredList[]>;
  put(list: StoredList): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface ClassificationDeps {
  /** Reads a file of the extension package (public/…). */
  asset(path: string): Promise<ArrayBuffer>;
  lists: ListStore;
  /** Absent: every list classifies and the settings cannot be changed. */
  settings?: ListSettingsStore;
  /** A conditional GET of a list's address (headers: If-None-Match / If-Modified-Since). */
  download?: (url: string, headers: Record<string, string>) => Promise<Download>;
  now: () => number;
  /** Told when the lists changed (cached audits are then stale). */
  onChange?: () => void;
}

export const BUILTIN_COOKIES_LIST = 'Cookie Audit known cookies';

export function createClassificationService(deps: ClassificationDeps) {
  let current: Promise<Classification> | null = null;

  async function load(): Promise<Classification> {
    const [engine, meta, ocdAsset] = await Promise.all([
      deps.asset('/trackerdb/engine.bin'),
      deps.asset('/trackerdb/meta.json'),
      deps.asset(`/${OCD_ASSET}`),
    ]);
    const [all, settings] = await Promise.all([
      deps.lists.all(),
      deps.settings ? deps.settings.get() : DEFAULT_LIST_SETTINGS,
    ]);
    const metaText = new TextDecoder().decode(meta);
    const trackerMeta = parseTrackerMeta(JSON.parse(metaText));
    // A list that is kept but not used classifies nothing: disabled, or
    // licensed for non-commercial use only while open data only is on.
    const licenceOf = (l: StoredList) => wellKnownList(l.source)?.licence ?? null;
    const stateOf = (id: string, licence: string | null) => listState(settings, id, licence);
    const used = (id: string, licence: string | null) => stateOf(id, licence) === 'in-use';
    // The user's copy of the Open Cookie Database from upstream, when there is
    // one, takes the bundled snapshot's place; it is not a list of its own.
    const upstream = all.find((l) => l.id === OCD_LIST_ID);
    const stored = all.filter((l) => l.id !== OCD_LIST_ID);
    const problems: string[] = [];
    const inUse = stored.filter((l) => used(l.id, licenceOf(l)));
    const engines = inUse.filter((l) => l.engine);
    const domainLists: UserDomainList[] = inUse
      .filter((l) => l.domains)
      .map((l) => ({ listId: l.id, listName: l.name, list: l.domains! }));
    const trackerDatabase = used('trackerdb', trackerMeta.licence);
    let classifier: RequestClassifier;
    try {
      classifier = deserializeClassifier({
        trackerEngine: new Uint8Array(engine),
        trackerMeta,
        trackerDatabase,
        userEngines: engines.map((l) => ({
          listId: l.id,
          listName: l.name,
          engine: l.engine!,
          ...(l.profile ? { profile: l.profile } : {}),
        })),
        domainLists,
      });
    } catch (e) {
      // A stored engine from another adblocker version: load without user engines.
      problems.push(`user filter lists skipped: ${(e as Error).message}`);
      classifier = deserializeClassifier({
        trackerEngine: new Uint8Array(engine),
        trackerMeta,
        trackerDatabase,
        domainLists,
      });
    }
    const bundled = parseBundledOcd(new TextDecoder().decode(ocdAsset));
    const fromUpstream = upstream?.cookies?.length ? upstream : null;
    const ocdEntries = fromUpstream ? fromUpstream.cookies! : bundled.entries;
    // SPEC order: the project's own table holds only what the database lacks
    // or gets wrong (each entry says which), so it comes first.
    const knowledge: KnowledgeSource[] = [
      ...(used('known-cookies', 'MIT')
        ? [{ list: BUILTIN_COOKIES_LIST, knowledge: builtinCookieKnowledge() }]
        : []),
      ...(used(OCD_LIST_ID, OCD_LICENCE)
        ? [{ list: OCD_NAME, knowledge: createCookieKnowledge(ocdEntries) }]
        : []),
      ...inUse
        .filter((l) => l.cookies)
        .map((l) => ({ list: l.name, knowledge: createCookieKnowledge(l.cookies!) })),
    ];
    const iso = (t: number | undefined) => (t === undefined ? null : new Date(t).toISOString());
    const m = classifier.trackerMeta;
    const withState = (l: ListInfo): ListInfo => ({
      ...l,
      commercialUse: allowsCommercialUse(l.licence),
      state: stateOf(l.id, l.licence),
    });
    const listed: ListInfo[] = [
      {
        id: 'trackerdb',
        name: m.name,
        version: m.version,
        kind: 'bundled',
        format: 'trackerdb',
        licence: m.licence,
        source: m.homepage,
      },
      {
        id: 'known-cookies',
        name: BUILTIN_COOKIES_LIST,
        version: null,
        kind: 'bundled',
        format: 'known-cookies',
        licence: 'MIT',
        source: null,
        entries: KNOWN_COOKIES.length,
      },
      {
        id: OCD_LIST_ID,
        name: OCD_NAME,
        version: fromUpstream
          ? `upstream, ${iso(fromUpstream.updatedAt ?? fromUpstream.addedAt)!.slice(0, 10)}`
          : bundled.version,
        kind: 'bundled',
        format: 'ocd',
        licence: OCD_LICENCE,
        source: OCD_UPSTREAM.csv,
        entries: ocdEntries.length,
        updatedAt: fromUpstream ? iso(fromUpstream.updatedAt ?? fromUpstream.addedAt) : null,
        checkedAt: iso(upstream?.checkedAt),
        error: upstream?.error ?? null,
        autoUpdate: upstream?.autoUpdate ?? false,
        updatable: true,
      },
      ...stored.map((l) => ({
        id: l.id,
        name: l.name,
        version: l.version,
        kind: 'user' as const,
        format: l.format,
        licence: licenceOf(l),
        source: l.source,
        entries: l.size,
        updatedAt: iso(l.updatedAt ?? l.addedAt),
        checkedAt: iso(l.checkedAt),
        error: l.error ?? null,
        autoUpdate: updateUrl(l.source) !== null && l.autoUpdate !== false,
        updatable: updateUrl(l.source) !== null,
      })),
    ];
    const lists = listed.map(withState);
    const catalog = WELL_KNOWN_LISTS.map((w) => ({
      ...w,
      commercialUse: allowsCommercialUse(w.licence) !== false,
      added: w.id === OCD_LIST_ID ? fromUpstream !== null : stored.some((l) => l.source === w.url),
    }));
    return {
      classifier,
      knowledge,
      lists,
      problems,
      openDataOnly: settings.openDataOnly,
      catalog,
    };
  }

  /** The stored record a list's updates are kept on (the OCD's is made on first use). */
  async function updateRecord(id: string): Promise<StoredList | null> {
    const found = (await deps.lists.all()).find((l) => l.id === id);
    if (found || id !== OCD_LIST_ID) return found ?? null;
    // Nothing downloaded yet: a record with no cookies, so the snapshot stays in use.
    return {
      id: OCD_LIST_ID,
      name: OCD_NAME,
      format: 'ocd',
      source: OCD_UPSTREAM.csv,
      version: null,
      addedAt: deps.now(),
      size: 0,
      skipped: [],
      autoUpdate: false,
    };
  }

  function summary(list: StoredList) {
    return {
      id: list.id,
      name: list.name,
      format: list.format,
      size: list.size,
      skipped: list.skipped.length,
      version: list.version,
    };
  }

  const readSettings = async (): Promise<ListSettings> =>
    deps.settings ? deps.settings.get() : { ...DEFAULT_LIST_SETTINGS };
  async function writeSettings(settings: ListSettings): Promise<void> {
    if (!deps.settings) throw new Error('list settings cannot be saved here');
    await deps.settings.put(settings);
  }

  function changed() {
    current = null;
    deps.onChange?.();
  }

  /**
   * One conditional update of a stored list. A download that fails or does
   * not compile leaves the version in use and records the error.
   */
  async function update(previous: StoredList): Promise<UpdateResult> {
    const url = updateUrl(previous.source);
    if (!url) throw new Error(`${previous.name} was not added from an address`);
    if (!deps.download) throw new Error('list downloads are not available here');
    const now = deps.now();
    let next: StoredList;
    let result: UpdateResult;
    try {
      const got = await deps.download(url, conditionalHeaders(previous));
      if (got.status === 'not-modified') {
        next = afterUpdate(previous, now, { kind: 'not-modified' });
        result = { id: previous.id, name: previous.name, outcome: 'unchanged', size: next.size };
      } else {
        const compiled = compileList(got.text, { name: previous.name, source: url, now });
        next = afterUpdate(previous, now, {
          kind: 'updated',
          compiled,
          validators: got.validators,
        });
        result = {
          id: previous.id,
          name: previous.name,
          outcome: 'updated',
          size: next.size,
          format: next.format,
          version: next.version,
          skipped: next.skipped.length,
        };
      }
    } catch (e) {
      const error = (e as Error).message;
      next = afterUpdate(previous, now, { kind: 'failed', error });
      result = { id: previous.id, name: previous.name, outcome: 'failed', error, size: next.size };
    }
    await deps.lists.put(next);
    changed();
    return result;
  }

  const service = {
    get(): Promise<Classification> {
      current ??= load().catch((e) => {
        current = null;
        throw e;
      });
      return current;
    },
    /** Compile and store a list; the previous version of a list of the same name stays on failure. */
    async addList(text: string, name: string, source: string | null) {
      const list = compileList(text, { name, source, now: deps.now() });
      await deps.lists.put(list);
      changed();
      return summary(list);
    },
    /**
     * Download a list from an address the user gave and keep it, with the
     * validators for later conditional updates (daily, unless turned off).
     */
    async addListFromUrl(url: string, opts: { name?: string } = {}) {
      if (!deps.download) throw new Error('list downloads are not available here');
      let got: Download;
      try {
        got = await deps.download(url, {});
      } catch (e) {
        throw new Error(`could not download ${url}: ${(e as Error).message}`);
      }
      if (got.status !== 'modified') throw new Error(`could not download ${url}: no content`);
      // A malformed %-escape in the address is refused like a bad list.
      const name =
        opts.name ?? (decodeURIComponent(new URL(url).pathname.split('/').pop() || '') || url);
      const now = deps.now();
      const list: StoredList = {
        ...compileList(got.text, { name, source: url, now }),
        etag: got.validators.etag,
        lastModified: got.validators.lastModified,
        checkedAt: now,
        updatedAt: now,
        error: null,
      };
      await deps.lists.put(list);
      changed();
      return summary(list);
    },
    async removeList(id: string) {
      await deps.lists.remove(id);
      // A list added again later under the same name starts in use.
      const s = await readSettings();
      if (s.disabled.includes(id)) {
        await writeSettings({ ...s, disabled: s.disabled.filter((x) => x !== id) });
      }
      changed();
    },
    /**
     * Add a list of the catalogue by its id: its address is downloaded now
     * (the Open Cookie Database's upstream file takes the snapshot's place).
     */
    async addWellKnown(id: string) {
      const w = WELL_KNOWN_LISTS.find((x) => x.id === id);
      if (!w) throw new Error(`no well-known list ${id}`);
      if (w.id === OCD_LIST_ID) {
        const r = await service.updateList(OCD_LIST_ID);
        if (r.outcome === 'failed') throw new Error(`could not download ${w.url}: ${r.error}`);
        return {
          id: OCD_LIST_ID,
          name: w.name,
          format: 'ocd',
          size: r.size,
          skipped: r.skipped ?? 0,
          version: r.version ?? null,
        };
      }
      return service.addListFromUrl(w.url, { name: w.name });
    },
    /** Only data sets whose licence allows commercial use classify (or all again). */
    async setOpenDataOnly(on: boolean): Promise<void> {
      await writeSettings({ ...(await readSettings()), openDataOnly: on });
      changed();
    },
    /** Turn a list off (kept with its data; neither used nor updated on the schedule) or on again. */
    async setEnabled(id: string, on: boolean): Promise<void> {
      const { lists } = await service.get();
      if (!lists.some((l) => l.id === id)) throw new Error(`no list ${id}`);
      const s = await readSettings();
      const disabled = s.disabled.filter((x) => x !== id);
      await writeSettings({ ...s, disabled: on ? disabled : [...disabled, id] });
      changed();
    },
    /** Update one list now (conditional request). Throws only when it cannot be updated at all. */
    async updateList(id: string): Promise<UpdateResult> {
      const previous = await updateRecord(id);
      if (!previous) throw new Error(`no list ${id}`);
      return update(previous);
    },
    /** Turn scheduled updates of a list on or off. */
    async setAutoUpdate(id: string, on: boolean): Promise<void> {
      const previous = await updateRecord(id);
      if (!previous || !updateUrl(previous.source)) {
        throw new Error('only a list from an address can be updated on a schedule');
      }
      await deps.lists.put({ ...previous, autoUpdate: on });
      changed();
    },
    /** The scheduled run: every list due (or every updating list when `force`), one by one. */
    async updateDue(force = false): Promise<UpdateResult[]> {
      // A list turned off is not downloaded on the schedule (Update still does).
      const { disabled } = await readSettings();
      const due = dueLists(await deps.lists.all(), deps.now(), { force }).filter(
        (l) => !disabled.includes(l.id),
      );
      const results: UpdateResult[] = [];
      for (const l of due) results.push(await update(l));
      return results;
    },
  };
  return service;
}

export type UpdateResult = ListUpdateResult;

export type ClassificationService = ReturnType<typeof createClassificationService>;
