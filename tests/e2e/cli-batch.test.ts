// `npm run -s audit` as a batch, end to end in headless Chromium over the
// demo site's hosts: URLs from a file, each its own target and folder (two
// URLs of one host included), two consent modes side by side, parallel
// browsers, a site slower than --timeout reported as timed out (not loaded),
// the index and summary.csv; resumption after Ctrl-C; shards merged into the
// same index as one run.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fnv1a, inShard, planTargets } from '../../cli/batch/plan.ts';
import { startDemoServer, type DemoServer } from '../../cli/demo-site/server.ts';
import { ROOT } from '../../cli/ensure-build.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'cookie-audit-batch-'));
const RULES = ['--host-resolver-rules', 'MAP * 127.0.0.1, EXCLUDE localhost', '--insecure'];
let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(async () => {
  await demo?.close();
  rmSync(tmp, { recursive: true, force: true });
});

type Run = { status: number; stdout: string; stderr: string };
/** The CLI in a child process (the demo server lives in this one and must keep answering). */
function audit(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'cli/audit.ts', ...args, ...RULES],
      { cwd: ROOT, timeout: 240_000 },
      (err, stdout, stderr) =>
        resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

type Row = Record<string, string>;
const csvRows = (dir: string): Row[] =>
  Papa.parse<Row>(readFileSync(path.join(dir, 'summary.csv'), 'utf8').trim(), { header: true })
    .data;
/** What two runs must agree on: everything but timing. */
const stable = (rows: Row[]) =>
  rows
    .map(({ durationMs: _d, ...r }) => r)
    .sort((a, b) => `${a.url} ${a.mode}`.localeCompare(`${b.url} ${b.mode}`));

describe('a batch from --urls with two consent modes and --jobs 2', () => {
  const out = path.join(tmp, 'modes');
  let r: Run;
  let list: string;
  let urls: Record<'about' | 'cookiebot' | 'onetrust' | 'tcf', string>;
  beforeAll(async () => {
    urls = {
      about: `${demo.origin('shop.test')}/about`,
      cookiebot: `${demo.origin('shop.test')}/cookiebot`,
      onetrust: `${demo.origin('kind-after-rejection.test')}/`,
      // A TCF banner no autoconsent rule knows: its "Reject all" button is clicked.
      tcf: `${demo.origin('shop.test')}/tcf`,
    };
    list = path.join(tmp, 'sites.txt');
    writeFileSync(
      list,
      [
        '# fixture sites',
        urls.about,
        `${urls.onetrust}   # OneTrust banner`,
        '',
        urls.cookiebot,
        'shop.test/no-scheme',
        urls.about, // listed twice: audited once
        urls.tcf,
      ].join('\n'),
    );
    r = await audit(['--urls', list, '--out', out, '--jobs', '2', '--consent', 'none,reject']);
  }, 300_000);

  it('exits 0, skips the bad line visibly, and reports one line per audit', () => {
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${list}:6: skipped, not an http(s) URL: "shop.test/no-scheme"`);
    expect(r.stdout.match(/^\[\d\/8\] /gm)).toHaveLength(8);
    expect(r.stdout).toContain(`${urls.onetrust} (reject) … 200 in `);
  });

  it('gives each URL its own folder by host (hashed when a host has two), each mode side by side', () => {
    const hash = (u: string) => fnv1a(u).toString(16).padStart(8, '0');
    const rows = csvRows(out);
    expect(rows.map((x) => `${x.mode} ${x.status} ${x.report}`).sort()).toEqual(
      [
        `none done kind-after-rejection.test/none/report.html`,
        `reject done kind-after-rejection.test/reject/report.html`,
        `none done shop.test_${hash(urls.about)}/none/report.html`,
        `reject done shop.test_${hash(urls.about)}/reject/report.html`,
        `none done shop.test_${hash(urls.cookiebot)}/none/report.html`,
        `reject done shop.test_${hash(urls.cookiebot)}/reject/report.html`,
        `none done shop.test_${hash(urls.tcf)}/none/report.html`,
        `reject done shop.test_${hash(urls.tcf)}/reject/report.html`,
      ].sort(),
    );
    for (const row of rows.filter((x) => x.status === 'done')) {
      const dir = path.join(out, path.dirname(row.report!));
      for (const f of ['report.json', 'report.html', 'cookies.csv', 'storage.csv', 'outcome.json'])
        expect(existsSync(path.join(dir, f)), `${dir}/${f}`).toBe(true);
      const rep = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as {
        pages: { url: string }[];
      };
      // Its own browser: only its own URL's pages (reloaded after a consent choice).
      expect(new Set(rep.pages.map((p) => p.url))).toEqual(new Set([row.url]));
    }
  });

  it('makes the consent choice only in the reject mode, and finds after-rejection only there', () => {
    const rows = csvRows(out);
    const ot = (mode: string) =>
      rows.find((x) => x.host === 'kind-after-rejection.test' && x.mode === mode)!;
    expect(ot('none')['after-rejection']).toBe('0');
    expect(Number(ot('reject')['after-rejection'])).toBeGreaterThan(0);
    const outcome = (mode: string) =>
      JSON.parse(
        readFileSync(path.join(out, 'kind-after-rejection.test', mode, 'outcome.json'), 'utf8'),
      ) as { consent: string | null; httpStatus: number };
    expect(outcome('none').consent).toBeNull();
    expect(outcome('reject').consent).toBe(
      'consent rejected via autoconsent rule Onetrust, confirmed by its self-test, page reloaded',
    );
    // Each platform handled its own way, and said so.
    const consentOf = (url: string, mode: string) => {
      const row = rows.find((x) => x.url === url && x.mode === mode)!;
      const dir = path.join(out, path.dirname(row.report!));
      return (
        JSON.parse(readFileSync(path.join(dir, 'outcome.json'), 'utf8')) as {
          consent: string | null;
        }
      ).consent;
    };
    expect(consentOf(urls.tcf, 'none')).toBeNull();
    expect(consentOf(urls.tcf, 'reject')).toBe(
      'consent rejected via clicked "Reject all" (autoconsent: no rule matched), page reloaded',
    );
    expect(consentOf(urls.cookiebot, 'reject')).toMatch(
      /^consent rejected via autoconsent rule Cybotcookiebot\b.*page reloaded$/,
    );
    expect(consentOf(urls.about, 'reject')).toBe(
      'consent: no CMP API or banner button found (autoconsent: no rule matched), no choice made',
    );
  });

  it('writes a self-contained, sortable index linking every finished report', () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('<h1>Cookie audit: 8 of 8 audits done</h1>');
    expect(html).toContain('<a href="kind-after-rejection.test/reject/report.html">');
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=["']?https?:/);
    expect(html.match(/<th scope="col"[^>]*><button type="button">/g)!.length).toBeGreaterThan(9);
  });

  it('skips the finished audits when run again with the same --out', async () => {
    const again = path.join(tmp, 'again.txt');
    // The same URLs in another order and file.
    writeFileSync(again, [urls.cookiebot, urls.tcf, urls.about, urls.onetrust].join('\n'));
    const r2 = await audit(['--urls', again, '--out', out, '--consent', 'none,reject']);
    expect(r2.status, r2.stderr).toBe(0);
    expect(r2.stdout).toContain('8 of 8 audits already finished');
    expect(r2.stdout).not.toMatch(/^\[\d/m);
    // The index still covers everything in the folder.
    expect(csvRows(out)).toHaveLength(8);
  });

  it('answers an unknown flag with the usage and exit code 2', async () => {
    const bad = await audit(['--jobz', '2']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--jobz'");
    expect(bad.stderr).toContain('Usage: npm run -s audit -- [URL ...] [options]');
  });
});

describe('a site slower than --timeout', () => {
  it('is reported as timed out after two tries, never as loaded, beside a site that loads', async () => {
    const out = path.join(tmp, 'timeout');
    const about = `${demo.origin('shop.test')}/about`;
    // Answers after 25 s: later than --timeout 10.
    const slow = `${demo.origin('slow.test')}/?delay=25000`;
    const r = await audit([slow, about, '--out', out, '--jobs', '2', '--timeout', '10']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `\\] ${slow.replace(/[.?]/g, '\\$&')} … timed out after 2 tries in [\\d.]+ s: no complete answer within 10 s`,
      ),
    );
    const rows = csvRows(out).map((x) => [x.host, x.status, x.attempts, x.httpStatus, x.error]);
    expect(rows.sort()).toEqual([
      ['shop.test', 'done', '1', '200', ''],
      ['slow.test', 'timeout', '2', '', 'no complete answer within 10 s'],
    ]);
    expect(existsSync(path.join(out, 'slow.test', 'report.json'))).toBe(false);
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('<h1>Cookie audit: 1 of 2 audits done</h1>');
    expect(html.match(/<td class="t timeout"/g)).toHaveLength(1);
  }, 240_000);
});

describe('resuming after Ctrl-C, and shards merged, give the index of one run', () => {
  let urls: string[];
  let list: string;
  let one: string;
  beforeAll(async () => {
    urls = [
      `${demo.origin('shop.test')}/about`,
      `${demo.origin('kind-after-rejection.test')}/`,
      `${demo.origin('news.split.test')}/`,
    ];
    list = path.join(tmp, 'three.txt');
    writeFileSync(list, urls.join('\n'));
    one = path.join(tmp, 'one');
    const r = await audit(['--urls', list, '--out', one, '--jobs', '2']);
    expect(r.status, r.stderr).toBe(0);
  }, 240_000);

  it('stops on Ctrl-C with the finished reports intact, then resumes to the same index', async () => {
    const dir = path.join(tmp, 'interrupted');
    // Node itself (not npx), so that the signal reaches the audit as Ctrl-C's would.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'cli/audit.ts', '--urls', list, '--out', dir, '--jobs', '1', ...RULES],
      { cwd: ROOT },
    );
    let stdout = '';
    let stderr = '';
    let sent = false;
    const code = await new Promise<number | null>((resolve) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        // After the first audit is written: interrupt, as Ctrl-C would.
        if (!sent && /^\[1\/3\] /m.test(stdout)) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('exit', (c) => resolve(c));
    });
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/Interrupted: 1 of 3 audits finished, their reports are complete in /);
    expect(stderr).toContain('Run the same command again to resume');
    const first = csvRows(dir);
    expect(first.map((x) => x.status)).toEqual(['done']);
    const r = await audit(['--urls', list, '--out', dir, '--jobs', '1']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('1 of 3 audits already finished');
    expect(r.stdout.match(/^\[\d\/2\] /gm)).toHaveLength(2);
    expect(stable(csvRows(dir))).toEqual(stable(csvRows(one)));
  }, 240_000);

  it('splits the list into shards by site and merges them into the index of one run', async () => {
    const targets = planTargets(urls);
    // Both shards have work: the split is by a stable hash of the site.
    expect(targets.filter((t) => inShard(t, { index: 1, count: 2 })).length).toBeGreaterThan(0);
    expect(targets.filter((t) => inShard(t, { index: 2, count: 2 })).length).toBeGreaterThan(0);
    const s1 = path.join(tmp, 'shard1');
    const s2 = path.join(tmp, 'shard2');
    const merged = path.join(tmp, 'merged');
    const [r1, r2] = await Promise.all([
      audit(['--urls', list, '--out', s1, '--shard', '1/2', '--jobs', '1']),
      audit(['--urls', list, '--out', s2, '--shard', '2/2', '--jobs', '1']),
    ]);
    expect(r1.status, r1.stderr).toBe(0);
    expect(r2.status, r2.stderr).toBe(0);
    expect(csvRows(s1).length + csvRows(s2).length).toBe(3);
    const m = await new Promise<Run>((resolve) =>
      execFile(
        'npx',
        ['tsx', 'cli/audit-merge.ts', s1, s2, '--out', merged],
        { cwd: ROOT, timeout: 60_000 },
        (err, stdout, stderr) =>
          resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );
    expect(m.status, m.stderr).toBe(0);
    expect(m.stdout).toContain('Merged 3 audits from 2 folder(s)');
    expect(stable(csvRows(merged))).toEqual(stable(csvRows(one)));
    for (const row of csvRows(merged))
      expect(existsSync(path.join(merged, row.report!)), row.report).toBe(true);
  }, 240_000);
});
