// The tracker and cookie lists classification uses: the options page adds
// them from a file or an address, updates and removes them. A list that does
// not parse is refused and the version already stored stays in use.
import type { RequestKind } from '../../core/protocol.ts';
import { messageOf, Refused, type BackgroundDeps, type Handlers } from './types.ts';

type ListKinds = Extract<
  RequestKind,
  'get-lists' | 'add-list' | 'add-list-url' | 'update-list' | 'remove-list'
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
      return { ok: true, lists: c.lists, problems: c.problems };
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
      let text: string;
      try {
        text = await deps.fetchList(url);
      } catch (e) {
        throw new Refused(`could not download ${url}: ${messageOf(e)}`);
      }
      try {
        // A malformed %-escape in the address is refused like a bad list.
        const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || '') || url;
        return { ok: true, list: await classification.addList(text, name, url) };
      } catch (e) {
        throw new Refused(messageOf(e));
      }
    },
    async 'update-list'(msg) {
      const { lists } = await classification.get();
      const l = lists.find((x) => x.id === msg.id && x.kind === 'user');
      const url = l ? listUrl(l.source) : null;
      if (!l || !url) throw new Refused('only a list added from an address can be updated');
      try {
        const text = await deps.fetchList(url);
        return { ok: true, list: await classification.addList(text, l.name, url) };
      } catch (e) {
        // Nothing is replaced: the version already stored stays in use.
        throw new Refused(
          `${l.name} not updated, the previous version stays in use: ${messageOf(e)}`,
        );
      }
    },
    async 'remove-list'(msg) {
      await classification.removeList(String(msg.id));
      return { ok: true };
    },
  };
}
