import type { Request, ResponseMap } from '../core/protocol.ts';

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
