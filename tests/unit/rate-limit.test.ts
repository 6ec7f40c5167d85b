import { describe, expect, it } from 'vitest';
import { createTokenBuckets } from '../../lib/core/rate-limit.ts';

const T = 1_700_000_000_000;

describe('token buckets', () => {
  it('allow a burst, then refill at the steady rate, never above the burst', () => {
    const b = createTokenBuckets();
    const take = (at: number) => b.take('tab:frame', at, 3, 2);
    expect([take(T), take(T), take(T), take(T)]).toEqual([true, true, true, false]);
    // Two tokens a second: one after 500 ms.
    expect([take(T + 499), take(T + 999), take(T + 999)]).toEqual([false, true, false]);
    // A long pause refills up to the burst only.
    expect([take(T + 60_000), take(T + 60_000), take(T + 60_000), take(T + 60_000)]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('keep one bucket per key', () => {
    const b = createTokenBuckets();
    expect([b.take('a', T, 1, 1), b.take('a', T, 1, 1), b.take('b', T, 1, 1)]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('forget the oldest key past their bound: it starts with a full burst again', () => {
    const b = createTokenBuckets(2);
    b.take('a', T, 1, 0);
    b.take('b', T, 1, 0);
    b.take('c', T, 1, 0);
    expect([b.take('a', T, 1, 0), b.take('c', T, 1, 0)]).toEqual([true, false]);
  });
});
