import { publishedLines, type TkSeen } from '../lib/core/discovery/dnt-resources.ts';
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
  tk = [],
  optOut = [],
}: {
  pages: PageVisit[];
  declared: DeclaredPolicy | null;
  findings: Discrepancy[];
  sources?: DeclarationInfo[];
  /** The Tk response headers the pages' responses carried. */
  tk?: TkSeen[];
  /** The opt-out strings read on the page (US Privacy String, GPP, OptanonConsent), one line each. */
  optOut?: string[];
}) {
  const wk = sources.find((s) => s.source === 'well-known');
  const lines = publishedLines({
    gpcJson: wk
      ? { gpc: wk.gpc?.gpc ?? null, lastUpdate: wk.gpc?.lastUpdate ?? null, error: wk.error }
      : null,
    dntPolicy: wk?.dntPublished?.dntPolicy ?? null,
    trackingStatus: wk?.dntPublished?.trackingStatus ?? null,
    tk,
  });
  const sent = (k: 'dnt' | 'gpc') => pages.some((p) => p.signals?.[k]);
  const quote = (k: 'dnt' | 'gpc') => declared?.evidence.find((e) => e.field === k)?.quote;
  const rows: ['dnt' | 'gpc', string][] = [
    ['dnt', 'Do Not Track (DNT: 1)'],
    ['gpc', 'Global Privacy Control (Sec-GPC: 1)'],
  ];
  return (
    <>
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
                  {lines
                    .filter((l) => l.signal === k)
                    .map((l) => (
                      <div className="why" key={`${l.what} ${l.text}`}>
                        {l.what}: {l.text}
                      </div>
                    ))}
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
        {wk && (
          <caption className="why">
            Well-known resources of {wk.host} read{' '}
            {new Date(wk.fetchedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC
          </caption>
        )}
      </table>
      <section aria-label="Opt-out strings on this page">
        <h2>Opt-out strings on this page</h2>
        {optOut.length ? (
          <ul>
            {optOut.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        ) : (
          <p className="why">
            None read (no US Privacy String, GPP string or OneTrust OptanonConsent).
          </p>
        )}
      </section>
    </>
  );
}
