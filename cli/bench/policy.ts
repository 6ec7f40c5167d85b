// Policy parsing (SPEC: a 100 KB policy in ≤ 20 ms): the five seed policies
// and the project's own policy fixtures, concatenated to 100 KB, read as text
// and as HTML.
//
// The reader is timed as it ships: bundled and minified (esbuild, as the
// extension's build does), not as tsx runs the sources. tsx compiles with
// esbuild's keepNames, which wraps every function and closure the reader
// creates in a naming helper (Object.defineProperty at each creation): about
// a fifth of the time measured here, and none of it in the extension.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { readPolicy as ReadPolicy } from '../../lib/core/policy/index.ts';
import { type BenchModule, type Figure, median, round, sinceUs } from './harness.ts';

/** lib/core/policy bundled and minified as the extension ships it, in a temporary file. */
async function shippedReader(): Promise<{
  readPolicy: typeof ReadPolicy;
  file: string;
  dispose: () => void;
}> {
  const out = await build({
    entryPoints: [new URL('../../lib/core/policy/index.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'bench-policy-'));
  const file = join(dir, 'policy.mjs');
  writeFileSync(file, out.outputFiles[0]?.text ?? '');
  const mod = (await import(pathToFileURL(file).href)) as { readPolicy: typeof ReadPolicy };
  return {
    readPolicy: mod.readPolicy,
    file,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A worker's first reads: the bundle in a new Node process, nothing compiled
 * or optimised yet, COLD_READS reads of `input` timed there. (A second copy
 * of the reader in this process would not do: loaded beside the first, its
 * reads were up to three times slower.)
 */
function coldReads(file: string, input: string): number[] {
  const inputFile = join(dirname(file), 'input.txt');
  writeFileSync(inputFile, input);
  const code = `
    const { readPolicy } = await import(${JSON.stringify(pathToFileURL(file).href)});
    const text = (await import('node:fs')).readFileSync(${JSON.stringify(inputFile)}, 'utf8');
    const out = [];
    for (let i = 0; i < ${COLD_READS}; i++) {
      const start = process.hrtime.bigint();
      readPolicy(text, { format: 'text' });
      out.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    process.stdout.write(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cold reads failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as number[];
}

const RUNS = 30;
/**
 * Reads before the timed ones: V8's optimising compiler takes the reader's
 * functions in over the first few dozen reads (a 100 KB read took 35–60 ms
 * for the first ten, 17–24 ms after forty, 2026-12-07), so a median after
 * five warm-up reads mixed both regimes and swung between runs. The first
 * reads are reported apart (`policyParse100kColdMs`).
 */
const WARM_UP = 40;
/** Reads of a freshly imported reader, for the cold figure. */
const COLD_READS = 10;
const SIZE = 100 * 1024;

function corpus(): string {
  const dir = new URL('../../tests/fixtures/policies/', import.meta.url);
  const files = readdirSync(new URL('seeds/', dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(`seeds/${f}`, dir), 'utf8'));
  const own = readdirSync(new URL('cases/', dir))
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => readFileSync(new URL(`cases/${f}`, dir), 'utf8'));
  let text = '';
  for (let i = 0; text.length < SIZE; i++) {
    const all = [...files, ...own];
    text += `${all[i % all.length]}\n\n`;
  }
  return text.slice(0, SIZE);
}

function times(readPolicy: typeof ReadPolicy, input: string, format: string, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    readPolicy(input, { format: format as 'text' | 'html' });
    out.push(sinceUs(start) / 1000);
  }
  return out;
}

/** Median of RUNS reads once the reader's code is optimised (WARM_UP reads before). */
function timeIt(readPolicy: typeof ReadPolicy, input: string, format: 'text' | 'html'): number {
  times(readPolicy, input, format, WARM_UP);
  return median(times(readPolicy, input, format, RUNS));
}

export const policyBench: BenchModule = {
  name: 'policy',
  async run(ctx): Promise<Figure[]> {
    const reader = await shippedReader();
    const { readPolicy } = reader;
    const text = corpus();

    const html = `<!doctype html><html><body><nav><a href="/">Home</a></nav><main>${text
      .split(/\n{2,}/)
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n')}</main><footer>© Example</footer></body></html>`;
    ctx.note(
      `policy: ${RUNS} runs each on ${Math.round(text.length / 1024)} KB of text and of HTML (the reader bundled and minified, as shipped)`,
    );
    const steadyText = timeIt(readPolicy, text, 'text');
    const steadyHtml = timeIt(readPolicy, html, 'html');
    const cold = median(coldReads(reader.file, text));
    const figures: Figure[] = [
      {
        key: 'policyParse100kMs',
        label: `read a 100 KB policy (text), median of ${RUNS} after ${WARM_UP} warm-up reads`,
        value: round(steadyText),
        unit: 'ms',
        target: { op: '<=', value: 20 },
      },
      {
        key: 'policyParse100kHtmlMs',
        label: `read a 100 KB policy (HTML), median of ${RUNS} after ${WARM_UP} warm-up reads`,
        value: round(steadyHtml),
        unit: 'ms',
      },
      {
        key: 'policyParse100kColdMs',
        label: `read a 100 KB policy (text), a new process's first ${COLD_READS} reads, median`,
        value: round(cold),
        unit: 'ms',
      },
    ];
    reader.dispose();
    return figures;
  },
};
