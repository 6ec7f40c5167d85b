import { useEffect, useRef, useState } from 'react';
import { ask } from '../../lib/platform/messaging.ts';
import type { ListUpdateResult, RequestOf, ResponseMap } from '../../lib/core/protocol.ts';
import { StoragePanel } from '../../components/StorageSettings.tsx';
import { ListCatalog } from '../../components/ListCatalog.tsx';
import { Corrections } from '../../components/Corrections.tsx';
import { SendSignalsPanel } from '../../components/SendSignals.tsx';
import { CORRECTIONS } from '../../lib/core/classify/corrections.ts';
import type { ListInfo } from '../../lib/core/report.ts';

type Lists = ResponseMap['get-lists'];
type Storage = Pick<ResponseMap['get-storage'], 'settings' | 'usage'>;
type StorageChange = RequestOf<'set-storage-settings'> | RequestOf<'clear-records'>;
type Added = ResponseMap['add-list'];

/**
 * Lists and data the audit classifies with, their versions and licences,
 * and adding a list from a file or an address (updated on request).
 */
export function Options() {
  const [data, setData] = useState<Lists | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Bumped after every change to reload the lists.
  const [version, setVersion] = useState(0);
  const load = () => setVersion((v) => v + 1);
  // Changes started since a read was asked for: its answer would undo what
  // their boxes already show, so it is dropped (the change reloads after it).
  const changes = useRef(0);
  useEffect(() => {
    let alive = true;
    const at = changes.current;
    ask({ type: 'get-lists' }).then(
      (d) => alive && at === changes.current && setData(d),
      (e: Error) => alive && setMessage(`Could not read the lists: ${e.message}`),
    );
    return () => {
      alive = false;
    };
  }, [version]);

  const [storage, setStorage] = useState<Storage | null>(null);
  const [storageMessage, setStorageMessage] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    ask({ type: 'get-storage' }).then(
      (d) => alive && setStorage(d),
      (e: Error) => alive && setStorageMessage(`Could not read the storage: ${e.message}`),
    );
    return () => {
      alive = false;
    };
  }, []);
  const storageAct = async <R extends StorageChange>(
    msg: R,
    done: (r: ResponseMap[R['type']]) => string,
  ) => {
    setBusy(true);
    setStorageMessage(null);
    try {
      const res = await ask(msg);
      const r: ResponseMap[StorageChange['type']] = res;
      // Clearing the records leaves the settings as they were.
      setStorage((s) => ({ settings: 'settings' in r ? r.settings : s!.settings, usage: r.usage }));
      setStorageMessage(done(res));
    } catch (e) {
      setStorageMessage(`Not done: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const [sending, setSending] = useState<ResponseMap['get-send-signals'] | null>(null);
  const [sendingMessage, setSendingMessage] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    ask({ type: 'get-send-signals' }).then(
      (d) => alive && setSending(d),
      (e: Error) => alive && setSendingMessage(`Could not read the signals setting: ${e.message}`),
    );
    return () => {
      alive = false;
    };
  }, []);
  const saveSending = async (settings: RequestOf<'set-send-signals'>['settings']) => {
    setBusy(true);
    setSendingMessage(null);
    try {
      const r = await ask({ type: 'set-send-signals', settings });
      setSending(r);
      const what = [r.settings.dnt && 'DNT', r.settings.gpc && 'GPC'].filter(Boolean).join(' and ');
      setSendingMessage(
        r.settings.mode === 'off'
          ? 'Saved: the extension sends no signal.'
          : r.settings.mode === 'everywhere'
            ? `Saved: ${what} sent on every site.`
            : `Saved: ${what} sent on ${r.settings.sites.join(', ')}.`,
      );
    } catch (e) {
      setSendingMessage(`Not saved: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const [listUrl, setListUrl] = useState('');
  const describe = (res: Added) =>
    `${res.list.name}: ${res.list.format}, ${res.list.size} entries` +
    (res.list.version ? `, version ${res.list.version}` : '') +
    (res.list.skipped ? `, ${res.list.skipped} lines skipped` : '') +
    '.';
  const describeUpdate = (r: ListUpdateResult) =>
    r.outcome === 'unchanged'
      ? `${r.name}: unchanged since the last download (${r.size} entries).`
      : r.outcome === 'failed'
        ? `${r.name} not updated, the previous version stays in use: ${r.error}`
        : `${r.name}: updated, ${r.format}, ${r.size} entries` +
          (r.version ? `, version ${r.version}` : '') +
          (r.skipped ? `, ${r.skipped} lines skipped` : '') +
          '.';
  const act = async (what: string, run: () => Promise<string>) => {
    changes.current++;
    setBusy(true);
    setMessage(what);
    try {
      setMessage(await run());
      return true;
    } catch (e) {
      setMessage(`Not done: ${(e as Error).message}`);
      return false;
    } finally {
      setBusy(false);
      load();
    }
  };
  const addUrl = (url: string) =>
    act(`Downloading ${url}…`, async () => describe(await ask({ type: 'add-list-url', url })));
  const update = (id: string, name: string) =>
    act(`Downloading ${name}…`, async () =>
      describeUpdate((await ask({ type: 'update-list', id })).result),
    );
  const updateAll = () =>
    act('Checking every list that updates daily…', async () => {
      const { results } = await ask({ type: 'update-lists-now' });
      return results.length
        ? results.map(describeUpdate).join(' ')
        : 'No list updates daily: turn it on for a list from an address.';
    });
  const setAuto = (id: string, on: boolean) => {
    // The box shows the choice at once; the reload after saving confirms it.
    setData((d) =>
      d ? { ...d, lists: d.lists.map((l) => (l.id === id ? { ...l, autoUpdate: on } : l)) } : d,
    );
    return act('Saving…', async () => {
      await ask({ type: 'set-list-auto-update', id, on });
      return on ? 'Updated daily from its address.' : 'Daily updates turned off.';
    });
  };
  const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');
  const setEnabled = (l: ListInfo, on: boolean) => {
    // The box shows the choice at once; the reload after saving gives the state.
    setData((d) =>
      d
        ? {
            ...d,
            lists: d.lists.map((x) =>
              x.id === l.id ? { ...x, state: on ? 'in-use' : 'disabled' } : x,
            ),
          }
        : d,
    );
    return act('Saving…', async () => {
      await ask({ type: 'set-list-enabled', id: l.id, on });
      return on
        ? `${l.name} is used again.`
        : `${l.name} is turned off: kept with its data, not used to classify.`;
    });
  };
  const setOpenDataOnly = (on: boolean) => {
    setData((d) => (d ? { ...d, openDataOnly: on } : d));
    return act('Saving…', async () => {
      await ask({ type: 'set-open-data-only', on });
      return on
        ? 'Open data only: data sets whose licence forbids commercial use are not used.'
        : 'Every data set in use classifies again.';
    });
  };
  const addWellKnown = (id: string, name: string) =>
    act(`Downloading ${name}…`, async () =>
      describe(await ask({ type: 'add-well-known-list', id })),
    );
  const stateText = (l: ListInfo) =>
    l.state === 'disabled'
      ? 'turned off'
      : l.state === 'non-commercial'
        ? 'not used: non-commercial licence'
        : 'in use';

  const addFile = async (file: File) => {
    setBusy(true);
    setMessage(`Reading ${file.name}…`);
    try {
      const res = await ask({
        type: 'add-list',
        name: file.name,
        text: await file.text(),
        source: file.name,
      });
      setMessage(
        `${res.list.name}: ${res.list.format}, ${res.list.size} entries` +
          (res.list.skipped ? `, ${res.list.skipped} lines skipped` : '') +
          '.',
      );
      load();
    } catch (e) {
      setMessage(`Not added: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main>
      <h1>Lists and data</h1>
      <p>
        Every request and cookie is classified with these lists, in this order. A user list that
        cannot be read is refused with the reason, and the lists already loaded stay in use.
      </p>
      {data && (
        <p className="open-data">
          <label>
            <input
              type="checkbox"
              disabled={busy}
              checked={data.openDataOnly}
              onChange={(e) => void setOpenDataOnly(e.target.checked)}
            />{' '}
            Open data only: classify only with data sets whose licence allows commercial use
          </label>
          <span className="muted">
            {' '}
            (leaves out the Ghostery Tracker Database and the Disconnect and DuckDuckGo lists, all
            CC BY-NC-SA; requests only they know stay unclassified, and reports say so)
          </span>
        </p>
      )}
      {data?.problems.map((p) => (
        <p key={p} className="error" role="alert">
          {p}
        </p>
      ))}
      <table aria-label="Lists">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">State</th>
            <th scope="col">Kind</th>
            <th scope="col">Format</th>
            <th scope="col">Entries</th>
            <th scope="col">Version</th>
            <th scope="col">Last update</th>
            <th scope="col">Licence</th>
            <th scope="col">Source</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {data?.lists.map((l) => (
            <tr key={l.id}>
              <td>{l.name}</td>
              <td className="state">
                <label>
                  <input
                    type="checkbox"
                    disabled={busy}
                    checked={l.state !== 'disabled'}
                    aria-label={`Use ${l.name}`}
                    onChange={(e) => void setEnabled(l, e.target.checked)}
                  />{' '}
                  <span data-state={l.state}>{stateText(l)}</span>
                </label>
              </td>
              <td>{l.kind}</td>
              <td>{l.format}</td>
              <td>{l.entries === undefined ? '—' : l.entries.toLocaleString('en')}</td>
              <td>{l.version ?? '—'}</td>
              <td>
                {l.updatedAt ? day(l.updatedAt) : l.kind === 'bundled' ? 'packaged' : '—'}
                {l.checkedAt && ' '}
                {l.checkedAt && <div className="muted">checked {day(l.checkedAt)}</div>}
                {l.error && ' '}
                {l.error && (
                  <div className="error" role="alert">
                    Last update failed, the version in use stays: {l.error}
                  </div>
                )}
              </td>
              <td>
                {l.licence ?? 'unknown'}
                {l.commercialUse === false && ' '}
                {l.commercialUse === false && <div className="muted">no commercial use</div>}
              </td>
              <td className="mono">{l.source ?? '—'}</td>
              <td>
                {l.updatable && (
                  <button type="button" disabled={busy} onClick={() => void update(l.id, l.name)}>
                    Update
                  </button>
                )}{' '}
                {l.kind === 'user' && (
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() =>
                      void ask({ type: 'remove-list', id: l.id }).then(load, (e: Error) =>
                        setMessage(e.message),
                      )
                    }
                  >
                    Remove
                  </button>
                )}
                {l.updatable && (
                  <label className="auto-update">
                    <input
                      type="checkbox"
                      disabled={busy}
                      checked={l.autoUpdate ?? false}
                      onChange={(e) => void setAuto(l.id, e.target.checked)}
                    />{' '}
                    daily
                  </label>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Lists from an address marked daily are checked once a day with a conditional request (only
        downloaded again when they changed); a failed update keeps the version in use.{' '}
        <button type="button" disabled={busy} onClick={() => void updateAll()}>
          Check for updates now
        </button>
      </p>
      {data && (
        <ListCatalog
          catalog={data.catalog}
          openDataOnly={data.openDataOnly}
          busy={busy}
          onAdd={(w) => void addWellKnown(w.id, w.name)}
        />
      )}
      <h2>Other lists</h2>
      <p>
        <label>
          Add a list from a file (EasyPrivacy / Adblock Plus, hosts, Disconnect services.json,
          DuckDuckGo tds.json, Open Cookie Database CSV):{' '}
          <input
            type="file"
            disabled={busy}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void addFile(f);
            }}
          />
        </label>
      </p>
      <form
        className="list-url"
        onSubmit={(e) => {
          e.preventDefault();
          const url = listUrl.trim();
          if (url) void addUrl(url).then((ok) => ok && setListUrl(''));
        }}
      >
        <label>
          Or from an address (downloaded now, then checked daily; only from there):{' '}
          <input
            type="url"
            placeholder="https://easylist.to/easylist/easyprivacy.txt"
            value={listUrl}
            onChange={(e) => setListUrl(e.target.value)}
          />
        </label>{' '}
        <button type="submit" disabled={busy || !listUrl.trim()}>
          Add from address
        </button>
      </form>
      {message && (
        <p role="status" data-testid="lists-message">
          {message}
        </p>
      )}
      {storage && (
        <StoragePanel
          settings={storage.settings}
          usage={storage.usage}
          busy={busy}
          message={storageMessage}
          onSave={(settings) =>
            void storageAct(
              { type: 'set-storage-settings', settings },
              (r) =>
                `Saved. ${r.removed ? `${r.removed} old page visit${r.removed === 1 ? '' : 's'} deleted.` : 'Nothing needed deleting.'}`,
            )
          }
          onClear={() => void storageAct({ type: 'clear-records' }, () => 'All records deleted.')}
        />
      )}
      {!storage && storageMessage && (
        <p className="error" role="alert">
          {storageMessage}
        </p>
      )}
      {sending && (
        <SendSignalsPanel
          settings={sending.settings}
          browserDnt={sending.browserDnt}
          error={sending.error}
          busy={busy}
          message={sendingMessage}
          onSave={(settings) => void saveSending(settings)}
        />
      )}
      {!sending && sendingMessage && (
        <p className="error" role="alert">
          {sendingMessage}
        </p>
      )}
      <Corrections corrections={CORRECTIONS} />
      <h2>Attribution</h2>
      <div className="attribution">
        <p>
          Tracker classification uses the <strong>Ghostery Tracker Database</strong> (
          <a href="https://github.com/ghostery/trackerdb">github.com/ghostery/trackerdb</a>), ©
          Ghostery GmbH, licensed under{' '}
          <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/">CC BY-NC-SA 4.0</a>. It is
          shipped as a separate file (trackerdb/ in the extension), compiled into a filter engine;
          see trackerdb/NOTICE for the changes made. Its licence does not allow commercial use.
        </p>
        <p>
          Cookie knowledge comes from the <strong>Open Cookie Database</strong> (
          <a href="https://github.com/jkwakman/Open-Cookie-Database">
            github.com/jkwakman/Open-Cookie-Database
          </a>
          ), © its contributors, licensed under{' '}
          <a href="https://www.apache.org/licenses/LICENSE-2.0">Apache-2.0</a>, shipped as a
          separate data file (ocd/ in the extension, with its LICENSE and NOTICE) and updatable from
          upstream here.
        </p>
        <p>
          Filter lists are matched with <strong>@ghostery/adblocker</strong> (MPL-2.0). The
          known-cookie table is this project&apos;s own (MIT), written from vendors&apos; public
          documentation; it holds only what the Open Cookie Database lacks or files differently, and
          each entry names its source and why it is there.
        </p>
        <p>
          Lists you add keep their own licences (EasyPrivacy: GPL-3.0 / CC BY-SA 3.0, The EasyList
          authors; Disconnect and DuckDuckGo: CC BY-NC-SA 4.0, no commercial use). A list from a
          file or an address outside the well-known ones shows its licence as unknown: open data
          only leaves it in use, so turn it off yourself if its licence does not allow your use.
        </p>
      </div>
    </main>
  );
}
