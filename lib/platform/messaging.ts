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
 * the audit.
 */
export function listenMessages(
  handle: (msg: unknown, sender: MessageSender) => Promise<unknown>,
  ownPrefix: string,
): void {
  // webextension-polyfill's contract: a listener answers by returning a promise.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((msg: unknown, sender: RuntimeSender) => {
    // The background's own broadcast, heard by itself too.
    if ((msg as { type?: string })?.type === 'records-changed') return undefined;
    return handle(msg, {
      tabId: sender.tab?.id,
      frameId: sender.frameId,
      url: sender.url,
      documentId: sender.documentId,
      origin: (sender as { origin?: string }).origin,
      fromExtensionPage: (sender.url ?? '').startsWith(ownPrefix),
    });
  });
}
