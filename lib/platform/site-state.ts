// Adapter for the popup's A/B test (lib/services/signals-ab.ts): a site's
// cookies through chrome.cookies (every partition: HttpOnly and CHIPS
// cookies included), an origin's localStorage through a script in a tab of
// that origin (the extension's isolated world: the page's own hook does not
// see these writes), and a background tab the two loads run in.
import { cookieSetDetails, type SavedCookie } from '../core/signals/ab-restore.ts';
import type { SavedStorage } from '../core/signals/ab-run.ts';
import { siteCookies } from '../core/signals/ab-run.ts';

type PartitionKey = { topLevelSite?: string; hasCrossSiteAncestor?: boolean };

/** The subset of chrome.cookies used here. */
export interface SiteCookiesApi {
  getAll(details: { partitionKey?: PartitionKey }): Promise<SavedCookie[]>;
  remove(details: {
    url: string;
    name: string;
    storeId?: string;
    partitionKey?: PartitionKey;
  }): Promise<unknown>;
  set(details: ReturnType<typeof cookieSetDetails>): Promise<unknown>;
}

/** The subsets of chrome.scripting and chrome.tabs used here. */
export interface SiteTabsApi {
  scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds?: number[] };
      world?: 'ISOLATED' | 'MAIN';
      func: (...args: never[]) => unknown;
      args?: unknown[];
    }): Promise<{ frameId: number; result?: unknown }[]>;
  };
  tabs: {
    get(tabId: number): Promise<{ url?: string; windowId?: number }>;
    create(props: { url: string; active: boolean; windowId?: number }): Promise<{ id?: number }>;
    update(tabId: number, props: { url: string }): Promise<unknown>;
    remove(tabId: number): Promise<void>;
    onUpdated: {
      addListener(cb: (tabId: number, info: { status?: string }) => void): void;
      removeListener(cb: (tabId: number, info: { status?: string }) => void): void;
    };
  };
}

const identity = (c: SavedCookie) =>
  [c.storeId, c.partitionKey?.topLevelSite ?? '', c.name, c.domain, c.path].join('\u0000');

/** The site's cookies in every partition (its own, and those kept in its partition). */
export function siteCookieJar(api: SiteCookiesApi) {
  const everything = async (): Promise<SavedCookie[]> => {
    let found: SavedCookie[];
    try {
      // `partitionKey: {}`: every partition, unpartitioned cookies included
      // (Chrome 119+, Firefox 94+); a third-party CHIPS cookie kept in the
      // site's partition has another domain, so every cookie is asked for.
      found = await api.getAll({ partitionKey: {} });
    } catch {
      // A browser that does not know partition keys: unpartitioned cookies only.
      found = await api.getAll({});
    }
    const seen = new Map<string, SavedCookie>();
    for (const c of found) seen.set(identity(c), c);
    return [...seen.values()];
  };
  const all = async (site: string): Promise<SavedCookie[]> => siteCookies(await everything(), site);
  return {
    all,
    everything,
    async remove(c: SavedCookie): Promise<void> {
      const d = cookieSetDetails(c);
      await api.remove({
        url: d.url,
        name: c.name,
        storeId: c.storeId,
        ...(c.partitionKey ? { partitionKey: c.partitionKey } : {}),
      });
    },
    async set(c: SavedCookie): Promise<void> {
      await api.set(cookieSetDetails(c));
    },
  };
}

export type SiteCookieJar = ReturnType<typeof siteCookieJar>;

// The functions below run in the tab's top frame: self-contained.
function readLocalStorage(): SavedStorage {
  const items: [string, string][] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k !== null) items.push([k, localStorage.getItem(k) ?? '']);
  }
  return { origin: location.origin, items };
}
function clearLocalStorage(origin: string): boolean {
  if (location.origin !== origin) return false;
  localStorage.clear();
  return true;
}
function writeLocalStorage(origin: string, items: [string, string][]): boolean {
  if (location.origin !== origin) return false;
  localStorage.clear();
  for (const [k, v] of items) localStorage.setItem(k, v);
  return true;
}

export function tabStorage(api: SiteTabsApi) {
  const run = async <T>(tabId: number, func: (...a: never[]) => T, args: unknown[] = []) => {
    const [top] = await api.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      world: 'ISOLATED',
      func,
      args,
    });
    return top?.result as T | undefined;
  };
  const must = (ok: boolean | undefined, origin: string) => {
    if (ok !== true) throw new Error(`the tab is no longer on ${origin}`);
  };
  return {
    /** The localStorage of the tab's top frame's origin. */
    async read(tabId: number): Promise<SavedStorage> {
      const r = await run(tabId, readLocalStorage);
      if (!r || typeof r.origin !== 'string' || !Array.isArray(r.items)) {
        throw new Error('could not read the page’s storage');
      }
      return r;
    },
    async clear(tabId: number, origin: string): Promise<void> {
      must(await run(tabId, clearLocalStorage as (...a: never[]) => boolean, [origin]), origin);
    },
    async write(tabId: number, saved: SavedStorage): Promise<void> {
      must(
        await run(tabId, writeLocalStorage as (...a: never[]) => boolean, [
          saved.origin,
          saved.items,
        ]),
        saved.origin,
      );
    },
  };
}

export type TabStorage = ReturnType<typeof tabStorage>;

/** A background tab beside `nextTo`, loads in it, and its closing. */
export function loadTab(api: SiteTabsApi, loadTimeoutMs = 30_000) {
  return {
    async open(nextTo: number): Promise<number> {
      const { windowId } = await api.tabs.get(nextTo);
      const tab = await api.tabs.create({
        url: 'about:blank',
        active: false,
        ...(windowId !== undefined ? { windowId } : {}),
      });
      if (tab.id === undefined) throw new Error('could not open a tab for the test');
      return tab.id;
    },
    /** Loads `url` in the tab; resolves once it has loaded (or after the bound). */
    load(tabId: number, url: string): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        let loading = false;
        const done = () => {
          clearTimeout(bound);
          api.tabs.onUpdated.removeListener(listener);
          resolve();
        };
        const listener = (id: number, info: { status?: string }) => {
          if (id !== tabId) return;
          if (info.status === 'loading') loading = true;
          else if (info.status === 'complete' && loading) done();
        };
        const bound = setTimeout(done, loadTimeoutMs);
        api.tabs.onUpdated.addListener(listener);
        api.tabs.update(tabId, { url }).catch((e: unknown) => {
          clearTimeout(bound);
          api.tabs.onUpdated.removeListener(listener);
          reject(e instanceof Error ? e : new Error(String(e)));
        });
      });
    },
    async close(tabId: number): Promise<void> {
      await api.tabs.remove(tabId);
    },
    async url(tabId: number): Promise<string | null> {
      return (await api.tabs.get(tabId)).url ?? null;
    },
  };
}

export type LoadTab = ReturnType<typeof loadTab>;
