import type { Discrepancy, Severity } from '../lib/core/discrepancies/types.ts';
import { shortUrl } from './format.ts';

const SEVERITIES: Severity[] = ['high', 'medium', 'low', 'info'];

export function SeverityCounts({ findings }: { findings: Discrepancy[] }) {
  return (
    <ul className="sev-counts" aria-label="Findings by severity">
      {SEVERITIES.map((s) => {
        const n = findings.filter((f) => f.severity === s).length;
        return (
          <li key={s} className={`sev sev-${s}${n ? '' : ' zero'}`} data-testid={`severity-${s}`}>
            {n} {s}
          </li>
        );
      })}
    </ul>
  );
}

/** Findings first: each expands (keyboard: Enter/Space on its summary) to its evidence. */
export function FindingList({ findings }: { findings: Discrepancy[] }) {
  if (findings.length === 0) {
    return (
      <p className="empty ok" data-testid="no-findings">
        No discrepancy: what this site does matches what it declares.
      </p>
    );
  }
  return (
    <ol className="findings" aria-label="Findings">
      {findings.map((f) => (
        <li key={`${f.kind}|${f.subject}`} data-kind={f.kind}>
          <details>
            <summary>
              <span className={`sev sev-${f.severity}`}>{f.severity}</span> {f.title}
            </summary>
            <div className="finding-body">
              <p>{f.explanation}</p>
              {f.evidence.quote && <blockquote>{f.evidence.quote}</blockquote>}
              <ul className="evidence">
                {f.evidence.cookies.map((c) => (
                  <li key={`c|${c.name}|${c.domain}`}>
                    cookie <code>{c.name}</code> ({c.domain}, {c.category}
                    {c.vendor ? `, ${c.vendor}` : ''})
                  </li>
                ))}
                {f.evidence.requests.map((r, i) => (
                  <li key={`r|${r.url}|${i}`} title={r.url}>
                    {r.type} <code>{shortUrl(r.url, 70)}</code>
                    {r.rule ? ` — rule ${r.rule}` : ''}
                  </li>
                ))}
                {f.evidence.storage.map((s) => (
                  <li key={`s|${s.origin}|${s.key}`}>
                    {s.kind} <code>{s.key}</code> ({s.origin})
                  </li>
                ))}
              </ul>
              <p className="kind">
                kind <code>{f.kind}</code>
              </p>
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
