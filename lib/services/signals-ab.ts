// The popup's "Test DNT/GPC on this site": the command line's --signals-ab
// (lib/core/signals/ab.ts) in the user's own browser. The user's cookies for
// the site and the page's localStorage are saved; the site's state is
// cleared; load A (no signal) and load B (DNT and GPC, this site only, with
// the "send privacy signals" option's own rules and scripts) run in a
// background tab beside the user's, each watched the same time; the two
// page visits are compared and the result stored for the site's audit and
// report; then — always, whatever failed — the saved cookies and storage are
// put back exactly and the stored signal setting is in force again.
//
// Why a second tab: the user's tab keeps its page, its sessionStorage (per
// tab) and anything typed in it; the loads get a fresh sessionStorage of
// their own, as the CLI's fresh profile does. localStorage is per origin:
// it is cleared and restored through the user's tab, which is on the origin
// throughout (no page of it has to be loaded to write it).
import type { RestoreDiff, SavedCookie } from '../core/signals/ab-restore.ts';
import {
  AB_DWELL_MS,
  BROWSER_DNT_ON,
  abSignalSettings,
  doneText,
  loadAError,
  thirdPartySites,
  PHASE_TEXT,
  type AbPhase,
  type AbProgress,
  type SavedStorage,
} from '../core/signals/ab-run.ts';
import { siteState } from './ab-state.ts';
import { signalsAbOfReports, type AbReport, type SignalsAb } from '../core/signals/ab.ts';
import type { SendSignalsSettings } from '../core/signals/send.ts';
import type { PageVisit } from '../core/types.ts';

export interface SignalsAbDeps {
  /** The tab's current page (null: none recorded). */
  page(tabId: number): Promise<PageVisit | null>;
  cookies: {
    all(site: string): Promise<SavedCookie[]>;
    /** Every cookie of the browser (every partition). */
    everything(): Promise<SavedCookie[]>;
    remove(c: SavedCookie): Promise<void>;
    set(c: SavedCookie): Promise<void>;
  };
  storage: {
    read(tabId: number): Promise<SavedStorage>;
    clear(tabId: number, origin: string): Promise<void>;
    write(tabId: number, saved: SavedStorage): Promise<void>;
  };
  tabs: {
    open(nextTo: number): Promise<number>;
    load(tabId: number, url: string): Promise<void>;
    close(tabId: number): Promise<void>;
  };
  /** The test's own signal setting in force (null: the stored one again). */
  signals(settings: SendSignalsSettings | null): Promise<void>;
  /** A page visit's records as a report (only that page). */
  pageReport(site: string, pageId: string): Promise<AbReport & { dnt: SentSignals }>;
  /** Keeps the result for the site's audit and report. */
  save(site: string, ab: SignalsAb): Promise<void>;
  wait(ms: number): Promise<void>;
  /** Resolves once everything observed so far is written (recorder.idle). */
  flush(): Promise<void>;
  /** While set, these sites' cookie changes are the test's own: not recorded (null: none). */
  mute(sites: readonly string[] | null): void;
  publish(p: AbProgress): void;
  /**
   * What is saved, kept durably until it is put back: a worker stopped
   * mid-test (or a browser closed) restores it at its next start (recover).
   */
  pending?: {
    get(): Promise<PendingRestore | null>;
    put(p: PendingRestore): Promise<void>;
    clear(): Promise<void>;
  };
  onError?: (message: string, e: unknown) => void;
  /** The browser's own Do Not Track setting (true: load A would carry DNT; null: unknown). */
  browserDnt?: () => Promise<boolean | null>;
}

/** The user's saved state while a test runs (and the test tab, once open). */
export interface PendingRestore {
  site: string;
  tabId: number;
  testTab: number | null;
  cookies: SavedCookie[];
  storage: SavedStorage;
}

/** What the report says the page was sent (report.dnt.sent, report.dnt.gpcSent). */
type SentSignals = { sent: boolean; gpcSent: boolean };

export class SignalsAbBusy extends Error {}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createSignalsAb(deps: SignalsAbDeps) {
  const last = new Map<number, AbProgress>();
  let running: number | null = null;
  /** A recovery in progress: a test starts after it (it saves the state as restored). */
  let recovering: Promise<unknown> = Promise.resolve();

  const state = siteState(deps);

  async function steps(tabId: number): Promise<AbProgress> {
    const page = await deps.page(tabId);
    if (!page || !/^https?:/.test(page.url)) {
      throw new Error('this tab shows no web page recorded by the extension');
    }
    const { site, url } = page;
    // Known before anything is touched: the browser itself would send DNT with load A.
    if ((await deps.browserDnt?.()) === true) {
      throw new Error(BROWSER_DNT_ON);
    }
    const origin = new URL(url).origin;
    let p: AbProgress = {
      tabId,
      site,
      phase: 'saving',
      text: PHASE_TEXT.saving,
      finished: false,
      ab: null,
      error: null,
      notRestored: null,
    };
    const set = (change: Partial<AbProgress>) => {
      p = { ...p, ...change };
      last.set(tabId, p);
      deps.publish(p);
      return p;
    };
    const phase = (ph: Exclude<AbPhase, 'done' | 'failed'>) =>
      set({ phase: ph, text: PHASE_TEXT[ph] });
    set({});
    const savedCookies = await deps.cookies.all(site);
    // The third parties' cookies as they were (only those the loads turn out to request are put back).
    const jarBefore = await deps.cookies.everything();
    /** The registrable domains the loads requested, but the site's. */
    const touched = new Set<string>();
    const savedStorage = await deps.storage.read(tabId);
    if (savedStorage.origin !== origin) {
      throw new Error(`the tab is no longer on ${origin}`);
    }
    let testTab: number | null = null;
    let ab: SignalsAb | null = null;
    let error: string | null = null;
    let cleared = false;
    const pending: PendingRestore = {
      site,
      tabId,
      testTab: null,
      cookies: savedCookies,
      storage: savedStorage,
    };
    // Kept before anything is changed: nothing is cleared unless it can be put back.
    await deps.pending?.put(pending);
    try {
      testTab = await deps.tabs.open(tabId);
      await deps.pending?.put({ ...pending, testTab });
      const load = async (which: 'a' | 'b') => {
        phase(which === 'a' ? 'clearing-a' : 'clearing-b');
        // The test tab leaves the site first: no page of it runs while its state is cleared.
        await deps.tabs.load(testTab!, 'about:blank');
        await deps.signals(abSignalSettings(site, which));
        cleared = true;
        await state.clear(site, tabId, origin);
        phase(which === 'a' ? 'loading-a' : 'loading-b');
        await deps.flush();
        const before = await deps.page(testTab!);
        await deps.tabs.load(testTab!, url);
        await deps.wait(AB_DWELL_MS);
        await deps.flush();
        // A new visit of the site (a redirect within it, e.g. / → /home, is the same load).
        const visit = await deps.page(testTab!);
        if (!visit || visit.id === before?.id || visit.site !== site) {
          throw new Error(
            `load ${which.toUpperCase()} was not recorded on ${site}${visit && visit.id !== before?.id ? ` (the page went to ${visit.url})` : ''}`,
          );
        }
        const report = await deps.pageReport(site, visit.id);
        for (const s of thirdPartySites(
          report.requests.map((q) => q.url),
          site,
        ))
          touched.add(s);
        return report;
      };
      const a = await load('a');
      const b = await load('b');
      await deps.tabs.load(testTab, 'about:blank');
      phase('comparing');
      const notA = loadAError({ dnt: a.dnt.sent, gpc: a.dnt.gpcSent });
      if (notA) throw new Error(notA);
      if (!b.dnt.sent || !b.dnt.gpcSent) {
        throw new Error('load B did not carry both signals');
      }
      ab = signalsAbOfReports(url, a, b);
      await deps.save(site, ab);
    } catch (e) {
      error = messageOf(e);
    } finally {
      phase('restoring');
      const lines: string[] = [];
      if (testTab !== null) {
        await deps.tabs.close(testTab).catch((e) => lines.push(`test tab: ${messageOf(e)}`));
      }
      await deps
        .signals(null)
        .catch((e) => lines.push(`the "send privacy signals" setting: ${messageOf(e)}`));
      // Nothing was cleared when the test stopped before: nothing to put back.
      if (cleared) {
        lines.push(
          ...(await state
            .restore(site, tabId, savedCookies, savedStorage)
            .catch((e) => [`the restore stopped: ${messageOf(e)}`])),
        );
      }
      lines.push(
        ...(await state
          .undoThirdParty(site, jarBefore, [...touched])
          .catch((e) => [`third parties' cookies: ${messageOf(e)}`])),
      );
      // Tried once, and what is not back is said: a later start must not
      // overwrite what the user has done since.
      await deps.pending?.clear().catch((e) => deps.onError?.('A/B test: pending restore', e));
      if (lines.length) {
        error = `${error ? `${error}. ` : ''}Not restored exactly: ${lines.join('; ')}`;
      }
      set({ notRestored: lines.length ? lines : null });
    }
    if (error || !ab) {
      return set({
        phase: 'failed',
        text: `The test stopped: ${error ?? 'no result'}`,
        error,
        ab,
        finished: true,
      });
    }
    return set({ phase: 'done', text: doneText(ab), ab, finished: true });
  }

  return {
    /** Runs the test for the tab's site; resolves with its last step (done or failed). */
    async run(tabId: number): Promise<AbProgress> {
      if (running !== null) throw new SignalsAbBusy('A DNT/GPC test is already running.');
      running = tabId;
      try {
        await recovering;
        return await steps(tabId);
      } catch (e) {
        const prev = last.get(tabId);
        const failed: AbProgress = {
          tabId,
          site: prev?.site ?? '',
          phase: 'failed',
          text: `The test stopped: ${messageOf(e)}`,
          finished: true,
          ab: null,
          error: messageOf(e),
          notRestored: prev?.notRestored ?? null,
        };
        last.set(tabId, failed);
        deps.publish(failed);
        return failed;
      } finally {
        running = null;
      }
    },
    /**
     * At the worker's start: a test the worker was stopped in the middle of
     * (its saved state is still pending) is restored now — its tab closed,
     * the site's cookies and the page's storage put back. Resolves with what
     * could not be put back (empty: everything is, or nothing was pending).
     */
    recover(): Promise<string[]> {
      const work = (async () => {
        const p = await deps.pending?.get();
        if (!p) return [];
        if (p.testTab !== null) await deps.tabs.close(p.testTab).catch(() => {});
        const lines = await state
          .restore(p.site, p.tabId, p.cookies, p.storage)
          .catch((e) => [`the restore stopped: ${messageOf(e)}`]);
        await deps.pending?.clear();
        return lines;
      })();
      recovering = work.catch(() => []);
      return work;
    },
    /** A test is running (on any tab: the site's state and the signal setting are swapped). */
    running: (): boolean => running !== null,
    /** The tab's test in progress or last finished (null: none since the worker started). */
    progress: (tabId: number): AbProgress | null => last.get(tabId) ?? null,
  };
}

export type SignalsAbService = ReturnType<typeof createSignalsAb>;
export type { RestoreDiff };
