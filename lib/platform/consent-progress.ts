// Adapter: each tab's last consent-action step in the browser's session
// storage (in memory in the browser process: it outlives a stopped worker,
// not the browser), so that an action a stopped worker left unfinished is
// reported as interrupted (lib/services/consent-actions.ts).
import type { ConsentProgress } from '../core/consent-actions/progress.ts';

interface SessionArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const keyOf = (tabId: number) => `consentProgress:${tabId}`;

/** A saved step, checked (anything else: none). */
function progressOf(v: unknown, tabId: number): ConsentProgress | null {
  if (typeof v !== 'object' || v === null) return null;
  const p = v as Partial<ConsentProgress>;
  return p.tabId === tabId && typeof p.step === 'string' && typeof p.text === 'string'
    ? (v as ConsentProgress)
    : null;
}

/** browser.storage.session, or undefined where the browser has none. */
export function sessionConsentProgress():
  | { get(tabId: number): Promise<ConsentProgress | null>; put(p: ConsentProgress): Promise<void> }
  | undefined {
  const storage = (browser as unknown as { storage?: { session?: SessionArea } }).storage;
  const session = storage?.session;
  if (!session) return undefined;
  return {
    async get(tabId) {
      const key = keyOf(tabId);
      return progressOf((await session.get([key]))[key], tabId);
    },
    put: (p) => session.set({ [keyOf(p.tabId)]: p }),
  };
}

/** The tab's saved step, read by an extension page without waking the worker (none: null). */
export async function readSavedConsentProgress(tabId: number): Promise<ConsentProgress | null> {
  return (await sessionConsentProgress()?.get(tabId)) ?? null;
}
