// The consent step through DuckDuckGo's autoconsent (MPL-2.0; used in their
// browsers and crawler): its content script runs in every frame of the page,
// detects the consent platform or site-specific banner among several hundred
// rules, opts in or out the way a visitor would, and where the rule can, tests
// that the choice took effect. This module is its "background": it answers
// the script's messages over a Playwright binding, as the package's own
// Playwright runner does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { type EngineResult, engineConfig } from '../lib/core/consent-actions/engine.ts';

const require = createRequire(import.meta.url);
const RULES_FILE = require.resolve('@duckduckgo/autoconsent/rules/rules.json');
let bundle: { script: string; rules: string } | null = null;
/** The content script and the full rule set (opt-in steps included), read once. */
function load(): { script: string; rules: string } {
  bundle ??= {
    script: readFileSync(
      path.join(path.dirname(RULES_FILE), '..', 'dist', 'autoconsent.playwright.js'),
      'utf8',
    ),
    rules: JSON.stringify({
      autoconsent: (JSON.parse(readFileSync(RULES_FILE, 'utf8')) as { autoconsent: unknown[] })
        .autoconsent,
    }),
  };
  return bundle;
}

export type { AutoAction } from '../lib/core/consent-actions/engine.ts';
import type { AutoAction } from '../lib/core/consent-actions/engine.ts';

/** What a run found and did: the same result the extension's engine session gives. */
export type AutoconsentResult = EngineResult;

/** Messages the content script sends (the fields used here; the rest is ignored). */
interface ContentMessage {
  type?: string;
  cmp?: string;
  result?: boolean;
  scheduleSelfTest?: boolean;
  id?: string;
  code?: string;
  details?: unknown;
  mainFrame?: boolean;
  state?: { lifecycle?: string };
}

/**
 * Runs autoconsent on the page as it is now, making `action`'s choice; resolves
 * when the rule is done (and its self-test, if it has one, has answered), when
 * nothing was detected, or after `timeoutMs`.
 */
export async function runAutoconsent(
  page: Page,
  action: AutoAction,
  timeoutMs = 15_000,
): Promise<AutoconsentResult> {
  const { script, rules } = load();
  const out: AutoconsentResult = {
    cmp: null,
    popup: false,
    applied: null,
    confirmed: null,
    error: null,
  };
  let finish!: () => void;
  const finished = new Promise<void>((r) => (finish = r));
  let selfTestFrame: Frame | null = null;
  let nothingTimer: NodeJS.Timeout | undefined;
  const config = engineConfig(action);
  /** The first rule named by the engine (bounded: it comes from the page's frames). */
  const noteCmp = (msg: ContentMessage) => {
    out.cmp ??= String(msg.cmp ?? '').slice(0, 100) || null;
  };
  const reply = (frame: Frame, message: string) =>
    frame.evaluate(`window.autoconsentReceiveMessage && autoconsentReceiveMessage(${message})`);

  await page.exposeBinding(
    'autoconsentSendMessage',
    async ({ frame }: { frame: Frame }, raw: unknown) => {
      const msg = (raw && typeof raw === 'object' ? raw : {}) as ContentMessage;
      try {
        switch (msg.type) {
          case 'init':
            await reply(
              frame,
              `{ type: "initResp", config: ${JSON.stringify(config)}, rules: ${rules} }`,
            );
            break;
          case 'eval': {
            // The rule's own snippets (the package's table), run in the page's main world.
            let result: unknown = false;
            try {
              result = await frame.evaluate(String(msg.code ?? 'false'));
            } catch {
              result = false;
            }
            await reply(
              frame,
              `{ id: ${JSON.stringify(String(msg.id ?? ''))}, type: "evalResp", result: ${JSON.stringify(result ?? false)} }`,
            );
            break;
          }
          case 'cmpDetected':
            noteCmp(msg);
            // A platform present but no banner open (a returning visitor): the
            // engine says nothing more once its popup wait is over.
            clearTimeout(nothingTimer);
            nothingTimer = setTimeout(finish, 7000);
            break;
          case 'popupFound':
            clearTimeout(nothingTimer);
            out.popup = true;
            noteCmp(msg);
            break;
          case 'optOutResult':
          case 'optInResult':
            out.applied = msg.result === true;
            noteCmp(msg);
            if (msg.scheduleSelfTest) selfTestFrame = frame;
            if (!out.applied) finish();
            break;
          case 'autoconsentDone':
            if (selfTestFrame) await reply(selfTestFrame, '{ type: "selfTest" }');
            else finish();
            break;
          case 'selfTestResult':
            out.confirmed = msg.result === true;
            finish();
            break;
          case 'autoconsentError':
            out.error = JSON.stringify(msg.details ?? null).slice(0, 300);
            break;
          case 'report':
            // The top frame found nothing: give frames a moment, then stop.
            if (msg.mainFrame && msg.state?.lifecycle === 'nothingDetected' && !out.cmp) {
              clearTimeout(nothingTimer);
              nothingTimer = setTimeout(finish, 1500);
            }
            break;
        }
      } catch {
        // A frame that went away mid-answer: nothing to do.
      }
    },
  );
  const inject = (frame: Frame) => frame.evaluate(script).catch(() => {});
  const onFrame = (frame: Frame) => void inject(frame);
  page.on('framenavigated', onFrame);
  await Promise.all(page.frames().map(inject));
  const timer = setTimeout(finish, timeoutMs);
  await finished;
  clearTimeout(timer);
  clearTimeout(nothingTimer);
  page.off('framenavigated', onFrame);
  return out;
}
