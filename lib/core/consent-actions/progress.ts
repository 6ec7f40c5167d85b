// The popup's consent actions ("Reject all and re-audit", "Accept all and
// re-audit", "Accept, then withdraw"): what each step says while it runs and
// when it ends. Pure: the steps themselves run in lib/services/consent-actions.ts.
import { describeEngine, type EngineResult } from './engine.ts';

// The actions and their labels live apart (labels.ts): the popup's first
// paint shows the buttons without loading this module's dependencies.
export { ACTION_LABEL, CONSENT_ACTIONS, type ConsentAction } from './labels.ts';
import type { ConsentAction } from './labels.ts';

export type ConsentStep =
  'detecting' | 'reloading' | 'withdrawing' | 'reloading-after-withdrawal' | 'done' | 'failed';

export interface ConsentProgress {
  tabId: number;
  action: ConsentAction;
  step: ConsentStep;
  /** One line for the user. */
  text: string;
  /** The engine's rule that handled the banner (null: none did, or not yet known). */
  cmp: string | null;
  /** Its self-test's verdict (null: it has none, or it did not run). */
  confirmed: boolean | null;
  /** How the consent was withdrawn (accept-then-withdraw), once it was: "OneTrust.RejectAll()", "autoconsent rule Onetrust". */
  withdrawnVia: string | null;
  /** The step ended the action: `done` or `failed`. */
  finished: boolean;
  /** Set on an interrupted action (see interrupted()): whether the banner's choice had been made. */
  choiceMade?: boolean;
}

const VERB: Record<'accept' | 'reject', string> = { accept: 'Accepted', reject: 'Rejected' };

/** "Onetrust, confirmed by its self-test" / "Onetrust (its self-test says the choice did not take)". */
function via(r: EngineResult): string {
  const cmp = r.cmp ?? 'unknown rule';
  if (r.confirmed === true) return `${cmp}, confirmed by its self-test`;
  if (r.confirmed === false) return `${cmp}, but its self-test says the choice did not take`;
  return cmp;
}

export const LOOKING = 'Looking for a consent banner…';

/**
 * An action a stopped worker left unfinished (its last step was saved): it
 * did not end, and whether the choice was made depends on how far it got.
 */
export function interrupted(p: ConsentProgress): ConsentProgress {
  const choiceMade = p.step !== 'detecting';
  const made = choiceMade
    ? 'The choice was made, but the page was not audited after it as the action does.'
    : 'No choice had been made yet.';
  return {
    ...p,
    step: 'failed',
    finished: true,
    choiceMade,
    text: `The consent action was interrupted: the browser stopped the extension's background worker while it ran (at: ${p.text}). ${made} Run it again.`,
  };
}
export const WITHDRAWING = 'Withdrawing the consent…';

/**
 * Why the engine's run made no choice, for the user; null when it made one
 * (a rule handled an open banner and applied the choice).
 */
export function noChoice(r: EngineResult): string | null {
  if (r.cmp && r.applied === true) return null;
  if (!r.cmp && r.error) return `Could not look for a consent banner: ${r.error}.`;
  if (!r.cmp) {
    return (
      'No consent banner found: no rule of the autoconsent engine matched this page, ' +
      'so no choice was made.'
    );
  }
  if (r.applied === null) {
    return (
      `${r.cmp} is on this page but no banner is open (a choice may already be stored), ` +
      'so no choice was made.'
    );
  }
  return `The ${r.cmp} rule could not apply the choice on the banner${r.error ? ` (${r.error})` : ''}.`;
}

/** After the choice: "Rejected via Onetrust, confirmed by its self-test; reloading…". */
export function chosenText(choice: 'accept' | 'reject', r: EngineResult): string {
  return `${VERB[choice]} via ${via(r)}; reloading…`;
}

/** The end of a plain accept or reject. */
export function doneText(choice: 'accept' | 'reject', r: EngineResult): string {
  return `${VERB[choice]} via ${via(r)}. The page was reloaded: the findings show what the site did after the choice.`;
}

/** How a withdrawal was made: by the engine on a banner shown again, else through the CMP's API. */
export function withdrawnText(engine: EngineResult, api: string | null): string | null {
  if (engine.cmp && engine.applied === true) return `autoconsent rule ${via(engine)}`;
  if (api) {
    return `${api} (the banner was not shown again, so the autoconsent engine had nothing to click: ${describeEngine(engine)})`;
  }
  return null;
}

export function withdrawnDoneText(accepted: EngineResult, how: string): string {
  return (
    `Accepted via ${via(accepted)}, then withdrew via ${how}. ` +
    'The page was reloaded after each: the findings show what the site kept after the withdrawal.'
  );
}

export function notWithdrawnText(accepted: EngineResult, engine: EngineResult): string {
  return (
    `Accepted via ${via(accepted)}, but the consent could not be withdrawn: the banner was not ` +
    `shown again (autoconsent: ${describeEngine(engine)}) and no CMP API to withdraw it ` +
    '(OneTrust, Cookiebot) was found.'
  );
}
