// The background's side of the autoconsent protocol (lib/core/consent-actions/engine.ts)
// and the popup's texts (progress.ts): exact effects for each message, in the
// orders the engine's content script sends them.
import { describe, expect, it } from 'vitest';
import {
  createEngineSession,
  describeEngine,
  engineConfig,
  isEngineMessage,
  DETECT_WINDOW_MS,
  NO_BANNER_WAIT_MS,
  NOTHING_DETECTED_WAIT_MS,
  type EngineResult,
} from '../../lib/core/consent-actions/engine.ts';
import {
  chosenText,
  doneText,
  noChoice,
  notWithdrawnText,
  withdrawnDoneText,
  withdrawnText,
} from '../../lib/core/consent-actions/progress.ts';

const RULES = { autoconsent: [{ name: 'Onetrust' }] };

describe('engine session', () => {
  it('answers init with the run settings and the rules, to the asking frame', () => {
    const s = createEngineSession('optOut', RULES);
    expect(s.onMessage({ type: 'init', url: 'https://a.test/' }, 3)).toEqual([
      {
        do: 'reply',
        frameId: 3,
        message: { type: 'initResp', config: engineConfig('optOut'), rules: RULES },
      },
    ]);
    expect(engineConfig('optIn')).toEqual({
      enabled: true,
      autoAction: 'optIn',
      disabledCmps: [],
      enablePrehide: false,
      enableCosmeticRules: true,
      enableGeneratedRules: true,
      detectRetries: 10,
      visualTest: false,
      logs: { lifecycle: false, rulesteps: false, evals: false, errors: false, messages: false },
    });
  });

  it('runs an opt-out with a self-test to the end: popup, result, done, self-test', () => {
    const s = createEngineSession('optOut', RULES);
    expect(s.onMessage({ type: 'cmpDetected', cmp: 'Onetrust', url: 'u' }, 0)).toEqual([
      { do: 'finish-after', ms: NO_BANNER_WAIT_MS },
    ]);
    expect(s.onMessage({ type: 'popupFound', cmp: 'Onetrust', url: 'u' }, 0)).toEqual([
      { do: 'finish-after', ms: Number.POSITIVE_INFINITY },
    ]);
    expect(
      s.onMessage({ type: 'eval', id: 'e1', code: 'x', snippetId: 'EVAL_ONETRUST_1' }, 0),
    ).toEqual([{ do: 'eval', frameId: 0, id: 'e1', snippetId: 'EVAL_ONETRUST_1' }]);
    expect(
      s.onMessage(
        { type: 'optOutResult', cmp: 'Onetrust', result: true, scheduleSelfTest: true },
        0,
      ),
    ).toEqual([]);
    expect(s.onMessage({ type: 'autoconsentDone', cmp: 'Onetrust' }, 0)).toEqual([
      { do: 'reply', frameId: 0, message: { type: 'selfTest' } },
    ]);
    expect(s.onMessage({ type: 'selfTestResult', cmp: 'Onetrust', result: true }, 0)).toEqual([
      { do: 'finish' },
    ]);
    expect(s.result).toEqual({
      cmp: 'Onetrust',
      popup: true,
      applied: true,
      confirmed: true,
      error: null,
    });
  });

  it('sends the self-test to the frame whose rule ran, and finishes at once without one', () => {
    const s = createEngineSession('optOut', RULES);
    s.onMessage({ type: 'popupFound', cmp: 'Sourcepoint-frame' }, 7);
    s.onMessage(
      { type: 'optOutResult', cmp: 'Sourcepoint-frame', result: true, scheduleSelfTest: true },
      7,
    );
    expect(s.onMessage({ type: 'autoconsentDone' }, 0)).toEqual([
      { do: 'reply', frameId: 7, message: { type: 'selfTest' } },
    ]);
    const t = createEngineSession('optIn', RULES);
    t.onMessage({ type: 'popupFound', cmp: 'Cookiebot' }, 0);
    t.onMessage(
      { type: 'optInResult', cmp: 'Cookiebot', result: true, scheduleSelfTest: false },
      0,
    );
    expect(t.onMessage({ type: 'autoconsentDone' }, 0)).toEqual([{ do: 'finish' }]);
    expect(t.result).toEqual({
      cmp: 'Cookiebot',
      popup: true,
      applied: true,
      confirmed: null,
      error: null,
    });
  });

  it('finishes when the rule fails, keeping the engine error', () => {
    const s = createEngineSession('optOut', RULES);
    s.onMessage({ type: 'popupFound', cmp: 'Onetrust' }, 0);
    expect(s.onMessage({ type: 'autoconsentError', details: { msg: 'boom' } }, 0)).toEqual([]);
    expect(s.onMessage({ type: 'optOutResult', cmp: 'Onetrust', result: false }, 0)).toEqual([
      { do: 'finish' },
    ]);
    expect(s.result).toEqual({
      cmp: 'Onetrust',
      popup: true,
      applied: false,
      confirmed: null,
      error: '{"msg":"boom"}',
    });
  });

  it("waits a moment after the top frame's nothingDetected, not after a frame's or once a rule is known", () => {
    const s = createEngineSession('optOut', RULES);
    const nothing = (mainFrame: boolean) => ({
      type: 'report',
      mainFrame,
      state: { lifecycle: 'nothingDetected' },
    });
    expect(s.onMessage(nothing(false), 2)).toEqual([]);
    expect(s.onMessage(nothing(true), 0)).toEqual([
      { do: 'finish-after', ms: NOTHING_DETECTED_WAIT_MS },
    ]);
    s.onMessage({ type: 'cmpDetected', cmp: 'Onetrust' }, 2);
    expect(s.onMessage(nothing(true), 0)).toEqual([]);
    expect(s.result.cmp).toBe('Onetrust');
  });

  it("bounds the top frame's search (its tries can wait for a change that never comes)", () => {
    const s = createEngineSession('optOut', RULES);
    const report = (mainFrame: boolean, lifecycle: string) => ({
      type: 'report',
      mainFrame,
      state: { lifecycle, findCmpAttempts: 1 },
    });
    expect(s.onMessage(report(false, 'started'), 3)).toEqual([]);
    expect(s.onMessage(report(true, 'started'), 0)).toEqual([
      { do: 'finish-after', ms: DETECT_WINDOW_MS },
    ]);
    // Later reports (each try sends one) do not move the bound.
    expect(s.onMessage(report(true, 'started'), 0)).toEqual([]);
    // A platform found replaces it with the wait for its banner.
    expect(s.onMessage({ type: 'cmpDetected', cmp: 'Onetrust' }, 0)).toEqual([
      { do: 'finish-after', ms: NO_BANNER_WAIT_MS },
    ]);
    expect(s.onMessage(report(true, 'cmpDetected'), 0)).toEqual([]);
  });

  it('keeps the first rule named, bounded, and ignores unknown or malformed messages', () => {
    const s = createEngineSession('optOut', RULES);
    s.onMessage({ type: 'cmpDetected', cmp: 'x'.repeat(500) }, 0);
    s.onMessage({ type: 'cmpDetected', cmp: 'Other' }, 0);
    expect(s.result.cmp).toBe('x'.repeat(100));
    expect(s.onMessage(null, 0)).toEqual([]);
    expect(s.onMessage('init', 0)).toEqual([]);
    expect(s.onMessage({ type: 'visualDelay', timeout: 5 }, 0)).toEqual([]);
    expect(s.onMessage({ type: 'eval', id: 42 }, 1)).toEqual([
      { do: 'eval', frameId: 1, id: '42', snippetId: null },
    ]);
  });

  it('tells its messages from the extension protocol', () => {
    expect(isEngineMessage({ type: 'optOutResult' })).toBe(true);
    expect(isEngineMessage({ type: 'report' })).toBe(true);
    expect(isEngineMessage({ type: 'page-reports' })).toBe(false);
    expect(isEngineMessage({ type: 'constructor' })).toBe(false);
    expect(isEngineMessage(null)).toBe(false);
  });
});

const result = (r: Partial<EngineResult>): EngineResult => ({
  cmp: null,
  popup: false,
  applied: null,
  confirmed: null,
  error: null,
  ...r,
});

describe('texts', () => {
  const confirmed = result({ cmp: 'Onetrust', popup: true, applied: true, confirmed: true });
  const plain = result({ cmp: 'Cookiebot', popup: true, applied: true });

  it('says which rule made the choice and whether its self-test confirmed it', () => {
    expect(chosenText('reject', confirmed)).toBe(
      'Rejected via Onetrust, confirmed by its self-test; reloading…',
    );
    expect(chosenText('accept', plain)).toBe('Accepted via Cookiebot; reloading…');
    expect(doneText('reject', result({ ...confirmed, confirmed: false }))).toBe(
      'Rejected via Onetrust, but its self-test says the choice did not take. The page was ' +
        'reloaded: the findings show what the site did after the choice.',
    );
    expect(describeEngine(confirmed)).toBe('rule Onetrust, confirmed by its self-test');
  });

  it('says plainly why no choice was made', () => {
    expect(noChoice(confirmed)).toBeNull();
    expect(noChoice(result({}))).toBe(
      'No consent banner found: no rule of the autoconsent engine matched this page, so no choice was made.',
    );
    expect(
      noChoice(result({ error: 'could not run in the page: Cannot access a chrome:// URL' })),
    ).toBe(
      'Could not look for a consent banner: could not run in the page: Cannot access a chrome:// URL.',
    );
    expect(noChoice(result({ cmp: 'Onetrust' }))).toBe(
      'Onetrust is on this page but no banner is open (a choice may already be stored), so no choice was made.',
    );
    expect(noChoice(result({ cmp: 'Onetrust', popup: true, applied: false, error: '"x"' }))).toBe(
      'The Onetrust rule could not apply the choice on the banner ("x").',
    );
  });

  it('says how a withdrawal was made, or why it could not be', () => {
    expect(withdrawnText(confirmed, null)).toBe(
      'autoconsent rule Onetrust, confirmed by its self-test',
    );
    expect(withdrawnText(result({}), 'OneTrust.RejectAll()')).toBe(
      'OneTrust.RejectAll() (the banner was not shown again, so the autoconsent engine had ' +
        'nothing to click: no rule matched)',
    );
    expect(withdrawnText(result({}), null)).toBeNull();
    expect(withdrawnDoneText(plain, 'Cookiebot.withdraw()')).toBe(
      'Accepted via Cookiebot, then withdrew via Cookiebot.withdraw(). The page was reloaded ' +
        'after each: the findings show what the site kept after the withdrawal.',
    );
    expect(notWithdrawnText(plain, result({ cmp: 'Cookiebot' }))).toBe(
      'Accepted via Cookiebot, but the consent could not be withdrawn: the banner was not shown ' +
        'again (autoconsent: rule Cookiebot found no open banner) and no CMP API to withdraw it ' +
        '(OneTrust, Cookiebot) was found.',
    );
  });
});
