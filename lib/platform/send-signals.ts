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
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  registerContentScripts(
    scripts: {
      id: string;
      js: string[];
      matches: string[];
      runAt: 'document_start';
      world: 'MAIN';
      allFrames: boolean;
      persistAcrossSessions?: boolean;
    }[],
  ): Promise<void>;
}

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
  return async (settings: SendSignalsSettings): Promise<void> => {
    if (!dnr || !scripting)
      throw new Error('this browser cannot send the signals (no DNR or scripting API)');
    // One call replaces the rules atomically: no moment with both or neither.
    await dnr.updateDynamicRules({
      removeRuleIds: [...SIGNAL_RULE_IDS],
      addRules: buildSignalRules(settings, extensionHost),
    });
    const ids = Object.values(SIGNAL_SCRIPT_IDS);
    const registered = await scripting.getRegisteredContentScripts({ ids });
    if (registered.length) {
      await scripting.unregisterContentScripts({ ids: registered.map((s) => s.id) });
    }
    const scripts = signalScripts(settings);
    if (scripts.length) {
      await scripting.registerContentScripts(
        scripts.map((s) => ({
          ...s,
          runAt: 'document_start' as const,
          world: 'MAIN' as const,
          allFrames: true,
        })),
      );
    }
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
