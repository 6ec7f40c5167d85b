// Shared by the hostile-input tests (hostile-*.test.ts): site-controlled text
// is hostile (SPEC "Reliability and security requirements": malformed policy
// pages, list files and CMP payloads never crash anything; "Performance
// targets": no input of any size takes super-linear time). Every parser of
// such text is fed RUNS generated inputs and must return without any
// exception but its documented typed error, each within a budget linear in
// its size; and inputs large enough that a super-linear path would take
// seconds or hours (200 KB) must parse within that same budget.
import fc from 'fast-check';
import { expect } from 'vitest';

/** HOSTILE_RUNS=100000 for a deeper search than CI makes (each run draws new inputs). */
export const RUNS = Number(process.env.HOSTILE_RUNS ?? 10_000);
/** Test timeout for the heavy cases: a loaded machine must not fail them (their budgets are per input). */
export const LONG = 60_000;

/**
 * Time allowed for one input: a second, plus 10 ms per KB. Generous enough
 * that a loaded machine never fails a linear parser (200 KB take well under
 * 500 ms), while every super-linear path found so far took from 20 s to hours
 * on 200 KB.
 */
export const budgetMs = (chars: number): number => 1000 + chars / 100;

/**
 * Runs `run` on `input` and fails when it takes longer than the budget three
 * times in a row: a super-linear path is that slow every time, while a
 * machine busy with other work (a garbage collection, a starved CPU) stalls
 * one run now and then.
 */
export function withinBudget<T>(what: string, input: string, run: () => T): T {
  const budget = budgetMs(input.length);
  let out!: T;
  let fastest = Infinity;
  for (let attempt = 0; attempt < 3 && fastest >= budget; attempt++) {
    const start = performance.now();
    out = run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  expect(
    fastest,
    `${what}: ${input.length} characters took ${Math.round(fastest)} ms`,
  ).toBeLessThan(budget);
  return out;
}

/** `n` characters of `unit` repeated, between a prefix and a suffix. */
export const shape = (prefix: string, unit: string, suffix = 'x', n = 200_000): string =>
  prefix + unit.repeat(Math.ceil(n / unit.length)) + suffix;

/** A token, a long run of one, or arbitrary code points. */
function chunks(tokens: string[]): fc.Arbitrary<string> {
  const token = fc.constantFrom(...tokens);
  return fc.oneof(
    { weight: 6, arbitrary: token },
    {
      weight: 2,
      arbitrary: fc.tuple(token, fc.integer({ min: 2, max: 64 })).map(([t, n]) => t.repeat(n)),
    },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  );
}

/** Up to `maxChunks` of those, joined. */
export const soup = (tokens: string[], maxChunks = 24): fc.Arbitrary<string> =>
  fc.array(chunks(tokens), { maxLength: maxChunks, size: 'max' }).map((a) => a.join(''));
