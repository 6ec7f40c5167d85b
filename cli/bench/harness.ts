// A small benchmark harness: modules measure and return figures; the harness
// prints them beside their SPEC targets, or as one JSON object (--json).
// A figure a module could not measure is simply not returned: absent, never
// invented. Later figures (policy parsing, recording events/s, popup ready)
// are further modules in cli/bench/.
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Target {
  op: '<=' | '>=';
  value: number;
}

export interface Figure {
  /** camelCase, unit last: classifyRequestMedianUs, coldStartMs, heapMB, ocdUnknownPct. */
  key: string;
  label: string;
  value: number;
  unit: string;
  /** The SPEC target, when the SPEC sets one. */
  target?: Target;
}

export interface BenchContext {
  /** Progress and notes go to stderr, so that --json keeps stdout clean. */
  note(message: string): void;
}

export interface BenchModule {
  name: string;
  run(ctx: BenchContext): Promise<Figure[]> | Figure[];
}

export function median(values: ArrayLike<number>): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of unsorted values. */
export function percentile(values: ArrayLike<number>, p: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Microseconds elapsed since `start` (from process.hrtime.bigint()). */
export function sinceUs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1000;
}

let gcFn: (() => void) | null | undefined;

/**
 * A full garbage collection, when one can be forced: `global.gc` under
 * --expose-gc, otherwise the flag is set at run time and `gc` taken from a
 * fresh context (documented V8 behaviour). Returns false when impossible.
 */
export function collectGarbage(): boolean {
  if (gcFn === undefined) {
    const g = (globalThis as { gc?: () => void }).gc;
    if (typeof g === 'function') gcFn = g;
    else {
      try {
        setFlagsFromString('--expose-gc');
        gcFn = runInNewContext('gc') as () => void;
      } catch {
        gcFn = null;
      }
    }
  }
  if (!gcFn) return false;
  gcFn();
  gcFn();
  return true;
}

export const round = (value: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

function meets(figure: Figure): string {
  const t = figure.target;
  if (!t) return '';
  const ok = t.op === '<=' ? figure.value <= t.value : figure.value >= t.value;
  return ok ? 'ok' : 'MISSED';
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    `${f.value} ${f.unit}`,
    f.target ? `${f.target.op === '<=' ? '≤' : '≥'} ${f.target.value} ${f.unit}` : '—',
    meets(f),
    f.key,
  ]);
  const header = ['figure', 'measured', 'SPEC target', '', 'json key'];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] as number))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export async function runBench(modules: readonly BenchModule[], json: boolean): Promise<void> {
  const ctx: BenchContext = { note: (message) => process.stderr.write(`${message}\n`) };
  const figures: Figure[] = [];
  const load = loadavg()[0] as number;
  const cpus = availableParallelism();
  if (load > cpus * 0.5) {
    ctx.note(
      `bench: NOTE load average ${load.toFixed(1)} on ${cpus} CPUs: other processes compete, timings are inflated`,
    );
  }
  for (const module of modules) {
    ctx.note(`bench: ${module.name}…`);
    figures.push(...(await module.run(ctx)));
  }
  if (json) {
    const out: Record<string, number> = {};
    for (const f of figures) out[f.key] = f.value;
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else {
    process.stdout.write(`${formatTable(figures)}\n`);
  }
}
