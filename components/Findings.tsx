import { correctionText } from '../lib/core/classify/corrections.ts';
import type { DeclarationRef, Discrepancy } from '../lib/core/discrepancies/types.ts';
import { severityCounts } from '../lib/core/popup-view.ts';
import type { ShownFinding } from '../lib/core/tab-summary.ts';
import { shortUrl } from './format.ts';

/** Findings by severity, and those "to check" apart (popup-view.ts). */
export function SeverityCounts({ findings }: { findings: Discrepancy[] }) {
  const { bySeverity, toCheck } = severityCounts(findings);
  return (
    <ul className="sev-counts" aria-label="Findings by severity">
      {bySeverity.map(({ severity: s, n }) => (
        <li key={s} className={`sev sev-${s}${n ? '' : ' zero'}`} data-testid={`severity-${s}`}>
          {`${n} ${s}`}
        </li>
      ))}
      {toCheck > 0 && (
        <li className="sev sev-check" data-testid="severity-check">
          {`${toCheck} to check`}
        </li>
      )}
    </ul>
  );
}

/** "policy-text https://shop.example.com/cookies (shop.example.com)". */
export function refText(r: DeclarationRef): string {
  return `${r.source}${r.url ? ` ${r.url}` : ''} (${r.host ?? 'every host of the site'})`;
}

/** Findings first: each expands (keyboard: Enter/Space on its summary) to its evidence. */
export function FindingList({ findings }: { findings: ShownFinding[] }) {
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
        <li
          key={`${f.kind}|${f.subject}|${f.hosts.join(',')}`}
          data-kind={f.kind}
          data-subject={f.subject}
          data-check-policy={f.checkPolicy ? 'true' : undefined}
          className={f.checkPolicy ? 'check-policy' : undefined}
        >
          <details>
            <summary>
              {f.checkPolicy ? (
                <>
                  <span className="sev sev-check">Check the policy</span>{' '}
                  <span className="sev-if">({f.severity} if confirmed)</span>
                </>
              ) : (
                <span className={`sev sev-${f.severity}`}>{f.severity}</span>
              )}{' '}
              {f.title}
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
                    {r.correction && (
                      <span className="correction" data-testid="correction">
                        {correctionText(r.correction, r.category, r.vendor)}
                      </span>
                    )}
                  </li>
                ))}
                {f.evidence.storage.map((s) => (
                  <li key={`s|${s.origin}|${s.key}`}>
                    {s.kind} <code>{s.key}</code> ({s.origin})
                  </li>
                ))}
              </ul>
              {hiddenText(f) && <p className="more-evidence">{hiddenText(f)}</p>}
              {f.declaredBy.length > 0 ? (
                <p className="checked-against" data-testid="checked-against">
                  Checked against: {f.declaredBy.map(refText).join('; ')}
                </p>
              ) : (
                f.hosts.length > 0 && (
                  <p className="checked-against" data-testid="checked-against">
                    Pages of {f.hosts.join(', ')}
                  </p>
                )
              )}
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

function hiddenText(f: ShownFinding): string | null {
  const parts = (
    [
      [f.hidden.cookies, 'cookie'],
      [f.hidden.requests, 'request'],
      [f.hidden.storage, 'storage key'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n.toLocaleString('en')} more ${what}${n === 1 ? '' : 's'}`);
  return parts.length ? `…and ${parts.join(', ')}: every item is in the exported report.` : null;
}
