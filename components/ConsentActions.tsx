import {
  ACTION_LABEL,
  CONSENT_ACTIONS,
  type ConsentAction,
  type ConsentProgress,
} from '../lib/core/consent-actions/progress.ts';

/**
 * The consent actions for the tab's site: make a choice on its banner the way
 * a visitor would (DuckDuckGo's autoconsent engine), then reload and audit
 * again. `progress` is the tab's action running or last ended.
 */
export function ConsentActions({
  progress,
  error,
  onRun,
}: {
  progress: ConsentProgress | null;
  /** Why the last request was refused (another action running, no tab…). */
  error: string | null;
  onRun: (action: ConsentAction) => void;
}) {
  const running = progress !== null && !progress.finished;
  return (
    <div className="consent-actions" role="group" aria-label="Consent choice on this site">
      {CONSENT_ACTIONS.map((a) => (
        <button
          key={a}
          type="button"
          data-action={a}
          disabled={running}
          aria-describedby="consent-progress"
          onClick={() => onRun(a)}
        >
          {ACTION_LABEL[a]}
        </button>
      ))}
      <p
        id="consent-progress"
        className={`status${progress?.step === 'failed' || error ? ' error' : ''}`}
        role="status"
        aria-live="polite"
        data-testid="consent-progress"
        data-step={progress?.step ?? ''}
      >
        {error ?? progress?.text ?? ''}
      </p>
      {progress && progress.finished && (
        <p className="consent-handled" data-testid="consent-handled">
          {progress.cmp && progress.step === 'failed' && !progress.choiceMade ? (
            <>
              Detected by the rule <strong data-testid="consent-cmp">{progress.cmp}</strong>; no
              choice was completed.
            </>
          ) : progress.cmp ? (
            <>
              Banner handled by: <strong data-testid="consent-cmp">{progress.cmp}</strong>
              {progress.confirmed === true ? ' (confirmed by its self-test)' : ''}
              {progress.confirmed === false ? ' (its self-test says the choice did not take)' : ''}
              {progress.withdrawnVia ? ` · withdrawn via ${progress.withdrawnVia}` : ''}
              {progress.step === 'failed' ? '; the audit after the choice did not run.' : ''}
            </>
          ) : (
            'No consent banner was handled: no rule of the autoconsent engine matched this page.'
          )}
        </p>
      )}
    </div>
  );
}
