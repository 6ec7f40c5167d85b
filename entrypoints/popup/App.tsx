import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { ask } from '../../lib/platform/messaging.ts';
import { readSavedConsentProgress } from '../../lib/platform/consent-progress.ts';
import type { ConsentAction, ConsentProgress } from '../../lib/core/consent-actions/progress.ts';
import type {
  ConsentProgressMessage,
  RecordsChanged,
  Request,
  SendSignalsResponse,
  SignalsAbProgressMessage,
  TabSummaryResponse,
} from '../../lib/core/protocol.ts';
import type { AbProgress } from '../../lib/core/signals/ab-run.ts';
import type { SignalsAb } from '../../lib/core/signals/ab.ts';
import type { TableName, TableRows } from '../../lib/core/tab-summary.ts';
import type { Category } from '../../lib/core/types.ts';
import { ConsentActions } from '../../components/ConsentActions.tsx';
import { DeclaredChart } from '../../components/DeclaredChart.tsx';
import { FindingList, SeverityCounts } from '../../components/Findings.tsx';
import { Summary } from '../../components/Summary.tsx';
import { lazyChunk } from '../../components/lazy-chunk.tsx';
import {
  declaredFromText,
  POPUP_TABS,
  tabLabel,
  truncatedText,
  type PopupTab,
} from '../../lib/core/popup-view.ts';
import type { Boot } from './boot.ts';
import { markReady } from './ready.ts';

// The first paint needs only the counts and findings: the tables, the other
// panels and the report builders are chunks loaded when opened.
const tables = () => import('../../components/Tables.tsx');
const CookieTable = lazyChunk(tables, (m) => m.CookieTable);
const StorageTable = lazyChunk(tables, (m) => m.StorageTable);
const ThirdPartyTable = lazyChunk(tables, (m) => m.ThirdPartyTable);
const BeaconPixelTable = lazyChunk(tables, (m) => m.BeaconPixelTable);
const SignalsPanel = lazyChunk(
  () => import('../../components/Signals.tsx'),
  (m) => m.SignalsPanel,
);
const SignalsAbPanel = lazyChunk(
  () => import('../../components/SignalsAb.tsx'),
  (m) => m.SignalsAbPanel,
);
const DeclarationPanel = lazyChunk(
  () => import('../../components/Declaration.tsx'),
  (m) => m.DeclarationPanel,
);
/** Every panel's chunk, loaded once the counts are painted: a tab opened later does not wait. */
const PANEL_CHUNKS = [
  CookieTable,
  StorageTable,
  ThirdPartyTable,
  BeaconPixelTable,
  SignalsPanel,
  SignalsAbPanel,
  DeclarationPanel,
];

type State =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      data: TabSummaryResponse;
      /**
       * 'stored': read from the page's stored summary before the worker
       * answered (`current` says whether it still matches the records, null
       * while they are being counted); 'worker': the worker's answer, which
       * replaces it.
       */
      origin: 'stored' | 'worker';
      current: boolean | null;
    };

/** The table each record tab shows; its rows are fetched when the tab opens. */
const TABLE_OF: Partial<Record<Tab, TableName>> = {
  Cookies: 'cookies',
  Storage: 'storage',
  'Third parties': 'thirdParties',
  'Beacons & pixels': 'beaconsPixels',
};

/** Rows per table, with the summary load (`gen`) they match. */
type Rows = { [K in TableName]?: { gen: number; rows: TableRows[K] } };

const TABS = POPUP_TABS;
type Tab = PopupTab;

async function targetTabId(): Promise<number | null> {
  // ?tabId= lets tests and the CLI show a given tab's audit.
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const matches = (q: string, ...fields: (string | null | undefined)[]) =>
  !q || fields.some((f) => f?.toLowerCase().includes(q));

/** The popup's corrections of a declaration: requests about the site shown, which `act` names. */
type SiteAction = Request extends infer R
  ? R extends { site: string }
    ? Omit<R, 'site'>
    : never
  : never;

export function App({ boot }: { boot: Boot }) {
  // The stored summary boot.ts painted, if any: the first render is the same.
  const [state, setState] = useState<State>(() =>
    boot.stored
      ? { status: 'ready', origin: 'stored', data: boot.stored.data, current: null }
      : { status: 'loading' },
  );
  const [tab, setTab] = useState<Tab>('Findings');
  // What the browser and this extension send: read when the DNT/GPC tab opens.
  const [sending, setSending] = useState<SendSignalsResponse | null>(null);
  useEffect(() => {
    if (tab !== 'DNT / GPC' || sending) return;
    ask({ type: 'get-send-signals' }).then(setSending, () => {});
  }, [tab, sending]);
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  // The DNT/GPC A/B test: the tab's (running or last ended), the site's stored result, a refusal.
  const [abProgress, setAbProgress] = useState<AbProgress | null>(null);
  const [abStored, setAbStored] = useState<{
    site: string;
    ab: SignalsAb | null;
    at: number | null;
  } | null>(null);
  const [abError, setAbError] = useState<string | null>(null);
  const shownSite = state.status === 'ready' ? state.data.site : null;
  const shownTab = state.status === 'ready' ? state.data.tabId : null;
  useEffect(() => {
    if (tab !== 'DNT / GPC' || !shownSite || shownTab === null || abStored?.site === shownSite) {
      return;
    }
    ask({ type: 'get-signals-ab', tabId: shownTab, site: shownSite }).then(
      (r) => {
        setAbStored({ site: shownSite, ab: r.ab, at: r.testedAt });
        setAbProgress((p) => p ?? r.progress);
      },
      () => {},
    );
  }, [tab, shownSite, shownTab, abStored]);

  // The tab's consent action (running or last ended), and why a request was refused.
  const [consent, setConsent] = useState<ConsentProgress | null>(null);
  const [consentError, setConsentError] = useState<string | null>(null);

  const [rows, setRows] = useState<Rows>({});
  const [rowsError, setRowsError] = useState<string | null>(null);
  // Bumped by each summary load: rows of an older one are shown until the
  // fresh ones arrive (no flicker during live updates), then replaced.
  const genRef = useRef(0);
  const tableRef = useRef<TableName | undefined>(undefined);
  const inFlight = useRef(new Set<string>());
  const tabIdRef = useRef<number | null>(boot.tabId);

  const loadRows = useCallback(async (table: TableName, g: number) => {
    const tabId = tabIdRef.current;
    const key = `${table}|${g}`;
    if (tabId === null || inFlight.current.has(key)) return;
    inFlight.current.add(key);
    try {
      const res = await ask({ type: 'get-tab-rows', tabId, table });
      setRowsError(null);
      // An older answer arriving late must not replace a newer one.
      setRows((r) =>
        (r[table]?.gen ?? -1) > g ? r : { ...r, [table]: { gen: g, rows: res.rows } },
      );
    } catch (e) {
      setRowsError(e instanceof Error ? e.message : String(e));
    } finally {
      inFlight.current.delete(key);
    }
  }, []);

  // Counts, findings and declarations first; a table's rows only when its
  // tab is opened (a heavy tab has thousands).
  const load = useCallback(async () => {
    try {
      const tabId = tabIdRef.current ?? (await targetTabId());
      tabIdRef.current = tabId;
      if (tabId === null) throw new Error('No active tab.');
      const data = await ask({ type: 'get-tab-summary', tabId });
      setState({ status: 'ready', data, origin: 'worker', current: true });
      genRef.current++;
      if (tableRef.current) void loadRows(tableRef.current, genRef.current);
    } catch (e) {
      setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, [loadRows]);

  const selectTab = (t: Tab) => {
    setTab(t);
    const table = TABLE_OF[t];
    tableRef.current = table;
    if (table && rows[table]?.gen !== genRef.current) void loadRows(table, genRef.current);
  };

  // Whether the painted stored summary still matches the records (counted by then, or soon).
  useEffect(() => {
    void boot.stored?.current.then((current) =>
      setState((s) => (s.status === 'ready' && s.origin === 'stored' ? { ...s, current } : s)),
    );
  }, [boot]);

  useEffect(() => {
    void load();
    let timer: ReturnType<typeof setTimeout> | null = null;
    // An action started before the popup opened (or by another popup) shows
    // at its next step's broadcast: asking at once would wake a stopped
    // worker before the popup has painted from its stored summary.
    const onMessage = (msg: unknown) => {
      const ab = msg as SignalsAbProgressMessage;
      if (ab?.type === 'signals-ab-progress') {
        if (ab.progress.tabId !== tabIdRef.current) return;
        setAbProgress(ab.progress);
        if (ab.progress.finished) {
          if (ab.progress.ab) {
            setAbStored({ site: ab.progress.site, ab: ab.progress.ab, at: Date.now() });
          }
          void load();
        }
        return;
      }
      const c = msg as ConsentProgressMessage;
      if (c?.type === 'consent-progress') {
        if (c.progress.tabId !== tabIdRef.current) return;
        setConsent(c.progress);
        // The last step: the findings of the reloaded page.
        if (c.progress.finished) void load();
        return;
      }
      const m = msg as RecordsChanged;
      if (m?.type !== 'records-changed') return;
      if (tabIdRef.current !== null && !m.tabIds.includes(tabIdRef.current)) return;
      // Live updates, at most a few per second.
      timer ??= setTimeout(() => {
        timer = null;
        void load();
      }, 250);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [load]);

  // Once the counts are painted, fetch the panels' chunks in the background:
  // a tab opened later does not wait for them (`data-chunks-ready` says
  // they are in).
  const painted = state.status === 'ready';
  useEffect(() => {
    if (!painted) return;
    markReady();
    void Promise.all(PANEL_CHUNKS.map((c) => c.preload())).then(
      () => document.documentElement.setAttribute('data-chunks-ready', ''),
      () => {},
    );
  }, [painted]);

  // The tab's last consent action, as saved in the session (read without
  // waking the worker); one left unfinished is asked about: it runs in the
  // worker, or a stopped worker left it (then it says so).
  const paintedTab = painted ? state.data.tabId : null;
  useEffect(() => {
    if (paintedTab === null) return;
    let gone = false;
    void (async () => {
      const saved = await readSavedConsentProgress(paintedTab);
      if (gone || !saved) return;
      setConsent((c) => c ?? saved);
      if (saved.finished) return;
      const { progress } = await ask({ type: 'get-consent-progress', tabId: paintedTab });
      if (!gone && progress) setConsent((c) => (c?.finished ? c : progress));
    })().catch(() => {});
    return () => {
      gone = true;
    };
  }, [paintedTab]);

  if (state.status === 'loading') {
    return (
      <main className="popup" aria-busy="true">
        <p className="status" data-testid="loading">
          Loading the audit of this tab…
        </p>
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main className="popup">
        <p className="status error" role="alert">
          Could not read the audit: {state.message}
        </p>
        <button type="button" onClick={() => void load()}>
          Retry
        </button>
      </main>
    );
  }
  const { data, origin, current } = state;
  if (!data.summary || !data.site) {
    return (
      <main className="popup">
        <h1>Cookie Audit</h1>
        <p className="status" data-testid="empty">
          Nothing recorded for this tab yet. Reload the page to audit it from the start.
        </p>
      </main>
    );
  }
  const { summary, site, sources } = data;
  const loadingRows = (
    <p className="status" data-testid="rows-loading" aria-busy="true">
      {rowsError ? `Could not read the rows: ${rowsError}` : 'Loading the rows…'}
    </p>
  );
  // The panel's code itself still loading (a tab opened before the chunks were in).
  const chunkLoading = (
    <p className="status" data-testid="chunk-loading" aria-busy="true">
      Loading…
    </p>
  );
  const q = query.trim().toLowerCase();
  const act = async (msg: SiteAction, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await ask({ ...msg, site });
      await load();
      setMessage(done);
    } catch (e) {
      setMessage(`Not done: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const exportAs = async (kind: 'json' | 'html' | 'csv' | 'storage-csv') => {
    try {
      const [{ report }, { cookiesCsv, storageCsv }, { buildReportHtml }] = await Promise.all([
        ask({ type: 'get-report', site }),
        import('../../lib/core/report.ts'),
        import('../../lib/core/report-html.ts'),
      ]);
      const [body, type] =
        kind === 'json'
          ? [`${JSON.stringify(report, null, 2)}\n`, 'application/json']
          : kind === 'html'
            ? [buildReportHtml(report), 'text/html']
            : kind === 'csv'
              ? [`${cookiesCsv(report)}\n`, 'text/csv']
              : [`${storageCsv(report)}\n`, 'text/csv'];
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([body], { type }));
      a.download =
        kind === 'csv'
          ? `${site}-cookies.csv`
          : kind === 'storage-csv'
            ? `${site}-storage.csv`
            : `${site}-report.${kind}`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch (e) {
      setMessage(`Export failed: ${(e as Error).message}`);
    }
  };
  const runConsent = async (action: ConsentAction) => {
    const tabId = tabIdRef.current;
    if (tabId === null) return;
    setConsentError(null);
    try {
      const { progress } = await ask({ type: 'consent-action', tabId, action });
      setConsent(progress);
      await load();
    } catch (e) {
      setConsentError(`Could not run the consent action: ${(e as Error).message}`);
    }
  };
  const runAb = async () => {
    const tabId = tabIdRef.current;
    if (tabId === null) return;
    setAbError(null);
    try {
      const { progress } = await ask({ type: 'signals-ab', tabId });
      setAbProgress(progress);
      if (progress.ab) setAbStored({ site: progress.site, ab: progress.ab, at: Date.now() });
      await load();
    } catch (e) {
      setAbError(`Could not run the test: ${(e as Error).message}`);
    }
  };
  const truncated = truncatedText(summary.pages);
  const panels: Record<Tab, React.ReactNode> = {
    Findings: (
      <>
        <FindingList findings={summary.findings} />
        <DeclaredChart declared={data.declared} observed={summary.observed} />
      </>
    ),
    Cookies: rows.cookies ? (
      <CookieTable
        rows={rows.cookies.rows.filter((c) =>
          matches(q, c.name, c.domain, c.category, c.vendor, c.setter),
        )}
      />
    ) : (
      loadingRows
    ),
    Storage: rows.storage ? (
      <StorageTable
        rows={rows.storage.rows.filter((s) => matches(q, s.key, s.origin, s.setter, s.category))}
      />
    ) : (
      loadingRows
    ),
    'Third parties': rows.thirdParties ? (
      <ThirdPartyTable
        rows={rows.thirdParties.rows.filter((t) =>
          matches(q, t.domain, t.vendor, t.category, ...t.hosts),
        )}
      />
    ) : (
      loadingRows
    ),
    'Beacons & pixels': rows.beaconsPixels ? (
      <BeaconPixelTable
        rows={rows.beaconsPixels.rows.filter((r) =>
          matches(q, r.url, r.tracker?.vendor, r.tracker?.category),
        )}
      />
    ) : (
      loadingRows
    ),
    'DNT / GPC': (
      <>
        <SignalsPanel
          pages={summary.pages}
          declared={data.declared}
          findings={summary.findings}
          sources={sources}
          tk={summary.tk ?? []}
          pageUrl={data.pageUrl}
          sending={sending}
          optOut={summary.optOut ?? []}
          ab={abStored?.site === site ? abStored.ab : null}
        />
        <SignalsAbPanel
          progress={abProgress}
          ab={abStored?.site === site ? abStored.ab : null}
          testedAt={abStored?.site === site ? abStored.at : null}
          error={abError}
          onRun={() => void runAb()}
        />
      </>
    ),
    Declaration: (
      <DeclarationPanel
        declared={data.declared}
        sources={sources}
        busy={busy}
        message={message}
        onUsePage={() =>
          void act(
            // A summary is always of a page: its URL is known.
            { type: 'use-page-as-policy', url: data.pageUrl ?? '' },
            'This page is now the policy.',
          )
        }
        onPaste={(text) =>
          void act({ type: 'use-policy-text', text }, 'Pasted text read as the policy.')
        }
        onSetCategories={(categories: Category[]) =>
          void act(
            { type: 'set-declared-categories', categories, base: data.declared },
            'Declared categories saved.',
          )
        }
        onClearUser={() =>
          void act({ type: 'clear-user-declaration' }, 'Your corrections are gone.')
        }
        onReread={() =>
          void act(
            { type: 'reread-policy', host: data.pageUrl ? new URL(data.pageUrl).hostname : site },
            'Policy read again.',
          )
        }
      />
    ),
  };
  const searchable = tab !== 'Findings' && tab !== 'DNT / GPC' && tab !== 'Declaration';
  return (
    <main className="popup" data-origin={origin}>
      {origin === 'stored' && current === null && (
        <p className="status" role="status" data-testid="checking-notice">
          Stored summary: checking for newer records…
        </p>
      )}
      {origin === 'stored' && current === false && (
        <p className="status stale" role="status" data-testid="stale-notice">
          Stored summary not current (records changed since): updating…
        </p>
      )}
      <header>
        <h1>{site}</h1>
        <p className="page-url" title={data.pageUrl ?? undefined}>
          {data.pageUrl}
        </p>
        <p className="declared-from" data-testid="declared-from">
          {declaredFromText(data.declared, data.sitePages)}
        </p>
        <SeverityCounts findings={summary.findings} />
        {truncated && (
          <p className="status stale" role="status" data-testid="truncated-notice">
            {truncated}
          </p>
        )}
        <div className="export" role="group" aria-label="Export the site's report">
          Export:{' '}
          <button type="button" onClick={() => void exportAs('json')}>
            report.json
          </button>{' '}
          <button type="button" onClick={() => void exportAs('html')}>
            report.html
          </button>{' '}
          <button type="button" onClick={() => void exportAs('csv')}>
            cookies.csv
          </button>{' '}
          <button type="button" onClick={() => void exportAs('storage-csv')}>
            storage.csv
          </button>
        </div>
        <ConsentActions progress={consent} error={consentError} onRun={(a) => void runConsent(a)} />
      </header>
      <Summary counts={summary.counts} />
      <div role="tablist" aria-label="Audit">
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={tab === t}
            aria-controls="panel"
            tabIndex={tab === t ? 0 : -1}
            onClick={() => selectTab(t)}
            onKeyDown={(e) => {
              // WAI-ARIA tabs: arrows, Home and End move focus and select.
              const i = TABS.indexOf(t);
              const next =
                e.key === 'ArrowRight'
                  ? TABS[(i + 1) % TABS.length]
                  : e.key === 'ArrowLeft'
                    ? TABS[(i + TABS.length - 1) % TABS.length]
                    : e.key === 'Home'
                      ? TABS[0]
                      : e.key === 'End'
                        ? TABS[TABS.length - 1]
                        : undefined;
              if (!next) return;
              e.preventDefault();
              selectTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {tabLabel(t, summary.findings.length)}
          </button>
        ))}
      </div>
      {searchable && (
        <input
          type="search"
          className="search"
          placeholder="Filter: name, domain, vendor, category…"
          aria-label="Filter the rows"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      )}
      <section id="panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        <Suspense fallback={chunkLoading}>{panels[tab]}</Suspense>
      </section>
    </main>
  );
}
