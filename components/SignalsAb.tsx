import { AB_BUTTON, type AbProgress } from '../lib/core/signals/ab-run.ts';
import { abLines, type SignalsAb } from '../lib/core/signals/ab.ts';

/**
 * "Test DNT/GPC on this site": the A/B test's button, its phase while it
 * runs, why it stopped, and the site's last result (both loads, the
 * differences, one verdict per signal). Presentational: the popup asks.
 */
export function SignalsAbPanel({
  progress,
  ab,
  testedAt = null,
  error,
  onRun,
}: {
  /** The tab's test running or last ended (null: none). */
  progress: AbProgress | null;
  /** The site's stored result (the last test's). */
  ab: SignalsAb | null;
  /** When that test ran (ms since the epoch). */
  testedAt?: number | null;
  /** Why the request was refused (another test running…). */
  error: string | null;
  onRun: () => void;
}) {
  const running = progress !== null && !progress.finished;
  const failed = progress?.phase === 'failed' || error !== null;
  const shown = progress?.ab ?? ab;
  return (
    <section aria-labelledby="signals-ab-h" className="signals-ab">
      <h2 id="signals-ab-h">A/B test: does the site honour the signals?</h2>
      <p className="why">
        Loads this page twice in a background tab, each time from a clean state for this site: once
        with no signal, once with DNT and GPC (this site only), and compares what each load tracked.
        Your cookies and storage for the site are saved first and put back exactly afterwards.
      </p>
      <button
        type="button"
        disabled={running}
        aria-describedby="signals-ab-progress"
        onClick={onRun}
      >
        {AB_BUTTON}
      </button>
      <p
        id="signals-ab-progress"
        className={`status${failed ? ' error' : ''}`}
        role="status"
        aria-live="polite"
        data-testid="signals-ab-progress"
        data-phase={progress?.phase ?? ''}
      >
        {error ?? progress?.text ?? ''}
      </p>
      {progress?.notRestored && (
        <ul className="error" data-testid="signals-ab-not-restored">
          {progress.notRestored.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
      {shown && (
        <div data-testid="signals-ab-result">
          {testedAt !== null && (
            <p className="why" data-testid="signals-ab-when">
              Last test: {new Date(testedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC, of{' '}
              {shown.url}
            </p>
          )}
          <ul className="verdicts">
            {(['dnt', 'gpc'] as const).map((k) => (
              <li key={k} data-signal={k} data-outcome={shown.verdicts[k].outcome}>
                <strong>{k.toUpperCase()}</strong>: {shown.verdicts[k].text}
              </li>
            ))}
          </ul>
          <ul className="why">
            {abLines(shown)
              .slice(0, 5)
              .map((l) => (
                <li key={l}>{l}</li>
              ))}
          </ul>
          <p className="why">{shown.note}</p>
        </div>
      )}
    </section>
  );
}
