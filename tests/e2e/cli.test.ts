// `npm run -s audit` end to end: serves the demo site, audits it in headless
// Chromium, prints the findings and writes the report files.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../cli/ensure-build.ts';

const out = mkdtempSync(path.join(tmpdir(), 'cookie-audit-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync('npx', ['tsx', 'cli/audit.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });

describe('npm run -s audit (demo site)', () => {
  const r = run(['--out', out, '--list', 'tests/fixtures/lists/demo-extra.txt']);
  const report = () =>
    JSON.parse(readFileSync(path.join(out, 'shop.test', 'report.json'), 'utf8')) as Record<
      string,
      unknown
    > & { cookies: { name: string; setBy: string; party: string }[]; pages: { url: string }[] };

  it('exits 0 and prints progress and the recorded cookies, storage, beacons and pixels', () => {
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\[1\/1\] https:\/\/shop\.test:\d+\/ … 200/);
    expect(r.stdout).toContain('List demo-extra.txt: abp, 1 entries');
    for (const name of ['sid', 'prefs', '_ga', '_ga_DEMO123', 'fr']) {
      expect(r.stdout).toMatch(new RegExp(`^\\s+${name}\\s+`, 'm'));
    }
    expect(r.stdout).toMatch(/^\s+cart\s+localStorage/m);
    expect(r.stdout).toMatch(/^\s+checkout_step\s+sessionStorage/m);
    expect(r.stdout).toMatch(
      /^\s+beacon\s+third\s+Google \(analytics\)\s+—\s+https:\/\/www\.google-analytics\.com/m,
    );
    expect(r.stdout).toMatch(
      /^\s+pixel\s+third\s+Meta \(advertising\)\s+42\s+https:\/\/www\.facebook\.com/m,
    );
    expect(r.stdout).toMatch(
      /^\s+_ga\s+shop\.test\s+first\s+analytics\s+Google\s+400 d \(asked 730 d\)/m,
    );
  });

  it('writes report.json with the SPEC top-level fields and cookies.csv', () => {
    const rep = report();
    for (const k of ['schemaVersion', 'site', 'pages', 'cookies', 'storage', 'requests']) {
      expect(rep).toHaveProperty(k);
    }
    expect(rep.site).toBe('shop.test');
    expect((rep.lists as { id: string; kind: string }[]).map((l) => `${l.id}:${l.kind}`)).toEqual([
      'trackerdb:bundled',
      'known-cookies:bundled',
      'open-cookie-database:bundled',
      'demo-extra:user',
    ]);
    // The home page plus its two same-site footer links.
    expect(rep.pages.map((p) => new URL(p.url).pathname)).toEqual([
      '/',
      '/about',
      '/cookie-policy',
    ]);
    expect(rep.cookies.map((c) => `${c.name}:${c.setBy}:${c.party}`).sort()).toEqual([
      '_ga:script:first',
      '_ga_DEMO123:script:first',
      'fr:http:third',
      'prefs:http:first',
      'sid:http:first',
    ]);
    // The Google Analytics loader is analytics (corrected), and no finding calls it advertising.
    const requests = rep.requests as {
      url: string;
      tracker: { category: string; correction?: { pattern: string } } | null;
    }[];
    const gtag = requests.find((q) => q.url.includes('/gtag/js?id=G-DEMO123'))!;
    expect([gtag.tracker?.category, gtag.tracker?.correction?.pattern]).toEqual([
      'analytics',
      'www.googletagmanager.com/gtag/js',
    ]);
    const findings = rep.discrepancies as {
      subject: string;
      evidence: { requests: { url: string; category: string }[] };
    }[];
    expect(
      findings.flatMap((d) =>
        d.evidence.requests
          .filter((q) => q.url.includes('googletagmanager.com'))
          .map((q) => `${d.subject}: ${q.category}`),
      ),
    ).toEqual([]);
    const csv = readFileSync(path.join(out, 'shop.test', 'cookies.csv'), 'utf8').split(/\r?\n/);
    expect(csv[0]).toBe(
      'name,domain,path,party,lifetimeDays,requestedLifetimeDays,blocked,setBy,setter,category,vendor,secure,httpOnly,sameSite,partitioned,firstSeen,page,value',
    );
    expect(csv.filter((l) => l.trim()).length).toBe(6);
    const html = readFileSync(path.join(out, 'shop.test', 'report.html'), 'utf8');
    expect(html).toContain('<title>Cookie audit — shop.test</title>');
    expect(html).toContain('<h2>Cookies (5)</h2>');
  });
});

describe('npm run -s audit URL with --host-resolver-rules and --insecure', () => {
  it('audits a given URL through the rules Chromium was given', async () => {
    const { startDemoServer } = await import('../../cli/demo-site/server.ts');
    const demo = await startDemoServer();
    try {
      const dir = path.join(out, 'explicit');
      const url = `${demo.origin('shop.test')}/about`;
      // Async spawn: the demo server lives in this process and must keep answering.
      const r = await runAsync([
        url,
        '--out',
        dir,
        '--host-resolver-rules',
        'MAP * 127.0.0.1, EXCLUDE localhost',
        '--insecure',
      ]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(`[1/1] ${url} … 200`);
      const rep = JSON.parse(readFileSync(path.join(dir, 'shop.test', 'report.json'), 'utf8'));
      expect(rep.pages.map((p: { url: string }) => p.url)).toEqual([url]);
      expect(rep.thirdParties).toEqual([]);
      expect(demo.hits.get('shop.test /about')).toBe(1);
    } finally {
      await demo.close();
    }
  });
});

/** Runs the CLI without blocking this process (the demo server lives here). */
function runAsync(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'cli/audit.ts', ...args],
      { cwd: ROOT, timeout: 120_000 },
      (err, stdout, stderr) =>
        resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run -s audit --consent', () => {
  const rules = ['--host-resolver-rules', 'MAP * 127.0.0.1, EXCLUDE localhost', '--insecure'];
  it('rejects through the CMP, reloads, and reports what the site did after the refusal', async () => {
    const { startDemoServer } = await import('../../cli/demo-site/server.ts');
    const demo = await startDemoServer();
    try {
      const dir = path.join(out, 'consent');
      const url = `${demo.origin('kind-after-rejection.test')}/`;
      const r = await runAsync([url, '--out', dir, '--consent', 'reject', ...rules]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(
        /\[1\/1\] https:\/\/kind-after-rejection\.test:\d+\/ … 200 in [\d.]+ s; consent rejected via autoconsent rule Onetrust, confirmed by its self-test, page reloaded/,
      );
      const rep = JSON.parse(
        readFileSync(path.join(dir, 'kind-after-rejection.test', 'report.json'), 'utf8'),
      ) as {
        pages: { url: string }[];
        consent: { status: string; categories: Record<string, boolean> }[];
        discrepancies: { kind: string; subject: string }[];
      };
      // The first load, then the reload with the refusal stored.
      expect(rep.pages.map((p) => p.url)).toEqual([url, url]);
      expect(rep.consent.map((c) => c.status)).toEqual(['none', 'rejected']);
      expect(rep.consent[1]!.categories).toMatchObject({ advertising: false });
      expect(rep.discrepancies.map((d) => `${d.kind}/${d.subject}`)).toContain(
        'after-rejection/advertising',
      );
      expect(r.stdout).toContain('after-rejection');
    } finally {
      await demo.close();
    }
  });

  it("accepts through autoconsent's Cookiebot rule, and reads its cookie declaration and the consent", async () => {
    const { startDemoServer } = await import('../../cli/demo-site/server.ts');
    const demo = await startDemoServer();
    try {
      const dir = path.join(out, 'cookiebot');
      const url = `${demo.origin('shop.test')}/cookiebot`;
      const r = await runAsync([url, '--out', dir, '--consent', 'accept', ...rules]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(
        '; consent accepted via autoconsent rule Cybotcookiebot, page reloaded',
      );
      const rep = JSON.parse(readFileSync(path.join(dir, 'shop.test', 'report.json'), 'utf8')) as {
        declared: {
          source: string;
          categories: string[];
          cookies: { name: string; category: string }[];
        };
        consent: { cmp: string; status: string; categories: Record<string, boolean> }[];
      };
      expect(rep.declared.source).toBe('cmp:cookiebot');
      expect(rep.declared.cookies.map((c) => `${c.name}:${c.category}`).sort()).toEqual([
        'CookieConsent:necessary',
        '_ga:analytics',
      ]);
      // The banner before the choice, then the choice (from the CookieConsent cookie).
      expect(rep.consent.map((c) => [c.cmp, c.status])).toEqual([
        ['cookiebot', 'none'],
        ['cookiebot', 'accepted'],
      ]);
      expect(rep.consent[1]!.categories).toMatchObject({ analytics: true, advertising: true });
    } finally {
      await demo.close();
    }
  });

  it('rejects through a banner only a site-specific autoconsent rule knows (two steps, no "Reject" button)', async () => {
    const { startDemoServer } = await import('../../cli/demo-site/server.ts');
    const demo = await startDemoServer();
    try {
      const dir = path.join(out, 'site-banner');
      const url = `${demo.origin('shop.test')}/site-banner`;
      const r = await runAsync([url, '--out', dir, '--consent', 'reject', ...rules]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(
        '; consent rejected via autoconsent rule moneysavingexpert.com, page reloaded',
      );
      const rep = JSON.parse(readFileSync(path.join(dir, 'shop.test', 'report.json'), 'utf8')) as {
        cookies: { name: string; value: { hash?: string } }[];
      };
      // "Manage cookies", then "Confirm my choices" with analytics left off:
      // the site stored the refusal and set no statistics cookie.
      expect(rep.cookies.map((c) => c.name).sort()).toEqual(['site_consent']);
      const csv = readFileSync(path.join(dir, 'shop.test', 'cookies.csv'), 'utf8');
      expect(csv).toContain('site_consent,shop.test,/,first');
    } finally {
      await demo.close();
    }
  });

  // Two TCF CMPs: a banner of its own no autoconsent rule knows (its "Reject
  // all" button is clicked), and the same CMP dressed as Didomi (the engine's
  // didomi rule and its self-test).
  it.each([
    ['/tcf', 'clicked "Reject all" (autoconsent: no rule matched)'],
    ['/didomi', 'autoconsent rule didomi, confirmed by its self-test'],
  ])('rejects the TCF CMP of %s (via %s) and reads the TC string', async (page, how) => {
    const { startDemoServer } = await import('../../cli/demo-site/server.ts');
    const demo = await startDemoServer();
    try {
      const dir = path.join(out, page.slice(1));
      const url = `${demo.origin('shop.test')}${page}`;
      const r = await runAsync([url, '--out', dir, '--consent', 'reject', ...rules]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(`; consent rejected via ${how}, page reloaded`);
      const rep = JSON.parse(readFileSync(path.join(dir, 'shop.test', 'report.json'), 'utf8')) as {
        declared: { source: string };
        consent: { cmp: string; status: string; categories: Record<string, boolean> }[];
      };
      expect(rep.declared.source).toBe('cmp:tcf');
      expect(rep.consent.map((c) => [c.cmp, c.status])).toEqual([
        ['tcf', 'none'],
        ['tcf', 'rejected'],
      ]);
      expect(rep.consent[1]!.categories).toMatchObject({ analytics: false, advertising: false });
    } finally {
      await demo.close();
    }
  });

  it('says so when a page has no consent banner, and audits it anyway', async () => {
    const { startDemoServer } = await import('../../cli/demo-site/server.ts');
    const demo = await startDemoServer();
    try {
      const url = `${demo.origin('shop.test')}/about`;
      const r = await runAsync([
        url,
        '--out',
        path.join(out, 'no-cmp'),
        '--consent',
        'accept',
        ...rules,
      ]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(
        '; consent: no CMP API or banner button found (autoconsent: no rule matched), no choice made',
      );
      expect(demo.hits.get('shop.test /about')).toBe(1);
    } finally {
      await demo.close();
    }
  });
});

describe('npm run -s audit of a site whose policy the reader could not fully map', () => {
  it('prints the analytics finding as "check the policy", and writes checkPolicy in report.json', async () => {
    const { startDemoServer } = await import('../../cli/demo-site/server.ts');
    const demo = await startDemoServer();
    try {
      const site = 'kind-check-policy.test';
      const sentence = 'We also use a cookie to limit the rate of requests to our servers.';
      const dir = path.join(out, 'check-policy');
      const url = `${demo.origin(site)}/`;
      const policyUrl = `${demo.origin(site)}/cookie-policy`;
      const r = await runAsync([
        url,
        '--out',
        dir,
        '--host-resolver-rules',
        'MAP * 127.0.0.1, EXCLUDE localhost',
        '--insecure',
      ]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(`[1/1] ${url} … 200`);
      expect(r.stdout).toContain(
        `Declared (policy-text, ${policyUrl}): categories necessary; technologies cookies, web_beacons; ` +
          'vendors none named; DNT silent, GPC silent; 1 cookie sentence(s) not mapped to a category',
      );
      // The sentence to read before believing the finding.
      expect(r.stdout).toContain(
        '  not mapped: “We also use a cookie to limit the rate of requests to our servers.”',
      );
      expect(r.stdout).toContain(
        '  named, not declared: analytics “Analytics cookies, for example, count the visits to a website.”',
      );
      expect(r.stdout).toContain('Findings (1)');
      // The severity column says it is to be checked, with the severity it would have.
      expect(r.stdout).toMatch(
        /^ {2}check the policy \(high\) {2}undeclared-category {2}Undeclared analytics cookies or trackers {2}policy-text @ kind-check-policy\.test {2}2 cookie\(s\), 2 request\(s\)$/m,
      );
      const rep = JSON.parse(readFileSync(path.join(dir, site, 'report.json'), 'utf8')) as {
        declared: { source: string; url: string; unmapped: string[]; unmappedCount: number };
        discrepancies: {
          kind: string;
          subject: string;
          severity: string;
          checkPolicy: unknown;
          explanation: string;
        }[];
      };
      expect([rep.declared.source, rep.declared.url, rep.declared.unmapped]).toEqual([
        'policy-text',
        policyUrl,
        [sentence],
      ]);
      expect(rep.declared.unmappedCount).toBe(1);
      expect(rep.discrepancies.map((d) => [d.kind, d.subject, d.severity, d.checkPolicy])).toEqual([
        [
          'undeclared-category',
          'analytics',
          'high',
          {
            unmapped: 1,
            firstQuote: sentence,
            url: policyUrl,
            mentioned: 'Analytics cookies, for example, count the visits to a website.',
          },
        ],
      ]);
      expect(rep.discrepancies[0]!.explanation).toContain(
        'The policy mentions analytics (“Analytics cookies, for example, count the visits to a website.”), but not in a sentence the reader read as the site declaring its own use: check the policy',
      );
    } finally {
      await demo.close();
    }
  });
});

describe('npm run -s audit errors', () => {
  it('refuses an unknown --consent value', () => {
    const r = run(['--consent', 'maybe']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'audit: --consent modes are none, accept, reject and accept-then-reject (not "maybe")',
    );
  });

  it('says clearly that Chromium is missing and exits non-zero', () => {
    const r = run(['--out', out, 'https://example.test/'], {
      CHROMIUM_PATH: '/nonexistent/chromium',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('audit: CHROMIUM_PATH=/nonexistent/chromium does not exist.');
    expect(existsSync(path.join(out, 'example.test'))).toBe(false);
  });

  it('rejects a URL that is not http(s)', () => {
    const r = run(['ftp://example.test/']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('audit: Not a usable URL (not an http(s) URL): ftp://example.test/');
  });
});
