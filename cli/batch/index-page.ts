// The batch's index: DIR/index.html (self-contained, sortable, every site
// with its findings by kind and a link to its report) and DIR/summary.csv.
// Pure: built from the jobs' outcomes. URLs and messages come from lists and
// sites, so everything is escaped.
import Papa from 'papaparse';
import { SEVERITY, type Kind } from '../../lib/core/discrepancies/types.ts';
import { neutraliseCell } from '../../lib/core/report.ts';
import type { Outcome } from './outcome.ts';

/** Finding kinds in the SPEC's order, then any other kind an outcome names. */
export function kindsOf(outcomes: readonly Outcome[]): string[] {
  const known = Object.keys(SEVERITY) as Kind[];
  const extra = [...new Set(outcomes.flatMap((o) => Object.keys(o.findings)))]
    .filter((k) => !(known as string[]).includes(k))
    .sort();
  return [...known, ...extra];
}

const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

const CSV_FIELDS = [
  'url',
  'host',
  'site',
  'mode',
  'status',
  'httpStatus',
  'attempts',
  'durationMs',
  'pages',
  'cookies',
  'thirdParties',
  'trackerRequests',
  'findings',
  'high',
  'medium',
  'low',
  'info',
] as const;

/** One row per job; finding counts by kind after the fixed columns; cells neutralised. */
export function summaryCsv(outcomes: readonly Outcome[]): string {
  const kinds = kindsOf(outcomes);
  return Papa.unparse({
    fields: [...CSV_FIELDS, 'report', 'error', ...kinds],
    data: outcomes.map((o) => [
      ...CSV_FIELDS.map((f) => {
        if (f === 'findings') return String(total(o.findings));
        if (f === 'high' || f === 'medium' || f === 'low' || f === 'info')
          return String(o.severities[f] ?? 0);
        return neutraliseCell(o[f]);
      }),
      o.status === 'done' ? `${o.dir}/report.html` : '',
      neutraliseCell(o.error ?? ''),
      ...kinds.map((k) => String(o.findings[k] ?? 0)),
    ]),
  });
}

function esc(s: unknown): string {
  return String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** A relative link to a report: each path segment encoded. */
function href(dir: string, file: string): string {
  return [...dir.split('/'), file].map(encodeURIComponent).join('/');
}

const STYLE = `
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1a1a1a;background:#fff}
h1{font-size:1.3rem;margin:0 0 .3rem}p{margin:.3rem 0 1rem;color:#444}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:right;vertical-align:top}
th:first-child,td:first-child,th.t,td.t{text-align:left}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th button:focus-visible{outline:2px solid #1a56db;outline-offset:2px}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
td.z{color:#999}.timeout,.failed{color:#a40000;font-weight:600}
.high{background:#fde2e2}.k{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;text-align:left}
`;

// Sorting: each header is a button; numbers compare as numbers.
const SCRIPT = `
document.querySelectorAll('th button').forEach(function (b) {
  b.addEventListener('click', function () {
    var th = b.parentElement, table = th.closest('table'), col = Array.prototype.indexOf.call(th.parentElement.children, th);
    var asc = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (x, y) {
      var a = x.cells[col].getAttribute('data-v'), c = y.cells[col].getAttribute('data-v');
      var na = Number(a), nc = Number(c), r = a !== '' && c !== '' && !isNaN(na) && !isNaN(nc) ? na - nc : a.localeCompare(c);
      return asc ? r : -r;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
});
`;

export interface IndexMeta {
  generatedAt: string;
  /** Targets listed but not (yet) audited in this folder, shown as such. */
  pending?: { url: string; mode: string }[];
}

export function buildIndexHtml(outcomes: readonly Outcome[], meta: IndexMeta): string {
  const kinds = kindsOf(outcomes).filter((k) => outcomes.some((o) => (o.findings[k] ?? 0) > 0));
  const done = outcomes.filter((o) => o.status === 'done').length;
  const cell = (v: string | number, cls = '', shown: string = esc(v)) =>
    `<td${cls ? ` class="${cls}"` : ''} data-v="${esc(v)}">${shown}</td>`;
  const rows = outcomes.map((o) => {
    const n = total(o.findings);
    const site =
      o.status === 'done'
        ? `<a href="${esc(href(o.dir, 'report.html'))}">${esc(o.host)}</a>`
        : esc(o.host);
    return (
      `<tr>${cell(o.host, 't', `${site}<br><small>${esc(o.url)}</small>`)}` +
      cell(o.mode, 't') +
      cell(
        o.status,
        `t ${o.status === 'done' ? '' : o.status}`.trim(),
        esc(o.status) + (o.error ? `<br><small>${esc(o.error)}</small>` : ''),
      ) +
      cell(o.httpStatus ?? '') +
      // Counts only for finished audits: a timed-out one counted nothing.
      (o.status === 'done'
        ? cell(o.pages) +
          cell(o.cookies) +
          cell(o.thirdParties) +
          cell(o.trackerRequests) +
          cell(n, (o.severities.high ?? 0) > 0 ? 'high' : n === 0 ? 'z' : '') +
          kinds.map((k) => cell(o.findings[k] ?? 0, (o.findings[k] ?? 0) === 0 ? 'z' : '')).join('')
        : Array.from({ length: 5 + kinds.length }, () => cell('', 'z', '—')).join('')) +
      cell(Math.round(o.durationMs / 100) / 10) +
      '</tr>'
    );
  });
  const th = (label: string, cls = '') =>
    `<th scope="col"${cls ? ` class="${cls}"` : ''}><button type="button">${esc(label)}</button></th>`;
  const pending = meta.pending ?? [];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>Cookie audit — ${outcomes.length} audits</title><style>${STYLE}</style></head><body>
<h1>Cookie audit: ${done} of ${outcomes.length + pending.length} audits done</h1>
<p>Generated ${esc(meta.generatedAt)}. Select a column heading to sort by it; each host links to its report.</p>
<table><caption class="t" style="text-align:left;padding-bottom:.4rem">Sites, with findings by kind</caption>
<thead><tr>${th('Site', 't')}${th('Consent', 't')}${th('Status', 't')}${th('HTTP')}${th('Pages')}${th('Cookies')}${th('Third parties')}${th('Tracker requests')}${th('Findings')}${kinds.map((k) => th(k, 'k')).join('')}${th('Seconds')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
${
  pending.length
    ? `<h2>Not audited yet (${pending.length})</h2><ul>${pending
        .map((p) => `<li>${esc(p.url)} (${esc(p.mode)})</li>`)
        .join('')}</ul>`
    : ''
}
<script>${SCRIPT}</script>
</body></html>
`;
}
