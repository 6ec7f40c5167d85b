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
//              on 2026-12-07: development data since (the honest figure for
//              policies not yet seen comes from a fresh held-out set)
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
    'development corpus (dev + dev-extra + dev-former-holdout, 165 policies)',
    { timeout: 60_000 },
    () => {
      const r = score('dev', 'dev-extra', 'dev-former-holdout');
      expect(r.summary.files).toBe(165);
      expect(r.summary.errors).toBe(0);
      expect(r.summary.categories.f1).toBeGreaterThanOrEqual(0.925);
      expect(r.summary.categories.precision).toBeGreaterThanOrEqual(0.955);
      expect(nonEnglish(r).f1).toBeGreaterThanOrEqual(0.945);
      expect(r.summary.dnt.accuracy).toBeGreaterThanOrEqual(0.99);
      expect(r.summary.gpc.accuracy).toBeGreaterThanOrEqual(0.99);
    },
  );
});
