// Adapter: applies the "send privacy signals" setting to the browser — the
// declarativeNetRequest dynamic rules that set the headers (they persist
// across worker and browser restarts; the background re-applies the stored
// setting at every start anyway) and the registered main-world scripts that
// give pages navigator.globalPrivacyControl / doNotTrack — and reads the
// browser's own Do Not Track setting.
import {
  buildSignalRules,
  SIGNAL_RULE_IDS,
  SIGNAL_SCRIPT_IDS,
  signalScripts,
  type SendSignalsSettings,
  type SignalRule,
} from '../core/signals/send.ts';

/** The subset of declarativeNetRequest used here. */
export interface DynamicRulesApi {
  updateDynamicRules(options: { removeRuleIds?: number[]; addRules?: SignalRule[] }): Promise<void>;
}

/** The subset of chrome.scripting used here. */
export interface RegisteredScript {
  id: string;
  js?: string[];
  matches?: string[];
  runAt?: 'document_start';
  world?: 'MAIN';
  allFrames?: boolean;
}
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
}

const same = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

/** chrome.privacy.websites (where the browser has it). */
export interface PrivacyApi {
  websites?: {
    doNotTrackEnabled?: { get(details: object): Promise<{ value: unknown }> };
  };
}

export function signalApplier(
  dnr: DynamicRulesApi | undefined,
  scripting: ScriptingApi | undefined,
  extensionHost: string,
) {
  return async (
    settings: SendSignalsSettings,
    opts: { extensionNavigations?: boolean } = {},
  ): Promise<void> => {
    if (!dnr || !scripting)
      throw new Error('this browser cannot send the signals (no DNR or scripting API)');
    // One call replaces the rules atomically: no moment with both or neither.
    await dnr.updateDynamicRules({
      removeRuleIds: [...SIGNAL_RULE_IDS],
      addRules: buildSignalRules(settings, extensionHost, opts),
    });
    // Only what differs is changed, in place: a page loading while the
    // worker (re)starts must not fall into a gap between an unregister and a
    // register, and an unchanged setting (every worker start) touches nothing.
    const registered = await scripting.getRegisteredContentScripts({
      ids: Object.values(SIGNAL_SCRIPT_IDS),
    });
    const wanted = signalScripts(settings).map((s) => ({
      ...s,
      runAt: 'document_start' as const,
      world: 'MAIN' as const,
      allFrames: true,
    }));
    const has = new Map(registered.map((s) => [s.id, s]));
    const gone = registered.filter((r) => !wanted.some((w) => w.id === r.id)).map((r) => r.id);
    const changed = wanted.filter((w) => {
      const r = has.get(w.id);
      return r && !(same(r.matches, w.matches) && same(r.js, w.js) && r.world === 'MAIN');
    });
    const added = wanted.filter((w) => !has.has(w.id));
    if (gone.length) await scripting.unregisterContentScripts({ ids: gone });
    if (changed.length) await scripting.updateContentScripts(changed);
    if (added.length) await scripting.registerContentScripts(added);
  };
}

/**
 * The browser's own "send a Do Not Track request" setting: true/false, or
 * null where it cannot be read (no privacy API, or it failed). Chrome has
 * it under privacy.websites.doNotTrackEnabled; Firefox too, read-only.
 */
export function browserDntReader(privacy: PrivacyApi | undefined) {
  return async (): Promise<boolean | null> => {
    try {
      const setting = privacy?.websites?.doNotTrackEnabled;
      if (!setting) return null;
      const { value } = await setting.get({});
      return typeof value === 'boolean' ? value : null;
    } catch {
      return null;
    }
  };
}
