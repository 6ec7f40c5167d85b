// `--signals-ab` end to end: the CLI in headless Chromium against the two
// A/B demo sites (cli/demo-site/ab-sites.ts), each target its own run so
// that the printed summary is the single-site one. Each run loads the page
// in a fresh browser without signals, then in another with DNT: 1 and
// Sec-GPC: 1. Ground truth: cli/demo-site/ab-truth.json — report.json's
// dnt.ab exactly, the findings (gpc-honours.test: none; gpc-ignores.test:
// dnt-ignored and gpc-ignored, each with the comparison in evidence.ab), the
// printed A/B lines, and the verdicts in report.html.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillOrigins } from '../../cli/demo-site/scenario-truth.ts';
import { startDemoServer, type DemoServer } from '../../cli/demo-site/server.ts';
import { ROOT } from '../../cli/ensure-build.ts';
import type { Report } from '../../lib/core/report.ts';
import { esc } from '../../lib/core/report-html.ts';
import type { SignalsAb } from '../../lib/core/signals/ab.ts';

interface SiteTruth {
  url: string;
  ab: SignalsAb;
  findings: { kind: string; severity: string; subject: string }[];
  printed: string[];
}
const truthText = readFileSync(
  new URL('../../cli/demo-site/ab-truth.json', import.meta.url),
  'utf8',
);

const tmp = mkdtempSync(path.join(tmpdir(), 'cookie-audit-signals-ab-'));
const RULES = ['--host-resolver-rules', 'MAP * 127.0.0.1, EXCLUDE localhost', '--insecure'];
const HOSTS = ['gpc-honours.test', 'gpc-ignores.test'] as const;

let demo: DemoServer;
let truth: Record<string, SiteTruth>;
const runs = new Map<string, { status: number; stdout: string; stderr: string }>();
const out = (host: string) => path.join(tmp, host);
const report = (host: string) =>
  JSON.parse(readFileSync(path.join(out(host), host, 'report.json'), 'utf8')) as Report;

beforeAll(async () => {
  demo = await startDemoServer();
  truth = (
    JSON.parse(fillOrigins(truthText, (h) => demo.origin(h))) as {
      sites: Record<string, SiteTruth>;
    }
  ).sites;
  // One after the other: two browsers each, never at once.
  for (const host of HOSTS) {
    runs.set(
      host,
      await new Promise((resolve) => {
        execFile(
          'npx',
          [
            'tsx',
            'cli/audit.ts',
            `${demo.origin(host)}/`,
            '--signals-ab',
            '--out',
            out(host),
            '--jobs',
            '1',
            ...RULES,
          ],
          { cwd: ROOT, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
          (err, stdout, stderr) =>
            resolve({
              status: err ? ((err as { code?: number }).code ?? 1) : 0,
              stdout: String(stdout),
              stderr: String(stderr),
            }),
        );
      }),
    );
  }
}, 300_000);

afterAll(async () => {
  await demo?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe.each(HOSTS)('--signals-ab on %s', (host) => {
  it('exits 0 and writes dnt.ab exactly as the truth says', () => {
    const run = runs.get(host)!;
    expect(run.stderr).not.toMatch(/audit failed|Error/);
    expect(run.status).toBe(0);
    const r = report(host);
    expect(r.dnt.ab).toEqual(truth[host]!.ab);
    // The report's records are load B's: the signals were sent, by the CLI.
    expect([r.signals, r.dnt.sentBy]).toEqual([{ dnt: true, gpc: true }, 'cli']);
    // Load B's pages got the headers and the navigator properties both
    // (client-side CMPs read navigator.globalPrivacyControl).
    expect(r.pages.length).toBeGreaterThan(0);
    for (const p of r.pages) {
      expect([p.signals, p.navigatorSignals]).toEqual([
        { dnt: true, gpc: true, byExtension: { dnt: true, gpc: true } },
        { gpc: true, dnt: '1' },
      ]);
    }
  });

  it('has exactly the findings of the truth, the signal ones with the comparison', () => {
    const r = report(host);
    const t = truth[host]!;
    expect(
      (r.discrepancies ?? []).map((d) => ({
        kind: d.kind,
        severity: d.severity,
        subject: d.subject,
      })),
    ).toEqual(t.findings);
    const { verdicts, ...rest } = t.ab;
    for (const d of r.discrepancies ?? []) {
      if (d.kind !== 'dnt-ignored' && d.kind !== 'gpc-ignored') continue;
      const v = d.kind === 'dnt-ignored' ? verdicts.dnt : verdicts.gpc;
      expect(d.evidence.ab).toEqual({ ...rest, verdict: v });
      expect(d.explanation.endsWith(`A/B test: ${v.text}.`)).toBe(true);
    }
  });

  it('prints the A/B lines with the findings, and report.html shows them', () => {
    const t = truth[host]!;
    const lines = runs.get(host)!.stdout.split('\n');
    const start = lines.indexOf('DNT / GPC A/B test (each load from a clean state)');
    expect(start).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Findings (')));
    expect(lines.slice(start + 1, start + 1 + t.printed.length)).toEqual(
      t.printed.map((l) => `  ${l}`),
    );
    const html = readFileSync(path.join(out(host), host, 'report.html'), 'utf8');
    expect(html).toContain('<h3>A/B test: without and with the signals</h3>');
    expect(html).toContain(`<li>DNT: ${esc(t.ab.verdicts.dnt.text)}</li>`);
    expect(html).toContain(`<li>GPC: ${esc(t.ab.verdicts.gpc.text)}</li>`);
  });
});

describe('the two sites', () => {
  it('one honours GPC with no finding, the other ignores both signals it claims', () => {
    expect(HOSTS.map((h) => [h, truth[h]!.ab.verdicts.gpc.outcome])).toEqual([
      ['gpc-honours.test', 'honoured'],
      ['gpc-ignores.test', 'ignored'],
    ]);
    expect(truth['gpc-honours.test']!.ab.optOut.usPrivacy.flippedToY).toBe(true);
    expect(truth['gpc-ignores.test']!.ab.optOut.usPrivacy.flippedToY).toBe(false);
  });
});
