/**
 * Ask the background one protocol question from an extension page; a
 * `{ ok: false, error }` answer (or none) becomes a thrown Error.
 */
export async function ask<T>(msg: unknown): Promise<T> {
  const res = (await browser.runtime.sendMessage(msg)) as T & { ok: boolean; error?: string };
  if (!res || res.ok === false) throw new Error(res?.error ?? 'no answer from the extension');
  return res;
}
