// The "send privacy signals" option: the options page sets it, the popup's
// DNT/GPC tab reads it with the browser's own DNT setting.
import { Refused, type BackgroundDeps, type Handlers } from './types.ts';

export function sendSignalsHandlers(
  deps: BackgroundDeps,
): Handlers<'get-send-signals' | 'set-send-signals'> {
  return {
    async 'get-send-signals'() {
      return { ok: true, ...(await deps.signals.state()) };
    },
    async 'set-send-signals'(msg) {
      const r = await deps.signals.set(msg.settings);
      if (!r.ok) throw new Refused(r.error);
      return { ok: true, ...r.state };
    },
  };
}
