// npm run -s bench [-- --json] [-- --only WORD,…]: performance figures beside
// their SPEC targets (see cli/bench/harness.ts; one module per group of
// figures; --only runs the modules whose name contains one of the words).
import { auditBench } from './bench/audit.ts';
import { batchBench } from './bench/batch.ts';
import { breakdownBench } from './bench/breakdown.ts';
import { browserBench } from './bench/browser.ts';
import { classificationBench } from './bench/classify.ts';
import { hookWritesBench } from './bench/hook-writes.ts';
import { runBench } from './bench/harness.ts';
import { ocdAccuracyBench } from './bench/ocd-accuracy.ts';
import { overheadBench } from './bench/overhead.ts';
import { policyBench } from './bench/policy.ts';
import { recordingBench } from './bench/recording.ts';

const json = process.argv.includes('--json');
const all = [
  classificationBench,
  breakdownBench,
  ocdAccuracyBench,
  policyBench,
  auditBench,
  recordingBench,
  browserBench,
  overheadBench,
  hookWritesBench,
  batchBench,
];
const at = process.argv.indexOf('--only');
const words = at >= 0 ? (process.argv[at + 1] ?? '').toLowerCase().split(',').filter(Boolean) : [];
const chosen = words.length
  ? all.filter((m) => words.some((w) => m.name.toLowerCase().includes(w)))
  : all;
if (at >= 0 && chosen.length === 0) {
  process.stderr.write(
    `bench: --only matches no module; modules: ${all.map((m) => m.name).join(', ')}\n`,
  );
  process.exit(2);
}
runBench(chosen, json).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
