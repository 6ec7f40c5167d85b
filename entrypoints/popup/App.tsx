import { useCallback, useEffect, useRef, useState } from 'react';
import { ask } from '../../lib/platform/messaging.ts';
import type { DeclarationInfo, RecordsChanged, TabViewResponse } from '../../lib/core/protocol.ts';
import { cookiesCsv, type Report } from '../../lib/core/report.ts';
import { buildReportHtml } from '../../lib/core/report-html.ts';
import type { Category } from '../../lib/core/types.ts';
import { DeclaredChart } from '../../components/DeclaredChart.tsx';
import { DeclarationPanel } from '../../components/Declaration.tsx';
import { FindingList, SeverityCounts } from '../../components/Findings.tsx';
import { SignalsPanel } from '../../components/Signals.tsx';
import { Summary } from '../../components/Summary.tsx';
import {
  BeaconPixelTable,
  CookieTable,
  StorageTable,
  ThirdPartyTable,
} from '../../components/Tables.tsx';

type State =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: TabViewResponse; sources: DeclarationInfo[] };

const TABS = [
  'Findings',
  'Cookies',
  'Storage',
  'Third parties',
  'Beacons & pixels',
  'DNT / GPC',
  'Declaration',
] as const;
type Tab = (typeof TABS)[number];

async function targetTabId(): Promise<number | null> {
  // ?tabId= lets tests and the CLI show a given tab's audit.
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const matches = (q: string, ...fields: (string | null | undefined)[]) =>
  !q || fields.some((f) => f?.toLowerCase().includes(q));

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [tab, setTab] = useState<Tab>('Findings');
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const tabIdRef = useRef<number | null>(null);

  const load = useCallback(async () => {
    try {
      const tabId = tabIdRef.current ?? (await targetTabId());
      tabIdRef.current = tabId;
      if (tabId === null) throw new Error('No active tab.');
      const data = await ask<TabViewResponse>({ type: 'get-tab-view', tabId });
      const sources = data.site
        ? (
            await ask<{ declarations: DeclarationInfo[] }>({
              type: 'get-declarations',
              site: data.site,
            })
          ).declarations
        : [];
      setState({ status: 'ready', data, sources });
    } catch (e) {
      setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  useEffect(() => {
    void load();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onMessage = (msg: unknown) => {
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
  const { data, sources } = state;
  if (!data.view || !data.site) {
    return (
      <main className="popup">
        <h1>Cookie Audit</h1>
        <p className="status" data-testid="empty">
          Nothing recorded for this tab yet. Reload the page to audit it from the start.
        </p>
      </main>
    );
  }
  const { view, site } = data;
  const q = query.trim().toLowerCase();
  const act = async (msg: Record<string, unknown>, done: string) => {
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
  const exportAs = async (kind: 'json' | 'html' | 'csv') => {
    try {
      const { report } = await ask<{ report: Report }>({ type: 'get-report', site });
      const [body, type] =
        kind === 'json'
          ? [`${JSON.stringify(report, null, 2)}\n`, 'application/json']
          : kind === 'html'
            ? [buildReportHtml(report), 'text/html']
            : [`${cookiesCsv(report)}\n`, 'text/csv'];
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([body], { type }));
      a.download = kind === 'csv' ? `${site}-cookies.csv` : `${site}-report.${kind}`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch (e) {
      setMessage(`Export failed: ${(e as Error).message}`);
    }
  };
  const declaredFrom = data.declared
    ? `${data.declared.source}${data.declared.url ? ` — ${data.declared.url}` : ''}`
    : 'no declaration found';
  const panels: Record<Tab, React.ReactNode> = {
    Findings: (
      <>
        <FindingList findings={data.discrepancies} />
        <DeclaredChart declared={data.declared} view={view} />
      </>
    ),
    Cookies: (
      <CookieTable
        rows={view.cookies.filter((c) =>
          matches(q, c.name, c.domain, c.category, c.vendor, c.setter),
        )}
      />
    ),
    Storage: (
      <StorageTable
        rows={view.storage.filter((s) => matches(q, s.key, s.origin, s.setter, s.category))}
      />
    ),
    'Third parties': (
      <ThirdPartyTable
        rows={view.thirdParties.filter((t) =>
          matches(q, t.domain, t.vendor, t.category, ...t.hosts),
        )}
      />
    ),
    'Beacons & pixels': (
      <BeaconPixelTable
        rows={view.requests.filter(
          (r) => (r.beacon || r.pixel) && matches(q, r.url, r.tracker?.vendor, r.tracker?.category),
        )}
      />
    ),
    'DNT / GPC': (
      <SignalsPanel pages={view.pages} declared={data.declared} findings={data.discrepancies} />
    ),
    Declaration: (
      <DeclarationPanel
        declared={data.declared}
        sources={sources}
        busy={busy}
        message={message}
        onUsePage={() =>
          void act(
            { type: 'use-page-as-policy', url: data.pageUrl },
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
        onReread={() => void act({ type: 'reread-policy' }, 'Policy read again.')}
      />
    ),
  };
  const searchable = tab !== 'Findings' && tab !== 'DNT / GPC' && tab !== 'Declaration';
  return (
    <main className="popup">
      <header>
        <h1>{site}</h1>
        <p className="page-url" title={data.pageUrl ?? undefined}>
          {data.pageUrl}
        </p>
        <p className="declared-from" data-testid="declared-from">
          Declared by: {declaredFrom}
          {data.sitePages > 1 ? ` · findings over ${data.sitePages} pages of the site` : ''}
        </p>
        <SeverityCounts findings={data.discrepancies} />
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
          </button>
        </div>
      </header>
      <Summary view={view} />
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
            onClick={() => setTab(t)}
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
              setTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {t}
            {t === 'Findings' ? ` (${data.discrepancies.length})` : ''}
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
        {panels[tab]}
      </section>
    </main>
  );
}
