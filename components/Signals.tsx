import { publishedLines, type TkSeen } from '../lib/core/discovery/dnt-resources.ts';
import type { PageVisit } from '../lib/core/types.ts';
import type { DeclaredPolicy } from '../lib/core/policy/types.ts';
import type { Discrepancy } from '../lib/core/discrepancies/types.ts';
import type { DeclarationInfo, SendSignalsResponse } from '../lib/core/protocol.ts';
import type { SignalsAb } from '../lib/core/signals/ab.ts';
import { signalsFor } from '../lib/core/signals/send.ts';

/** DNT / GPC: what the browser sent, what the site says, and whether it held. */
export function SignalsPanel({
  pages,
  declared,
  findings,
  sources = [],
  tk = [],
  pageUrl = null,
  sending = null,
  optOut = [],
  ab = null,
}: {
  pages: PageVisit[];
  declared: DeclaredPolicy | null;
  findings: Discrepancy[];
  sources?: DeclarationInfo[];
  /** The Tk response headers the pages' responses carried. */
  tk?: TkSeen[];
  /** The page shown, to tell whether this extension's option covers it. */
  pageUrl?: string | null;
  /** The browser's DNT setting and this extension's option (null: not read yet). */
  sending?: Pick<SendSignalsResponse, 'browserDnt' | 'settings'> | null;
  /** The opt-out strings read on the page (US Privacy String, GPP, OptanonConsent), one line each. */
  optOut?: string[];
  /** The site's last A/B test (the popup's "Test DNT/GPC on this site"), null: none. */
  ab?: SignalsAb | null;
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
  const byExtension = (k: 'dnt' | 'gpc') =>
    pages.some((p) => p.signals?.[k] && p.signals.extension?.[k]);
  const sentBy = (k: 'dnt' | 'gpc') =>
    !sent(k)
      ? 'no'
      : byExtension(k)
        ? 'yes — sent by this extension'
        : k === 'dnt' && sending?.browserDnt
          ? 'yes — by your browser setting'
          : 'yes — by the browser or another extension';
  const seen = [...pages].reverse().find((p) => p.navigatorSignals)?.navigatorSignals;
  const covers = sending && pageUrl ? signalsFor(sending.settings, pageUrl) : null;
  const covered = covers
    ? [covers.dnt && 'DNT', covers.gpc && 'GPC'].filter((x): x is string => !!x)
    : [];
  const browserDnt =
    sending === null
      ? '…'
      : sending.browserDnt === null
        ? 'unknown'
        : sending.browserDnt
          ? 'on'
          : 'off';
  const quote = (k: 'dnt' | 'gpc') => declared?.evidence.find((e) => e.field === k)?.quote;
  const rows: ['dnt' | 'gpc', string][] = [
    ['dnt', 'Do Not Track (DNT: 1)'],
    ['gpc', 'Global Privacy Control (Sec-GPC: 1)'],
  ];
  return (
    <>
      <div className="why signal-sources" data-testid="signal-sources">
        <p data-testid="browser-sends">
          Your browser: DNT {browserDnt}; GPC: not a Chrome setting — sent only if this extension or
          another sends it.
        </p>
        {seen && (
          <p data-testid="page-saw">
            The page saw navigator.globalPrivacyControl ={' '}
            {seen.gpc === null ? 'undefined' : String(seen.gpc)}, navigator.doNotTrack ={' '}
            {seen.dnt === null ? 'null' : `"${seen.dnt}"`}.
          </p>
        )}
        {sending && (
          <p data-testid="extension-sends">
            This extension:{' '}
            {covered.length
              ? `sends ${covered.join(' and ')} on this site (options page: Send privacy signals).`
              : 'sends no signal to this site (options page: Send privacy signals).'}
          </p>
        )}
      </div>
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
                <td>{sentBy(k)}</td>
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
                    ? `no — ignored${ab?.verdicts[k].finding ? ' (A/B test)' : ''}`
                    : ab
                      ? `A/B test: ${ab.verdicts[k].outcome}`
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
