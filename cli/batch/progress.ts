// Progress of a batch: on a terminal a live bar (count, rate, ETA, the sites
// being audited) drawn by cli-progress; otherwise (CI, a pipe, a log file)
// one plain line per finished audit. And the summary table at the end.
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { table } from '../summary.ts';
import type { Outcome } from './outcome.ts';

export interface Progress {
  start(url: string, mode: string): void;
  finish(url: string, mode: string, outcome: Outcome | null): void;
  log(line: string): void;
  stop(): void;
}

/** "200 in 3.2 s; consent rejected via …", "timed out (no complete answer within 5 s)". */
export function outcomeLine(o: Outcome | null): string {
  if (!o) return 'stopped';
  const secs = `${(o.durationMs / 1000).toFixed(1)} s`;
  if (o.status === 'done')
    return `${o.httpStatus ?? '—'} in ${secs}${o.consent ? `; ${o.consent}` : ''}${o.attempts > 1 ? ' (second try)' : ''}`;
  return `${o.status === 'timeout' ? 'timed out' : 'failed'} after ${o.attempts} tries in ${secs}: ${o.error ?? ''}`;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function createProgress(
  total: number,
  stream: NodeJS.WriteStream,
  opts: { showMode?: boolean } = {},
): Progress {
  let finished = 0;
  const current = new Set<string>();
  const label = (url: string, mode: string) => (opts.showMode ? `${url} (${mode})` : url);
  if (!stream.isTTY || total === 0) {
    return {
      start: (url, mode) => current.add(label(url, mode)),
      finish(url, mode, o) {
        current.delete(label(url, mode));
        finished++;
        stream.write(`[${finished}/${total}] ${label(url, mode)} … ${outcomeLine(o)}\n`);
      },
      log: (line) => stream.write(`${line}\n`),
      stop() {},
    };
  }
  const started = Date.now();
  const multi = new MultiBar(
    {
      format: 'Auditing {bar} {value}/{total} | {rate} sites/min | ETA {eta_formatted} | {current}',
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      etaBuffer: 20,
      stream,
    },
    Presets.shades_classic,
  );
  const payload = () => ({
    rate: finished ? ((finished / (Date.now() - started)) * 60_000).toFixed(1) : '—',
    current: clip([...current].join(', '), 60),
  });
  const bar: SingleBar = multi.create(total, 0, payload());
  let stopped = false;
  return {
    start(url, mode) {
      current.add(label(url, mode));
      bar.update(finished, payload());
    },
    finish(url, mode, o) {
      current.delete(label(url, mode));
      finished++;
      multi.log(`${label(url, mode)} … ${outcomeLine(o)}\n`);
      bar.update(finished, payload());
    },
    log: (line) => multi.log(`${line}\n`),
    stop() {
      if (stopped) return;
      stopped = true;
      multi.stop();
    },
  };
}

/** The table printed after a batch: every audit in the output folder, at most `max` rows. */
export function printBatchSummary(outcomes: Outcome[], out: (s: string) => void, max = 100): void {
  const done = outcomes.filter((o) => o.status === 'done');
  const count = (o: Outcome) => Object.values(o.findings).reduce((a, b) => a + b, 0);
  out('');
  out(
    `${done.length} of ${outcomes.length} audits done` +
      (outcomes.length > done.length
        ? ` (${outcomes.filter((o) => o.status === 'timeout').length} timed out, ${outcomes.filter((o) => o.status === 'failed').length} failed)`
        : '') +
      `; ${done.reduce((a, o) => a + count(o), 0)} findings, ${done.reduce((a, o) => a + (o.severities.high ?? 0), 0)} of them high.`,
  );
  out('');
  const shown = outcomes.slice(0, max);
  table(
    [
      ['Site', 'Consent', 'Status', 'Cookies', 'Findings', 'High', 'Kinds'],
      ...shown.map((o) => [
        clip(o.host, 40),
        o.mode,
        o.status,
        o.status === 'done' ? String(o.cookies) : '—',
        o.status === 'done' ? String(count(o)) : '—',
        o.status === 'done' ? String(o.severities.high ?? 0) : '—',
        clip(
          Object.entries(o.findings)
            .map(([k, n]) => `${k} ${n}`)
            .join(', '),
          70,
        ),
      ]),
    ],
    out,
  );
  if (outcomes.length > max) out(`  … and ${outcomes.length - max} more (see index.html).`);
  out('');
}
