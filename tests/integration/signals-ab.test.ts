// The popup's A/B test service (lib/services/signals-ab.ts) over small fakes
// of the browser: a cookie jar, the user's tab's localStorage, a test tab
// whose loads become page visits, the signal setting. What it must do in
// every case: the phases in order, the test's own signal settings and then
// the stored one again, and the user's cookies and storage back exactly —
// also when a load fails, when load A carried a signal, and when the restore
// itself cannot put something back (said plainly).
import { describe, expect, it } from 'vitest';
import type { SavedCookie } from '../../lib/core/signals/ab-restore.ts';
import type { AbProgress, SavedStorage } from '../../lib/core/signals/ab-run.ts';
import type { AbReport, SignalsAb } from '../../lib/core/signals/ab.ts';
import type { SendSignalsSettings } from '../../lib/core/signals/send.ts';
import type { PageVisit } from '../../lib/core/types.ts';
import { createMessageHandler, type BackgroundDeps } from '../../lib/services/background.ts';
import {
  createSignalsAb,
  SignalsAbBusy,
  type PendingRestore,
  type SignalsAbDeps,
} from '../../lib/services/signals-ab.ts';

const URL_ = 'https://shop.test/';
const USER_TAB = 7;
const TEST_TAB = 99;

const c = (name: string, over: Partial<SavedCookie> = {}): SavedCookie => ({
  name,
  value: `${name}-value`,
  domain: 'shop.test',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: false,
  sameSite: 'lax',
  session: false,
  expirationDate: 1_900_000_000.5,
  storeId: '0',
  ...over,
});
const key = (x: SavedCookie) =>
  `${x.partitionKey?.topLevelSite ?? ''} ${x.domain} ${x.path} ${x.name}`;

/** What a load's page records: tracking in A and — `honours` false — in B too. */
function reportOf(
  tracking: boolean,
  sent: boolean,
): AbReport & { dnt: { sent: boolean; gpcSent: boolean } } {
  return {
    cookies: tracking
      ? [{ name: '_ga', domain: 'shop.test', category: 'analytics', vendor: 'Google' }]
      : [],
    storage: [],
    requests: [
      { url: 'https://shop.test/', tracker: null },
      { url: 'https://www.facebook.com/tr?id=1', tracker: null },
    ],
    dnt: {
      sent,
      gpcSent: sent,
      policy: 'honors',
      gpcPolicy: 'honors',
      gpcJson: { gpc: true },
      published: null,
      optOutStrings: { latest: null },
    },
  };
}

function world(
  opts: {
    honours?: boolean;
    failLoad?: 'a' | 'b';
    loadASent?: boolean;
    breakSet?: string;
    /** Load B's page ends on another site (a redirect). */
    redirectB?: string;
  } = {},
) {
  const jar = new Map<string, SavedCookie>();
  const userCookies = [
    c('login', { httpOnly: true, session: true, expirationDate: undefined }),
    c('chips', {
      partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: false },
    }),
    c('prefs', { domain: '.shop.test', hostOnly: false, sameSite: 'unspecified' }),
  ];
  for (const x of userCookies) jar.set(key(x), x);
  const other = c('fr', { domain: '.facebook.com', hostOnly: false });
  jar.set(key(other), other);
  let storage: SavedStorage = { origin: 'https://shop.test', items: [['cart', '3 items']] };
  const calls: string[] = [];
  const settings: (SendSignalsSettings | null)[] = [];
  const published: AbProgress[] = [];
  const saved: [string, SignalsAb][] = [];
  let testTabUrl = 'about:blank';
  let loads = 0;
  const visits = new Map<string, { load: 'a' | 'b' }>();
  let latest: PageVisit | null = null;
  let muted: readonly string[] | null = null;
  const deps: SignalsAbDeps = {
    page: async (tabId) =>
      tabId === USER_TAB
        ? { id: 'user', tabId, url: URL_, site: 'shop.test', startedAt: 1 }
        : latest,
    cookies: {
      all: async (site) =>
        [...jar.values()].filter((x) => x.domain.replace(/^\./, '').endsWith(site)),
      everything: async () => [...jar.values()],
      remove: async (x) => {
        if (!muted?.some((m) => x.domain.endsWith(m))) throw new Error('not muted');
        jar.delete(key(x));
      },
      set: async (x) => {
        if (x.name === opts.breakSet) throw new Error('refused');
        jar.set(key(x), x);
      },
    },
    storage: {
      read: async () => structuredClone(storage),
      clear: async (_tab, origin) => {
        calls.push(`clear storage ${origin}`);
        storage = { origin, items: [] };
      },
      write: async (_tab, s) => {
        storage = structuredClone(s);
      },
    },
    tabs: {
      open: async (nextTo) => {
        calls.push(`open beside ${nextTo}`);
        return TEST_TAB;
      },
      load: async (tabId, url) => {
        expect(tabId).toBe(TEST_TAB);
        testTabUrl = url;
        calls.push(`load ${url}`);
        if (url === 'about:blank') return;
        loads++;
        const which = loads === 1 ? 'a' : 'b';
        if (opts.failLoad === which) throw new Error(`the page of load ${which} did not answer`);
        // The page sets its tracking cookie in A, and in B unless it honours the signals.
        if (which === 'a' || !opts.honours) jar.set(key(c('_ga')), c('_ga', { value: which }));
        // Its Meta pixel resets Facebook's fr and adds _fbp (third-party cookies), in both loads.
        jar.set(key(other), { ...other, value: `fr-${which}` });
        const fbp = c('_fbp', { domain: '.facebook.com', hostOnly: false });
        jar.set(key(fbp), fbp);
        storage = { origin: storage.origin, items: [['_ga_vid', which]] };
        const id = `page-${which}`;
        visits.set(id, { load: which });
        latest =
          which === 'b' && opts.redirectB
            ? {
                id,
                tabId,
                url: `https://${opts.redirectB}/`,
                site: opts.redirectB,
                startedAt: loads,
              }
            : { id, tabId, url, site: 'shop.test', startedAt: loads };
      },
      close: async (tabId) => {
        calls.push(`close ${tabId}`);
        testTabUrl = 'closed';
      },
    },
    signals: async (s) => {
      settings.push(s);
    },
    pageReport: async (_site, pageId) => {
      const which = visits.get(pageId)!.load;
      return which === 'a'
        ? reportOf(true, opts.loadASent === true)
        : reportOf(!opts.honours, true);
    },
    save: async (site, ab) => {
      saved.push([site, ab]);
    },
    wait: async (ms) => {
      calls.push(`wait ${ms}`);
    },
    flush: async () => {},
    mute: (sites) => {
      muted = sites;
    },
    publish: (p) => published.push(p),
  };
  return {
    deps,
    calls,
    settings,
    published,
    saved,
    jarNow: () => [...jar.values()].sort((x, y) => key(x).localeCompare(key(y))),
    jarBefore: [...userCookies, other].sort((x, y) => key(x).localeCompare(key(y))),
    storageNow: () => storage,
    testTabUrl: () => testTabUrl,
  };
}

const B = { mode: 'sites', sites: ['shop.test'], dnt: true, gpc: true };
const A = { mode: 'off', sites: [], dnt: true, gpc: true };

describe('the A/B test service', () => {
  it('runs the phases in order, stores the comparison and puts everything back', async () => {
    const w = world({ honours: false });
    const p = await createSignalsAb(w.deps).run(USER_TAB);
    expect(w.published.map((x) => x.phase)).toEqual([
      'saving',
      'clearing-a',
      'loading-a',
      'clearing-b',
      'loading-b',
      'comparing',
      'restoring',
      'restoring',
      'done',
    ]);
    expect(w.calls).toEqual([
      'open beside 7',
      'load about:blank',
      'clear storage https://shop.test',
      `load ${URL_}`,
      'wait 3000',
      'load about:blank',
      'clear storage https://shop.test',
      `load ${URL_}`,
      'wait 3000',
      'load about:blank',
      'close 99',
    ]);
    expect(w.settings).toEqual([A, B, null]);
    expect(p.phase).toBe('done');
    expect(p.error).toBeNull();
    expect(p.notRestored).toBeNull();
    expect(p.ab?.verdicts.gpc.finding).toBe('gpc-ignored');
    expect(p.text).toBe(
      'Done: DNT dnt-ignored, GPC gpc-ignored. Your cookies and storage for this site are back as they were.',
    );
    expect(w.saved.map(([s, ab]) => [s, ab])).toEqual([['shop.test', p.ab]]);
    expect(w.jarNow()).toEqual(w.jarBefore);
    expect(w.storageNow()).toEqual({ origin: 'https://shop.test', items: [['cart', '3 items']] });
    expect(w.testTabUrl()).toBe('closed');
  });

  it('gives "honoured" when load B has no tracking', async () => {
    const w = world({ honours: true });
    const p = await createSignalsAb(w.deps).run(USER_TAB);
    expect([p.phase, p.ab?.verdicts.dnt.outcome, p.ab?.verdicts.gpc.outcome]).toEqual([
      'done',
      'honoured',
      'honoured',
    ]);
    expect(w.jarNow()).toEqual(w.jarBefore);
  });

  it('restores everything when a load fails, and says why it stopped', async () => {
    const w = world({ failLoad: 'b' });
    const p = await createSignalsAb(w.deps).run(USER_TAB);
    expect(p.phase).toBe('failed');
    expect(p.text).toBe('The test stopped: the page of load b did not answer');
    expect(p.ab).toBeNull();
    expect(w.saved).toEqual([]);
    expect(w.settings).toEqual([A, B, null]);
    expect(w.calls.at(-1)).toBe('close 99');
    expect(w.jarNow()).toEqual(w.jarBefore);
    expect(w.storageNow()).toEqual({ origin: 'https://shop.test', items: [['cart', '3 items']] });
  });

  it('refuses a load A that carried a signal, and restores', async () => {
    const w = world({ loadASent: true });
    const p = await createSignalsAb(w.deps).run(USER_TAB);
    expect(p.phase).toBe('failed');
    expect(p.error).toMatch(/^load A carried DNT and GPC although the test sent none/);
    expect(w.saved).toEqual([]);
    expect(w.jarNow()).toEqual(w.jarBefore);
  });

  it('says plainly what it could not put back', async () => {
    const w = world({ breakSet: 'login' });
    const p = await createSignalsAb(w.deps).run(USER_TAB);
    expect(p.phase).toBe('failed');
    expect(p.notRestored).toEqual([
      'could not set login @ shop.test: refused',
      'missing: login @ shop.test/',
    ]);
    expect(p.text).toBe(
      'The test stopped: Not restored exactly: could not set login @ shop.test: refused; missing: login @ shop.test/',
    );
    // The comparison itself was made and kept.
    expect(p.ab?.verdicts.gpc.outcome).toBe('ignored');
  });

  it('runs one test at a time', async () => {
    const w = world();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const service = createSignalsAb({ ...w.deps, wait: () => gate });
    const first = service.run(USER_TAB);
    await new Promise((r) => setTimeout(r, 0));
    await expect(service.run(USER_TAB)).rejects.toBeInstanceOf(SignalsAbBusy);
    expect(service.progress(USER_TAB)?.phase).toBe('loading-a');
    release();
    expect((await first).phase).toBe('done');
  });

  it('refuses a tab with no recorded web page, touching nothing', async () => {
    const w = world();
    const p = await createSignalsAb({ ...w.deps, page: async () => null }).run(USER_TAB);
    expect([p.phase, p.text]).toEqual([
      'failed',
      'The test stopped: this tab shows no web page recorded by the extension',
    ]);
    expect(w.calls).toEqual([]);
    expect(w.settings).toEqual([]);
  });

  it('keeps the saved state durably while it runs, and a restarted worker puts it back', async () => {
    const w = world();
    let kept: PendingRestore | null = null;
    const pending = {
      get: async () => (kept ? structuredClone(kept) : null),
      put: async (p: PendingRestore) => void (kept = structuredClone(p)),
      clear: async () => void (kept = null),
    };
    // The worker stops during load A's wait: that run never ends.
    const stuck = createSignalsAb({ ...w.deps, pending, wait: () => new Promise(() => {}) });
    void stuck.run(USER_TAB);
    await new Promise((r) => setTimeout(r, 0));
    expect(stuck.progress(USER_TAB)?.phase).toBe('loading-a');
    expect(kept).toMatchObject({ site: 'shop.test', tabId: USER_TAB, testTab: TEST_TAB });
    expect(w.jarNow()).not.toEqual(w.jarBefore);
    // The next worker.
    const next = createSignalsAb({ ...w.deps, pending });
    expect(await next.recover()).toEqual([]);
    // The site's cookies exactly; the third parties' are not kept durably
    // (that would be the whole browser's jar): load A's fr and _fbp stay.
    const ofSite = (xs: SavedCookie[]) => xs.filter((x) => x.domain.endsWith('shop.test'));
    expect(ofSite(w.jarNow())).toEqual(ofSite(w.jarBefore));
    expect(
      w
        .jarNow()
        .filter((x) => x.domain === '.facebook.com')
        .map((x) => [x.name, x.value]),
    ).toEqual([
      ['_fbp', '_fbp-value'],
      ['fr', 'fr-a'],
    ]);
    expect(w.storageNow()).toEqual({ origin: 'https://shop.test', items: [['cart', '3 items']] });
    expect(w.calls.at(-1)).toBe('close 99');
    expect(kept).toBeNull();
    // Nothing pending: nothing done.
    expect(await next.recover()).toEqual([]);
  });

  it('changes nothing when the saved state cannot be kept', async () => {
    const w = world();
    const p = await createSignalsAb({
      ...w.deps,
      pending: {
        get: async () => null,
        put: async () => {
          throw new Error('quota exceeded');
        },
        clear: async () => {},
      },
    }).run(USER_TAB);
    expect([p.phase, p.text]).toEqual(['failed', 'The test stopped: quota exceeded']);
    expect(w.calls).toEqual([]);
    expect(w.settings).toEqual([]);
    expect(w.jarNow()).toEqual(w.jarBefore);
  });

  it('answers the popup through the message handler, one action at a time on the site', async () => {
    const w = world();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const test = createSignalsAb({ ...w.deps, wait: () => gate });
    const consentActions = {
      running: (tabId: number) => tabId === 3,
      progress: async () => null,
      run: async () => ({ step: 'done' }),
    };
    const handle = createMessageHandler({
      signalsAb: { test, stored: async () => null },
      consentActions,
    } as unknown as BackgroundDeps);
    const page = { fromExtensionPage: true };
    expect(await handle({ type: 'signals-ab', tabId: 3 }, page)).toEqual({
      ok: false,
      error: 'A consent action is running on this tab: wait until it ends.',
    });
    expect(
      await handle({ type: 'signals-ab', tabId: USER_TAB }, { fromExtensionPage: false }),
    ).toEqual({
      ok: false,
      error: 'not allowed',
    });
    expect(await handle({ type: 'signals-ab', tabId: -2 }, page)).toEqual({
      ok: false,
      error: 'no such tab',
    });
    const first = handle({ type: 'signals-ab', tabId: USER_TAB }, page);
    await new Promise((r) => setTimeout(r, 0));
    expect(await handle({ type: 'signals-ab', tabId: USER_TAB }, page)).toEqual({
      ok: false,
      error: 'A DNT/GPC test is already running.',
    });
    expect(
      await handle({ type: 'consent-action', tabId: USER_TAB, action: 'reject' }, page),
    ).toEqual({
      ok: false,
      error: 'The DNT/GPC test is running: wait until it ends.',
    });
    const running = (await handle(
      { type: 'get-signals-ab', tabId: USER_TAB, site: 'shop.test' },
      page,
    )) as {
      progress: AbProgress;
      ab: SignalsAb | null;
    };
    expect([running.progress.phase, running.ab]).toEqual(['loading-a', null]);
    release();
    const res = (await first) as { ok: true; progress: AbProgress };
    expect(res.progress.phase).toBe('done');
    const bare = createMessageHandler({} as unknown as BackgroundDeps);
    expect(await bare({ type: 'get-signals-ab', tabId: 3, site: 'shop.test' }, page)).toEqual({
      ok: false,
      error: 'the DNT/GPC test is not available here',
    });
  });

  it('stops when a load ends on another site, and restores', async () => {
    const w = world({ redirectB: 'login.example' });
    const p = await createSignalsAb(w.deps).run(USER_TAB);
    expect([p.phase, p.text]).toEqual([
      'failed',
      'The test stopped: load B was not recorded on shop.test (the page went to https://login.example/)',
    ]);
    expect(w.saved).toEqual([]);
    expect(w.jarNow()).toEqual(w.jarBefore);
  });

  it("refuses at once when the browser's own Do Not Track setting is on, touching nothing", async () => {
    const w = world();
    const p = await createSignalsAb({ ...w.deps, browserDnt: async () => true }).run(USER_TAB);
    expect([p.phase, p.text]).toEqual([
      'failed',
      "The test stopped: your browser's own Do Not Track setting is on, so load A (no signal) would carry DNT: turn it off to test this site",
    ]);
    expect(w.calls).toEqual([]);
    expect(w.settings).toEqual([]);
    expect(w.jarNow()).toEqual(w.jarBefore);
  });
});
