// Small fakes for the browser APIs wxt/testing's fakeBrowser lacks
// (webRequest, cookies), and a recorder over a fresh fake-indexeddb database.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { OCD_ASSET } from '../../lib/core/known-cookies/bundled.ts';
import type { StoredList } from '../../lib/core/lists/compile.ts';
import { DEFAULT_LIST_SETTINGS, type ListSettings } from '../../lib/core/lists/settings.ts';
import {
  createClassificationService,
  type ClassificationDeps,
} from '../../lib/services/classification.ts';
import { buildOcdAsset } from '../../scripts/ocd-asset.ts';
import { AuditDb, createDexieStore } from '../../lib/platform/db.ts';
import { createRecorder, type Recorder } from '../../lib/services/recorder.ts';
import type { RecordStore } from '../../lib/services/store.ts';

type Listener = (d: never) => void;

export class FakeEvent {
  listeners: { cb: Listener; filter?: object; spec?: string[] }[] = [];
  constructor(private readonly rejectSpec?: string) {}
  addListener(cb: Listener, filter?: object, spec?: string[]) {
    if (this.rejectSpec && spec?.includes(this.rejectSpec)) {
      throw new Error(`Invalid option for onHeadersReceived: "${this.rejectSpec}"`);
    }
    this.listeners.push({ cb, filter, spec });
  }
  fire(d: unknown) {
    for (const l of this.listeners) l.cb(d as never);
  }
}

export function fakeWebRequest(opts: { firefox?: boolean } = {}) {
  return {
    onBeforeRequest: new FakeEvent(),
    onHeadersReceived: new FakeEvent(opts.firefox ? 'extraHeaders' : undefined),
    onErrorOccurred: new FakeEvent(),
  };
}

export const sha256 = async (s: string) => createHash('sha256').update(s).digest('hex');

let n = 0;
export function freshDb(): AuditDb {
  return new AuditDb(`test-${Date.now()}-${n++}`);
}

export function recorderOn(store: RecordStore): Recorder {
  return createRecorder({
    store,
    sha256,
    now: Date.now,
    schedule: (fn) => setTimeout(fn, 0),
    ownOrigins: ['chrome-extension://abcdefghijklmnop'],
  });
}

export { createDexieStore };

let ocdAsset: ArrayBuffer | null = null;
/** The bundled Open Cookie Database as the build makes it (built once per test file). */
function builtOcd(): ArrayBuffer {
  ocdAsset ??= new TextEncoder().encode(
    JSON.stringify(buildOcdAsset(fileURLToPath(new URL('../..', import.meta.url)))),
  ).buffer as ArrayBuffer;
  return ocdAsset;
}

/** The classification service over the real bundled database and an in-memory list store. */
export function classificationFromPackage(
  opts: { download?: ClassificationDeps['download']; now?: () => number } = {},
) {
  const lists = new Map<string, StoredList>();
  let settings: ListSettings = { ...DEFAULT_LIST_SETTINGS };
  const service = createClassificationService({
    asset: async (p) => {
      if (p === `/${OCD_ASSET}`) return builtOcd();
      const b = await readFile(new URL(`../../public${p}`, import.meta.url));
      return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    },
    lists: {
      all: async () => [...lists.values()],
      put: async (l) => void lists.set(l.id, l),
      remove: async (id) => void lists.delete(id),
    },
    settings: {
      get: async () => settings,
      put: async (s) => {
        settings = s;
      },
    },
    ...(opts.download ? { download: opts.download } : {}),
    now: opts.now ?? (() => 1_700_000_000_000),
  });
  return Object.assign(service, { stored: lists, settings: () => settings });
}
