// Policy parsing (SPEC: a 100 KB policy in ≤ 20 ms): the five seed policies
// and the project's own policy fixtures, concatenated to 100 KB, read as text
// and as HTML.
import { readdirSync, readFileSync } from 'node:fs';
import { readPolicy } from '../../lib/core/policy/index.ts';
import { type BenchModule, type Figure, median, round, sinceUs } from './harness.ts';

const RUNS = 30;
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

function timeIt(input: string, format: 'text' | 'html'): number {
  readPolicy(input, { format }); // warm-up: the vocabularies' regexes compile once
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
  run(ctx): Figure[] {
    const text = corpus();
    const html = `<!doctype html><html><body><nav><a href="/">Home</a></nav><main>${text
      .split(/\n{2,}/)
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n')}</main><footer>© Example</footer></body></html>`;
    ctx.note(
      `policy: ${RUNS} runs each on ${Math.round(text.length / 1024)} KB of text and of HTML`,
    );
    return [
      {
        key: 'policyParse100kMs',
        label: `read a 100 KB policy (text), median of ${RUNS}`,
        value: round(timeIt(text, 'text')),
        unit: 'ms',
        target: { op: '<=', value: 20 },
      },
      {
        key: 'policyParse100kHtmlMs',
        label: `read a 100 KB policy (HTML), median of ${RUNS}`,
        value: round(timeIt(html, 'html')),
        unit: 'ms',
      },
    ];
  },
};
