// report.html: one self-contained file (no external resource, inline CSS and
// SVG), readable on screen and when printed to PDF. Every string from a site
// (names, URLs, quotes) goes through esc(): the page is inert.
import { publishedLines } from './discovery/dnt-resources.ts';
import { itemsText, type AbLoadSummary, type SignalsAb } from './signals/ab.ts';
import { optOutLines } from './report-optout.ts';
import { type AppliedCorrection, correctionText } from './classify/corrections.ts';
import type { Report } from './report.ts';
import type { Category } from './types.ts';

/** The visible mark of pages whose records were cut at the per-page caps. */
function truncationNote(pages: Report['pages']): string {
  const cut = pages.flatMap((p) =>
    p.truncated
      ? [
          `${esc(p.url)}: ${Object.entries(p.truncated)
            .map(([kind, n]) => `${esc(kind)} truncated at ${esc(n)}`)
            .join(', ')}`,
        ]
      : [],
  );
  return cut.length
    ? `<p class="note" data-truncated>Not everything was recorded: ${cut.join('; ')} (only the first of each were kept).</p>`
    : '';
}

export function esc(v: unknown): string {
  return String(v ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

interface RefLike {
  source: string;
  url: string | null;
  host: string | null;
}
interface FindingLike {
  kind: string;
  severity: string;
  title: string;
  explanation: string;
  evidence: {
    cookies: { name: string; domain: string }[];
    requests: {
      url: string;
      category?: string;
      vendor?: string | null;
      rule?: string | null;
      correction?: AppliedCorrection;
    }[];
    storage: { key: string; origin: string }[];
    quote: string | null;
  };
  declaredBy?: RefLike[];
  hosts?: string[];
  checkPolicy?: {
    unmapped: number;
    firstQuote: string;
    url: string | null;
    mentioned?: string;
  } | null;
}
interface DeclaredLike {
  source: string;
  url: string | null;
  categories: string[];
  vendors: string[];
  retention: { category: string; maxDays: number | null; quote: string }[];
  technologies: string[];
  dnt: string;
  gpc: string;
  evidence: { field: string; quote: string }[];
  unmapped?: string[];
  mentioned?: { category: string; quote: string }[];
}
/** Report fields added by later stages; all optional here. */
type Extended = Report & {
  declared?: DeclaredLike | null;
  declarations?: {
    hosts: string[];
    declaredBy: RefLike[];
    consentBy: RefLike | null;
    declared: DeclaredLike | null;
  }[];
  discrepancies?: FindingLike[];
  lists?: { name: string; version: string | null; state?: string }[];
  openDataOnly?: boolean;
};

/** Which data sets classified, and which were kept out and why (one line of the header). */
function dataSetsLine(r: Extended): string {
  const lists = r.lists ?? [];
  const name = (l: { name: string; version: string | null }) =>
    `${l.name}${l.version ? ` ${l.version}` : ''}`;
  const used = lists.filter((l) => (l.state ?? 'in-use') === 'in-use').map(name);
  const out = lists
    .filter((l) => l.state && l.state !== 'in-use')
    .map(
      (l) =>
        `${name(l)} (${l.state === 'non-commercial' ? 'licence forbids commercial use' : 'turned off'})`,
    );
  return `<p class="meta data-sets">${
    r.openDataOnly
      ? '<strong>Open data only</strong>: classified only with data sets whose licence allows commercial use. '
      : ''
  }Classified with: ${esc(used.join(', ') || 'no list')}.${
    out.length ? ` Not used: ${esc(out.join(', '))}.` : ''
  }</p>`;
}

/** "policy-text https://…/cookies (for shop.example.com)". */
function refText(r: RefLike): string {
  const where = r.host === null ? 'every host of the site' : r.host;
  return `${r.source}${r.url ? ` ${r.url}` : ''} (for ${where})`;
}

function declaredBody(d: DeclaredLike): string {
  const unmapped = d.unmapped ?? [];
  return `<p>Source: <code>${esc(d.source)}</code>${d.url ? ` — ${esc(d.url)}` : ''}</p>
<p>Categories: ${esc(d.categories.join(', ') || 'none')}. Technologies: ${esc(d.technologies.join(', ') || 'none')}. Vendors: ${esc(d.vendors.join(', ') || 'none named')}. DNT: ${esc(d.dnt)}. GPC: ${esc(d.gpc)}.</p>
${table(
  ['field', 'quote'],
  d.evidence.map((e) => [e.field, e.quote]),
)}${
    unmapped.length
      ? `<details class="unmapped"><summary>${esc(unmapped.length)} sentence(s) about cookies the reader could not map to a category</summary><ul>${unmapped
          .map((u) => `<li>${esc(u)}</li>`)
          .join('')}</ul></details>`
      : d.source === 'policy-text' || d.source === 'user'
        ? '<p class="meta">Every sentence about cookies was mapped to a category.</p>'
        : ''
  }${
    d.mentioned?.length
      ? `<details class="mentioned"><summary>${esc(d.mentioned.length)} categor${d.mentioned.length === 1 ? 'y' : 'ies'} the policy names without declaring them as the site's own</summary>${table(
          ['category', 'first named in'],
          d.mentioned.map((m) => [m.category, m.quote]),
        )}</details>`
      : ''
  }`;
}

function findingHtml(f: FindingLike): string {
  const check = f.checkPolicy;
  const badge = check
    ? `<span class="check">Check the policy</span> <span class="sev">${esc(f.severity)} if confirmed</span>`
    : `<span class="sev">${esc(f.severity)}</span>`;
  const by = f.declaredBy?.length
    ? `<p class="by">Checked against: ${f.declaredBy.map((r) => esc(refText(r))).join('; ')}</p>`
    : f.hosts?.length
      ? `<p class="by">Pages of ${esc(f.hosts.join(', '))}</p>`
      : '';
  return `<article class="finding ${check ? 'check-policy' : esc(f.severity)}"><h3>${badge} ${esc(f.title)}</h3><p>${esc(f.explanation)}</p>${
    f.evidence.quote ? `<blockquote>${esc(f.evidence.quote)}</blockquote>` : ''
  }<ul class="evidence">${[
    ...f.evidence.cookies.map(
      (c) => `<li>cookie <code>${esc(c.name)}</code> (${esc(c.domain)})</li>`,
    ),
    ...f.evidence.requests.map(
      (q) =>
        `<li>request <code>${esc(q.url)}</code>${q.rule ? ` — rule <code>${esc(q.rule)}</code>` : ''}${
          q.correction
            ? `<br><span class="correction">${esc(
                correctionText(
                  q.correction,
                  (q.category ?? 'unknown') as Category,
                  q.vendor ?? null,
                ),
              )}</span>`
            : ''
        }</li>`,
    ),
    ...f.evidence.storage.map(
      (x) => `<li>storage <code>${esc(x.key)}</code> (${esc(x.origin)})</li>`,
    ),
  ].join('')}</ul>${by}<p class="kind">kind: <code>${esc(f.kind)}</code></p></article>`;
}

const table = (head: string[], rows: unknown[][]) =>
  rows.length === 0
    ? '<p class="empty">None recorded.</p>'
    : `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;

const life = (d: number | null) => (d === null ? 'session' : `${d} d`);

function barChart(data: [string, number][]): string {
  const max = Math.max(1, ...data.map(([, n]) => n));
  const h = 22;
  const bars = data
    .map(([label, n], i) => {
      const w = Math.round((n / max) * 300);
      return `<text x="0" y="${i * h + 15}" font-size="12">${esc(label)}</text><rect x="150" y="${i * h + 4}" width="${w}" height="14" fill="#3b6ea8"/><text x="${155 + w}" y="${i * h + 15}" font-size="12">${n}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="Counts" width="520" height="${data.length * h + 4}" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`;
}

const SENT_BY: Record<string, string> = {
  extension: 'this extension (its "send privacy signals" option)',
  browser: "the browser's own Do Not Track setting",
  cli: 'the command line (--signals, or the second load of --signals-ab)',
  other: 'the browser or another extension (not this one)',
};

/** Who sent the signals, and the browser's own DNT setting (reports made before either say nothing). */
function sentByText(by: string | null | undefined, browserDnt: boolean | null | undefined): string {
  const who = by ? (SENT_BY[by] ?? by) : 'no signal was sent';
  const setting = browserDnt === true ? 'on' : browserDnt === false ? 'off' : 'unknown';
  return `${who}; the browser's own DNT setting: ${setting}`;
}

/** DNT and GPC: what was sent, what the policy says, what the site publishes. */
function signalsSection(r: Extended): string {
  const dnt = r.dnt;
  const pub = dnt.published;
  const rows: [string, string][] = [
    ['Signals sent', `DNT ${dnt.sent ? 'on' : 'off'}, GPC ${dnt.gpcSent ? 'on' : 'off'}`],
    ['Sent by', sentByText(dnt.sentBy, dnt.browserDnt)],
    [
      'The policy says',
      `DNT: ${dnt.policy ?? 'no declaration'}; GPC: ${dnt.gpcPolicy ?? 'no declaration'}`,
    ],
    ...publishedLines(pub).map((l): [string, string] => [l.what, l.text]),
  ];
  const when = pub.fetchedAt
    ? ` (well-known resources of ${pub.host ?? ''} read ${pub.fetchedAt})`
    : '';
  // The opt-out strings each page's CMP held, newest first (SPEC "DNT / GPC panel").
  const readings = [...dnt.optOutStrings.pages].reverse();
  const optOut = readings.length
    ? table(
        ['Page (signals sent)', 'Opt-out strings'],
        readings.map((x): [string, string] => [
          `${x.page} (${x.time}; GPC ${x.gpcSent === null ? 'unknown' : x.gpcSent ? 'sent' : 'not sent'})`,
          optOutLines(x).join(' · ') || 'none',
        ]),
      )
    : '<p>No US Privacy String, GPP string or OneTrust OptanonConsent was read.</p>';
  return `<section><h2>Do Not Track and Global Privacy Control</h2>${table(['', `What${when}`], rows)}<h3>Opt-out strings</h3>${optOut}${abSection(dnt.ab)}</section>`;
}

/** The DNT / GPC A/B test: both loads' counts, the differences, the verdicts ('' when none was run). */
function abSection(ab: SignalsAb | null | undefined): string {
  if (!ab) return '';
  const { a, b } = ab.loads;
  const count = (s: AbLoadSummary, k: 'cookies' | 'storage') => String(s[k]);
  const vendors = [...new Set([...a.byVendor, ...b.byVendor].map((v) => v.vendor))];
  const ofVendor = (s: AbLoadSummary, v: string | null) => {
    const x = s.byVendor.find((y) => y.vendor === v);
    return x
      ? `${x.cookies} cookie(s), ${x.storage} storage item(s), ${x.trackerRequests} tracker request(s)`
      : 'none';
  };
  const counts = table(
    ['', 'Load A: no signal', 'Load B: DNT and GPC sent'],
    [
      ['Non-necessary cookies', count(a, 'cookies'), count(b, 'cookies')],
      ['Non-necessary storage items', count(a, 'storage'), count(b, 'storage')],
      [
        'Tracker requests (hosts)',
        `${a.trackerRequests} (${a.trackerHosts})`,
        `${b.trackerRequests} (${b.trackerHosts})`,
      ],
      ['Vendors', String(a.vendors), String(b.vendors)],
      ...vendors.map((v) => [`— ${v ?? 'no known vendor'}`, ofVendor(a, v), ofVendor(b, v)]),
      ['US Privacy String', a.optOut.usPrivacy ?? 'none', b.optOut.usPrivacy ?? 'none'],
      ['GPP string', a.optOut.gpp ?? 'none', b.optOut.gpp ?? 'none'],
      [
        'OptanonConsent isGpcEnabled',
        a.optOut.optanonIsGpcEnabled ?? 'none',
        b.optOut.optanonIsGpcEnabled ?? 'none',
      ],
    ],
  );
  const diffs = table(
    ['', 'Non-necessary cookies, storage and trackers'],
    [
      ['Only without the signals (A)', itemsText(ab.onlyA, 20)],
      ['Only with the signals (B)', itemsText(ab.onlyB, 20)],
      ['In both loads', itemsText(ab.both, 20)],
    ],
  );
  return `<h3>A/B test: without and with the signals</h3><p>${esc(ab.url)}, loaded twice, each time from a clean cookie and storage state. ${esc(ab.note)}</p>${counts}${diffs}<ul class="verdicts"><li>DNT: ${esc(ab.verdicts.dnt.text)}</li><li>GPC: ${esc(ab.verdicts.gpc.text)}</li></ul>`;
}

export function buildReportHtml(r: Extended): string {
  const s = r.summary;
  const findings = r.discrepancies ?? [];
  const d = r.declared;
  const sections: string[] = [];
  sections.push(
    `<section><h2>Summary</h2>${barChart([
      ['Cookies', s.cookies],
      ['Third-party cookies', s.thirdPartyCookies],
      ['Storage keys', s.storageKeys],
      ['Third parties', s.thirdParties],
      ['Beacons', s.beacons],
      ['Pixels', s.pixels],
    ])}<p>${esc(s.requests)} requests (${esc(s.thirdPartyRequests)} third-party) over ${esc(s.pages)} page(s).</p>${truncationNote(r.pages)}</section>`,
  );
  if (r.discrepancies) {
    sections.push(
      `<section><h2>Discrepancies (${findings.length})</h2>${
        findings.length === 0
          ? '<p class="empty">None: what the site does matches what it declares.</p>'
          : findings.map(findingHtml).join('')
      }</section>`,
    );
  }
  const scopes = r.declarations ?? [];
  if (scopes.length > 1) {
    // Hosts of one site with declarations of their own: each is shown with its hosts.
    sections.push(
      `<section><h2>Declared, per host</h2>${scopes
        .map(
          (s) =>
            `<h3>${esc(s.hosts.join(', ') || r.site)}</h3>${
              s.declaredBy.length
                ? `<p class="by">From: ${s.declaredBy.map((x) => esc(refText(x))).join('; ')}</p>`
                : ''
            }${s.consentBy ? `<p class="by">Consent banner: ${esc(refText(s.consentBy))}</p>` : ''}${
              !s.declared || s.declared.source === 'none'
                ? '<p class="empty">No declaration found.</p>'
                : declaredBody(s.declared)
            }`,
        )
        .join('')}</section>`,
    );
  } else if (d !== undefined) {
    sections.push(
      `<section><h2>Declared</h2>${
        !d || d.source === 'none' ? '<p class="empty">No declaration found.</p>' : declaredBody(d)
      }</section>`,
    );
  }
  sections.push(signalsSection(r));
  // Values appear only when the user chose to keep them.
  const values = r.cookies.some((c) => c.value.raw !== undefined);
  sections.push(
    `<section><h2>Cookies (${r.cookies.length})</h2>${table(
      [
        'name',
        'domain',
        'party',
        'lifetime',
        'asked',
        'set by',
        'setter',
        'blocked',
        ...(values ? ['value'] : []),
      ],
      r.cookies.map((c) => [
        c.name,
        c.domain,
        c.party,
        life(c.lifetimeDays),
        c.requestedLifetimeDays ?? '',
        c.setBy,
        c.setter ?? '',
        c.blocked ? 'yes' : '',
        ...(values ? [c.value.raw ?? ''] : []),
      ]),
    )}</section>`,
  );
  sections.push(
    `<section><h2>Storage on the device (${r.storage.length})</h2>${table(
      ['key', 'kind', 'origin', 'party', 'setter', 'scope'],
      r.storage.map((x) => [x.key, x.kind, x.origin, x.party, x.setter ?? '', x.scope ?? '']),
    )}</section>`,
  );
  sections.push(
    `<section><h2>Third parties (${r.thirdParties.length})</h2>${table(
      ['domain', 'hosts', 'requests', 'cookies'],
      r.thirdParties.map((t) => [t.domain, t.hosts.join(', '), t.requests, t.cookies]),
    )}</section>`,
  );
  const bp = r.requests.filter((q) => q.beacon || q.pixel);
  sections.push(
    `<section><h2>Beacons and pixels (${bp.length})</h2>${table(
      ['kind', 'url', 'party', 'bytes'],
      bp.map((q) => [q.beacon ? 'beacon' : 'pixel', q.url, q.party, q.contentLength ?? '']),
    )}</section>`,
  );
  sections.push(
    `<section><h2>Pages</h2>${table(
      ['url', 'started'],
      r.pages.map((p) => [p.url, p.startedAt]),
    )}</section>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Cookie audit — ${esc(r.site)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;color:#1b1f24;max-width:1100px;margin:2em auto;padding:0 1em}
h1{font-size:22px;margin:0}h2{font-size:17px;border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:1.6em}
table{border-collapse:collapse;width:100%;font-size:12px}th,td{border-bottom:1px solid #e1e4e8;padding:3px 6px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{color:#57606a;white-space:nowrap;overflow-wrap:normal}code{font-family:ui-monospace,monospace}.empty,.meta{color:#57606a}
.finding{border-left:4px solid #999;padding:4px 10px;margin:10px 0;background:#fafbfc;break-inside:avoid}
.finding.high{border-color:#b3261e}.finding.medium{border-color:#b35c00}.finding.low{border-color:#5a6b00}.finding.check-policy{border-color:#6b4fa3;border-left-style:dashed}
.check{font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:#fff;background:#6b4fa3;padding:1px 5px;border-radius:3px}.by{color:#57606a;font-size:12px}.correction{color:#57606a;font-size:12px}
.sev{text-transform:uppercase;font-size:11px;letter-spacing:.05em;color:#57606a}blockquote{margin:6px 0;padding-left:10px;border-left:2px solid #d0d7de;color:#444}
@media print{body{margin:0;max-width:none}section{break-inside:auto}tr{break-inside:avoid}}
</style></head><body>
<header><h1>Cookie audit — ${esc(r.site)}</h1>
<p class="meta">Generated ${esc(r.generatedAt)} by ${esc(r.generator.name)} ${esc(r.generator.version)} · ${esc(r.browser)} · signals sent: DNT ${r.signals.dnt ? 'on' : 'off'}, GPC ${r.signals.gpc ? 'on' : 'off'}${
    r.timeRange ? ` · observed ${esc(r.timeRange.from)} – ${esc(r.timeRange.to)}` : ''
  } · schema ${esc(r.schemaVersion)}</p>
${dataSetsLine(r)}</header>
${sections.join('\n')}
<footer class="meta"><p>${
    values
      ? 'Cookie values are included: the user chose to keep them.'
      : 'Cookie values are not included: only their length, a keyed SHA-256 (HMAC, with a random key of this installation) prefix and an entropy estimate.'
  }${
    // Reports made before the option existed have no redaction field.
    (r.redaction as Report['redaction'] | undefined)?.queryStrings
      ? ' URL parameter values and fragments are left out (replaced by “…”): the user chose so.'
      : ''
  }</p></footer>
</body></html>
`;
}
