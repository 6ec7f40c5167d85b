// The policy reader scored on real, hand-labelled policies (the
// `npm run -s policy -- --eval` scoring). Floors, not targets: a change that
// lowers any of these figures fails here and has to say why. Raise a floor
// when the reader gets better; never lower one to make a change pass.
//
//   dev        78 policies of ../shared/policies-dev (EN, DE, ES, FR)
//   dev-extra  45 more, collected for this project (IT, NL, PT, FR-CA, DE, ES, EN DNT)
//   dev-former-holdout  42 policies in seven languages, held out until their
//              errors were read on 2026-12-06: development data since
//   dev-former-holdout2  42 policies in seven languages, collected separately
//              on 2026-12-06 and only ever scored until their errors were read
//              on 2026-12-07: development data since
//   dev-former-holdout3  45 policies in seven languages, collected separately
//              on 2026-12-07 and scored once (F1 0.693 at 9533455) before their
//              errors were read the same day: development data since (the
//              honest figure for policies not yet seen comes from a fresh
//              held-out set)
//   dev-former-holdout4  45 policies in seven languages, collected separately
//              on 2026-12-07, scored only (F1 0.761 at c125a0a) until their
//              errors were read on 2026-12-07 (0.857 after): development data since
//   dev-former-holdout5  45 policies in seven languages, collected separately
//              on 2026-12-07, scored only (F1 0.817 at 4b11633) until their
//              errors were read the same day (0.950 after): development data since
//   dev-former-holdout6  45 policies in seven languages, collected separately
//              on 2026-12-07, scored only (F1 0.722 at a51af8a, 0.731 at
//              e427053) until their errors were read the same day (0.889
//              after): development data since
//   dev-dnt    21 English policies stating a DNT or GPC stance, collected on
//              2026-12-07 as development data (DNT 71.4 %, GPC 76.2 % before
//              their errors were read)
//   dev-former-holdout7  45 policies in seven languages, collected separately
//              on 2026-12-07, scored only (F1 0.748 at a51af8a, 0.758 at
//              ec4c0c8) until their errors were read the same day (0.785
//              after): development data since
//   dev-former-holdout8  47 policies in seven languages, collected separately
//              on 2026-12-07, scored only (F1 0.784 at 06fca8e, 0.794 at
//              eb597ad) until their errors were read on 2026-12-07 (0.875
//              after): development data since
//   dev-former-holdout9  49 policies in seven languages, collected separately
//              on 2026-12-07, scored only (F1 0.708 at eb597ad, 0.712, 0.730 at
//              45f3c6b) until their errors were read on 2026-12-08 (0.795
//              after): development data since
//   holdout10  38 policies in seven languages, collected separately on
//              2026-12-08 and only ever scored (as holdout9)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type EvalResult,
  type Label,
  evaluate,
  nonEnglish,
  parseLabels,
} from '../../lib/core/policy/evaluate.ts';
import { readPolicy } from '../../lib/core/policy/index.ts';

const root = new URL('../fixtures/policies/', import.meta.url);

function score(...dirs: string[]): EvalResult {
  const labels: (Label & { dir: string })[] = dirs.flatMap((dir) =>
    parseLabels(JSON.parse(readFileSync(new URL(`${dir}/labels.json`, root), 'utf8'))).map((l) => ({
      ...l,
      dir,
    })),
  );
  return evaluate(labels, (l) => {
    const { dir } = l as Label & { dir: string };
    return readPolicy(readFileSync(new URL(`${dir}/${l.file}`, root), 'utf8'), { url: l.url });
  });
}

/** Floors of one scoring (any field left out is not checked). */
interface Floors {
  files: number;
  f1: number;
  precision?: number;
  nonEnglishF1: number;
  dnt: number;
  gpc: number;
}

function expectFloors(r: EvalResult, f: Floors): void {
  expect(r.summary.files).toBe(f.files);
  expect(r.summary.errors).toBe(0);
  expect(r.summary.categories.f1).toBeGreaterThanOrEqual(f.f1);
  if (f.precision !== undefined)
    expect(r.summary.categories.precision).toBeGreaterThanOrEqual(f.precision);
  expect(nonEnglish(r).f1).toBeGreaterThanOrEqual(f.nonEnglishF1);
  expect(r.summary.dnt.accuracy).toBeGreaterThanOrEqual(f.dnt);
  expect(r.summary.gpc.accuracy).toBeGreaterThanOrEqual(f.gpc);
}

const DEV_SETS = [
  'dev',
  'dev-extra',
  'dev-former-holdout',
  'dev-former-holdout2',
  'dev-former-holdout3',
  'dev-former-holdout4',
  'dev-former-holdout5',
  'dev-former-holdout6',
  'dev-former-holdout7',
  'dev-former-holdout8',
  'dev-former-holdout9',
];

describe('policy reader on labelled real policies', () => {
  it('development corpus (the eleven development sets, 528 policies)', { timeout: 120_000 }, () => {
    // The three sets of before 2026-12-07, on the floors they had then (raised since).
    expectFloors(score('dev', 'dev-extra', 'dev-former-holdout'), {
      files: 165,
      f1: 0.93,
      precision: 0.96,
      nonEnglishF1: 0.95,
      dnt: 0.99,
      gpc: 0.99,
    });
    expectFloors(score('dev-former-holdout2'), {
      files: 42,
      f1: 0.97,
      nonEnglishF1: 0.97,
      dnt: 0.97,
      gpc: 0.97,
    });
    expectFloors(score(...DEV_SETS.slice(0, 4)), {
      files: 207,
      f1: 0.94,
      precision: 0.96,
      nonEnglishF1: 0.955,
      dnt: 0.99,
      gpc: 0.99,
    });
    // Scored once at 0.693 (held out), read since; 0.790 after that round.
    expectFloors(score('dev-former-holdout3'), {
      files: 45,
      f1: 0.785,
      precision: 0.8,
      nonEnglishF1: 0.795,
      dnt: 0.97,
      gpc: 0.99,
    });
    expectFloors(score(...DEV_SETS.slice(0, 5)), {
      files: 252,
      f1: 0.913,
      precision: 0.938,
      nonEnglishF1: 0.925,
      dnt: 0.985,
      gpc: 0.99,
    });
    // Scored once at 0.761 (held out), read since; 0.857 after that round.
    expectFloors(score('dev-former-holdout4'), {
      files: 45,
      f1: 0.855,
      precision: 0.825,
      nonEnglishF1: 0.86,
      dnt: 0.95,
      gpc: 0.99,
    });
    // The first six: F1 0.905 when holdout5 was added, 0.912 since (P 0.923),
    // non-English 0.919, DNT 0.983, GPC 0.993.
    expectFloors(score(...DEV_SETS.slice(0, 6)), {
      files: 297,
      f1: 0.91,
      precision: 0.92,
      nonEnglishF1: 0.915,
      dnt: 0.98,
      gpc: 0.99,
    });
    // Scored once at 0.817 (held out), read since; 0.950 after that round.
    expectFloors(score('dev-former-holdout5'), {
      files: 45,
      f1: 0.945,
      precision: 0.95,
      nonEnglishF1: 0.945,
      dnt: 0.97,
      gpc: 0.99,
    });
    // Scored at 0.722 and 0.731 (held out), read since; 0.889 after that round.
    expectFloors(score('dev-former-holdout6'), {
      files: 45,
      f1: 0.885,
      precision: 0.94,
      nonEnglishF1: 0.875,
      dnt: 0.97,
      gpc: 0.95,
    });
    // Scored at 0.748 and 0.758 (held out), read since; 0.785 after that round.
    expectFloors(score('dev-former-holdout7'), {
      files: 45,
      f1: 0.78,
      precision: 0.835,
      nonEnglishF1: 0.72,
      dnt: 0.97,
      gpc: 0.99,
    });
    // The first nine: F1 0.907 (P 0.923), non-English 0.910, DNT 0.981, GPC 0.991;
    // 0.908 (P 0.925) after the holdout8 round.
    expectFloors(score(...DEV_SETS.slice(0, 9)), {
      files: 432,
      f1: 0.9,
      precision: 0.92,
      nonEnglishF1: 0.9,
      dnt: 0.98,
      gpc: 0.985,
    });
    // Scored at 0.784 and 0.794 (held out), read since; 0.875 after that round.
    expectFloors(score('dev-former-holdout8'), {
      files: 47,
      f1: 0.87,
      precision: 0.93,
      nonEnglishF1: 0.85,
      dnt: 0.93,
      gpc: 0.99,
    });
    // All ten: F1 0.906 (P 0.926), non-English 0.907, DNT 0.977, GPC 0.992;
    // 0.908 (P 0.928, non-English 0.910) after the phrasing tables of the same day,
    // 0.910 (P 0.930, non-English 0.915) with Dutch "functionele" as necessary.
    expectFloors(score(...DEV_SETS.slice(0, 10)), {
      files: 479,
      f1: 0.9,
      precision: 0.92,
      nonEnglishF1: 0.9,
      dnt: 0.975,
      gpc: 0.99,
    });
  });

  it(
    'development corpus, the holdout9 round (dev-former-holdout9 and all eleven sets)',
    { timeout: 120_000 },
    () => {
      // Scored at 0.708, 0.712 and 0.730 (held out), read since; 0.776 (P 0.810,
      // non-English 0.791) after that round, 0.795 (P 0.825, non-English 0.815)
      // with its Spanish template sentences. The first ten sets went 0.910 →
      // 0.911 (P 0.932) in the same round.
      expectFloors(score('dev-former-holdout9'), {
        files: 49,
        f1: 0.79,
        precision: 0.82,
        nonEnglishF1: 0.81,
        dnt: 0.95,
        gpc: 0.99,
      });
      // All eleven: F1 0.898 (P 0.920, R 0.876), non-English 0.898, DNT 0.977, GPC 0.992;
      // 0.899 (P 0.921, R 0.879), non-English 0.901 at the end of the round.
      expectFloors(score(...DEV_SETS), {
        files: 528,
        f1: 0.895,
        precision: 0.915,
        nonEnglishF1: 0.895,
        dnt: 0.975,
        gpc: 0.99,
      });
    },
  );

  it('DNT/GPC statements (dev-dnt: 21 policies, English)', { timeout: 60_000 }, () => {
    // Scored at 71.4 % DNT / 76.2 % GPC before its errors were read; 85.7 % each after.
    // Categories 0.878, then 0.869: "remember your theme" reads as preferences,
    // also in kanninja's section the labeller files as necessary ("Required …
    // They keep you signed in, remember your theme"); it found the theme
    // cookie elsewhere (pipsync, holdout8): a missed kind is a false finding.
    expectFloors(score('dev-dnt'), {
      files: 21,
      f1: 0.865,
      nonEnglishF1: 0,
      dnt: 0.85,
      gpc: 0.85,
    });
  });

  it('held-out set (holdout10: 38 policies, 7 languages, never read)', { timeout: 60_000 }, () => {
    // Scored when added (2026-12-08): F1 0.591 (P 0.743, R 0.491), non-English
    // 0.594 with the reader from before the holdout9 round (45f3c6b); 0.584
    // (P 0.722, R 0.491), non-English 0.585 after it. DNT and GPC: every one
    // of the 38 is silent, and read so.
    expectFloors(score('holdout10'), {
      files: 38,
      f1: 0.58,
      nonEnglishF1: 0.58,
      dnt: 0.99,
      gpc: 0.99,
    });
  });
});
