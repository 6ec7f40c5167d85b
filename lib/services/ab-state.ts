// The site's state for the A/B test (lib/services/signals-ab.ts): its
// cookies and the page's localStorage cleared for each load and put back
// exactly after, checked against what was saved; and the cookies of the
// third parties the loads requested, put back as they were before the test.
import type { SavedCookie } from '../core/signals/ab-restore.ts';
import { notRestoredLines, thirdPartyUndo, type SavedStorage } from '../core/signals/ab-run.ts';
import type { SignalsAbDeps } from './signals-ab.ts';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function siteState(deps: Pick<SignalsAbDeps, 'cookies' | 'storage' | 'mute'>) {
  async function clear(site: string, userTab: number, origin: string): Promise<void> {
    deps.mute([site]);
    try {
      for (const c of await deps.cookies.all(site)) await deps.cookies.remove(c);
    } finally {
      deps.mute(null);
    }
    await deps.storage.clear(userTab, origin);
  }

  /** Puts back exactly what was saved; the lines of what is not back (empty: all is). */
  async function restore(
    site: string,
    userTab: number,
    cookies: SavedCookie[],
    storage: SavedStorage | null,
  ): Promise<string[]> {
    const failures: string[] = [];
    deps.mute([site]);
    try {
      for (const c of await deps.cookies.all(site)) {
        await deps.cookies
          .remove(c)
          .catch((e) => failures.push(`could not remove: ${messageOf(e)}`));
      }
      for (const c of cookies) {
        await deps.cookies
          .set(c)
          .catch((e) => failures.push(`could not set ${c.name} @ ${c.domain}: ${messageOf(e)}`));
      }
    } finally {
      deps.mute(null);
    }
    if (storage) {
      await deps.storage
        .write(userTab, storage)
        .catch((e) => failures.push(`could not write the storage: ${messageOf(e)}`));
    }
    // Checked, not assumed: what is there now against what was saved.
    const after = await deps.cookies.all(site);
    const storageAfter = storage ? await deps.storage.read(userTab).catch(() => null) : null;
    const lines = notRestoredLines(
      { saved: cookies, after },
      storage && storageAfter ? { saved: storage, after: storageAfter } : null,
    );
    if (storage && !storageAfter) lines.push(`could not read the storage of ${storage.origin}`);
    return [...failures, ...lines];
  }

  /**
   * The third parties' cookies (of `touched`, their registrable domains) as
   * they were in `before`: those the loads added removed, those they changed
   * or removed set back. Lines of what could not be.
   */
  async function undoThirdParty(
    site: string,
    before: readonly SavedCookie[],
    touched: readonly string[],
  ): Promise<string[]> {
    if (!touched.length) return [];
    const { remove, set } = thirdPartyUndo(before, await deps.cookies.everything(), site, touched);
    const failures: string[] = [];
    deps.mute(touched);
    try {
      for (const c of remove) {
        await deps.cookies
          .remove(c)
          .catch((e) => failures.push(`could not remove ${c.name} @ ${c.domain}: ${messageOf(e)}`));
      }
      for (const c of set) {
        await deps.cookies
          .set(c)
          .catch((e) => failures.push(`could not set ${c.name} @ ${c.domain}: ${messageOf(e)}`));
      }
    } finally {
      deps.mute(null);
    }
    return failures;
  }

  return { clear, restore, undoThirdParty };
}
