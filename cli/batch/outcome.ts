// One job's outcome, written last into its report folder (outcome.json): a
// folder whose outcome says "done" and whose files are all there is finished,
// and a re-run with the same --out skips it. Every file is written atomically
// (a temporary file renamed into place), so an interrupted run leaves either
// a complete report or none.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../../lib/core/report.ts';
import { buildIndexHtml, summaryCsv } from './index-page.ts';
import type { ConsentMode, Job } from './plan.ts';

export const OUTCOME_FILE = 'outcome.json';
export const REPORT_FILES = ['report.json', 'report.html', 'cookies.csv', 'storage.csv'] as const;

export type JobStatus = 'done' | 'timeout' | 'failed';

export interface Outcome {
  /** Bump on an incompatible change. */
  version: 1;
  url: string;
  host: string;
  site: string;
  mode: ConsentMode;
  /** Folder under --out (forward slashes), the report files' home. */
  dir: string;
  status: JobStatus;
  /** HTTP status of the target's own page, when it loaded. */
  httpStatus: number | null;
  /** Why it timed out or failed; how the consent step went. */
  error: string | null;
  consent: string | null;
  attempts: number;
  startedAt: string;
  durationMs: number;
  /** Filled from the report when the job is done. */
  pages: number;
  cookies: number;
  thirdParties: number;
  trackerRequests: number;
  /** Findings by kind, and by severity. */
  findings: Record<string, number>;
  severities: Record<string, number>;
  files: string[];
}

/** Counts for the index, read from a report. */
export function countsOf(
  report: Report,
): Pick<
  Outcome,
  'pages' | 'cookies' | 'thirdParties' | 'trackerRequests' | 'findings' | 'severities'
> {
  const findings: Record<string, number> = {};
  const severities: Record<string, number> = {};
  for (const d of report.discrepancies ?? []) {
    findings[d.kind] = (findings[d.kind] ?? 0) + 1;
    severities[d.severity] = (severities[d.severity] ?? 0) + 1;
  }
  return {
    pages: report.summary.pages,
    cookies: report.summary.cookies,
    thirdParties: report.summary.thirdParties,
    trackerRequests: report.summary.trackerRequests,
    findings,
    severities,
  };
}

/** Writes a file whole or not at all: a temporary file in the same folder, renamed. */
export async function writeAtomic(file: string, data: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** The outcome in a job folder, or null when there is none or it cannot be read. */
export async function readOutcome(dir: string): Promise<Outcome | null> {
  try {
    const o = JSON.parse(await readFile(path.join(dir, OUTCOME_FILE), 'utf8')) as Outcome;
    return o && o.version === 1 && typeof o.url === 'string' ? o : null;
  } catch {
    return null;
  }
}

/** Finished: its outcome says done and every report file it lists is there. */
export async function isFinished(out: string, job: Job): Promise<boolean> {
  const dir = path.join(out, job.dir);
  const o = await readOutcome(dir);
  return (
    o !== null &&
    o.status === 'done' &&
    o.url === job.target.url &&
    o.mode === job.mode &&
    o.files.every((f) => existsSync(path.join(dir, f)))
  );
}

/** Every outcome under a folder (one or two levels down: host, or host/mode). */
export async function collectOutcomes(out: string): Promise<Outcome[]> {
  const found: Outcome[] = [];
  const visit = async (dir: string, depth: number): Promise<void> => {
    const o = await readOutcome(dir);
    if (o) {
      found.push(o);
      return;
    }
    if (depth >= 2) return;
    let entries: string[];
    try {
      entries = (await readdir(dir, { withFileTypes: true }))
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
    } catch {
      return;
    }
    for (const e of entries) await visit(path.join(dir, e), depth + 1);
  };
  await visit(out, 0);
  return found.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}

/** Writes a job's outcome.json (last of its files: it marks the folder finished when done). */
export async function writeOutcome(out: string, outcome: Outcome): Promise<void> {
  await writeAtomic(
    path.join(out, outcome.dir, OUTCOME_FILE),
    `${JSON.stringify(outcome, null, 2)}\n`,
  );
}

/**
 * Writes DIR/index.html and DIR/summary.csv over every audit in the folder,
 * listing `pending` ones as not audited yet; returns the audits indexed.
 */
export async function writeIndex(
  out: string,
  pending: { url: string; mode: string }[] = [],
): Promise<Outcome[]> {
  const outcomes = await collectOutcomes(out);
  await writeAtomic(
    path.join(out, 'index.html'),
    buildIndexHtml(outcomes, { generatedAt: new Date().toISOString(), pending }),
  );
  await writeAtomic(path.join(out, 'summary.csv'), `${summaryCsv(outcomes)}\n`);
  return outcomes;
}
