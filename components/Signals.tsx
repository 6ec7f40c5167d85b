import type { PageVisit } from '../lib/core/types.ts';
import type { DeclaredPolicy } from '../lib/core/policy/types.ts';
import type { Discrepancy } from '../lib/core/discrepancies/types.ts';
import type { DeclarationInfo } from '../lib/core/protocol.ts';

/** DNT / GPC: what the browser sent, what the site says, and whether it held. */
export function SignalsPanel({
  pages,
  declared,
  findings,
  sources = [],
}: {
  pages: PageVisit[];
  declared: DeclaredPolicy | null;
  findings: Discrepancy[];
  sources?: DeclarationInfo[];
}) {
  const wk = sources.find((s) => s.source === 'well-known');
  const published =
    wk?.gpc != null
      ? `/.well-known/gpc.json: {"gpc": ${wk.gpc.gpc}}${wk.gpc.lastUpdate ? `, updated ${wk.gpc.lastUpdate}` : ''}`
      : wk
        ? `/.well-known/gpc.json not published (${wk.error ?? 'unreadable'})`
        : '/.well-known/gpc.json not checked yet';
  const sent = (k: 'dnt' | 'gpc') => pages.some((p) => p.signals?.[k]);
  const quote = (k: 'dnt' | 'gpc') => declared?.evidence.find((e) => e.field === k)?.quote;
  const rows: ['dnt' | 'gpc', string][] = [
    ['dnt', 'Do Not Track (DNT: 1)'],
    ['gpc', 'Global Privacy Control (Sec-GPC: 1)'],
  ];
  return (
    <table aria-label="Do Not Track and Global Privacy Control">
      <thead>
        <tr>
          <th scope="col">Signal</th>
          <th scope="col">Sent by this browser</th>
          <th scope="col">The site says</th>
          <th scope="col">Held?</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([k, label]) => {
          const ignored = findings.some((f) => f.kind === `${k}-ignored`);
          return (
            <tr key={k}>
              <td>{label}</td>
              <td>{sent(k) ? 'yes' : 'no'}</td>
              <td>
                {declared ? declared[k] : 'no declaration'}
                {quote(k) && <div className="why">“{quote(k)}”</div>}
                {k === 'gpc' && (
                  <div className="why" data-testid="gpc-json">
                    {published}
                  </div>
                )}
              </td>
              <td>
                {ignored
                  ? 'no — ignored'
                  : sent(k)
                    ? 'no violation seen'
                    : 'not tested (signal not sent)'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
