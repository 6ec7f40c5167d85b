// The popup's consent actions in the background, over fakes of the browser:
// the autoconsent driver (lib/platform/autoconsent.ts) with a fake
// chrome.scripting / chrome.tabs and a fake engine content script answering
// as the package's does; the service's steps (lib/services/consent-actions.ts)
// and the protocol's handlers (consent-action, get-consent-progress).
import { describe, expect, it } from 'vitest';
import type { EngineResult } from '../../lib/core/consent-actions/engine.ts';
import type { ConsentProgress } from '../../lib/core/consent-actions/progress.ts';
import { createAutoconsentDriver, type AutoconsentApis } from '../../lib/platform/autoconsent.ts';
import { createMessageHandler, type BackgroundDeps } from '../../lib/services/background.ts';
import {
  CONSENT_DWELL_MS,
  createConsentActions,
  type ConsentActionDeps,
} from '../../lib/services/consent-actions.ts';

type Frame = { frameId: number; injected: boolean };

/**
 * A tab whose frames run a fake engine content script: on injection it sends
 * init; on initResp it plays `script(config.autoAction)` (the messages the
 * real script would send for this page), through the driver's onMessage.
 */
function fakeTab(
  script: (action: string, frameId: number) => Record<string, unknown>[],
  opts: { frames?: number[]; snippetAnswers?: Record<string, unknown> } = {},
) {
  const frames: Frame[] = (opts.frames ?? [0]).map((frameId) => ({ frameId, injected: false }));
  const sent: { frameId: number; message: Record<string, unknown> }[] = [];
  const injections: unknown[] = [];
  const evals: string[] = [];
  const updated = new Set<(tabId: number, info: { status?: string }) => void>();
  let reloads = 0;
  let deliver: (msg: unknown, frameId: number) => void = () => {};
  const apis: AutoconsentApis = {
    scripting: {
      async executeScript(inj) {
        injections.push(
          inj.files
            ? { files: inj.files, frameIds: inj.target.frameIds }
            : (inj.world ?? 'ISOLATED'),
        );
        const targets = inj.target.allFrames
          ? frames
          : frames.filter((f) => inj.target.frameIds?.includes(f.frameId));
        if (inj.files) {
          for (const f of targets) {
            f.injected = true;
            queueMicrotask(() => deliver({ type: 'init', url: 'https://site.test/' }, f.frameId));
          }
          return targets.map((f) => ({ frameId: f.frameId, result: undefined }));
        }
        if (inj.world === 'MAIN') {
          const name = inj.func!.name;
          evals.push(name);
          return targets.map((f) => ({
            frameId: f.frameId,
            result: opts.snippetAnswers?.[name] ?? inj.func!(),
          }));
        }
        // markInjected: runs the real function against a per-frame global.
        return targets.map((f) => {
          const had = f.injected;
          return { frameId: f.frameId, result: had };
        });
      },
    },
    tabs: {
      async sendMessage(_tabId, message, { frameId }) {
        const m = message as Record<string, unknown>;
        sent.push({ frameId, message: m });
        if (m.type === 'initResp') {
          const action = (m.config as { autoAction: string }).autoAction;
          for (const out of script(action, frameId)) queueMicrotask(() => deliver(out, frameId));
        }
        if (m.type === 'selfTest') {
          queueMicrotask(() =>
            deliver({ type: 'selfTestResult', cmp: 'Onetrust', result: true }, frameId),
          );
        }
        return undefined;
      },
      async reload(tabId) {
        reloads++;
        for (const f of frames) f.injected = false;
        queueMicrotask(() => {
          for (const cb of updated) cb(tabId, { status: 'loading' });
          for (const cb of updated) cb(tabId, { status: 'complete' });
        });
      },
      onUpdated: {
        addListener: (cb) => updated.add(cb),
        removeListener: (cb) => updated.delete(cb),
      },
    },
  };
  return {
    apis,
    sent,
    injections,
    evals,
    reloads: () => reloads,
    listeners: () => updated.size,
    /** A frame the page adds (a CMP's message iframe). */
    addFrame: (frameId: number) => frames.push({ frameId, injected: false }),
    connect(d: (msg: unknown, frameId: number) => void) {
      deliver = d;
    },
  };
}

const RULES = { autoconsent: [{ name: 'Onetrust' }] };

function driverOn(tab: ReturnType<typeof fakeTab>, tabId = 5, frameScanMs?: number) {
  const driver = createAutoconsentDriver({
    apis: tab.apis,
    loadRules: async () => RULES,
    snippets: {},
    timeoutMs: 2000,
    loadTimeoutMs: 2000,
    frameScanMs,
  });
  tab.connect((msg, frameId) => driver.onMessage(msg, { tabId, frameId }));
  return driver;
}

/** What the real OneTrust rule sends on a page with its banner open. */
const onetrustBanner = (action: string) => [
  { type: 'cmpDetected', cmp: 'Onetrust', url: 'u' },
  { type: 'popupFound', cmp: 'Onetrust', url: 'u' },
  {
    type: action === 'optOut' ? 'optOutResult' : 'optInResult',
    cmp: 'Onetrust',
    result: true,
    scheduleSelfTest: action === 'optOut',
    url: 'u',
  },
  { type: 'autoconsentDone', cmp: 'Onetrust', isCosmetic: false, url: 'u' },
];

describe('autoconsent driver', () => {
  it('injects into every frame, answers init with the rules, and asks the self-test of the frame whose rule ran', async () => {
    const tab = fakeTab((action, frameId) => (frameId === 0 ? onetrustBanner(action) : []), {
      frames: [0, 4],
    });
    const driver = driverOn(tab);
    const result = await driver.run(5, 'optOut');
    expect(result).toEqual({
      cmp: 'Onetrust',
      popup: true,
      applied: true,
      confirmed: true,
      error: null,
    });
    expect(tab.injections).toEqual([
      'ISOLATED',
      { files: ['/autoconsent/content.js'], frameIds: [0, 4] },
    ]);
    expect(tab.sent.map((s) => [s.frameId, s.message.type])).toEqual([
      [0, 'initResp'],
      [4, 'initResp'],
      [0, 'selfTest'],
    ]);
    expect(tab.sent[0]!.message.rules).toBe(RULES);
    expect((tab.sent[0]!.message.config as { autoAction: string }).autoAction).toBe('optOut');
  });

  it('gives an engine to a frame the page adds while the run lasts (a late banner iframe)', async () => {
    const tab = fakeTab((action, frameId) => (frameId === 9 ? onetrustBanner(action) : []));
    const driver = driverOn(tab, 5, 50);
    const run = driver.run(5, 'optIn');
    await new Promise((r) => setTimeout(r, 120));
    tab.addFrame(9);
    expect(await run).toEqual({
      cmp: 'Onetrust',
      popup: true,
      applied: true,
      confirmed: null,
      error: null,
    });
    const files = tab.injections.filter((i) => typeof i === 'object');
    expect(files).toEqual([
      { files: ['/autoconsent/content.js'], frameIds: [0] },
      { files: ['/autoconsent/content.js'], frameIds: [9] },
    ]);
    // The scans stop with the run.
    const after = tab.injections.length;
    await new Promise((r) => setTimeout(r, 150));
    expect(tab.injections.length).toBe(after);
  });

  it('starts the engine left in a frame by an earlier run again instead of injecting a second one', async () => {
    const tab = fakeTab((action) => onetrustBanner(action));
    const driver = driverOn(tab);
    await driver.run(5, 'optIn');
    const before = tab.injections.length;
    // Same document (no reload): the frame still has its engine.
    const again = await driver.run(5, 'optIn');
    expect(again.applied).toBe(true);
    expect(tab.injections.slice(before)).toEqual(['ISOLATED']);
  });

  it('answers a rule snippet from the package table in the main world, false for an unknown one', async () => {
    const tab = fakeTab((action) =>
      action === 'optOut'
        ? [
            { type: 'eval', id: 'a', code: '', snippetId: 'EVAL_KNOWN' },
            { type: 'eval', id: 'b', code: '', snippetId: 'EVAL_UNKNOWN' },
            { type: 'report', mainFrame: true, state: { lifecycle: 'nothingDetected' } },
          ]
        : [],
    );
    const driver = createAutoconsentDriver({
      apis: tab.apis,
      loadRules: async () => RULES,
      snippets: {
        EVAL_KNOWN: function EVAL_KNOWN() {
          return 'yes';
        },
      },
      timeoutMs: 5000,
    });
    tab.connect((msg, frameId) => driver.onMessage(msg, { tabId: 5, frameId }));
    const result = await driver.run(5, 'optOut');
    expect(result).toEqual({
      cmp: null,
      popup: false,
      applied: null,
      confirmed: null,
      error: null,
    });
    expect(tab.evals).toEqual(['EVAL_KNOWN']);
    // Each answered as its snippet returns (in any order).
    const answers = tab.sent.filter((s) => s.message.type === 'evalResp').map((s) => s.message);
    expect(answers.sort((x, y) => String(x.id).localeCompare(String(y.id)))).toEqual([
      { id: 'a', type: 'evalResp', result: 'yes' },
      { id: 'b', type: 'evalResp', result: false },
    ]);
  });

  it("ignores other tabs' and non-engine messages, and reloads until the page has loaded", async () => {
    const tab = fakeTab(() => []);
    const driver = driverOn(tab);
    expect(driver.onMessage({ type: 'page-reports' }, { tabId: 5, frameId: 0 })).toBe(false);
    expect(driver.onMessage({ type: 'report' }, { tabId: 9, frameId: 0 })).toBe(true);
    expect(driver.onMessage({ type: 'report' }, {})).toBe(false);
    await driver.reload(5);
    expect(tab.reloads()).toBe(1);
    expect(tab.listeners()).toBe(0);
  });
});

/** The service over a scripted engine: each run answers the next result. */
function serviceWith(
  results: EngineResult[],
  api: string | null,
  saved?: ConsentActionDeps['saved'],
) {
  const log: string[] = [];
  const published: ConsentProgress[] = [];
  const deps: ConsentActionDeps = {
    saved,
    engine: async (tabId, action) => {
      log.push(`engine ${tabId} ${action}`);
      const r = results.shift();
      if (!r) throw new Error('no more engine runs scripted');
      return r;
    },
    withdrawViaApi: async (tabId) => {
      log.push(`api ${tabId}`);
      return api;
    },
    reload: async (tabId) => void log.push(`reload ${tabId}`),
    wait: async (ms) => void log.push(`wait ${ms}`),
    flush: async () => void log.push('flush'),
    publish: (p) => void published.push(p),
  };
  return { actions: createConsentActions(deps), log, published };
}

const engine = (r: Partial<EngineResult>): EngineResult => ({
  cmp: null,
  popup: false,
  applied: null,
  confirmed: null,
  error: null,
  ...r,
});
const ONETRUST_OK = engine({ cmp: 'Onetrust', popup: true, applied: true, confirmed: true });

describe('consent actions', () => {
  it('rejects, watches, reloads, watches, and says which rule did it', async () => {
    const { actions, log, published } = serviceWith([ONETRUST_OK], null);
    const end = await actions.run(3, 'reject');
    expect(log).toEqual([
      'engine 3 optOut',
      `wait ${CONSENT_DWELL_MS}`,
      'reload 3',
      `wait ${CONSENT_DWELL_MS}`,
      'flush',
    ]);
    expect(published.map((p) => [p.step, p.text])).toEqual([
      ['detecting', 'Looking for a consent banner…'],
      ['reloading', 'Rejected via Onetrust, confirmed by its self-test; reloading…'],
      [
        'done',
        'Rejected via Onetrust, confirmed by its self-test. The page was reloaded: the findings show what the site did after the choice.',
      ],
    ]);
    expect(end).toEqual({
      tabId: 3,
      action: 'reject',
      step: 'done',
      text: published[2]!.text,
      cmp: 'Onetrust',
      confirmed: true,
      withdrawnVia: null,
      finished: true,
    });
    expect(await actions.progress(3)).toEqual(end);
    expect(await actions.progress(4)).toBeNull();
  });

  it('reports an action a stopped worker left unfinished as interrupted, and a finished one as it ended', async () => {
    // The browser's session storage, shared by two workers.
    const session = new Map<number, ConsentProgress>();
    const saved = {
      get: async (tabId: number) => session.get(tabId) ?? null,
      put: async (p: ConsentProgress) => void session.set(p.tabId, p),
    };
    // Worker 1: tab 3's action finishes (each step saved as it goes); tab
    // 5's had saved its step after the choice when the worker was stopped.
    const first = serviceWith([ONETRUST_OK], null, saved);
    const done = await first.actions.run(3, 'reject');
    expect(session.get(3)).toEqual(done);
    session.set(5, {
      tabId: 5,
      action: 'accept-then-withdraw',
      step: 'reloading',
      text: 'Accepted via Onetrust; reloading…',
      cmp: null,
      confirmed: null,
      withdrawnVia: null,
      finished: false,
    });
    // Worker 2 starts with nothing in memory.
    const second = serviceWith([], null, saved);
    expect(await second.actions.progress(3)).toEqual(done);
    const p = await second.actions.progress(5);
    expect(p).toEqual({
      tabId: 5,
      action: 'accept-then-withdraw',
      step: 'failed',
      finished: true,
      choiceMade: true,
      cmp: null,
      confirmed: null,
      withdrawnVia: null,
      text:
        "The consent action was interrupted: the browser stopped the extension's background worker " +
        'while it ran (at: Accepted via Onetrust; reloading…). The choice was made, but the page was ' +
        'not audited after it as the action does. Run it again.',
    });
    // Kept as such, and the tab is free for a new action.
    expect(session.get(5)).toEqual(p);
    expect(second.actions.running(5)).toBe(false);
  });

  it('does not reload when no rule handled a banner, and says so', async () => {
    const { actions, log } = serviceWith([engine({})], null);
    const end = await actions.run(3, 'accept');
    expect(log).toEqual(['engine 3 optIn']);
    expect(end.step).toBe('failed');
    expect(end.cmp).toBeNull();
    expect(end.text).toBe(
      'No consent banner found: no rule of the autoconsent engine matched this page, so no choice was made.',
    );
  });

  it('accepts, reloads, withdraws through the CMP API when the banner is not shown again, reloads', async () => {
    const { actions, log, published } = serviceWith(
      [engine({ cmp: 'Onetrust', popup: true, applied: true }), engine({})],
      'OneTrust.RejectAll()',
    );
    const end = await actions.run(3, 'accept-then-withdraw');
    expect(log).toEqual([
      'engine 3 optIn',
      `wait ${CONSENT_DWELL_MS}`,
      'reload 3',
      `wait ${CONSENT_DWELL_MS}`,
      'flush',
      'engine 3 optOut',
      'api 3',
      `wait ${CONSENT_DWELL_MS}`,
      'reload 3',
      `wait ${CONSENT_DWELL_MS}`,
      'flush',
    ]);
    expect(published.map((p) => p.step)).toEqual([
      'detecting',
      'reloading',
      'withdrawing',
      'reloading-after-withdrawal',
      'done',
    ]);
    const how =
      'OneTrust.RejectAll() (the banner was not shown again, so the autoconsent engine had nothing to click: no rule matched)';
    expect(published[3]!.text).toBe(`Withdrawn via ${how}; reloading…`);
    expect(end.withdrawnVia).toBe('OneTrust.RejectAll()');
    expect(end.text).toBe(
      `Accepted via Onetrust, then withdrew via ${how}. The page was reloaded after each: the findings show what the site kept after the withdrawal.`,
    );
  });

  it('withdraws through the engine when the banner is shown again, without the API', async () => {
    const { actions, log } = serviceWith([ONETRUST_OK, ONETRUST_OK], 'unused');
    const end = await actions.run(3, 'accept-then-withdraw');
    expect(log).not.toContain('api 3');
    expect(end.withdrawnVia).toBe('autoconsent rule Onetrust');
    expect(end.text).toBe(
      'Accepted via Onetrust, confirmed by its self-test, then withdrew via autoconsent rule Onetrust, confirmed by its self-test. The page was reloaded after each: the findings show what the site kept after the withdrawal.',
    );
  });

  it('fails plainly when neither the engine nor an API can withdraw', async () => {
    const { actions, log } = serviceWith([ONETRUST_OK, engine({ cmp: 'Onetrust' })], null);
    const end = await actions.run(3, 'accept-then-withdraw');
    expect(log.at(-1)).toBe('api 3');
    expect(end.step).toBe('failed');
    expect(end.text).toBe(
      'Accepted via Onetrust, confirmed by its self-test, but the consent could not be withdrawn: the banner was not shown again (autoconsent: rule Onetrust found no open banner) and no CMP API to withdraw it (OneTrust, Cookiebot) was found.',
    );
  });

  it('turns an error into a failed step, and refuses a second action on a busy tab', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const published: ConsentProgress[] = [];
    const actions = createConsentActions({
      engine: async () => {
        await gate;
        return ONETRUST_OK;
      },
      withdrawViaApi: async () => null,
      reload: async () => {
        throw new Error('No tab with id: 3.');
      },
      wait: async () => {},
      flush: async () => {},
      publish: (p) => void published.push(p),
    });
    const handle = createMessageHandler({ consentActions: actions } as unknown as BackgroundDeps);
    const page = { fromExtensionPage: true };
    const first = handle({ type: 'consent-action', tabId: 3, action: 'reject' }, page);
    expect(await handle({ type: 'consent-action', tabId: 3, action: 'accept' }, page)).toEqual({
      ok: false,
      error: 'A consent action is already running on this tab.',
    });
    release();
    const res = (await first) as { ok: true; progress: ConsentProgress };
    expect(res.progress.step).toBe('failed');
    expect(res.progress.text).toBe('The consent action stopped: No tab with id: 3.');
    expect(res.progress.cmp).toBe('Onetrust');
    expect(await handle({ type: 'get-consent-progress', tabId: 3 }, page)).toEqual({
      ok: true,
      progress: res.progress,
    });
  });

  it('checks the request: extension pages only, a known action, a tab id', async () => {
    const { actions } = serviceWith([], null);
    const handle = createMessageHandler({ consentActions: actions } as unknown as BackgroundDeps);
    const page = { fromExtensionPage: true };
    expect(
      await handle(
        { type: 'consent-action', tabId: 3, action: 'reject' },
        { fromExtensionPage: false, tabId: 3 },
      ),
    ).toEqual({ ok: false, error: 'not allowed' });
    expect(await handle({ type: 'consent-action', tabId: 3, action: 'maybe' }, page)).toEqual({
      ok: false,
      error: 'unknown consent action: maybe',
    });
    expect(await handle({ type: 'consent-action', tabId: -1, action: 'reject' }, page)).toEqual({
      ok: false,
      error: 'no such tab',
    });
    expect(await handle({ type: 'get-consent-progress', tabId: 3 }, page)).toEqual({
      ok: true,
      progress: null,
    });
    const bare = createMessageHandler({} as unknown as BackgroundDeps);
    expect(await bare({ type: 'get-consent-progress', tabId: 3 }, page)).toEqual({
      ok: false,
      error: 'consent actions are not available here',
    });
  });
});
