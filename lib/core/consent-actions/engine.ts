// The background's side of DuckDuckGo's autoconsent engine, as pure logic: a
// session fed each message the engine's content script sends from a frame of
// the tab, answering what to do (reply to that frame, run a rule's snippet in
// its main world, wait, finish). The platform adapter
// (lib/platform/autoconsent.ts) does the doing; the CLI's Playwright runner
// (cli/autoconsent.ts) follows the same protocol.

export type AutoAction = 'optIn' | 'optOut';

/** Where the build puts the package's content-script bundle and rules (scripts/autoconsent-asset.ts). */
export const AUTOCONSENT_FILES = {
  content: '/autoconsent/content.js',
  rules: '/autoconsent/rules.json',
} as const;

export interface EngineResult {
  /** The rule (consent platform or site) that handled the banner, or null when none did. */
  cmp: string | null;
  /** A banner was open. */
  popup: boolean;
  /** The opt-in or opt-out steps ran to the end. */
  applied: boolean | null;
  /** The rule's own check that the choice took effect (null: it has none, or it did not run). */
  confirmed: boolean | null;
  error: string | null;
}

/** What the engine's content script sends (lib/messages.ts of the package). */
export const ENGINE_MESSAGE_TYPES: ReadonlySet<string> = new Set([
  'init',
  'eval',
  'visualDelay',
  'cmpDetected',
  'popupFound',
  'optOutResult',
  'optInResult',
  'selfTestResult',
  'autoconsentDone',
  'autoconsentError',
  'report',
]);

/** A message of the engine's content script (by its type; the fields are checked where read). */
export function isEngineMessage(msg: unknown): boolean {
  const t = (msg as { type?: unknown } | null)?.type;
  return typeof t === 'string' && ENGINE_MESSAGE_TYPES.has(t);
}

/** The engine's settings for one run. */
export function engineConfig(action: AutoAction) {
  return {
    enabled: true,
    autoAction: action,
    disabledCmps: [],
    // Nothing hidden: the audit watches the page as a visitor sees it.
    enablePrehide: false,
    enableCosmeticRules: true,
    enableGeneratedRules: true,
    // The page has loaded before the engine runs: 10 tries (about 5 s) find a late banner.
    detectRetries: 10,
    visualTest: false,
    logs: { lifecycle: false, rulesteps: false, evals: false, errors: false, messages: false },
  };
}

/** How long to wait once a platform is detected without an open banner, and once the top frame found nothing. */
export const NO_BANNER_WAIT_MS = 7000;
export const NOTHING_DETECTED_WAIT_MS = 1500;
/**
 * How long the top frame's engine may look for a platform, from its first
 * report. Its tries wait 500 ms each *and* for a change in the document
 * after the first (up to a minute): on a page that has stopped changing and
 * shows no banner it never says "nothing detected", and the run would only
 * end on its overall bound. Ten tries of 500 ms, with room to spare.
 */
export const DETECT_WINDOW_MS = 6500;

export type EngineEffect =
  /** Send `message` to the content script of frame `frameId`. */
  | { do: 'reply'; frameId: number; message: Record<string, unknown> }
  /** Run the rule's snippet `snippetId` in frame `frameId`'s main world; answer with evalResp `id`. */
  | { do: 'eval'; frameId: number; id: string; snippetId: string | null }
  /**
   * Finish after `ms`, replacing any such wait set before (Infinity: no
   * longer finish on a wait, only on `finish` or the run's own timeout).
   */
  | { do: 'finish-after'; ms: number }
  | { do: 'finish' };

/** The fields read from a content-script message; anything else is ignored. */
interface EngineMessage {
  type?: unknown;
  cmp?: unknown;
  result?: unknown;
  scheduleSelfTest?: unknown;
  id?: unknown;
  snippetId?: unknown;
  details?: unknown;
  mainFrame?: unknown;
  state?: { lifecycle?: unknown } | null;
}

export interface EngineSession {
  readonly result: EngineResult;
  /** One message from frame `frameId` of the tab: what to do about it. */
  onMessage(raw: unknown, frameId: number): EngineEffect[];
}

/**
 * A run of the engine making `action`'s choice with `rules` (the package's
 * rules.json). It finishes when the rule is done (and its self-test, if it has
 * one, has answered), when the rule failed, when nothing was detected, or when
 * a platform was detected but no banner opened.
 */
export function createEngineSession(action: AutoAction, rules: unknown): EngineSession {
  const result: EngineResult = {
    cmp: null,
    popup: false,
    applied: null,
    confirmed: null,
    error: null,
  };
  let selfTestFrame: number | null = null;
  let detecting = false;
  /** The first rule named by the engine (bounded: it comes from the page's frames). */
  const noteCmp = (msg: EngineMessage) => {
    result.cmp ??= String(msg.cmp ?? '').slice(0, 100) || null;
  };
  return {
    result,
    onMessage(raw, frameId) {
      const msg = (raw && typeof raw === 'object' ? raw : {}) as EngineMessage;
      switch (msg.type) {
        case 'init':
          return [
            {
              do: 'reply',
              frameId,
              message: { type: 'initResp', config: engineConfig(action), rules },
            },
          ];
        case 'eval':
          return [
            {
              do: 'eval',
              frameId,
              id: String(msg.id ?? '').slice(0, 100),
              snippetId: typeof msg.snippetId === 'string' ? msg.snippetId : null,
            },
          ];
        case 'cmpDetected':
          noteCmp(msg);
          // A platform present but no banner open (a returning visitor): the
          // engine says nothing more once its wait for a banner is over.
          return result.popup ? [] : [{ do: 'finish-after', ms: NO_BANNER_WAIT_MS }];
        case 'popupFound':
          result.popup = true;
          noteCmp(msg);
          // Wait for the rule, however long it takes (the run's own timeout bounds it).
          return [{ do: 'finish-after', ms: Number.POSITIVE_INFINITY }];
        case 'optOutResult':
        case 'optInResult':
          result.applied = msg.result === true;
          noteCmp(msg);
          if (msg.scheduleSelfTest === true) selfTestFrame = frameId;
          return result.applied ? [] : [{ do: 'finish' }];
        case 'autoconsentDone':
          return selfTestFrame === null
            ? [{ do: 'finish' }]
            : [{ do: 'reply', frameId: selfTestFrame, message: { type: 'selfTest' } }];
        case 'selfTestResult':
          result.confirmed = msg.result === true;
          return [{ do: 'finish' }];
        case 'autoconsentError':
          result.error = JSON.stringify(msg.details ?? null).slice(0, 300);
          return [];
        case 'report':
          if (msg.mainFrame !== true || result.cmp || result.popup) return [];
          // The top frame found nothing: give frames a moment, then stop.
          if (msg.state?.lifecycle === 'nothingDetected') {
            return [{ do: 'finish-after', ms: NOTHING_DETECTED_WAIT_MS }];
          }
          // Its first report: it looks for a platform for so long at most
          // (a detected one replaces this wait with its own).
          if (!detecting) {
            detecting = true;
            return [{ do: 'finish-after', ms: DETECT_WINDOW_MS }];
          }
          return [];
        default:
          return [];
      }
    },
  };
}

/** "rule Onetrust, confirmed by its self-test" and the like. */
export function describeEngine(r: EngineResult): string {
  if (!r.cmp) return 'no rule matched';
  const how = `rule ${r.cmp}`;
  if (r.applied === false) return `${how} failed to apply the choice`;
  if (r.applied === null) return `${how} found no open banner`;
  if (r.confirmed === true) return `${how}, confirmed by its self-test`;
  if (r.confirmed === false) return `${how}, but its self-test says the choice did not take`;
  return how;
}
