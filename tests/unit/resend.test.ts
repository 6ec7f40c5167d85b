import { describe, expect, it } from 'vitest';
import { RESEND_MS, RESEND_TRIES, resending } from '../../lib/core/resend.ts';

/** A send failing with the given errors in turn, then succeeding; timers run by hand. */
function harness(errors: (string | null)[]) {
  const sent: object[] = [];
  const waits: number[] = [];
  const timers: (() => void)[] = [];
  const send = resending(
    async (m) => {
      sent.push(m);
      const e = errors.shift();
      if (e) throw new Error(e);
      return { ok: true };
    },
    (fn, ms) => {
      waits.push(ms);
      timers.push(fn);
    },
  );
  const settle = async () => {
    for (let i = 0; i < 20; i++) {
      await Promise.resolve();
      await new Promise((r) => setTimeout(r, 0));
      const next = timers.shift();
      if (next) next();
    }
  };
  return { send, sent, waits, settle };
}

describe('resending a message a worker stop lost', () => {
  it.each([
    'Could not establish connection. Receiving end does not exist.',
    'The message port closed before a response was received.',
    'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
  ])('sends again after "%s"', async (error) => {
    const h = harness([error, error]);
    h.send({ type: 'page-reports' });
    await h.settle();
    expect(h.sent).toHaveLength(3);
    expect(h.waits).toEqual([RESEND_MS, 2 * RESEND_MS]);
  });

  it('gives up after RESEND_TRIES more sends', async () => {
    const lost = 'Could not establish connection. Receiving end does not exist.';
    const h = harness(Array.from({ length: 20 }, () => lost));
    h.send({ type: 'page-reports' });
    await h.settle();
    expect(h.sent).toHaveLength(1 + RESEND_TRIES);
  });

  it.each(['Extension context invalidated.', 'too many reports from this tab: dropped'])(
    'does not send again after "%s"',
    async (error) => {
      const h = harness([error]);
      h.send({ type: 'page-reports' });
      await h.settle();
      expect(h.sent).toHaveLength(1);
      expect(h.waits).toEqual([]);
    },
  );

  it('sends once when the first send succeeds', async () => {
    const h = harness([null]);
    h.send({ type: 'page-reports' });
    await h.settle();
    expect(h.sent).toEqual([{ type: 'page-reports' }]);
  });
});
