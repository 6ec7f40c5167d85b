// `--consent accept-then-reject` end to end: the CLI in headless Chromium
// over two demo hosts with the fake OneTrust. Both are accepted (Accept All,
// through the autoconsent engine), watched and reloaded, then withdrawn
// through OneTrust.RejectAll(), watched and reloaded again.
//
// Ground truth (cli/demo-site/pages/scenarios/revoke-*.test/home.html):
// - revoke-keeps.test loads Google Analytics (www.google-analytics.com/analytics.js:
//   _ga 2 years asked / 400 days stored, _gid 1 day, a pageview beacon to
//   /collect) once the banner is answered, whatever the answer: after the
//   withdrawal _ga and _gid stay and the reloaded page loads the script and
//   sends the beacon again. Findings: after-revocation (analytics: the two
//   cookies set under the acceptance, the script and the beacon after the
//   withdrawal) and after-rejection (analytics: the same requests, and the
//   cookies written again after the refusal).
// - revoke-deletes.test loads it only while C0002 (performance = analytics)
//   is allowed and deletes _ga and _gid when that consent is withdrawn:
//   no finding at all.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../cli/demo-site/server.ts';
import { ROOT } from '../../cli/ensure-build.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'cookie-audit-revocation-'));
const out = path.join(tmp, 'out');
const RULES = ['--host-resolver-rules', 'MAP * 127.0.0.1, EXCLUDE localhost', '--insecure'];
const KEEPS = 'revoke-keeps.test';
const DELETES = 'revoke-deletes.test';

interface Report {
  consent: { time: string; cmp: string; status: string; categories: Record<string, boolean> }[];
  cookies: { name: string; domain: string; category: string; firstSeen: string }[];
  requests: { url: string; tracker: { category: string } | null; time: string }[];
  discrepancies: {
    kind: string;
    severity: string;
    subject: string;
    title: string;
    explanation: string;
    evidence: {
      cookies: Record<string, unknown>[];
      requests: Record<string, unknown>[];
      storage: unknown[];
      quote: string | null;
    };
  }[];
}

let demo: DemoServer;
let run: { status: number; stdout: string; stderr: string };
const origin = (h: string) => demo.origin(h);
const report = (host: string) =>
  JSON.parse(readFileSync(path.join(out, host, 'report.json'), 'utf8')) as Report;
const outcome = (host: string) =>
  JSON.parse(readFileSync(path.join(out, host, 'outcome.json'), 'utf8')) as {
    mode: string;
    consent: string | null;
  };
/** The acceptance and the withdrawal as the extension recorded them (ms). */
function consentTimes(r: Report) {
  expect(r.consent.map((c) => [c.cmp, c.status, c.categories])).toEqual([
    ['onetrust', 'none', { necessary: true, analytics: false }],
    ['onetrust', 'accepted', { necessary: true, analytics: true }],
    ['onetrust', 'rejected', { necessary: true, analytics: false }],
  ]);
  return { accepted: Date.parse(r.consent[1]!.time), withdrawn: Date.parse(r.consent[2]!.time) };
}

beforeAll(async () => {
  demo = await startDemoServer();
  // The CLI in a child process (the demo server lives in this one and must keep answering).
  run = await new Promise((resolve) => {
    execFile(
      'npx',
      [
        'tsx',
        'cli/audit.ts',
        `${origin(KEEPS)}/`,
        `${origin(DELETES)}/`,
        '--out',
        out,
        '--consent',
        'accept-then-reject',
        '--jobs',
        '2',
        ...RULES,
      ],
      { cwd: ROOT, timeout: 240_000 },
      (err, stdout, stderr) =>
        resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}, 300_000);
afterAll(async () => {
  await demo?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('--consent accept-then-reject', () => {
  it('accepts, then withdraws through the CMP API, and says how both steps were made', () => {
    expect(run.status, run.stderr).toBe(0);
    for (const host of [KEEPS, DELETES]) {
      const o = outcome(host);
      expect(o.mode).toBe('accept-then-reject');
      expect(o.consent).toMatch(
        /^consent accepted via autoconsent rule Onetrust(?:, confirmed by its self-test)?, page reloaded; then withdrawn via OneTrust\.RejectAll\(\), page reloaded$/,
      );
      expect(run.stdout).toContain(`${origin(host)}/ … 200 in `);
    }
    expect(run.stdout).toContain('; then withdrawn via OneTrust.RejectAll(), page reloaded');
  });

  it('finds after-revocation on the site that keeps its analytics cookies and tracker', () => {
    const r = report(KEEPS);
    const { accepted, withdrawn } = consentTimes(r);
    expect(r.discrepancies.map((d) => [d.kind, d.severity, d.subject])).toEqual([
      ['after-rejection', 'high', 'analytics'],
      ['after-revocation', 'high', 'analytics'],
    ]);
    const f = r.discrepancies.find((d) => d.kind === 'after-revocation')!;
    const ga = origin('www.google-analytics.com');
    const page = `${origin(KEEPS)}/`;
    expect(f.title).toBe('Analytics cookies or trackers kept after you withdrew consent');
    expect(f.explanation).toBe(
      `You accepted analytics (audience measurement) cookies (${new Date(accepted).toISOString()}), ` +
        `then withdrew that consent (${new Date(withdrawn).toISOString()}), yet 2 cookies set under ` +
        `the acceptance (_ga@${KEEPS}, _gid@${KEEPS}) were still stored when the audit ended, so the ` +
        `browser keeps sending them to their site, and 2 requests of that category ` +
        `(www.google-analytics.com) fired after the withdrawal.`,
    );
    const cookie = (name: string, lifetimeDays: number, requestedLifetimeDays: number | null) => ({
      name,
      domain: KEEPS,
      party: 'first',
      category: 'analytics',
      vendor: 'Google',
      lifetimeDays,
      requestedLifetimeDays,
      setter: `${ga}/analytics.js`,
      firstSeen: expect.any(Number) as number,
      page,
    });
    expect(f.evidence.cookies).toEqual([cookie('_ga', 400, 730), cookie('_gid', 1, null)]);
    // Set under the acceptance, before the withdrawal.
    for (const c of f.evidence.cookies) {
      expect(c.firstSeen as number).toBeGreaterThanOrEqual(accepted);
      expect(c.firstSeen as number).toBeLessThan(withdrawn);
    }
    const request = (url: string, type: string) => ({
      url,
      type,
      party: 'third',
      category: 'analytics',
      vendor: 'Google',
      rule: 'google-analytics.com',
      time: expect.any(Number) as number,
      page,
    });
    expect(f.evidence.requests).toEqual([
      request(`${ga}/analytics.js`, 'script'),
      request(
        `${ga}/collect?v=1&_v=j101&t=pageview&tid=UA-12345-1&cid=1234567890.1700000000`,
        'ping',
      ),
    ]);
    for (const q of f.evidence.requests) expect(q.time as number).toBeGreaterThanOrEqual(withdrawn);
    expect(f.evidence.storage).toEqual([]);
    expect(f.evidence.quote).toMatch(
      /^OptanonConsent groups=C0001:1,C0002:0; interactionCount=1; OptanonAlertBoxClosed=\d{4}-\d\d-\d\dT[\d:.]+Z$/,
    );
  });

  it('finds nothing on the site that deletes its cookies and stops on withdrawal', () => {
    const r = report(DELETES);
    const { accepted, withdrawn } = consentTimes(r);
    expect(r.discrepancies).toEqual([]);
    // It did use analytics while allowed: _ga and _gid on the accepted page
    // and its reload, the script and beacon on each; none after the withdrawal.
    const analytics = r.cookies.filter((c) => c.category === 'analytics');
    expect(analytics.map((c) => c.name)).toEqual(['_ga', '_gid', '_ga', '_gid']);
    for (const c of analytics) {
      expect(Date.parse(c.firstSeen)).toBeGreaterThanOrEqual(accepted);
      expect(Date.parse(c.firstSeen)).toBeLessThan(withdrawn);
    }
    const trackers = r.requests.filter((q) => q.tracker?.category === 'analytics');
    expect(trackers.map((q) => new URL(q.url).pathname)).toEqual([
      '/analytics.js',
      '/collect',
      '/analytics.js',
      '/collect',
    ]);
    for (const q of trackers) expect(Date.parse(q.time)).toBeLessThan(withdrawn);
  });

  it('counts after-revocation in summary.csv', () => {
    const rows = Papa.parse<Record<string, string>>(
      readFileSync(path.join(out, 'summary.csv'), 'utf8').trim(),
      { header: true },
    ).data;
    const row = (host: string) => rows.find((x) => x.host === host)!;
    expect([row(KEEPS)['after-revocation'], row(DELETES)['after-revocation']]).toEqual(['1', '0']);
    expect(row(KEEPS).mode).toBe('accept-then-reject');
  });
});
