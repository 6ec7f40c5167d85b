import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordsChanged, TabViewResponse } from '../../lib/core/protocol.ts';
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
  | { status: 'ready'; data: TabViewResponse };

const TABS = ['Cookies', 'Storage', 'Third parties', 'Beacons & pixels'] as const;
type Tab = (typeof TABS)[number];

async function targetTabId(): Promise<number | null> {
  // ?tabId= lets the report page and tests show a given tab's audit.
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [tab, setTab] = useState<Tab>('Cookies');
  const tabIdRef = useRef<number | null>(null);

  const load = useCallback(async () => {
    try {
      const tabId = tabIdRef.current ?? (await targetTabId());
      tabIdRef.current = tabId;
      if (tabId === null) throw new Error('No active tab.');
      const res = (await browser.runtime.sendMessage({ type: 'get-tab-view', tabId })) as
        TabViewResponse | { ok: false; error: string };
      if (!res.ok) throw new Error(res.error);
      setState({ status: 'ready', data: res });
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
        <p className="status">Loading the audit of this tab…</p>
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
  const { data } = state;
  if (!data.view) {
    return (
      <main className="popup">
        <h1>Cookie Audit</h1>
        <p className="status">
          Nothing recorded for this tab yet. Reload the page to audit it from the start.
        </p>
      </main>
    );
  }
  const { view } = data;
  const rows = {
    Cookies: <CookieTable rows={view.cookies} />,
    Storage: <StorageTable rows={view.storage} />,
    'Third parties': <ThirdPartyTable rows={view.thirdParties} />,
    'Beacons & pixels': <BeaconPixelTable rows={[...view.beacons, ...view.pixels]} />,
  } satisfies Record<Tab, React.ReactNode>;
  return (
    <main className="popup">
      <header>
        <h1>{data.site}</h1>
        <p className="page-url" title={data.pageUrl ?? undefined}>
          {data.pageUrl}
        </p>
      </header>
      <Summary view={view} />
      <div role="tablist" aria-label="Records">
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
          </button>
        ))}
      </div>
      <section id="panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {rows[tab]}
      </section>
    </main>
  );
}
