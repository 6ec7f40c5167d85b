// Token buckets: a burst, then a steady rate per key. Used to keep a hostile
// page from flooding the recorder or the database with reports.

export interface TokenBuckets {
  /** Takes one token from `key`'s bucket at time `now` (ms); false when it is empty. */
  take(key: string, now: number, burst: number, perSecond: number): boolean;
}

/** Keys kept at most (the oldest created goes first): a page cannot grow memory without bound. */
export const MAX_BUCKETS = 5000;

export function createTokenBuckets(maxKeys = MAX_BUCKETS): TokenBuckets {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, now, burst, perSecond) {
      const b = buckets.get(key) ?? { tokens: burst, at: now };
      b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
      b.at = now;
      buckets.set(key, b);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    },
  };
}
