import type { Report } from '../lib/core/report.ts';
import { abLines } from '../lib/core/signals/ab.ts';

/** A plain-text table: the first row is the header, underlined. */
export function table(rows: string[][], out: (s: string) => void): void {
  if (rows.length === 0) return;
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  rows.forEach((r, n) => {
    out(
      `  ${r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd()}`,
    );
    if (n === 0) out(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  });
}

const life = (d: number | null, asked?: number | null) =>
  d === null ? 'session' : `${d} d${asked ? ` (asked ${asked} d)` : ''}`;
const clip = (s: string | null, n = 70) => (!s ? '—' : s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function printReportSummary(r: Report, out: (s: string) => void): void {
  const s = r.summary;
  out('');
  out(
    `Site ${r.site}: ${s.pages} page(s), ${s.requests} requests (${s.thirdPartyRequests} third-party), ` +
      `${s.cookies} cookies (${s.thirdPartyCookies} third-party, ${s.blockedCookies} blocked), ` +
      `${s.storageKeys} storage keys, ${s.beacons} beacons, ${s.pixels} pixels`,
  );
  out('');
  const d = r.declared;
  out(
    d
      ? `Declared (${d.source}${d.url ? `, ${d.url}` : ''}): categories ${d.categories.join(', ') || 'none'}; ` +
          `technologies ${d.technologies.join(', ') || 'none'}; vendors ${d.vendors.join(', ') || 'none named'}; DNT ${d.dnt}, GPC ${d.gpc}` +
          (d.unmappedCount
            ? `; ${d.unmappedCount} cookie sentence(s) not mapped to a category`
            : '')
      : 'Declared: nothing found (no policy or consent-banner declaration)',
  );
  // The sentences to read before believing a "check the policy" finding.
  for (const q of (d?.unmapped ?? []).slice(0, 3)) out(`  not mapped: “${clip(q, 160)}”`);
  if ((d?.unmapped?.length ?? 0) > 3)
    out(`  … and ${(d?.unmapped?.length ?? 0) - 3} more in report.json`);
  // …and the categories the policy names without declaring them.
  for (const m of d?.mentioned ?? [])
    out(`  named, not declared: ${m.category} “${clip(m.quote, 160)}”`);
  const findings = r.discrepancies ?? [];
  out('');
  out(`Findings (${findings.length})`);
  if (findings.length === 0) out('  none: what the site does matches what it declares');
  table(
    findings.length
      ? [
          ['severity', 'kind', 'finding', 'checked against', 'evidence'],
          ...findings.map((f) => [
            // Resting on what a policy the reader did not fully map does not say.
            f.checkPolicy ? `check the policy (${f.severity})` : f.severity,
            f.kind,
            f.title,
            (f.declaredBy ?? [])
              .map((d) => `${d.source}${d.host ? ` @ ${d.host}` : ''}`)
              .join(', ') || '—',
            [
              f.evidence.cookies.length ? `${f.evidence.cookies.length} cookie(s)` : '',
              f.evidence.requests.length ? `${f.evidence.requests.length} request(s)` : '',
              f.evidence.storage.length ? `${f.evidence.storage.length} storage key(s)` : '',
              f.evidence.ab ? 'A/B test' : '',
            ]
              .filter(Boolean)
              .join(', ') || '—',
          ]),
        ]
      : [],
    out,
  );
  if (r.dnt.ab) {
    out('');
    out('DNT / GPC A/B test (each load from a clean state)');
    for (const l of abLines(r.dnt.ab)) out(`  ${l}`);
  }
  out('');
  out(`Cookies (${r.cookies.length})`);
  table(
    [
      ['name', 'domain', 'party', 'category', 'vendor', 'lifetime', 'set by', 'setter'],
      ...r.cookies.map((c) => [
        c.name + (c.blocked ? ' [blocked]' : ''),
        c.domain,
        c.party,
        c.category,
        c.vendor ?? '—',
        life(c.lifetimeDays, c.requestedLifetimeDays),
        c.setBy,
        clip(c.setter),
      ]),
    ],
    out,
  );
  out('');
  out(`Storage (${r.storage.length})`);
  table(
    [
      ['key', 'kind', 'origin', 'party', 'category', 'setter'],
      ...r.storage.map((x) => [x.key, x.kind, x.origin, x.party, x.category, clip(x.setter)]),
    ],
    out,
  );
  const bp = r.requests.filter((q) => q.beacon || q.pixel);
  out('');
  out(`Beacons and pixels (${bp.length})`);
  table(
    [
      ['kind', 'party', 'tracker', 'bytes', 'url'],
      ...bp.map((q) => [
        q.beacon ? 'beacon' : 'pixel',
        q.party,
        q.tracker ? `${q.tracker.vendor ?? '?'} (${q.tracker.category})` : '—',
        String(q.contentLength ?? '—'),
        clip(q.url, 90),
      ]),
    ],
    out,
  );
  out('');
  out(`Third parties (${r.thirdParties.length})`);
  table(
    [
      ['domain', 'vendor', 'category', 'requests', 'cookies', 'hosts'],
      ...r.thirdParties.map((t) => [
        t.domain,
        t.vendor ?? '—',
        t.category,
        String(t.requests),
        String(t.cookies),
        t.hosts.join(', '),
      ]),
    ],
    out,
  );
  out('');
}
