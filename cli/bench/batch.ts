// Batch throughput (issue 13): sites audited a minute by `npm run -s audit`
// over the demo site's hosts, at --jobs 1 and --jobs 2, each site in its own
// browser as a real batch does (the anchor: EDPS's Website Evidence Collector
// takes about 10 s a site, one site a run). The CLI runs as a child process,
// as a user runs it; the demo server answers from this one.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoServer } from '../demo-site/server.ts';
import { ROOT, ensureBuild } from '../ensure-build.ts';
import type { BenchModule, Figure } from './harness.ts';

/** Demo pages that load fully and quickly: each its own audit target. */
const PATHS = [
  ['shop.test', '/'],
  ['shop.test', '/about'],
  ['shop.test', '/cookie-policy'],
  ['kind-after-rejection.test', '/'],
  ['news.split.test', '/'],
  ['shop.split.test', '/'],
] as const;

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile('npx', ['tsx', 'cli/audit.ts', ...args], { cwd: ROOT, timeout: 600_000 }, (err) =>
      err ? reject(err) : resolve(),
    ),
  );
}

export const batchBench: BenchModule = {
  name: 'batch',
  async run(ctx): Promise<Figure[]> {
    ensureBuild((s) => ctx.note(s));
    const demo = await startDemoServer();
    const tmp = mkdtempSync(path.join(tmpdir(), 'cookie-audit-bench-batch-'));
    try {
      const list = path.join(tmp, 'sites.txt');
      writeFileSync(list, PATHS.map(([h, p]) => `${demo.origin(h)}${p}`).join('\n'));
      const figures: Figure[] = [];
      for (const jobs of [1, 2]) {
        const started = Date.now();
        await run([
          '--urls',
          list,
          '--out',
          path.join(tmp, `jobs-${jobs}`),
          '--jobs',
          String(jobs),
          '--host-resolver-rules',
          'MAP * 127.0.0.1, EXCLUDE localhost',
          '--insecure',
        ]);
        const minutes = (Date.now() - started) / 60_000;
        ctx.note(
          `batch: ${PATHS.length} sites at --jobs ${jobs} in ${(minutes * 60).toFixed(1)} s`,
        );
        figures.push({
          key: `batchSitesPerMinuteJobs${jobs}`,
          label: `batch audit, ${PATHS.length} demo sites, --jobs ${jobs} (whole run, browser launches included)`,
          value: Math.round((PATHS.length / minutes) * 10) / 10,
          unit: 'sites/min',
        });
      }
      return figures;
    } finally {
      await demo.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  },
};
