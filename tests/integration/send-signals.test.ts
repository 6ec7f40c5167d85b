// The send-signals adapter and service over small fakes of the DNR,
// scripting and privacy APIs: what reaches the browser for each setting, a
// restart re-applies the stored one, and the recorder's signals observations
// are stamped with what the extension sent.
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../lib/core/observations.ts';
import type { SendSignalsSettings, SignalRule } from '../../lib/core/signals/send.ts';
import {
  browserDntReader,
  signalApplier,
  type DynamicRulesApi,
  type RegisteredScript,
  type ScriptingApi,
} from '../../lib/platform/send-signals.ts';
import { createSignalSender, stampSignals } from '../../lib/services/send-signals.ts';

function fakeBrowser() {
  const rules = new Map<number, SignalRule>();
  // The guard's session rule lives elsewhere; a dynamic rule of another feature must stay.
  rules.set(1, { id: 1 } as SignalRule);
  const scripts = new Map<string, RegisteredScript>();
  /** Every call that changed the registrations, in order. */
  const calls: string[] = [];
  const dnr: DynamicRulesApi = {
    async updateDynamicRules({ removeRuleIds = [], addRules = [] }) {
      for (const id of removeRuleIds) rules.delete(id);
      for (const r of addRules) {
        if (rules.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
        rules.set(r.id, r);
      }
    },
  };
  const scripting: ScriptingApi = {
    async getRegisteredContentScripts({ ids } = {}) {
      return [...scripts.values()].filter((s) => !ids || ids.includes(s.id));
    },
    async unregisterContentScripts({ ids } = {}) {
      calls.push(`unregister ${ids?.join(',')}`);
      for (const id of ids ?? [...scripts.keys()]) scripts.delete(id);
    },
    async registerContentScripts(list) {
      calls.push(`register ${list.map((s) => s.id).join(',')}`);
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    },
    async updateContentScripts(list) {
      calls.push(`update ${list.map((s) => s.id).join(',')}`);
      for (const s of list) {
        if (!scripts.has(s.id)) throw new Error(`No script with ID '${s.id}'`);
        scripts.set(s.id, { ...scripts.get(s.id)!, ...s });
      }
    },
  };
  return { rules, scripts, calls, dnr, scripting };
}

const memoryStore = (initial?: SendSignalsSettings) => {
  let v: SendSignalsSettings = initial ?? { mode: 'off', sites: [], dnt: true, gpc: true };
  return { get: async () => v, put: async (s: SendSignalsSettings) => void (v = s) };
};

describe('sending the signals', () => {
  it('applies each setting in place of the last, and a restart applies the stored one again', async () => {
    const b = fakeBrowser();
    const store = memoryStore();
    const apply = signalApplier(b.dnr, b.scripting, 'extid');
    const sender = createSignalSender({ store, apply, browserDnt: async () => false });
    await sender.ready;
    expect([...b.rules.keys()]).toEqual([1]);
    expect(b.scripts.size).toBe(0);

    const r = await sender.set({ mode: 'sites', sites: ['shop.test'], dnt: true, gpc: true });
    expect(r).toMatchObject({ ok: true, state: { browserDnt: false, error: null } });
    expect([...b.rules.keys()].sort()).toEqual([1, 800_001, 800_002]);
    expect(b.rules.get(800_001)!.condition.requestDomains).toEqual(['shop.test']);
    expect([...b.scripts.values()].map((s) => [s.id, s.matches, s.world, s.runAt])).toEqual([
      ['cookie-audit-signal-gpc', ['*://*.shop.test/*'], 'MAIN', 'document_start'],
      ['cookie-audit-signal-dnt', ['*://*.shop.test/*'], 'MAIN', 'document_start'],
    ]);

    b.calls.length = 0;
    await sender.set({ mode: 'everywhere', sites: ['shop.test'], dnt: false, gpc: true });
    // Changed in place: never a moment without the GPC script.
    expect(b.calls).toEqual([
      'unregister cookie-audit-signal-dnt',
      'update cookie-audit-signal-gpc',
    ]);
    expect([...b.rules.keys()].sort()).toEqual([1, 800_001]);
    expect(b.rules.get(800_001)!.action.requestHeaders).toEqual([
      { header: 'Sec-GPC', operation: 'set', value: '1' },
    ]);
    expect([...b.scripts.keys()]).toEqual(['cookie-audit-signal-gpc']);

    // A worker restart: the same browser state, a new service reading the store.
    b.calls.length = 0;
    const again = createSignalSender({ store, apply, browserDnt: async () => null });
    await again.ready;
    expect(b.calls).toEqual([]);
    expect([...b.rules.keys()].sort()).toEqual([1, 800_001]);
    expect([...b.scripts.keys()]).toEqual(['cookie-audit-signal-gpc']);

    await again.set({ mode: 'off', sites: [], dnt: true, gpc: true });
    expect([...b.rules.keys()]).toEqual([1]);
    expect(b.scripts.size).toBe(0);
  });

  it('says why when the browser refuses, and keeps the setting', async () => {
    const b = fakeBrowser();
    const dnr: DynamicRulesApi = {
      updateDynamicRules: async () => {
        throw new Error('Rule with id 800001 specifies an incorrect value');
      },
    };
    const sender = createSignalSender({
      store: memoryStore(),
      apply: signalApplier(dnr, b.scripting, 'extid'),
      browserDnt: async () => null,
    });
    const r = await sender.set({ mode: 'everywhere', sites: [], dnt: true, gpc: true });
    expect(r).toMatchObject({
      ok: true,
      state: {
        settings: { mode: 'everywhere' },
        error: 'Rule with id 800001 specifies an incorrect value',
      },
    });
    const none = createSignalSender({
      store: memoryStore(),
      apply: signalApplier(undefined, undefined, 'extid'),
      browserDnt: async () => null,
    });
    await none.ready;
    expect((await none.state()).error).toBe(
      'this browser cannot send the signals (no DNR or scripting API)',
    );
  });

  it('reads the browser DNT setting, unknown where there is none or it fails', async () => {
    const setting = (value: unknown) => ({
      websites: { doNotTrackEnabled: { get: async () => ({ value }) } },
    });
    expect(await browserDntReader(setting(true))()).toBe(true);
    expect(await browserDntReader(setting(false))()).toBe(false);
    expect(await browserDntReader(setting('on'))()).toBeNull();
    expect(await browserDntReader(undefined)()).toBeNull();
    expect(await browserDntReader({ websites: {} })()).toBeNull();
    expect(
      await browserDntReader({
        websites: {
          doNotTrackEnabled: {
            get: async () => {
              throw new Error('no');
            },
          },
        },
      })(),
    ).toBeNull();
  });

  it("stamps a page's signals with what the extension sent to its address", async () => {
    const sender = createSignalSender({
      store: memoryStore({ mode: 'sites', sites: ['shop.test'], dnt: true, gpc: false }),
      apply: async () => {},
      browserDnt: async () => null,
    });
    const seen: Observation[] = [];
    const sink = stampSignals(sender, (o) => seen.push(o));
    const signals = (url: string): Observation => ({
      kind: 'signals',
      tabId: 1,
      requestId: '5',
      url,
      dnt: true,
      gpc: false,
      time: 1,
    });
    // Before the setting is read: waits for it.
    sink(signals('https://www.shop.test/'));
    await sender.ready;
    await new Promise((r) => setTimeout(r, 0));
    sink(signals('https://other.test/'));
    sink({ kind: 'navigation', tabId: 1, requestId: '6', url: 'https://x.test/', time: 2 });
    expect(seen).toEqual([
      { ...signals('https://www.shop.test/'), extension: { dnt: true, gpc: false } },
      { ...signals('https://other.test/'), extension: { dnt: false, gpc: false } },
      { kind: 'navigation', tabId: 1, requestId: '6', url: 'https://x.test/', time: 2 },
    ]);
  });
});

describe("the A/B test's own setting", () => {
  it('is in force while it runs, then the stored setting (saved meanwhile too) is again', async () => {
    const b = fakeBrowser();
    const user = { mode: 'everywhere' as const, sites: [], dnt: false, gpc: true };
    const store = memoryStore(user);
    const sender = createSignalSender({
      store,
      apply: signalApplier(b.dnr, b.scripting, 'extid'),
      browserDnt: async () => false,
    });
    await sender.ready;
    const ruleIds = () => [...b.rules.keys()].sort((x, y) => x - y);
    expect(ruleIds()).toEqual([1, 800_001]);

    // Load A: nothing sent anywhere; pages are stamped accordingly.
    await sender.override({ mode: 'off', sites: [], dnt: true, gpc: true });
    expect(ruleIds()).toEqual([1]);
    expect(b.scripts.size).toBe(0);
    expect(sender.sentForNow('https://shop.test/')).toEqual({ dnt: false, gpc: false });

    // Load B: both signals, this site only, its documents even when the extension navigates.
    await sender.override({ mode: 'sites', sites: ['shop.test'], dnt: true, gpc: true });
    expect(ruleIds()).toEqual([1, 800_001, 800_002]);
    expect(b.rules.get(800_001)!.condition).toEqual({
      resourceTypes: ['main_frame', 'sub_frame'],
      requestDomains: ['shop.test'],
    });
    expect(sender.sentForNow('https://shop.test/')).toEqual({ dnt: true, gpc: true });
    expect(sender.sentForNow('https://other.test/')).toEqual({ dnt: false, gpc: false });

    // A setting saved meanwhile is stored, not applied, until the test ends.
    const saved = { mode: 'sites' as const, sites: ['news.test'], dnt: true, gpc: false };
    expect(await sender.set(saved)).toMatchObject({ ok: true });
    expect(b.rules.get(800_001)!.condition.requestDomains).toEqual(['shop.test']);
    expect((await sender.state()).settings).toEqual(saved);

    await sender.override(null);
    expect(b.rules.get(800_001)!.condition).toEqual({
      resourceTypes: ['main_frame', 'sub_frame'],
      requestDomains: ['news.test'],
      excludedInitiatorDomains: ['extid'],
    });
    expect([...b.scripts.values()].map((x) => [x.id, x.matches])).toEqual([
      ['cookie-audit-signal-dnt', ['*://*.news.test/*']],
    ]);
    expect(sender.sentForNow('https://shop.test/')).toEqual({ dnt: false, gpc: false });
    expect(await store.get()).toEqual(saved);
  });
});
