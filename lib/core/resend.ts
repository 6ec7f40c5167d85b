// Sending a content script's message to the worker again when a worker stop
// lost it. Pure: the send and the timer are given.

/**
 * A message lost to a worker stop: refused before any listener saw it ("Could
 * not establish connection. Receiving end does not exist."), or its channel
 * closed by the stop before an answer came ("The message port closed before a
 * response was received."). Sent again, it starts the next worker.
 */
export const LOST_TO_A_STOP =
  /could not establish connection|receiving end does not exist|message port closed|message channel closed/i;
/** Sends of one message after the first, each waiting RESEND_MS longer than the one before. */
export const RESEND_TRIES = 5;
export const RESEND_MS = 50;

/**
 * A send that tries again when a worker stop lost the message. A stop after
 * the listener ran but before it answered has the message handled twice: for
 * page reports, one write counted twice, where not resending loses it (the
 * cookie then shows with its setter unknown). Other failures (the extension
 * reloaded, a refusal) are not retried.
 */
export function resending(
  send: (message: object) => Promise<unknown>,
  later: (fn: () => void, ms: number) => void,
): (message: object) => void {
  const attempt = (message: object, n: number): void => {
    send(message).catch((e: unknown) => {
      const text = e instanceof Error ? e.message : String(e);
      if (n < RESEND_TRIES && LOST_TO_A_STOP.test(text))
        later(() => attempt(message, n + 1), RESEND_MS * (n + 1));
    });
  };
  return (message) => attempt(message, 0);
}
