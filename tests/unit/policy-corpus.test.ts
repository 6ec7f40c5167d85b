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
//   holdout5   45 policies in seven languages, collected separately on
//              2026-12-07 and only ever scored: the honest figure for policies
//              not yet seen (its floor keeps a change from lowering it; its
//              errors are not read)
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

describe('policy reader on labelled real policies', () => {
  it(
    'development corpus (dev + dev-extra + dev-former-holdout + dev-former-holdout2 + dev-former-holdout3, 252 policies)',
    { timeout: 90_000 },
    () => {
      // The three sets of before 2026-12-07, on the floors they had then (raised since).
      const old = score('dev', 'dev-extra', 'dev-former-holdout');
      expect(old.summary.files).toBe(165);
      expect(old.summary.errors).toBe(0);
      expect(old.summary.categories.f1).toBeGreaterThanOrEqual(0.93);
      expect(old.summary.categories.precision).toBeGreaterThanOrEqual(0.96);
      expect(nonEnglish(old).f1).toBeGreaterThanOrEqual(0.95);
      expect(old.summary.dnt.accuracy).toBeGreaterThanOrEqual(0.99);
      expect(old.summary.gpc.accuracy).toBeGreaterThanOrEqual(0.99);

      const second = score('dev-former-holdout2');
      expect(second.summary.files).toBe(42);
      expect(second.summary.errors).toBe(0);
      expect(second.summary.categories.f1).toBeGreaterThanOrEqual(0.97);
      expect(nonEnglish(second).f1).toBeGreaterThanOrEqual(0.97);
      expect(second.summary.dnt.accuracy).toBeGreaterThanOrEqual(0.97);
      expect(second.summary.gpc.accuracy).toBeGreaterThanOrEqual(0.97);

      const four = score('dev', 'dev-extra', 'dev-former-holdout', 'dev-former-holdout2');
      expect(four.summary.files).toBe(207);
      expect(four.summary.errors).toBe(0);
      expect(four.summary.categories.f1).toBeGreaterThanOrEqual(0.94);
      expect(four.summary.categories.precision).toBeGreaterThanOrEqual(0.96);
      expect(nonEnglish(four).f1).toBeGreaterThanOrEqual(0.955);
      expect(four.summary.dnt.accuracy).toBeGreaterThanOrEqual(0.99);
      expect(four.summary.gpc.accuracy).toBeGreaterThanOrEqual(0.99);

      // Scored once at 0.693 (held out), read since; 0.790 after that round.
      const third = score('dev-former-holdout3');
      expect(third.summary.files).toBe(45);
      expect(third.summary.errors).toBe(0);
      expect(third.summary.categories.f1).toBeGreaterThanOrEqual(0.785);
      expect(third.summary.categories.precision).toBeGreaterThanOrEqual(0.8);
      expect(nonEnglish(third).f1).toBeGreaterThanOrEqual(0.795);
      expect(third.summary.dnt.accuracy).toBeGreaterThanOrEqual(0.97);
      expect(third.summary.gpc.accuracy).toBeGreaterThanOrEqual(0.99);

      const all = score(
        'dev',
        'dev-extra',
        'dev-former-holdout',
        'dev-former-holdout2',
        'dev-former-holdout3',
      );
      expect(all.summary.files).toBe(252);
      expect(all.summary.errors).toBe(0);
      expect(all.summary.categories.f1).toBeGreaterThanOrEqual(0.913);
      expect(all.summary.categories.precision).toBeGreaterThanOrEqual(0.938);
      expect(nonEnglish(all).f1).toBeGreaterThanOrEqual(0.925);
      expect(all.summary.dnt.accuracy).toBeGreaterThanOrEqual(0.985);
      expect(all.summary.gpc.accuracy).toBeGreaterThanOrEqual(0.99);
    },
  );

  it(
    'former held-out set (dev-former-holdout4: 45 policies, read since)',
    { timeout: 60_000 },
    () => {
      // Scored once at 0.761 (held out), read since; 0.857 after that round.
      const r = score('dev-former-holdout4');
      expect(r.summary.files).toBe(45);
      expect(r.summary.errors).toBe(0);
      expect(r.summary.categories.f1).toBeGreaterThanOrEqual(0.855);
      expect(r.summary.categories.precision).toBeGreaterThanOrEqual(0.825);
      expect(nonEnglish(r).f1).toBeGreaterThanOrEqual(0.86);
      expect(r.summary.dnt.accuracy).toBeGreaterThanOrEqual(0.95);
      expect(r.summary.gpc.accuracy).toBeGreaterThanOrEqual(0.99);
    },
  );

  it('held-out set (holdout5: 45 policies, 7 languages, never read)', { timeout: 60_000 }, () => {
    // Scored at the commit that added it: F1 0.817 (P 0.873, R 0.767),
    // non-English 0.789, DNT 0.978, GPC 1.0.
    const r = score('holdout5');
    expect(r.summary.files).toBe(45);
    expect(r.summary.errors).toBe(0);
    expect(r.summary.categories.f1).toBeGreaterThanOrEqual(0.815);
    expect(nonEnglish(r).f1).toBeGreaterThanOrEqual(0.785);
    expect(r.summary.dnt.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(r.summary.gpc.accuracy).toBeGreaterThanOrEqual(0.99);
  });
});
