// `npm run -s audit -- [URL ...] [--urls FILE] [--out DIR] [--jobs K]
//   [--timeout S] [--shard i/n] [--consent MODE[,MODE]] [--pages N] [--signals | --signals-ab]
//   [--list FILE] [--host-resolver-rules RULES] [--insecure]` — see README and
// SPEC "Command line". Each listed URL is its own audit target, audited in a
// fresh browser profile of its own (so two hosts of one site, or one site
// under two consent modes, never share cookies or records), with its reports
// in DIR/<host>/ (DIR/<host>/<mode>/ when several modes run).
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { siteOf } from '../lib/core/party.ts';
import type { SendSignalsResponse } from '../lib/core/protocol.ts';
import { cookiesCsv, storageCsv, type Report } from '../lib/core/report.ts';
import { buildReportHtml } from '../lib/core/report-html.ts';
import { applyAbToFindings, signalsAbOfReports } from '../lib/core/signals/ab.ts';
import {
  findChromium,
  launchAuditBrowser,
  UserError,
  waitForNetworkIdle,
  type AuditBrowser,
} from './browser.ts';
import {
  countsOf,
  isFinished,
  REPORT_FILES,
  writeAtomic,
  writeIndex,
  writeOutcome,
  type Outcome,
} from './batch/outcome.ts';
import {
  defaultJobs,
  inShard,
  parseConsentModes,
  parseShard,
  parseUrlList,
  planJobs,
  planTargets,
  urlError,
  type ConsentMode,
  type Job,
} from './batch/plan.ts';
import { createProgress, printBatchSummary } from './batch/progress.ts';
import { startDemoServer, type DemoServer } from './demo-site/server.ts';
import { CHROME_BUILD, ensureBuild } from './ensure-build.ts';
import { applyConsent, withdrawConsent } from './consent.ts';
import { describeEngine } from '../lib/core/consent-actions/engine.ts';
import { runAutoconsent } from './autoconsent.ts';
import { printReportSummary } from './summary.ts';

const USAGE = `Usage: npm run -s audit -- [URL ...] [options]
  --urls FILE                  more URLs, one a line (# starts a comment); each URL is its own
                               audit target with its own report folder DIR/<host>/
  --out DIR                    where reports are written (default: reports); a re-run with the
                               same DIR skips the audits already finished there
  --jobs K                     parallel browsers (default: one per core, at most one per GB of
                               memory, here ${defaultJobs(os.availableParallelism(), os.totalmem())})
  --timeout S                  seconds allowed per site, page loads included (default 60); a site
                               that takes longer is reported as timed out; tried twice
  --shard i/n                  audit only part i of n of the list (by a stable hash of the site);
                               merge the parts with: npm run -s audit-merge -- DIR... --out DIR
  --consent MODE[,MODE]        none, accept, reject or accept-then-reject (default none): answer
                               the consent banner (CMP API or its button), then reload and audit
                               what the site does after the choice; accept-then-reject then
                               withdraws the consent (CMP API) and reloads again; several modes
                               audit each site in each, side by side (DIR/<host>/<mode>/)
  --pages N                    also visit up to N same-site links of each URL (default 0)
  --signals                    send DNT: 1 and Sec-GPC: 1 with every request
  --signals-ab                 DNT / GPC A/B test: load each URL with no signal, then again with
                               DNT: 1 and Sec-GPC: 1, each in a fresh browser (clean cookies and
                               storage), same wait; compare tracking and opt-out strings, one
                               verdict per signal (report.json dnt.ab). The report is the second
                               load's; --timeout covers each load
  --list FILE                  load a tracker or cookie list (EasyPrivacy/ABP, hosts, Disconnect
                               services.json, DuckDuckGo tds.json, Open Cookie Database CSV); repeatable
  --host-resolver-rules RULES  passed to Chromium, e.g. "MAP * 127.0.0.1"
  --insecure                   accept self-signed / invalid certificates
With no URL, the bundled demo site is served on loopback and audited.
Writes DIR/index.html and DIR/summary.csv over every audit in DIR.`;

/** How long a page is watched after a consent choice, and after the reload that follows. */
const CONSENT_DWELL_MS = 3000;

interface Options {
  urls: string[];
  out: string;
  hostResolverRules?: string;
  insecure: boolean;
  signals: boolean;
  /** The DNT / GPC A/B test: a load without signals, then one with them, compared. */
  signalsAb: boolean;
  pages: number;
  modes: ConsentMode[];
  lists: string[];
  jobs: number;
  timeoutMs: number;
  shard: { index: number; count: number } | null;
}

async function parse(argv: string[]): Promise<Options> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', default: 'reports' },
        urls: { type: 'string', multiple: true, default: [] },
        jobs: { type: 'string' },
        timeout: { type: 'string', default: '60' },
        shard: { type: 'string' },
        'host-resolver-rules': { type: 'string' },
        insecure: { type: 'boolean', default: false },
        signals: { type: 'boolean', default: false },
        'signals-ab': { type: 'boolean', default: false },
        pages: { type: 'string', default: '0' },
        consent: { type: 'string', default: 'none' },
        list: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UserError(`${(e as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const fail = (msg: string) => new UserError(msg);
  let modes: ConsentMode[];
  try {
    modes = parseConsentModes(values.consent!);
  } catch (e) {
    throw fail((e as Error).message);
  }
  if (values.signals && values['signals-ab'])
    throw fail(
      '--signals and --signals-ab do not go together: --signals-ab sends the signals in its second load.',
    );
  const pages = Number(values.pages);
  if (!Number.isInteger(pages) || pages < 0) throw fail('--pages must be a whole number ≥ 0.');
  const jobs =
    values.jobs === undefined
      ? defaultJobs(os.availableParallelism(), os.totalmem())
      : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw fail('--jobs must be a whole number from 1 to 64.');
  const timeout = Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout < 1 || timeout > 3600)
    throw fail('--timeout must be a number of seconds from 1 to 3600.');
  let shard = null;
  if (values.shard !== undefined) {
    try {
      shard = parseShard(values.shard);
    } catch (e) {
      throw fail((e as Error).message);
    }
  }
  const urls: string[] = [];
  for (const u of positionals) {
    const error = urlError(u);
    if (error) throw fail(`Not a usable URL (${error}): ${u}`);
    urls.push(u);
  }
  for (const file of values.urls ?? []) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      throw fail(`Cannot read --urls ${file}: ${(e as Error).message}`);
    }
    const list = parseUrlList(text);
    for (const b of list.bad)
      console.error(`${file}:${b.line}: skipped, ${b.error}: ${JSON.stringify(b.text)}`);
    urls.push(...list.urls);
    if (list.urls.length === 0) console.error(`${file}: no URL in it.`);
  }
  return {
    urls,
    out: values.out!,
    hostResolverRules: values['host-resolver-rules'],
    insecure: values.insecure!,
    signals: values.signals!,
    signalsAb: values['signals-ab']!,
    pages,
    modes,
    lists: values.list ?? [],
    jobs,
    timeoutMs: timeout * 1000,
    shard,
  };
}

async function sameSiteLinks(b: AuditBrowser, url: string, site: string, max: number) {
  if (max === 0) return [];
  const page = b.context.pages().find((p) => p.url() === url);
  if (!page) return [];
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  const out: string[] = [];
  for (const h of hrefs) {
    const clean = h.split('#')[0]!;
    if (!/^https?:/.test(clean) || siteOf(clean) !== site || clean === url || out.includes(clean))
      continue;
    out.push(clean);
    if (out.length >= max) break;
  }
  return out;
}

interface ListFile {
  name: string;
  text: string;
  source: string;
}

class Timeout extends Error {}

/** A job's outcome, and its report when it was audited. */
interface Finished {
  outcome: Outcome;
  report: Report | null;
}

/** What one attempt at a job gives: the report and how the visit went. */
interface Visit {
  report: Report;
  httpStatus: number | null;
  consent: string | null;
}

interface RunContext {
  opts: Options;
  lists: ListFile[];
  /** Browsers open now, closed on Ctrl-C. */
  open: Set<AuditBrowser>;
  interrupted: () => boolean;
  /** Says which lists were loaded, once. */
  listsAnnounced: boolean;
  log: (s: string) => void;
}

/** Visits the job's URL (and its same-site links) in `browser`, makes the consent choice, reads the report. */
async function visit(
  ctx: RunContext,
  job: Job,
  browser: AuditBrowser,
  deadline: number,
  signals: boolean,
): Promise<Visit> {
  // Playwright's own timeouts a little later than the job's: the job's fires first.
  const remaining = () => Math.max(1, deadline - Date.now()) + 2000;
  const settle = (p: Page) => waitForNetworkIdle(p, 800, Math.min(15_000, remaining()));
  const { url, site } = job.target;
  const page = await browser.context.newPage();
  const res = await page.goto(url, { waitUntil: 'load', timeout: remaining() });
  await settle(page);
  let consent: string | null = null;
  /** Watch the page after a choice, reload it, watch again: what the site does with the choice stored. */
  const dwellAndReload = async () => {
    // Tag managers often fire a moment after the choice: give them time.
    await page.waitForTimeout(Math.min(CONSENT_DWELL_MS, remaining()));
    await settle(page);
    await page.reload({ waitUntil: 'load', timeout: remaining() });
    await page.waitForTimeout(Math.min(CONSENT_DWELL_MS, remaining()));
    await settle(page);
  };
  if (job.mode !== 'none') {
    const choice = job.mode === 'reject' ? 'reject' : 'accept';
    // The engine first; the CMP's own API or a banner button where no rule matched.
    const ac = await runAutoconsent(
      page,
      choice === 'accept' ? 'optIn' : 'optOut',
      Math.min(15_000, remaining()),
    );
    const how =
      ac.cmp && ac.applied
        ? `autoconsent ${describeEngine(ac)}`
        : await applyConsent(page, choice).then((api) =>
            api ? `${api} (autoconsent: ${describeEngine(ac)})` : null,
          );
    if (how) {
      await dwellAndReload();
      consent = `consent ${choice === 'accept' ? 'accepted' : 'rejected'} via ${how}, page reloaded`;
      if (job.mode === 'accept-then-reject') {
        // Withdrawal: the CMP's API, as its preference centre does.
        const withdrawn = await withdrawConsent(page);
        if (withdrawn) {
          await dwellAndReload();
          consent += `; then withdrawn via ${withdrawn}, page reloaded`;
        } else {
          consent +=
            '; then not withdrawn: no CMP API (OneTrust, Cookiebot) or reject button found';
        }
      }
    } else {
      consent = `consent: no CMP API or banner button found (autoconsent: ${describeEngine(ac)}), no choice made`;
    }
  }
  const links = await sameSiteLinks(browser, page.url(), site, ctx.opts.pages);
  for (const l of links) {
    const p = await browser.context.newPage();
    try {
      await p.goto(l, { waitUntil: 'load', timeout: remaining() });
      await settle(p);
    } finally {
      await p.close();
    }
  }
  await page.close();
  await browser.send({ type: 'flush' });
  const rep = await browser.send<{ ok: boolean; report: Report; error?: string }>({
    type: 'get-report',
    site,
  });
  if (!rep.ok) throw new Error(`the extension could not build the report: ${rep.error}`);
  // The extension sent them because the command line asked it to.
  if (signals && rep.report.dnt.sentBy !== null) rep.report.dnt.sentBy = 'cli';
  return { report: rep.report, httpStatus: res?.status() ?? null, consent };
}

/** What --signals and the A/B test's second load send: DNT and GPC, on every site. */
const SIGNAL_SETTINGS = { mode: 'everywhere', sites: [], dnt: true, gpc: true } as const;

/**
 * The DNT / GPC A/B test of a job: load A with no signal in `first` (a
 * fresh browser), then load B with DNT and GPC in another fresh browser,
 * the same visit and wait; the report is B's, with the comparison in
 * `dnt.ab` and the dnt-ignored / gpc-ignored findings held to it.
 */
async function visitAb(
  ctx: RunContext,
  job: Job,
  first: AuditBrowser,
  fresh: (signals: boolean) => Promise<AuditBrowser>,
): Promise<Visit> {
  const a = await visit(ctx, job, first, Date.now() + ctx.opts.timeoutMs, false);
  await closeBrowser(ctx, first);
  const second = await fresh(true);
  const b = await visit(ctx, job, second, Date.now() + ctx.opts.timeoutMs, true);
  const ab = signalsAbOfReports(job.target.url, a.report, b.report);
  const report = {
    ...b.report,
    dnt: { ...b.report.dnt, ab },
    discrepancies: applyAbToFindings(b.report.discrepancies ?? [], ab, job.target.host),
  };
  return { ...b, report };
}

async function launch(ctx: RunContext, signals: boolean): Promise<AuditBrowser> {
  const { opts } = ctx;
  const browser = await launchAuditBrowser({
    extensionDir: CHROME_BUILD,
    hostResolverRules: opts.hostResolverRules,
    insecure: opts.insecure,
    // Ctrl-C is ours: close the browsers, keep finished reports, write the index.
    ownSignals: true,
  });
  ctx.open.add(browser);
  if (signals) {
    // The extension's own "Send privacy signals" option, everywhere: the
    // headers on every request and navigator.globalPrivacyControl /
    // doNotTrack for the pages' scripts (what client-side CMPs read), as a
    // visitor with the option on would have them.
    const res = await browser.send<SendSignalsResponse>({
      type: 'set-send-signals',
      settings: SIGNAL_SETTINGS,
    });
    if (res.error !== null) {
      await closeBrowser(ctx, browser);
      throw new Error(`the extension could not send the signals: ${res.error}`);
    }
  }
  for (const list of ctx.lists) {
    const res = await browser.send<
      | { ok: true; list: { name: string; format: string; size: number; skipped: number } }
      | { ok: false; error: string }
    >({ type: 'add-list', name: list.name, text: list.text, source: list.source });
    if (!res.ok) {
      await closeBrowser(ctx, browser);
      throw new UserError(`List ${list.source} not loaded: ${res.error}`);
    }
    if (!ctx.listsAnnounced)
      ctx.log(
        `List ${res.list.name}: ${res.list.format}, ${res.list.size} entries` +
          (res.list.skipped ? `, ${res.list.skipped} lines skipped` : ''),
      );
  }
  ctx.listsAnnounced = true;
  return browser;
}

async function closeBrowser(ctx: RunContext, b: AuditBrowser): Promise<void> {
  ctx.open.delete(b);
  await b.close().catch(() => {});
}

/**
 * One job, tried at most twice, each attempt in a fresh browser and bounded
 * by --timeout from the moment the browser is ready: a site answering after
 * that is reported as timed out. Writes the report files, then outcome.json.
 */
async function runJob(ctx: RunContext, job: Job): Promise<Finished | null> {
  const startedAt = new Date();
  const timedOut = `no complete answer within ${ctx.opts.timeoutMs / 1000} s${ctx.opts.signalsAb ? ' per load' : ''}`;
  let last: { status: 'timeout' | 'failed'; error: string } | null = null;
  // The A/B test makes two loads, each given --timeout.
  const loads = ctx.opts.signalsAb ? 2 : 1;
  for (let attempt = 1; attempt <= 2; attempt++) {
    if (ctx.interrupted()) return null;
    const opened: AuditBrowser[] = [];
    let over = false;
    /** A fresh browser (clean profile) for one load, closed with the attempt. */
    const fresh = async (signals: boolean) => {
      const b = await launch(ctx, signals);
      // An attempt that timed out while this one started: close it at once.
      if (over) {
        await closeBrowser(ctx, b);
        throw new Timeout(timedOut);
      }
      opened.push(b);
      return b;
    };
    const first = await fresh(ctx.opts.signals);
    let timer: NodeJS.Timeout | undefined;
    try {
      if (ctx.interrupted()) return null;
      const started = Date.now();
      const deadline = started + ctx.opts.timeoutMs;
      const work = ctx.opts.signalsAb
        ? visitAb(ctx, job, first, fresh)
        : visit(ctx, job, first, deadline, ctx.opts.signals);
      work.catch(() => {}); // a timed-out attempt's rejection comes after the race.
      const v = await Promise.race([
        work,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Timeout(timedOut)), ctx.opts.timeoutMs * loads);
        }),
      ]);
      if (ctx.interrupted()) return null;
      return await writeJob(ctx, job, v, attempt, startedAt);
    } catch (e) {
      if (e instanceof UserError) throw e;
      if (ctx.interrupted()) return null;
      // Playwright's own timeouts (TimeoutError) are the site's too.
      last =
        e instanceof Timeout || (e as Error).name === 'TimeoutError'
          ? { status: 'timeout', error: timedOut }
          : { status: 'failed', error: ((e as Error).message ?? String(e)).split('\n')[0]! };
    } finally {
      over = true;
      clearTimeout(timer);
      for (const b of opened) await closeBrowser(ctx, b);
    }
  }
  const outcome: Outcome = {
    ...baseOutcome(job, startedAt, 2),
    status: last!.status,
    error: last!.error.slice(0, 500),
  };
  await writeOutcome(ctx.opts.out, outcome);
  return { outcome, report: null };
}

function baseOutcome(job: Job, startedAt: Date, attempts: number): Outcome {
  return {
    version: 1,
    url: job.target.url,
    host: job.target.host,
    site: job.target.site,
    mode: job.mode,
    dir: job.dir,
    status: 'failed',
    httpStatus: null,
    error: null,
    consent: null,
    attempts,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    pages: 0,
    cookies: 0,
    thirdParties: 0,
    trackerRequests: 0,
    findings: {},
    severities: {},
    files: [],
  };
}

async function writeJob(
  ctx: RunContext,
  job: Job,
  v: Visit,
  attempts: number,
  startedAt: Date,
): Promise<Finished> {
  const dir = path.join(ctx.opts.out, job.dir);
  const files: Record<(typeof REPORT_FILES)[number], string> = {
    'report.json': `${JSON.stringify(v.report, null, 2)}\n`,
    'report.html': buildReportHtml(v.report),
    'cookies.csv': `${cookiesCsv(v.report)}\n`,
    'storage.csv': `${storageCsv(v.report)}\n`,
  };
  for (const [name, data] of Object.entries(files)) await writeAtomic(path.join(dir, name), data);
  const outcome: Outcome = {
    ...baseOutcome(job, startedAt, attempts),
    status: 'done',
    httpStatus: v.httpStatus,
    consent: v.consent,
    ...countsOf(v.report),
    files: [...REPORT_FILES],
  };
  // Last: its presence marks the folder finished.
  await writeOutcome(ctx.opts.out, outcome);
  return { outcome, report: v.report };
}

async function main(): Promise<number> {
  const opts = await parse(process.argv.slice(2));
  findChromium(); // fail fast, before serving or building anything
  let demo: DemoServer | null = null;
  if (opts.urls.length === 0) {
    demo = await startDemoServer();
    opts.urls = [`${demo.origin('shop.test')}/`];
    opts.hostResolverRules ??= 'MAP * 127.0.0.1, EXCLUDE localhost';
    opts.insecure = true;
    if (opts.pages === 0) opts.pages = 2;
    console.log(`Serving the demo site at ${opts.urls[0]} (loopback only).`);
  }
  const lists: ListFile[] = [];
  for (const file of opts.lists) {
    try {
      lists.push({
        name: path.basename(file),
        text: await readFile(file, 'utf8'),
        source: path.resolve(file),
      });
    } catch (e) {
      throw new UserError(`Cannot read list ${file}: ${(e as Error).message}`);
    }
  }
  const listed = planTargets(opts.urls);
  const targets = listed.filter((t) => !opts.shard || inShard(t, opts.shard));
  const all = planJobs(targets, opts.modes);
  const todo: Job[] = [];
  for (const j of all) if (!(await isFinished(opts.out, j))) todo.push(j);
  const skipped = all.length - todo.length;
  const outRel = path.relative(process.cwd(), path.resolve(opts.out)) || '.';
  if (opts.shard)
    console.log(
      `Shard ${opts.shard.index}/${opts.shard.count}: ${targets.length} of ${listed.length} targets.`,
    );
  if (skipped > 0)
    console.log(
      `${skipped} of ${all.length} audits already finished in ${outRel}: skipped (use another --out to redo them).`,
    );

  let interrupted = false;
  const progress = createProgress(todo.length, process.stdout, { showMode: opts.modes.length > 1 });
  const ctx: RunContext = {
    opts,
    lists,
    open: new Set(),
    interrupted: () => interrupted,
    listsAnnounced: false,
    log: (s) => progress.log(s),
  };
  const onInterrupt = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    progress.log('Interrupted: finishing nothing more, closing the browsers…');
    for (const b of ctx.open) void b.close().catch(() => {});
  };
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);

  const results: Finished[] = [];
  const single = all.length === 1;
  try {
    if (todo.length > 0) ensureBuild((s) => console.log(s));
    let next = 0;
    let fatal: unknown = null;
    const worker = async () => {
      while (!interrupted && fatal === null && next < todo.length) {
        const job = todo[next++]!;
        progress.start(job.target.url, job.mode);
        try {
          const done = await runJob(ctx, job);
          progress.finish(job.target.url, job.mode, done?.outcome ?? null);
          if (done) results.push(done);
        } catch (e) {
          fatal = e;
          interrupted = true;
          for (const b of ctx.open) void b.close().catch(() => {});
        }
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(opts.jobs, Math.max(1, todo.length)) }, worker),
    );
    progress.stop();
    if (fatal) throw fatal;
    const finished = results.filter((r) => r.outcome.status === 'done');
    const pending = todo.filter((j) => !finished.some((r) => r.outcome.dir === j.dir));
    const indexed = await writeIndex(
      opts.out,
      interrupted ? pending.map((j) => ({ url: j.target.url, mode: j.mode })) : [],
    );
    if (interrupted) {
      const done = finished.length + skipped;
      console.error(
        `Interrupted: ${done} of ${all.length} audits finished, their reports are complete in ${outRel}. ` +
          `Run the same command again to resume: finished audits are skipped.`,
      );
      return 130;
    }
    const only = single ? finished[0] : undefined;
    if (only?.report) {
      printReportSummary(only.report, (s) => console.log(s));
      const rel = (f: string) =>
        path.relative(process.cwd(), path.join(opts.out, only.outcome.dir, f));
      console.log(
        `Report: ${rel('report.json')}, ${rel('report.html')}, ${rel('cookies.csv')}, ${rel('storage.csv')}\n`,
      );
    } else {
      printBatchSummary(indexed, (s) => console.log(s));
    }
    console.log(`Index: ${path.join(outRel, 'index.html')}, ${path.join(outRel, 'summary.csv')}`);
    if (todo.length > 0 && finished.length === 0 && skipped === 0) {
      console.error('No site could be audited.');
      return 1;
    }
    return 0;
  } finally {
    progress.stop();
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
    for (const b of ctx.open) await b.close().catch(() => {});
    await demo?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UserError) console.error(`audit: ${e.message}`);
    else console.error('audit failed:', e);
    process.exit(e instanceof UserError ? 2 : 1);
  },
);
