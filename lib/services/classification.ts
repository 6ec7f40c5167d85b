// Loads the classifier at service-worker start (bundled tracker database from
// the extension package + the user's stored lists) and rebuilds it when the
// lists change. A list that cannot be loaded is skipped with a note; it never
// takes the others down.
import {
  deserializeClassifier,
  type KnowledgeSource,
  type RequestClassifier,
  type UserDomainList,
} from '../core/classify/index.ts';
import { builtinCookieKnowledge, createCookieKnowledge } from '../core/known-cookies/index.ts';
import { compileList, type StoredList } from '../core/lists/compile.ts';
import type { ListInfo } from '../core/report.ts';

export interface Classification {
  classifier: RequestClassifier;
  knowledge: KnowledgeSource[];
  lists: ListInfo[];
  /** Lists that could not be loaded, with why. */
  problems: string[];
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
  now: () => number;
  /** Told when the lists changed (cached audits are then stale). */
  onChange?: () => void;
}

export const BUILTIN_COOKIES_LIST = 'Cookie Audit known cookies';

export function createClassificationService(deps: ClassificationDeps) {
  let current: Promise<Classification> | null = null;

  async function load(): Promise<Classification> {
    const [engine, meta] = await Promise.all([
      deps.asset('/trackerdb/engine.bin'),
      deps.asset('/trackerdb/meta.json'),
    ]);
    const stored = await deps.lists.all();
    const problems: string[] = [];
    const engines = stored.filter((l) => l.engine);
    const domainLists: UserDomainList[] = stored
      .filter((l) => l.domains)
      .map((l) => ({ listId: l.id, listName: l.name, list: l.domains! }));
    const metaText = new TextDecoder().decode(meta);
    let classifier: RequestClassifier;
    try {
      classifier = deserializeClassifier({
        trackerEngine: new Uint8Array(engine),
        trackerMeta: metaText,
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
        trackerMeta: metaText,
        domainLists,
      });
    }
    const knowledge: KnowledgeSource[] = [
      { list: BUILTIN_COOKIES_LIST, knowledge: builtinCookieKnowledge() },
      ...stored
        .filter((l) => l.cookies)
        .map((l) => ({ list: l.name, knowledge: createCookieKnowledge(l.cookies!) })),
    ];
    const m = classifier.trackerMeta;
    const lists: ListInfo[] = [
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
      },
      ...stored.map((l) => ({
        id: l.id,
        name: l.name,
        version: l.version,
        kind: 'user' as const,
        format: l.format,
        licence: null,
        source: l.source,
      })),
    ];
    return { classifier, knowledge, lists, problems };
  }

  return {
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
      current = null;
      deps.onChange?.();
      return {
        id: list.id,
        name: list.name,
        format: list.format,
        size: list.size,
        skipped: list.skipped.length,
        version: list.version,
      };
    },
    async removeList(id: string) {
      await deps.lists.remove(id);
      current = null;
      deps.onChange?.();
    },
  };
}

export type ClassificationService = ReturnType<typeof createClassificationService>;
