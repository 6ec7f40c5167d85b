// What is stored and for how long: the options page's storage panel.
import type { RequestKind } from '../../core/protocol.ts';
import { validateStorageSettings } from '../../core/storage-settings.ts';
import { Refused, type BackgroundDeps, type Handlers } from './types.ts';

type StorageKinds = Extract<RequestKind, 'get-storage' | 'set-storage-settings' | 'clear-records'>;

export function storageHandlers(deps: BackgroundDeps): Handlers<StorageKinds> {
  const { recorder, store } = deps;
  return {
    async 'get-storage'() {
      // What was observed counts, written or still queued.
      await recorder.idle();
      return { ok: true, settings: await deps.settings.get(), usage: await store.usage() };
    },
    async 'set-storage-settings'(msg) {
      const v = validateStorageSettings(msg.settings);
      if (!v.ok) throw new Refused(v.error);
      await deps.settings.put(v.value);
      await recorder.idle();
      recorder.keepValues(v.value.keepValues);
      if (!v.value.keepValues) await store.dropValues();
      const removed = await deps.retention.prune();
      return { ok: true, settings: v.value, removed, usage: await store.usage() };
    },
    async 'clear-records'() {
      await recorder.idle();
      await store.clearAll();
      deps.hashKeyReplaced?.();
      recorder.forget();
      return { ok: true, usage: await store.usage() };
    },
  };
}
