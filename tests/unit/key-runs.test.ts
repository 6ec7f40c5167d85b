import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consecutiveRuns } from '../../lib/core/key-runs.ts';

describe('consecutiveRuns', () => {
  it('groups consecutive keys', () => {
    expect(consecutiveRuns([])).toEqual([]);
    expect(consecutiveRuns([4])).toEqual([[4, 4]]);
    expect(consecutiveRuns([1, 2, 3, 7, 8, 10])).toEqual([
      [1, 3],
      [7, 8],
      [10, 10],
    ]);
  });

  it('covers exactly the keys, in maximal runs', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { maxLength: 200 }), (raw) => {
        const keys = [...raw].sort((a, b) => a - b);
        const runs = consecutiveRuns(keys);
        const covered = runs.flatMap(([a, b]) =>
          Array.from({ length: b - a + 1 }, (_, i) => a + i),
        );
        expect(covered).toEqual(keys);
        // Maximal: no two runs touch.
        for (let i = 1; i < runs.length; i++)
          expect(runs[i]![0]).toBeGreaterThan(runs[i - 1]![1] + 1);
      }),
      { numRuns: 500 },
    );
  });
});
