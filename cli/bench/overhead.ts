// Where the page-load overhead comes from: the heavy page (250 third-party
// images over 50 hosts, each with Set-Cookie; 120 script cookies) loaded with
// the extension off, with the whole extension, and with bench-only builds
// that keep one part of it (scripts/bench-variants.ts). Every browser is open
// at once and the loads take turns, round by round in a rotating order, so
// that whatever else runs on the machine weighs on all of them alike.
// `npm run bench -- --only overhead`; COOKIE_AUDIT_BENCH_LOADS sets the
// loads per browser (default 20); COOKIE_AUDIT_BENCH_COMPARE=<a built
// extension's directory> (e.g. an earlier commit's .output/chrome-mv3) adds
// it as one more browser taking turns, for before/after figures in one run;
// COOKIE_AUDIT_BENCH_VARIANTS=background,hook,… keeps only these variants
// (the extension off and whole always run).
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { BrowserContext } from 'playwright-core';
import { findChromium, launchProfile } from '../browser.ts';
import { CHROME_BUILD, ensureBuild, variantBuild } from '../ensure-build.ts';
import { BENCH_VARIANTS, type BenchVariant } from '../../scripts/bench-variants.ts';
import { HEAVY_RULES, serveHeavyPages } from './browser.ts';
import { type BenchModule, type Figure, median, percentile, round } from './harness.ts';

const DEFAULT_LOADS = 20;
const WARM_UP_LOADS = 3;
/** Lets the worker finish what the previous load gave it before the next browser's turn. */
const SETTLE_MS = 300;

interface Row {
  key: string;
  label: string;
  /** null: the extension off; 'full': the real build; else a bench variant, or a directory. */
  build: BenchVariant | 'full' | { dir: string } | null;
}

const ROWS: readonly Row[] = [
  { key: 'off', label: 'extension off', build: null },
  { key: 'overheadFullPct', label: '(a) the whole extension', build: 'full' },
  {
    key: 'overheadBackgroundPct',
    label: '(b) background listeners only (content scripts off)',
    build: 'background',
  },
  { key: 'overheadHookPct', label: '(c) main-world hook only', build: 'hook' },
  {
    key: 'overheadNoExtraHeadersPct',
    label: '(d) whole extension, webRequest without extraHeaders',
    build: 'no-extra-headers',
  },
  {
    key: 'overheadContentScriptsPct',
    label: 'hook + relay + their messages, no webRequest/cookie listener',
    build: 'content-scripts',
  },
  {
    key: 'overheadEmptyListenersPct',
    label: 'webRequest/cookie listeners with empty bodies',
    build: 'empty-listeners',
  },
  {
    key: 'overheadNoJournalPct',
    label: 'whole extension without the recorder journal',
    build: 'no-journal',
  },
];

const TICKS_PER_SECOND = 100; // Linux USER_HZ

/** Pid, parent pid and CPU ticks (user + system) of every process, from /proc (Linux). */
function processTable(): { pid: number; ppid: number; ticks: number; cmd: string }[] {
  const out = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name "(…)": state ppid … utime(14) stime(15).
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      out.push({
        pid: Number(name),
        ppid: Number(f[1]),
        ticks: Number(f[11]) + Number(f[12]),
        cmd,
      });
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/**
 * CPU milliseconds used so far by the browser whose profile is `profileDir`
 * and all its processes (renderers, GPU, network, the extension's worker), or
 * null where /proc is not there.
 */
function browserCpuMs(profileDir: string): number | null {
  let table;
  try {
    table = processTable();
  } catch {
    return null;
  }
  const root = table.find(
    (p) => p.cmd.includes(`--user-data-dir=${profileDir}`) && !p.cmd.includes('--type='),
  );
  if (!root) return null;
  const tree = new Set([root.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of table) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const p of table) if (tree.has(p.pid)) ticks += p.ticks;
  return (ticks * 1000) / TICKS_PER_SECOND;
}

async function loadOnce(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return n.loadEventStart - n.startTime;
    });
  } finally {
    await page.close();
  }
}

export const overheadBench: BenchModule = {
  name: 'page-load overhead breakdown',
  async run(ctx): Promise<Figure[]> {
    try {
      findChromium();
    } catch (e) {
      ctx.note(`SKIPPED overhead breakdown: ${(e as Error).message}`);
      return [];
    }
    const loads = Number(process.env.COOKIE_AUDIT_BENCH_LOADS) || DEFAULT_LOADS;
    const only = process.env.COOKIE_AUDIT_BENCH_VARIANTS?.split(',');
    ensureBuild((s) => ctx.note(s));
    for (const variant of Object.keys(BENCH_VARIANTS) as BenchVariant[]) {
      if (!only || only.includes(variant)) ensureBuild((s) => ctx.note(s), variant);
    }
    const compare = process.env.COOKIE_AUDIT_BENCH_COMPARE;
    const chosen = ROWS.filter(
      (r) => !only || r.build === null || r.build === 'full' || only.includes(String(r.build)),
    );
    const rows: Row[] = compare
      ? [
          ...chosen,
          {
            key: 'overheadComparedPct',
            label: `the extension built in ${compare}`,
            build: { dir: compare },
          },
        ]
      : chosen;
    const server = await serveHeavyPages();
    const url = `http://heavy.test:${server.port}/heavy`;
    const browsers: {
      row: Row;
      context: BrowserContext;
      profileDir: string;
      cleanup: () => Promise<void>;
    }[] = [];
    const times = rows.map(() => [] as number[]);
    const mixedUrl = `http://heavy.test:${server.port}/mixed`;
    /** Indexes into `rows` of the extension off and whole. */
    const mixedPair = [
      rows.findIndex((r) => r.build === null),
      rows.findIndex((r) => r.build === 'full'),
    ];
    const mixedTimes = mixedPair.map(() => [] as number[]);
    const mixedCpu: (number | null)[] = mixedPair.map(() => null);
    const cpu: (number | null)[] = rows.map(() => null);
    const loadBefore = loadavg()[0] as number;
    try {
      for (const row of rows) {
        const dir =
          row.build === null
            ? null
            : row.build === 'full'
              ? CHROME_BUILD
              : typeof row.build === 'object'
                ? row.build.dir
                : variantBuild(row.build);
        const launched = await launchProfile(dir, { hostResolverRules: HEAVY_RULES });
        browsers.push({ row, ...launched });
        const hasWorker = row.build !== null && row.build !== 'hook';
        if (hasWorker && launched.context.serviceWorkers().length === 0) {
          await launched.context.waitForEvent('serviceworker', { timeout: 15_000 });
        }
      }
      // Warm-up: caches, the workers' first start, the classifier's load.
      for (let i = 0; i < WARM_UP_LOADS; i++) {
        for (const b of browsers) await loadOnce(b.context, `${url}?warm=${i}`);
      }
      await new Promise((r) => setTimeout(r, 1000));
      // CPU is counted over all the rounds, so that work a browser defers
      // past its load (flushes, the badge's audit) is counted too.
      const cpuStart = browsers.map((b) => browserCpuMs(b.profileDir));
      for (let round = 0; round < loads; round++) {
        for (let k = 0; k < browsers.length; k++) {
          const at = (k + round) % browsers.length;
          times[at]!.push(await loadOnce(browsers[at]!.context, `${url}?run=${round}`));
          await new Promise((r) => setTimeout(r, SETTLE_MS));
        }
      }
      browsers.forEach((b, i) => {
        const start = cpuStart[i];
        const end = browserCpuMs(b.profileDir);
        if (start != null && end !== null) cpu[i] = (end - start) / loads;
      });
      // The second tracker-heavy page (frames, storage, beacons, scripts):
      // the extension off and whole only, taking turns likewise.
      for (const at of mixedPair) {
        await loadOnce(browsers[at]!.context, `${mixedUrl}?warm=1`);
      }
      const mixedStart = mixedPair.map((at) => browserCpuMs(browsers[at]!.profileDir));
      for (let round = 0; round < loads; round++) {
        for (let k = 0; k < mixedPair.length; k++) {
          const p = (k + round) % mixedPair.length;
          const at = mixedPair[p]!;
          mixedTimes[p]!.push(await loadOnce(browsers[at]!.context, `${mixedUrl}?run=${round}`));
          await new Promise((r) => setTimeout(r, SETTLE_MS));
        }
      }
      mixedPair.forEach((at, p) => {
        const start = mixedStart[p];
        const end = browserCpuMs(browsers[at]!.profileDir);
        if (start != null && end !== null) mixedCpu[p] = (end - start) / loads;
      });
    } finally {
      for (const b of browsers) await b.cleanup();
      await server.close();
    }
    const loadAfter = loadavg()[0] as number;
    const off = median(times[0]!);
    ctx.note(
      `overhead breakdown: ${loads} interleaved loads per browser of the heavy page ` +
        `(250 third-party images over 50 hosts with Set-Cookie, 120 script cookies); ` +
        `load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after`,
    );
    const figures: Figure[] = [
      {
        key: 'pageLoadOffMs',
        label: `overhead breakdown: load event, extension off, median of ${loads}`,
        value: round(off),
        unit: 'ms',
      },
    ];
    const offCpu = cpu[0] ?? null;
    rows.forEach((row, i) => {
      const t = times[i]!;
      const m = median(t);
      const c = cpu[i] ?? null;
      ctx.note(
        `  ${row.label.padEnd(62)} load ${round(m, 0)} ms (p25 ${round(percentile(t, 25), 0)}, p75 ${round(percentile(t, 75), 0)})` +
          (c === null ? '' : `, browser CPU ${round(c, 0)} ms per load`),
      );
      if (row.build === null) return;
      figures.push({
        key: row.key,
        label: `overhead breakdown: ${row.label}, vs off, median of ${loads}`,
        value: round(((m - off) / off) * 100, 1),
        unit: '%',
        ...(row.build === 'full' ? { target: { op: '<=' as const, value: 3 } } : {}),
      });
      if (c !== null && offCpu !== null) {
        figures.push({
          key: row.key.replace(/Pct$/, 'CpuPct'),
          label: `overhead breakdown: ${row.label}, browser CPU per load (all processes, the rounds' total / ${loads}) vs off`,
          value: round(((c - offCpu) / offCpu) * 100, 1),
          unit: '%',
        });
      }
    });
    const [mixedOff, mixedOn] = mixedTimes.map((t) => median(t)) as [number, number];
    ctx.note(
      `overhead, second page (/mixed: 8 third-party frames, 3 third-party scripts, 60 pixels, 14 beacons, ` +
        `about 250 cookies and 120 storage keys): load ${round(mixedOff, 0)} ms off, ${round(mixedOn, 0)} ms on` +
        (mixedCpu[0] != null && mixedCpu[1] != null
          ? `; browser CPU ${round(mixedCpu[0], 0)} / ${round(mixedCpu[1], 0)} ms per load`
          : ''),
    );
    figures.push({
      key: 'overheadMixedPct',
      label: `overhead, second tracker-heavy page (frames, storage, beacons): the whole extension vs off, median of ${loads}`,
      value: round(((mixedOn - mixedOff) / mixedOff) * 100, 1),
      unit: '%',
      target: { op: '<=', value: 3 },
    });
    if (mixedCpu[0] != null && mixedCpu[1] != null) {
      figures.push({
        key: 'overheadMixedCpuPct',
        label: `overhead, second page: browser CPU per load vs off`,
        value: round(((mixedCpu[1] - mixedCpu[0]) / mixedCpu[0]) * 100, 1),
        unit: '%',
      });
    }
    return figures;
  },
};
