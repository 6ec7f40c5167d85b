import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
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

interface Column<T> {
  header: string;
  className?: string;
  title?: (row: T) => string | undefined;
  cell: (row: T) => React.ReactNode;
}

/** Estimated row height (px) before a row is measured. */
const ROW_ESTIMATE = 38;
/** Height (px) of the sticky header above the first row inside the scroll area. */
const HEADER_HEIGHT = 28;
/** Rows rendered beyond the visible window, each side. */
const OVERSCAN = 12;

/**
 * A table that renders only the rows in view (plus a margin): thousands of
 * rows scroll smoothly. The scroll area is focusable, so arrows and Page
 * Up/Down scroll it from the keyboard; aria-rowcount and aria-rowindex tell
 * assistive technology the real size and position.
 */
function VirtualTable<T>({
  label,
  rows,
  columns,
  rowKey,
  rowClass,
  testId,
}: {
  label: string;
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T, index: number) => string;
  rowClass?: (row: T) => string | undefined;
  testId: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // No React Compiler here: nothing memoises the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    getItemKey: (i) => rowKey(rows[i]!, i),
    paddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length ? items[0]!.start - HEADER_HEIGHT : 0;
  const after = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  return (
    <div
      className="table-scroll"
      ref={scroller}
      tabIndex={0}
      role="region"
      aria-label={`${label}: ${rows.length} rows, scrollable`}
      data-testid={testId}
      onKeyDown={(e) => {
        // Rows are measured as they render, so the native End would stop at
        // the bottom as estimated: jump to the row itself instead.
        if (e.target !== e.currentTarget || (e.key !== 'End' && e.key !== 'Home')) return;
        e.preventDefault();
        virtualizer.scrollToIndex(e.key === 'End' ? rows.length - 1 : 0, {
          align: e.key === 'End' ? 'end' : 'start',
        });
      }}
    >
      <table aria-label={label} aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr className="spacer" aria-hidden="true" style={{ height: before }}>
              <td colSpan={columns.length} />
            </tr>
          )}
          {items.map((it) => {
            const row = rows[it.index]!;
            return (
              <tr
                key={it.key}
                data-index={it.index}
                ref={virtualizer.measureElement}
                aria-rowindex={it.index + 2}
                className={rowClass?.(row)}
              >
                {columns.map((c) => (
                  <td key={c.header} className={c.className} title={c.title?.(row)}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            );
          })}
          {after > 0 && (
            <tr className="spacer" aria-hidden="true" style={{ height: after }}>
              <td colSpan={columns.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function Empty({ what }: { what: string }) {
  return <p className="empty">No {what} recorded on this page.</p>;
}

const party = (p: string) => <span className={`party ${p}`}>{p}</span>;

const COOKIE_COLUMNS: Column<ClassifiedCookie>[] = [
  {
    header: 'Name',
    className: 'mono whole',
    cell: (c) => (
      <>
        {c.name}
        {c.blocked && (
          <span className="tag" title={c.blockedReason ?? undefined}>
            blocked
          </span>
        )}
      </>
    ),
  },
  { header: 'Domain', className: 'mono whole', cell: (c) => c.domain },
  { header: 'Party', cell: (c) => party(c.party) },
  {
    header: 'Category',
    title: whyCookie,
    cell: (c) => (
      <>
        <CategoryTag category={c.category} />
        {c.declaredCategory && c.knownCategory && c.declaredCategory !== c.knownCategory && (
          <span className="tag">known: {c.knownCategory}</span>
        )}
        <div className="why">{whyCookie(c)}</div>
      </>
    ),
  },
  { header: 'Vendor', cell: (c) => c.vendor ?? '—' },
  { header: 'Lifetime', cell: (c) => formatLifetime(c.lifetimeDays, c.requestedLifetimeDays) },
  {
    header: 'Set by',
    title: (c) => c.setter ?? undefined,
    cell: (c) => (
      <>
        {c.setBy}: <span className="mono">{shortUrl(c.setter, 40)}</span>
      </>
    ),
  },
];

export function CookieTable({ rows }: { rows: ClassifiedCookie[] }) {
  if (rows.length === 0) return <Empty what="cookies" />;
  return (
    <VirtualTable
      label="Cookies"
      testId="table-cookies"
      rows={rows}
      columns={COOKIE_COLUMNS}
      rowKey={(c) => `${c.name}|${c.domain}|${c.path}`}
      rowClass={(c) => (c.blocked ? 'blocked' : undefined)}
    />
  );
}

const STORAGE_COLUMNS: Column<ClassifiedStorage>[] = [
  { header: 'Key', className: 'mono whole', cell: (s) => s.key },
  { header: 'Kind', cell: (s) => s.kind },
  { header: 'Origin', className: 'mono', cell: (s) => shortUrl(s.origin, 30) },
  { header: 'Party', cell: (s) => party(s.party) },
  { header: 'Category', cell: (s) => <CategoryTag category={s.category} /> },
  {
    header: 'Written by',
    className: 'mono',
    title: (s) => s.setter ?? undefined,
    cell: (s) => shortUrl(s.setter, 40),
  },
  {
    header: 'Scope',
    className: 'mono',
    title: (s) => s.scope ?? undefined,
    cell: (s) => (s.scope ? shortUrl(s.scope, 30) : ''),
  },
];

export function StorageTable({ rows }: { rows: ClassifiedStorage[] }) {
  if (rows.length === 0) return <Empty what="storage keys" />;
  return (
    <VirtualTable
      label="Storage on the device"
      testId="table-storage"
      rows={rows}
      columns={STORAGE_COLUMNS}
      rowKey={(s) => `${s.kind}|${s.origin}|${s.key}`}
    />
  );
}

const THIRD_PARTY_COLUMNS: Column<ClassifiedThirdParty>[] = [
  { header: 'Domain', className: 'mono whole', cell: (t) => t.domain },
  { header: 'Vendor', cell: (t) => t.vendor ?? '—' },
  { header: 'Category', cell: (t) => <CategoryTag category={t.category} /> },
  { header: 'Hosts', className: 'mono', cell: (t) => t.hosts.join(', ') },
  { header: 'Requests', className: 'num', cell: (t) => t.requests },
  { header: 'Cookies', className: 'num', cell: (t) => t.cookies },
];

export function ThirdPartyTable({ rows }: { rows: ClassifiedThirdParty[] }) {
  if (rows.length === 0) return <Empty what="third-party hosts" />;
  return (
    <VirtualTable
      label="Third parties"
      testId="table-third-parties"
      rows={rows}
      columns={THIRD_PARTY_COLUMNS}
      rowKey={(t) => t.domain}
    />
  );
}

const BEACON_PIXEL_COLUMNS: Column<ClassifiedRequest>[] = [
  { header: 'Kind', cell: (r) => (r.beacon ? 'beacon' : 'pixel') },
  { header: 'URL', className: 'mono', title: (r) => r.url, cell: (r) => shortUrl(r.url, 50) },
  { header: 'Party', cell: (r) => party(r.party) },
  {
    header: 'Tracker',
    title: (r) => whyRequest(r.tracker),
    cell: (r) =>
      r.tracker ? (
        <>
          <CategoryTag category={r.tracker.category} /> {r.tracker.vendor ?? ''}
          <div className="why">{whyRequest(r.tracker)}</div>
        </>
      ) : (
        '—'
      ),
  },
  { header: 'Bytes', className: 'num', cell: (r) => r.contentLength ?? '—' },
];

export function BeaconPixelTable({ rows }: { rows: ClassifiedRequest[] }) {
  if (rows.length === 0) return <Empty what="beacons or pixels" />;
  return (
    <VirtualTable
      label="Beacons and pixels"
      testId="table-beacons-pixels"
      rows={rows}
      columns={BEACON_PIXEL_COLUMNS}
      rowKey={(r, i) => `${r.time}|${r.url}|${i}`}
    />
  );
}
