// The popup's consent actions on a tab: make the choice the way a visitor
// would through the autoconsent engine, watch, reload and watch again, as
// the command line's --consent does. The recorder records everything as
// always, and the consent states come from the CMP's cookies
// (consent-cookies.ts): the tab's audit (before-consent, after-rejection,
// after-revocation of lib/core/discrepancies) follows from those records.
import type { AutoAction, EngineResult } from '../core/consent-actions/engine.ts';
import {
  chosenText,
  doneText,
  interrupted,
  LOOKING,
  noChoice,
  notWithdrawnText,
  WITHDRAWING,
  withdrawnDoneText,
  withdrawnText,
  type ConsentAction,
  type ConsentProgress,
} from '../core/consent-actions/progress.ts';

/** How long the page is watched after a choice, and after the reload that follows (as the CLI). */
export const CONSENT_DWELL_MS = 3000;

export interface ConsentActionDeps {
  /** Runs the engine in every frame of the tab, making `action`'s choice. */
  engine: (tabId: number, action: AutoAction) => Promise<EngineResult>;
  /** Withdraws through the CMP's API in the tab's page; says how, or null. */
  withdrawViaApi: (tabId: number) => Promise<string | null>;
  /** Reloads the tab; resolves once the page has loaded. */
  reload: (tabId: number) => Promise<void>;
  wait: (ms: number) => Promise<void>;
  /** Resolves once everything observed so far is written (recorder.idle). */
  flush: () => Promise<void>;
  /** Each step as it starts and ends (the popup listens). */
  publish: (p: ConsentProgress) => void;
  /**
   * Where each tab's last step is kept beyond this worker (the browser's
   * session storage): an action a stopped worker left unfinished is then
   * reported as interrupted, not forgotten.
   */
  saved?: {
    get(tabId: number): Promise<ConsentProgress | null>;
    put(p: ConsentProgress): Promise<void>;
  };
  onError?: (message: string, error: unknown) => void;
}

export interface ConsentActions {
  /** Runs `action` on the tab; resolves with its last step (done or failed). */
  run(tabId: number, action: ConsentAction): Promise<ConsentProgress>;
  /** The tab's action in progress or last finished, null when none ran. */
  progress(tabId: number): Promise<ConsentProgress | null>;
  /** Whether an action runs on the tab in this worker. */
  running(tabId: number): boolean;
}

export class ConsentActionBusy extends Error {}

export function createConsentActions(deps: ConsentActionDeps): ConsentActions {
  const last = new Map<number, ConsentProgress>();
  const running = new Set<number>();
  const keep = (p: ConsentProgress) => {
    last.set(p.tabId, p);
    deps.saved?.put(p).catch((e: unknown) => deps.onError?.('consent progress: not saved', e));
  };

  async function steps(tabId: number, action: ConsentAction): Promise<ConsentProgress> {
    let p: ConsentProgress = {
      tabId,
      action,
      step: 'detecting',
      text: LOOKING,
      cmp: null,
      confirmed: null,
      withdrawnVia: null,
      finished: false,
    };
    const set = (change: Partial<ConsentProgress>) => {
      p = { ...p, ...change };
      keep(p);
      deps.publish(p);
      return p;
    };
    const dwellAndReload = async () => {
      // Tag managers often fire a moment after the choice: give them time.
      await deps.wait(CONSENT_DWELL_MS);
      await deps.reload(tabId);
      await deps.wait(CONSENT_DWELL_MS);
      await deps.flush();
    };
    set({});
    const choice = action === 'reject' ? 'reject' : 'accept';
    const first = await deps.engine(tabId, choice === 'accept' ? 'optIn' : 'optOut');
    const none = noChoice(first);
    if (none) {
      return set({ step: 'failed', text: none, cmp: first.cmp, finished: true });
    }
    set({
      step: 'reloading',
      text: chosenText(choice, first),
      cmp: first.cmp,
      confirmed: first.confirmed,
    });
    await dwellAndReload();
    if (action !== 'accept-then-withdraw') {
      return set({ step: 'done', text: doneText(choice, first), finished: true });
    }
    set({ step: 'withdrawing', text: WITHDRAWING });
    // The engine first, in case the site shows its banner again; else the CMP's API.
    const again = await deps.engine(tabId, 'optOut');
    const api = again.cmp && again.applied === true ? null : await deps.withdrawViaApi(tabId);
    const how = withdrawnText(again, api);
    if (!how) {
      return set({ step: 'failed', text: notWithdrawnText(first, again), finished: true });
    }
    set({
      step: 'reloading-after-withdrawal',
      text: `Withdrawn via ${how}; reloading…`,
      withdrawnVia: again.cmp && again.applied === true ? `autoconsent rule ${again.cmp}` : api,
    });
    await dwellAndReload();
    return set({ step: 'done', text: withdrawnDoneText(first, how), finished: true });
  }

  return {
    async run(tabId, action) {
      if (running.has(tabId)) {
        throw new ConsentActionBusy('A consent action is already running on this tab.');
      }
      running.add(tabId);
      try {
        return await steps(tabId, action);
      } catch (e) {
        const prev = last.get(tabId);
        const failed: ConsentProgress = {
          tabId,
          action,
          cmp: prev?.cmp ?? null,
          confirmed: prev?.confirmed ?? null,
          withdrawnVia: prev?.withdrawnVia ?? null,
          step: 'failed',
          text: `The consent action stopped: ${e instanceof Error ? e.message : String(e)}`,
          finished: true,
        };
        keep(failed);
        deps.publish(failed);
        return failed;
      } finally {
        running.delete(tabId);
      }
    },
    async progress(tabId) {
      const known = last.get(tabId);
      if (known || !deps.saved) return known ?? null;
      let stored: ConsentProgress | null = null;
      try {
        stored = await deps.saved.get(tabId);
      } catch (e) {
        deps.onError?.('consent progress: could not read the saved step', e);
      }
      // An action started meanwhile is in memory (its first step is set as it starts).
      if (!stored || last.has(tabId)) return last.get(tabId) ?? null;
      if (stored.finished) {
        last.set(tabId, stored);
        return stored;
      }
      // Unfinished, and not running in this worker: the worker that ran it stopped.
      const p = interrupted(stored);
      keep(p);
      return p;
    },
    running: (tabId) => running.has(tabId),
  };
}
