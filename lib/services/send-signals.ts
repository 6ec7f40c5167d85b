// The "send privacy signals" option: stored setting, applied to the browser
// at every worker start (rules and registered scripts survive a restart, but
// a setting saved while applying failed, or an update of the extension, must
// not leave them out of step) and whenever the user changes it.
import type { Observation } from '../core/observations.ts';
import {
  DEFAULT_SEND_SETTINGS,
  signalsFor,
  validateSendSettings,
  type SendSignalsSettings,
} from '../core/signals/send.ts';

export interface SignalSenderDeps {
  store: { get(): Promise<SendSignalsSettings>; put(s: SendSignalsSettings): Promise<void> };
  /** `extensionNavigations`: the extension's own navigations to covered pages carry them too. */
  apply(s: SendSignalsSettings, opts?: { extensionNavigations?: boolean }): Promise<void>;
  browserDnt(): Promise<boolean | null>;
  onError?: (message: string, e: unknown) => void;
}

export interface SignalSenderState {
  settings: SendSignalsSettings;
  /** The browser's own DNT setting (null: unknown). */
  browserDnt: boolean | null;
  /** Why the setting could not be applied (null: it is in force). */
  error: string | null;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createSignalSender(deps: SignalSenderDeps) {
  let current: SendSignalsSettings | null = null;
  /** The A/B test's own setting while it runs (null: the stored one is in force). */
  let override: SendSignalsSettings | null = null;
  let error: string | null = null;
  const apply = async (s: SendSignalsSettings) => {
    try {
      await deps.apply(s);
      error = null;
    } catch (e) {
      error = messageOf(e);
      deps.onError?.('send signals', e);
    }
  };
  const loaded = deps.store.get().then(
    async (s) => {
      current = s;
      await apply(s);
      return s;
    },
    (e: unknown) => {
      deps.onError?.('send signals setting', e);
      current = { ...DEFAULT_SEND_SETTINGS, sites: [] };
      return current;
    },
  );
  const state = async (): Promise<SignalSenderState> => ({
    settings: await loaded.then(() => current!),
    browserDnt: await deps.browserDnt(),
    error,
  });
  return {
    /** Resolves once the stored setting is read and applied. */
    ready: loaded.then(() => undefined),
    state,
    /** Validates, stores and applies; a refusal gives `{ ok: false, error }`. */
    async set(
      input: unknown,
    ): Promise<{ ok: true; state: SignalSenderState } | { ok: false; error: string }> {
      const v = validateSendSettings(input);
      if (!v.ok) return v;
      await loaded;
      await deps.store.put(v.value);
      current = v.value;
      // While the A/B test runs its own setting stays in force; the saved one
      // is applied when the test ends.
      if (!override) await apply(v.value);
      return { ok: true, state: await state() };
    },
    /** The signals this extension sends with a page at `url` (after the setting is read). */
    async sentFor(url: string): Promise<{ dnt: boolean; gpc: boolean }> {
      const stored = await loaded.then(() => current!);
      return signalsFor(override ?? stored, url);
    },
    /** Same, without waiting: null until the setting has been read. */
    sentForNow(url: string): { dnt: boolean; gpc: boolean } | null {
      if (override) return signalsFor(override, url);
      return current ? signalsFor(current, url) : null;
    },
    /**
     * Puts `settings` in force instead of the stored setting (the A/B test's
     * loads), or — null — the stored setting back as it is now. Applying
     * throws: the caller says so (the stored setting is not in force).
     */
    async override(settings: SendSignalsSettings | null): Promise<void> {
      await loaded;
      override = settings;
      try {
        await deps.apply(settings ?? current!, settings ? { extensionNavigations: true } : {});
        if (!settings) error = null;
      } catch (e) {
        if (!settings) error = messageOf(e);
        throw e;
      }
    },
  };
}

export type SignalSender = ReturnType<typeof createSignalSender>;

/**
 * Stamps each page's signals observation with what this extension's option
 * sent to that address at the time (the report's `sentBy`); the rest passes
 * through. Only before the setting is first read (a worker start) does a
 * stamp wait for it.
 */
export function stampSignals(sender: SignalSender, sink: (o: Observation) => void) {
  return (o: Observation): void => {
    if (o.kind !== 'signals' || o.url === undefined) return sink(o);
    const url = o.url;
    const now = sender.sentForNow(url);
    if (now) return sink({ ...o, extension: now });
    void sender.sentFor(url).then((extension) => sink({ ...o, extension }));
  };
}
