// `npm run -s audit-merge -- DIR... [--out DIR]`: merges the output folders of
// several runs (the shards of one list, run on several machines) into one:
// every audit's folder copied into --out (default: the first DIR), then one
// index.html and summary.csv over all of them. Where two runs audited the
// same target in the same mode, a finished audit wins over a timed-out or
// failed one, and of two finished ones the later.
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { collectOutcomes, writeIndex, type Outcome } from './batch/outcome.ts';

const USAGE = `Usage: npm run -s audit-merge -- DIR... [--out DIR]
  Merges audit output folders (e.g. the shards of one list) into --out (default: the first
  DIR) and writes one index.html and summary.csv over them.`;

function better(a: Outcome, b: Outcome): Outcome {
  if ((a.status === 'done') !== (b.status === 'done')) return a.status === 'done' ? a : b;
  return a.startedAt >= b.startedAt ? a : b;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    console.error(`audit-merge: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const inputs = parsed.positionals.map((d) => path.resolve(d));
  if (inputs.length === 0) {
    console.error(`audit-merge: no folder given.\n\n${USAGE}`);
    return 2;
  }
  const out = path.resolve(parsed.values.out ?? inputs[0]!);
  const chosen = new Map<string, { from: string; outcome: Outcome }>();
  for (const dir of inputs) {
    const found = await collectOutcomes(dir);
    if (found.length === 0) console.error(`audit-merge: no audit found in ${dir}`);
    for (const o of found) {
      const prev = chosen.get(o.dir);
      if (!prev || better(prev.outcome, o) === o) chosen.set(o.dir, { from: dir, outcome: o });
    }
  }
  for (const { from, outcome } of chosen.values()) {
    if (from === out) continue;
    await cp(path.join(from, outcome.dir), path.join(out, outcome.dir), {
      recursive: true,
      force: true,
    });
  }
  await writeIndex(out);
  const rel = path.relative(process.cwd(), out) || '.';
  console.log(
    `Merged ${chosen.size} audits from ${inputs.length} folder(s): ${path.join(rel, 'index.html')}, ${path.join(rel, 'summary.csv')}`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error('audit-merge failed:', e);
    process.exit(1);
  },
);
