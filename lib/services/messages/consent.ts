// The popup's consent actions on a tab (lib/services/consent-actions.ts).
import { CONSENT_ACTIONS, type ConsentAction } from '../../core/consent-actions/progress.ts';
import type { RequestKind } from '../../core/protocol.ts';
import { ConsentActionBusy } from '../consent-actions.ts';
import { Refused, type BackgroundDeps, type Handlers } from './types.ts';

type ConsentKinds = Extract<RequestKind, 'consent-action' | 'get-consent-progress'>;

const tabIdOf = (v: unknown): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Refused('no such tab');
  return v;
};

export function consentHandlers(deps: BackgroundDeps): Handlers<ConsentKinds> {
  const actions = () => {
    if (!deps.consentActions) throw new Refused('consent actions are not available here');
    return deps.consentActions;
  };
  return {
    async 'consent-action'(msg) {
      const tabId = tabIdOf(msg.tabId);
      if (!CONSENT_ACTIONS.includes(msg.action)) {
        throw new Refused(
          `unknown consent action: ${String(msg.action as ConsentAction).slice(0, 40)}`,
        );
      }
      if (deps.signalsAb?.test.running()) {
        throw new Refused('The DNT/GPC test is running: wait until it ends.');
      }
      try {
        return { ok: true, progress: await actions().run(tabId, msg.action) };
      } catch (e) {
        if (e instanceof ConsentActionBusy) throw new Refused(e.message);
        throw e;
      }
    },
    async 'get-consent-progress'(msg) {
      return { ok: true, progress: await actions().progress(tabIdOf(msg.tabId)) };
    },
  };
}
