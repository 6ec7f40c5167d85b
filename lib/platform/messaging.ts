import { isEngineMessage } from '../core/consent-actions/engine.ts';
import type { MessageSender, Request, ResponseMap } from '../core/protocol.ts';

/**
 * Ask the background one protocol question from an extension page, typed by
 * the request's kind: the answer is that kind's response. A `{ ok: false,
 * error }` answer (or none) becomes a thrown Error.
 */
export async function ask<R extends Request>(msg: R): Promise<ResponseMap[R['type']]> {
  const res = (await browser.runtime.sendMessage(msg)) as
    (ResponseMap[R['type']] & { ok: boolean; error?: string }) | undefined;
  if (!res || res.ok === false) throw new Error(res?.error ?? 'no answer from the extension');
  return res;
}

/** Chrome 106+ tells the sending document; not in the polyfill's types. */
type RuntimeSender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1] & {
  documentId?: string;
};

/**
 * The background's side: every protocol message to `handle`, with what the
 * browser says about its sender. `ownPrefix` is the extension's base URL: its
 * own pages (the popup, or popup.html opened in a tab by the CLI) may read
 * the audit. `others`: messages another listener answers (the consent
 * engine's content script), left alone here.
 */
export function listenMessages(
  handle: (msg: unknown, sender: MessageSender) => Promise<unknown>,
  ownPrefix: string,
  others: (msg: unknown, sender: MessageSender) => boolean = () => false,
): void {
  // webextension-polyfill's contract: a listener answers by returning a promise.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((msg: unknown, sender: RuntimeSender) => {
    // The background's own broadcast, heard by itself too.
    const type = (msg as { type?: string })?.type;
    if (type === 'records-changed' || type === 'consent-progress') return undefined;
    const from = senderOf(sender, ownPrefix);
    if (others(msg, from)) return undefined;
    return handle(msg, from);
  });
}

function senderOf(sender: RuntimeSender, ownPrefix: string): MessageSender {
  return {
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    url: sender.url,
    documentId: sender.documentId,
    origin: (sender as { origin?: string }).origin,
    fromExtensionPage: (sender.url ?? '').startsWith(ownPrefix),
  };
}

/**
 * The consent engine's content-script messages (from a tab, never from an
 * extension page) to `onMessage`; each is answered at once (the engine does
 * not wait for answers: the background replies with tabs.sendMessage).
 */
export function listenEngineMessages(
  onMessage: (msg: unknown, sender: { tabId?: number; frameId?: number }) => boolean,
  ownPrefix: string,
): (msg: unknown, sender: MessageSender) => boolean {
  const isEngine = (msg: unknown, from: MessageSender) =>
    !from.fromExtensionPage && from.tabId !== undefined && isEngineMessage(msg);
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((msg: unknown, sender: RuntimeSender) => {
    const from = senderOf(sender, ownPrefix);
    if (!isEngine(msg, from)) return undefined;
    onMessage(msg, from);
    return Promise.resolve({ ok: true });
  });
  return isEngine;
}
