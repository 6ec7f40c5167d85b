// Primary keys grouped for range deletes (lib/platform/db.ts).

/** Ascending integer keys as maximal runs [first, last] of consecutive values. */
export function consecutiveRuns(keys: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const k of keys) {
    const last = runs.at(-1);
    if (last && k === last[1] + 1) last[1] = k;
    else runs.push([k, k]);
  }
  return runs;
}
