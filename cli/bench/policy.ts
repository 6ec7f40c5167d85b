// Policy parsing (SPEC: a 100 KB policy in ≤ 20 ms): the five seed policies
// and the project's own policy fixtures, concatenated to 100 KB, read as text
// and as HTML.
//
// The reader is timed as it ships: bundled and minified (esbuild, as the
// extension's build does), not as tsx runs the sources. tsx compiles with
// esbuild's keepNames, which wraps every function and closure the reader
// creates in a naming helper (Object.defineProperty at each creation): about
// a fifth of the time measured here, and none of it in the extension.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { readPolicy as ReadPolicy } from '../../lib/core/policy/index.ts';
import { type BenchModule, type Figure, median, round, sinceUs } from './harness.ts';

/** lib/core/policy bundled and minified as the extension ships it. */
async function shippedReader(): Promise<typeof ReadPolicy> {
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
  try {
    const file = join(dir, 'policy.mjs');
    writeFileSync(file, out.outputFiles[0]?.text ?? '');
    const mod = (await import(pathToFileURL(file).href)) as { readPolicy: typeof ReadPolicy };
    return mod.readPolicy;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const RUNS = 30;
const WARM_UP = 5;
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

function timeIt(readPolicy: typeof ReadPolicy, input: string, format: 'text' | 'html'): number {
  // Warm-up: the vocabularies' regexes compile once, and the reader's code
  // reaches the optimising compiler's tier, as in a worker that has read a
  // few policies.
  for (let i = 0; i < WARM_UP; i++) readPolicy(input, { format });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    readPolicy(input, { format });
    times.push(sinceUs(start) / 1000);
  }
  return median(times);
}

export const policyBench: BenchModule = {
  name: 'policy',
  async run(ctx): Promise<Figure[]> {
    const readPolicy = await shippedReader();
    const text = corpus();
    const html = `<!doctype html><html><body><nav><a href="/">Home</a></nav><main>${text
      .split(/\n{2,}/)
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n')}</main><footer>© Example</footer></body></html>`;
    ctx.note(
      `policy: ${RUNS} runs each on ${Math.round(text.length / 1024)} KB of text and of HTML (the reader bundled and minified, as shipped)`,
    );
    return [
      {
        key: 'policyParse100kMs',
        label: `read a 100 KB policy (text), median of ${RUNS}`,
        value: round(timeIt(readPolicy, text, 'text')),
        unit: 'ms',
        target: { op: '<=', value: 20 },
      },
      {
        key: 'policyParse100kHtmlMs',
        label: `read a 100 KB policy (HTML), median of ${RUNS}`,
        value: round(timeIt(readPolicy, html, 'html')),
        unit: 'ms',
      },
    ];
  },
};
