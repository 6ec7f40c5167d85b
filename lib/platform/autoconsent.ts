// Adapter: DuckDuckGo's autoconsent engine in the extension, as its own
// extension does it. Its content-script bundle (shipped at
// AUTOCONSENT_FILES.content) is injected with scripting.executeScript into
// every frame of the tab; it sends its messages (init, eval, popupFound,
// optOutResult, …) to the background over runtime messaging, and this
// module answers them to the frame with tabs.sendMessage, as the session
// (lib/core/consent-actions/engine.ts) says. A rule's snippet runs in the
// frame's main world (scripting.executeScript with world MAIN and the
// package's own snippet function). Also: reloading a tab and waiting for
// its load, and withdrawing a consent through the CMP's API.
import {
  AUTOCONSENT_FILES,
  createEngineSession,
  isEngineMessage,
  type AutoAction,
  type EngineEffect,
  type EngineResult,
} from '../core/consent-actions/engine.ts';
import { withdrawThroughCmpApi } from './withdraw-consent.ts';

interface Injection {
  target: { tabId: number; allFrames?: boolean; frameIds?: number[] };
  files?: string[];
  func?: () => unknown;
  world?: 'MAIN' | 'ISOLATED';
}

/** The subsets of chrome.scripting and chrome.tabs used here. */
export interface AutoconsentApis {
  scripting: {
    executeScript(injection: Injection): Promise<{ frameId: number; result?: unknown }[]>;
  };
  tabs: {
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
    reload(tabId: number): Promise<void>;
    onUpdated: {
      addListener(cb: (tabId: number, info: { status?: string }) => void): void;
      removeListener(cb: (tabId: number, info: { status?: string }) => void): void;
    };
  };
}

export interface AutoconsentDriverDeps {
  apis: AutoconsentApis;
  /** The package's rules ({ autoconsent: [...] }), read once. */
  loadRules: () => Promise<unknown>;
  /** The package's snippets by id (its `evalSnippets`), run in the page for its rules. */
  snippets: Readonly<Record<string, () => unknown>>;
  /** A whole run's bound (default 15 s, as the CLI's). */
  timeoutMs?: number;
  /** A reload's bound (default 30 s). */
  loadTimeoutMs?: number;
  /** How often a run looks for frames added since it started (default FRAME_SCAN_MS). */
  frameScanMs?: number;
}

/**
 * A consent banner's frame is often added after the page loaded (a CMP's
 * message iframe): while a run lasts, frames that have no engine yet get
 * one this often.
 */
export const FRAME_SCAN_MS = 1000;

export interface AutoconsentDriver {
  /** Runs the engine in every frame of the tab making `action`'s choice; resolves when it is done. */
  run(tabId: number, action: AutoAction): Promise<EngineResult>;
  /** A runtime message from a content script of `tabId`: true when it was the engine's. */
  onMessage(msg: unknown, sender: { tabId?: number; frameId?: number }): boolean;
  /** Withdraws through the CMP's API in the tab's top frame; says how, or null. */
  withdrawViaApi(tabId: number): Promise<string | null>;
  /** Reloads the tab; resolves once it has loaded (or after the bound: the page is watched anyway). */
  reload(tabId: number): Promise<void>;
}

/** Set in a frame's isolated world once the content script is there (one engine per frame). */
function markInjected(): boolean {
  const g = globalThis as unknown as { __cookieAuditAutoconsent?: boolean };
  const had = g.__cookieAuditAutoconsent === true;
  g.__cookieAuditAutoconsent = true;
  return had;
}

export function createAutoconsentDriver(deps: AutoconsentDriverDeps): AutoconsentDriver {
  const { apis } = deps;
  const sessions = new Map<number, (msg: unknown, frameId: number) => void>();
  let rules: Promise<unknown> | null = null;

  async function run(tabId: number, action: AutoAction): Promise<EngineResult> {
    if (sessions.has(tabId)) throw new Error('the consent engine is already running on this tab');
    rules ??= deps.loadRules().catch((e: unknown) => {
      rules = null;
      throw e;
    });
    const session = createEngineSession(action, await rules);
    return new Promise<EngineResult>((resolve) => {
      let wait: ReturnType<typeof setTimeout> | undefined;
      let scan: ReturnType<typeof setInterval> | undefined;
      const finish = () => {
        clearTimeout(wait);
        clearTimeout(bound);
        clearInterval(scan);
        if (sessions.get(tabId) !== onMessage) return;
        sessions.delete(tabId);
        resolve(session.result);
      };
      const bound = setTimeout(finish, deps.timeoutMs ?? 15_000);
      const send = (frameId: number, message: unknown) =>
        apis.tabs.sendMessage(tabId, message, { frameId }).catch(() => {
          // A frame that went away: nothing to answer.
        });
      const apply = (effects: EngineEffect[]) => {
        for (const e of effects) {
          if (e.do === 'reply') void send(e.frameId, e.message);
          else if (e.do === 'finish') finish();
          else if (e.do === 'finish-after') {
            clearTimeout(wait);
            if (Number.isFinite(e.ms)) wait = setTimeout(finish, e.ms);
          } else {
            // A rule's snippet, the package's own function: unknown ids answer false.
            const func = e.snippetId ? deps.snippets[e.snippetId] : undefined;
            const evaluated = func
              ? apis.scripting
                  .executeScript({ target: { tabId, frameIds: [e.frameId] }, world: 'MAIN', func })
                  .then(
                    (r) => r[0]?.result ?? false,
                    () => false,
                  )
              : Promise.resolve(false);
            void evaluated.then((result) =>
              send(e.frameId, { id: e.id, type: 'evalResp', result }),
            );
          }
        }
      };
      const onMessage = (msg: unknown, frameId: number) => apply(session.onMessage(msg, frameId));
      sessions.set(tabId, onMessage);
      // One engine per frame: where one is left from an earlier run on this
      // document, it is started again with this run's settings instead (at
      // the start only: later, a frame with an engine has this run's).
      const inject = async (first: boolean) => {
        const frames = await apis.scripting.executeScript({
          target: { tabId, allFrames: true },
          func: markInjected,
        });
        if (sessions.get(tabId) !== onMessage) return;
        const fresh = frames.filter((f) => f.result !== true).map((f) => f.frameId);
        if (first) {
          for (const f of frames) if (f.result === true) onMessage({ type: 'init' }, f.frameId);
        }
        if (fresh.length) {
          await apis.scripting.executeScript({
            target: { tabId, frameIds: fresh },
            files: [AUTOCONSENT_FILES.content],
          });
        }
      };
      inject(true).then(
        () => {
          if (sessions.get(tabId) !== onMessage) return;
          scan = setInterval(() => {
            // A frame going away mid-scan, or the tab: the next scan or the bound ends it.
            inject(false).catch(() => {});
          }, deps.frameScanMs ?? FRAME_SCAN_MS);
        },
        (e: unknown) => {
          session.result.error = `could not run in the page: ${e instanceof Error ? e.message : String(e)}`;
          finish();
        },
      );
    });
  }

  return {
    run,
    onMessage(msg, sender) {
      if (!isEngineMessage(msg) || sender.tabId === undefined) return false;
      sessions.get(sender.tabId)?.(msg, sender.frameId ?? 0);
      return true;
    },
    async withdrawViaApi(tabId) {
      const [top] = await apis.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        world: 'MAIN',
        func: withdrawThroughCmpApi,
      });
      return typeof top?.result === 'string' ? top.result : null;
    },
    reload(tabId) {
      return new Promise<void>((resolve, reject) => {
        let loading = false;
        const done = () => {
          clearTimeout(bound);
          apis.tabs.onUpdated.removeListener(listener);
          resolve();
        };
        const listener = (id: number, info: { status?: string }) => {
          if (id !== tabId) return;
          if (info.status === 'loading') loading = true;
          else if (info.status === 'complete' && loading) done();
        };
        const bound = setTimeout(done, deps.loadTimeoutMs ?? 30_000);
        apis.tabs.onUpdated.addListener(listener);
        apis.tabs.reload(tabId).catch((e: unknown) => {
          clearTimeout(bound);
          apis.tabs.onUpdated.removeListener(listener);
          reject(e instanceof Error ? e : new Error(String(e)));
        });
      });
    },
  };
}
