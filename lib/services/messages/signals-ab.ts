// The popup's DNT / GPC A/B test of a tab's site (lib/services/signals-ab.ts).
import { SignalsAbBusy } from '../signals-ab.ts';
import { Refused, type BackgroundDeps, type Handlers } from './types.ts';

const tabIdOf = (v: unknown): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Refused('no such tab');
  return v;
};

export function signalsAbHandlers(deps: BackgroundDeps): Handlers<'signals-ab' | 'get-signals-ab'> {
  const ab = () => {
    if (!deps.signalsAb) throw new Refused('the DNT/GPC test is not available here');
    return deps.signalsAb;
  };
  return {
    async 'signals-ab'(msg) {
      const tabId = tabIdOf(msg.tabId);
      const test = ab().test;
      // The consent action reloads the tab and reads the site's cookies: not while they are swapped.
      if (deps.consentActions?.running(tabId)) {
        throw new Refused('A consent action is running on this tab: wait until it ends.');
      }
      try {
        return { ok: true, progress: await test.run(tabId) };
      } catch (e) {
        if (e instanceof SignalsAbBusy) throw new Refused(e.message);
        throw e;
      }
    },
    async 'get-signals-ab'(msg) {
      const tabId = tabIdOf(msg.tabId);
      if (typeof msg.site !== 'string') throw new Refused('no site given');
      const stored = await ab().stored(msg.site.slice(0, 300));
      return {
        ok: true,
        progress: ab().test.progress(tabId),
        ab: stored?.ab ?? null,
        testedAt: stored?.at ?? null,
      };
    },
  };
}
