// npm run -s bench [-- --json]: performance figures beside their SPEC targets
// (see cli/bench/harness.ts; one module per group of figures).
import { auditBench } from './bench/audit.ts';
import { breakdownBench } from './bench/breakdown.ts';
import { browserBench } from './bench/browser.ts';
import { classificationBench } from './bench/classify.ts';
import { runBench } from './bench/harness.ts';
import { ocdAccuracyBench } from './bench/ocd-accuracy.ts';
import { policyBench } from './bench/policy.ts';
import { recordingBench } from './bench/recording.ts';

const json = process.argv.includes('--json');
runBench(
  [
    classificationBench,
    breakdownBench,
    ocdAccuracyBench,
    policyBench,
    auditBench,
    recordingBench,
    browserBench,
  ],
  json,
).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
