// The recorder journal's storage: the browser's session storage (in memory in
// the browser process, outliving a stopped worker, gone with the browser).
import type { JournalArea } from '../services/journal.ts';

/** browser.storage.session, or null where the browser has none (the journal is then off). */
export function sessionJournalArea(): JournalArea | null {
  const storage = (browser as unknown as { storage?: { session?: JournalArea } }).storage;
  const session = storage?.session;
  if (!session) return null;
  return {
    get: (keys) => session.get(keys),
    set: (items) => session.set(items),
    remove: (keys) => session.remove(keys),
  };
}
