// Small fakes for the browser APIs wxt/testing's fakeBrowser lacks
// (webRequest, cookies), and a recorder over a fresh fake-indexeddb database.
import { createHash } from 'node:crypto';
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
    schedule: (fn) => setTimeout(fn, 0),
    ownUrlPrefixes: ['chrome-extension://abcdefghijklmnop/'],
  });
}

export { createDexieStore };
