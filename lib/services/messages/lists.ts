// The tracker and cookie lists classification uses: the options page adds
// them from a file or an address, updates and removes them. A list that does
// not parse is refused and the version already stored stays in use.
import type { RequestKind } from '../../core/protocol.ts';
import { messageOf, Refused, type BackgroundDeps, type Handlers } from './types.ts';

type ListKinds = Extract<
  RequestKind,
  | 'get-lists'
  | 'add-list'
  | 'add-list-url'
  | 'update-list'
  | 'remove-list'
  | 'set-list-auto-update'
  | 'update-lists-now'
  | 'add-well-known-list'
  | 'set-list-enabled'
  | 'set-open-data-only'
>;

/** An http(s) URL, or null. */
export function listUrl(x: unknown): string | null {
  if (typeof x !== 'string') return null;
  try {
    const u = new URL(x.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function listHandlers(deps: BackgroundDeps): Handlers<ListKinds> {
  const { classification } = deps;
  return {
    async 'get-lists'() {
      const c = await classification.get();
      return {
        ok: true,
        lists: c.lists,
        problems: c.problems,
        openDataOnly: c.openDataOnly,
        catalog: c.catalog,
      };
    },
    async 'add-list'(msg) {
      // From the options page, but checked: a message is data.
      if (typeof msg.text !== 'string' || typeof msg.name !== 'string' || !msg.name.trim()) {
        throw new Refused('add-list needs a name and the list text');
      }
      try {
        const list = await classification.addList(msg.text, msg.name.trim(), msg.source ?? null);
        return { ok: true, list };
      } catch (e) {
        // The previous version of the list, if any, stays in use.
        throw new Refused(messageOf(e));
      }
    },
    async 'add-list-url'(msg) {
      const url = listUrl(msg.url);
      if (!url) throw new Refused('give the http(s) address of the list');
      try {
        return { ok: true, list: await classification.addListFromUrl(url) };
      } catch (e) {
        // A download that failed or a text that is no list: nothing is stored.
        throw new Refused(messageOf(e));
      }
    },
    async 'update-list'(msg) {
      const { lists } = await classification.get();
      const l = lists.find((x) => x.id === msg.id && x.updatable);
      if (!l) throw new Refused('only a list added from an address can be updated');
      const result = await classification.updateList(l.id);
      if (result.outcome === 'failed') {
        // Nothing is replaced: the version already stored stays in use.
        throw new Refused(
          `${l.name} not updated, the previous version stays in use: ${result.error}`,
        );
      }
      return { ok: true, result };
    },
    async 'set-list-auto-update'(msg) {
      if (typeof msg.id !== 'string' || typeof msg.on !== 'boolean') {
        throw new Refused('set-list-auto-update needs a list and on or off');
      }
      try {
        await classification.setAutoUpdate(msg.id, msg.on);
      } catch (e) {
        throw new Refused(messageOf(e));
      }
      return { ok: true };
    },
    async 'update-lists-now'() {
      return { ok: true, results: await classification.updateDue(true) };
    },
    async 'add-well-known-list'(msg) {
      if (typeof msg.id !== 'string') throw new Refused('add-well-known-list needs a list');
      try {
        return { ok: true, list: await classification.addWellKnown(msg.id) };
      } catch (e) {
        // Nothing is stored when the download fails or brings no list.
        throw new Refused(messageOf(e));
      }
    },
    async 'set-list-enabled'(msg) {
      if (typeof msg.id !== 'string' || typeof msg.on !== 'boolean') {
        throw new Refused('set-list-enabled needs a list and on or off');
      }
      try {
        await classification.setEnabled(msg.id, msg.on);
      } catch (e) {
        throw new Refused(messageOf(e));
      }
      return { ok: true };
    },
    async 'set-open-data-only'(msg) {
      if (typeof msg.on !== 'boolean') throw new Refused('set-open-data-only needs on or off');
      await classification.setOpenDataOnly(msg.on);
      return { ok: true };
    },
    async 'remove-list'(msg) {
      await classification.removeList(String(msg.id));
      return { ok: true };
    },
  };
}
