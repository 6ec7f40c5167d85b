// What one script write costs a page with the extension's main-world hook
// (issue 10: "a hooked document.cookie write within 2× of an unhooked one"):
// the same page in two headless Chromiums, the extension off and on, takes
// turns timing batches of `document.cookie` writes and `localStorage.setItem`
// calls. A batch's time runs until the microtask after it, so the hook's
// report of the batch (built and handed to the relay in a microtask) is
// counted too; the relay's message to the worker leaves asynchronously.
// The hook hands its reports over up to HOOK_SEND_MS later, outside that
// window: a second figure is the page's main-thread time per write over the
// whole cycle (Chromium's TaskDuration, from before the batch until after
// the hook's hand-over), the extension on against off.
// `npm run bench -- --only hook`; COOKIE_AUDIT_BENCH_COMPARE=<a built
// extension's directory> adds it as a third browser taking turns (before/after
// figures from one run).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { HOOK_SEND_MS } from '../../lib/core/hook-channel.ts';
import { findChromium, launchProfile } from '../browser.ts';
import { CHROME_BUILD, ensureBuild } from '../ensure-build.ts';
import { type BenchModule, type Figure, median, round } from './harness.ts';

const ROUNDS = 40;
const WARM_UP_ROUNDS = 5;
/** Writes per timed batch: enough for performance.now()'s coarse clock. */
const BATCH = 200;
/** Cookie names cycled (a site's jar holds about 180 per domain). */
const NAMES = 50;

/**
 * cookie / storage: a script writing BATCH values in one go (one report
 * batch); single: one cookie write at a time, each awaited, so that each is a
 * report batch of its own, as a tracker's script writing a cookie now and then.
 */
type Kind = 'cookie' | 'storage' | 'single';

/** Per-write microseconds of one batch, in the page. */
async function timeBatch(page: Page, kind: Kind, round: number): Promise<number> {
  return page.evaluate(
    async ([kind, round, batch, names]) => {
      const t0 = performance.now();
      if (kind === 'single') {
        for (let i = 0; i < batch; i++) {
          document.cookie = `s${i % names}=r${round}i${i}; path=/`;
          await Promise.resolve();
        }
      } else {
        for (let i = 0; i < batch; i++) {
          if (kind === 'cookie') document.cookie = `w${i % names}=r${round}i${i}; path=/`;
          else localStorage.setItem(`w${i % names}`, `r${round}i${i}`);
        }
        // The hook's report of the batch goes out in a microtask: count it.
        await Promise.resolve();
      }
      return ((performance.now() - t0) * 1000) / batch;
    },
    [kind, round, BATCH, NAMES] as const,
  );
}

export const hookWritesBench: BenchModule = {
  name: 'hook write cost',
  async run(ctx): Promise<Figure[]> {
    try {
      findChromium();
    } catch (e) {
      ctx.note(`SKIPPED hook write cost: ${(e as Error).message}`);
      return [];
    }
    ensureBuild((s) => ctx.note(s));
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      res.end('<!doctype html><title>writes</title><p>writes</p>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://writes.test:${(server.address() as AddressInfo).port}/`;
    const compare = process.env.COOKIE_AUDIT_BENCH_COMPARE;
    type Which = 'off' | 'on' | 'compare';
    const builds: [Which, string | null][] = [
      ['off', null],
      ['on', CHROME_BUILD],
      ...(compare ? [['compare', compare] as [Which, string]] : []),
    ];
    const browsers: {
      which: Which;
      context: BrowserContext;
      page: Page;
      cdp: CDPSession;
      cleanup: () => Promise<void>;
    }[] = [];
    const empty = (): Record<Kind, number[]> => ({ cookie: [], storage: [], single: [] });
    const times: Record<Which, Record<Kind, number[]>> = {
      on: empty(),
      off: empty(),
      compare: empty(),
    };
    const taskTimes: Record<Which, Record<Kind, number[]>> = {
      on: empty(),
      off: empty(),
      compare: empty(),
    };
    const taskSeconds = async (cdp: CDPSession) =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
        ?.value ?? 0;
    try {
      for (const [which, dir] of builds) {
        const launched = await launchProfile(dir, {
          hostResolverRules: 'MAP writes.test 127.0.0.1',
        });
        const page = await launched.context.newPage();
        await page.goto(url, { waitUntil: 'load' });
        const cdp = await launched.context.newCDPSession(page);
        await cdp.send('Performance.enable');
        browsers.push({ which, page, cdp, ...launched });
      }
      for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
        for (let k = 0; k < browsers.length; k++) {
          const b = browsers[(k + round) % browsers.length]!;
          for (const kind of ['cookie', 'storage', 'single'] as const) {
            const t0 = await taskSeconds(b.cdp);
            const us = await timeBatch(b.page, kind, round);
            await new Promise((r) => setTimeout(r, 2 * HOOK_SEND_MS + 30));
            const task = ((await taskSeconds(b.cdp)) - t0) * 1e6;
            if (round >= WARM_UP_ROUNDS) {
              times[b.which][kind].push(us);
              taskTimes[b.which][kind].push(task / BATCH);
            }
          }
        }
      }
    } finally {
      for (const b of browsers) await b.cleanup().catch(() => {});
      await new Promise((r) => server.close(r));
    }
    const figures: Figure[] = [];
    for (const [kind, label, keyPart] of [
      ['cookie', 'document.cookie write', 'Cookie'],
      ['storage', 'localStorage.setItem', 'Storage'],
      ['single', 'document.cookie write, one per report batch', 'SingleCookie'],
    ] as const) {
      const off = median(times.off[kind]);
      const on = median(times.on[kind]);
      const taskOff = median(taskTimes.off[kind]);
      const taskOn = median(taskTimes.on[kind]);
      ctx.note(
        `hook write cost: ${label}, median of ${ROUNDS} batches of ${BATCH}: ${round(off)} µs off, ${round(on)} µs with the extension` +
          (compare ? `, ${round(median(times.compare[kind]))} µs with ${compare}` : '') +
          `; main-thread time per write over the cycle: ${round(taskOff)} µs off, ${round(taskOn)} µs on` +
          (compare ? `, ${round(median(taskTimes.compare[kind]))} µs with ${compare}` : ''),
      );
      figures.push(
        {
          key: `hook${keyPart}WriteOffUs`,
          label: `${label}, extension off, per write (median of ${ROUNDS} batches of ${BATCH})`,
          value: round(off),
          unit: 'µs',
        },
        {
          key: `hook${keyPart}WriteOnUs`,
          label: `${label}, with the extension's hook, per write`,
          value: round(on),
          unit: 'µs',
        },
        {
          key: `hook${keyPart}WriteTaskExtraUs`,
          label: `${label}: the page's main-thread time per write, hand-over included, on minus off`,
          value: round(taskOn - taskOff),
          unit: 'µs',
        },
        {
          key: `hook${keyPart}WriteRatio`,
          label: `${label}: hooked vs unhooked`,
          value: round(on / off),
          unit: '×',
          target: { op: '<=', value: 2 },
        },
      );
    }
    return figures;
  },
};
