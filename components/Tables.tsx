import { useState } from 'react';
import type {
  ClassifiedCookie,
  ClassifiedRequest,
  ClassifiedStorage,
  ClassifiedThirdParty,
} from '../lib/core/audit/classify-view.ts';
import type { Category } from '../lib/core/types.ts';
import { formatLifetime, shortUrl, whyCookie, whyRequest } from './format.ts';

export function CategoryTag({ category }: { category: Category }) {
  return <span className={`cat cat-${category}`}>{category}</span>;
}

// Presentational only: props in, nothing out. All text goes through React,
// which escapes it, so names, values and URLs from pages stay inert.

/** Long lists render in pages of 300 rows, so a heavy tab stays responsive. */
const PAGE = 300;

function useShown<T>(rows: T[]): [T[], React.ReactNode] {
  const [limit, setLimit] = useState(PAGE);
  if (rows.length <= limit) return [rows, null];
  return [
    rows.slice(0, limit),
    <p className="more" key="more">
      Showing {limit} of {rows.length}.{' '}
      <button type="button" onClick={() => setLimit(limit + PAGE * 5)}>
        Show more
      </button>{' '}
      <button type="button" onClick={() => setLimit(rows.length)}>
        Show all
      </button>
    </p>,
  ];
}

function Empty({ what }: { what: string }) {
  return <p className="empty">No {what} recorded on this page.</p>;
}

export function CookieTable({ rows: all }: { rows: ClassifiedCookie[] }) {
  const [rows, more] = useShown(all);
  if (all.length === 0) return <Empty what="cookies" />;
  return (
    <>
      <table aria-label="Cookies">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Domain</th>
            <th scope="col">Party</th>
            <th scope="col">Category</th>
            <th scope="col">Vendor</th>
            <th scope="col">Lifetime</th>
            <th scope="col">Set by</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr
              key={`${c.name}|${c.domain}|${c.path}`}
              className={c.blocked ? 'blocked' : undefined}
            >
              <td className="mono">
                {c.name}
                {c.blocked && (
                  <span className="tag" title={c.blockedReason ?? undefined}>
                    blocked
                  </span>
                )}
              </td>
              <td className="mono">{c.domain}</td>
              <td>
                <span className={`party ${c.party}`}>{c.party}</span>
              </td>
              <td title={whyCookie(c)}>
                <CategoryTag category={c.category} />
                {c.declaredCategory &&
                  c.knownCategory &&
                  c.declaredCategory !== c.knownCategory && (
                    <span className="tag">known: {c.knownCategory}</span>
                  )}
                <div className="why">{whyCookie(c)}</div>
              </td>
              <td>{c.vendor ?? '—'}</td>
              <td>{formatLifetime(c.lifetimeDays, c.requestedLifetimeDays)}</td>
              <td title={c.setter ?? undefined}>
                {c.setBy}: <span className="mono">{shortUrl(c.setter, 40)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more}
    </>
  );
}

export function StorageTable({ rows: all }: { rows: ClassifiedStorage[] }) {
  const [rows, more] = useShown(all);
  if (all.length === 0) return <Empty what="storage keys" />;
  return (
    <>
      <table aria-label="Web storage">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Kind</th>
            <th scope="col">Origin</th>
            <th scope="col">Party</th>
            <th scope="col">Category</th>
            <th scope="col">Written by</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={`${s.kind}|${s.origin}|${s.key}`}>
              <td className="mono">{s.key}</td>
              <td>{s.kind}</td>
              <td className="mono">{shortUrl(s.origin, 30)}</td>
              <td>
                <span className={`party ${s.party}`}>{s.party}</span>
              </td>
              <td>
                <CategoryTag category={s.category} />
              </td>
              <td className="mono" title={s.setter ?? undefined}>
                {shortUrl(s.setter, 40)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more}
    </>
  );
}

export function ThirdPartyTable({ rows: all }: { rows: ClassifiedThirdParty[] }) {
  const [rows, more] = useShown(all);
  if (all.length === 0) return <Empty what="third-party hosts" />;
  return (
    <>
      <table aria-label="Third parties">
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Vendor</th>
            <th scope="col">Category</th>
            <th scope="col">Hosts</th>
            <th scope="col" className="num">
              Requests
            </th>
            <th scope="col" className="num">
              Cookies
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => (
            <tr key={t.domain}>
              <td className="mono">{t.domain}</td>
              <td>{t.vendor ?? '—'}</td>
              <td>
                <CategoryTag category={t.category} />
              </td>
              <td className="mono">{t.hosts.join(', ')}</td>
              <td className="num">{t.requests}</td>
              <td className="num">{t.cookies}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more}
    </>
  );
}

export function BeaconPixelTable({ rows: all }: { rows: ClassifiedRequest[] }) {
  const [rows, more] = useShown(all);
  if (all.length === 0) return <Empty what="beacons or pixels" />;
  return (
    <>
      <table aria-label="Beacons and pixels">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">URL</th>
            <th scope="col">Party</th>
            <th scope="col">Tracker</th>
            <th scope="col" className="num">
              Bytes
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.url}|${i}`}>
              <td>{r.beacon ? 'beacon' : 'pixel'}</td>
              <td className="mono" title={r.url}>
                {shortUrl(r.url, 50)}
              </td>
              <td>
                <span className={`party ${r.party}`}>{r.party}</span>
              </td>
              <td title={whyRequest(r.tracker)}>
                {r.tracker ? (
                  <>
                    <CategoryTag category={r.tracker.category} /> {r.tracker.vendor ?? ''}
                    <div className="why">{whyRequest(r.tracker)}</div>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td className="num">{r.contentLength ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more}
    </>
  );
}
