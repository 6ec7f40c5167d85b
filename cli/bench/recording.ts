// Recording throughput (SPEC: ≥ 20,000 events/s persisted): the recorder as
// the extension wires it (webRequest and cookie normalisers, value hashing,
// batched Dexie writes), fed seven heavy page loads' events in one tab as
// fast as they come, timed until every event is durably written.
//
// Measured in Node over fake-indexeddb, a pure-JavaScript IndexedDB: not the
// browser's own IndexedDB. A browser cannot be fed synthetic webRequest
// events, so this is the closest honest figure; the label says so.
import 'fake-indexeddb/auto';
import { createHmac } from 'node:crypto';
import { AuditDb, createDexieStore } from '../../lib/platform/db.ts';
import { normaliseCookieChange } from '../../lib/platform/cookies.ts';
import { normaliseBeforeRequest, normaliseHeadersReceived } from '../../lib/platform/webrequest.ts';
import type { Observation } from '../../lib/core/observations.ts';
import { createRecorder } from '../../lib/services/recorder.ts';
import { type BenchModule, type Figure, median } from './harness.ts';

const REQUESTS = 7000;
const PAGE_REQUESTS = 1000;
const RUNS = 5;

type Raw = Parameters<typeof normaliseBeforeRequest>[0];

/** Per third-party pixel: its request, its response with a Set-Cookie, the cookie change. */
function events(requests: number): (() => Observation[])[] {
  const t0 = 1_700_000_000_000;
  const out: (() => Observation[])[] = [
    () =>
      normaliseBeforeRequest({
        requestId: 'main',
        url: 'https://www.shop.example/',
        method: 'GET',
        type: 'main_frame',
        tabId: 1,
        frameId: 0,
        parentFrameId: -1,
        timeStamp: t0,
      } as Raw),
  ];
  for (let i = 0; i < requests; i++) {
    // A new page every PAGE_REQUESTS requests: one visit keeps at most
    // PAGE_RECORD_CAPS records of a kind (2,000 cookies), as a real heavy
    // page stays under.
    if (i > 0 && i % PAGE_REQUESTS === 0) {
      out.push(() =>
        normaliseBeforeRequest({
          requestId: `main-${i}`,
          url: `https://www.shop.example/page-${i}`,
          method: 'GET',
          type: 'main_frame',
          tabId: 1,
          frameId: 0,
          parentFrameId: -1,
          timeStamp: t0 + 10 + i,
        } as Raw),
      );
    }
    const url = `https://t${i % 50}.tracker.example/p.gif?i=${i}&cid=${(i * 7919).toString(36)}`;
    const base = {
      requestId: String(i),
      url,
      method: 'GET',
      type: 'image',
      tabId: 1,
      frameId: 0,
      parentFrameId: -1,
      initiator: 'https://www.shop.example',
      timeStamp: t0 + 10 + i,
    };
    out.push(
      () => normaliseBeforeRequest(base as Raw),
      () => [
        normaliseHeadersReceived({
          ...base,
          statusCode: 200,
          responseHeaders: [
            { name: 'content-type', value: 'image/gif' },
            { name: 'content-length', value: '43' },
            {
              name: 'set-cookie',
              value: `uid=${(i * 104729).toString(36)}; Domain=.t${i % 50}.tracker.example; Path=/; Max-Age=31536000; Secure; SameSite=None`,
            },
          ],
        } as Raw),
      ],
      () => [
        normaliseCookieChange(
          {
            removed: false,
            cause: 'explicit',
            cookie: {
              name: 'uid',
              value: (i * 104729).toString(36),
              domain: `.t${i % 50}.tracker.example`,
              path: '/',
              hostOnly: false,
              secure: true,
              httpOnly: false,
              sameSite: 'no_restriction',
              expirationDate: (t0 + 11 + i) / 1000 + 31_536_000,
            },
          },
          t0 + 11 + i,
        ),
      ],
    );
  }
  return out;
}

/** One run: `requests` pixels fed and written; throws unless every request and cookie was written. */
export async function once(
  run: number,
  requests = REQUESTS,
): Promise<{ events: number; ms: number; written: number }> {
  const db = new AuditDb(`bench-recording-${run}`);
  const key = Buffer.alloc(32, 7);
  const recorder = createRecorder({
    store: createDexieStore(db),
    sha256: async (s) => createHmac('sha256', key).update(s).digest('hex'),
    now: Date.now,
    schedule: (fn) => setTimeout(fn, 0),
  });
  const feed = events(requests);
  const start = performance.now();
  let n = 0;
  for (const e of feed) {
    for (const o of e()) {
      recorder.observe(o);
      n++;
    }
  }
  await recorder.idle();
  const ms = performance.now() - start;
  const written = (await db.requests.count()) + (await db.cookies.count());
  if (written < requests * 2) throw new Error(`only ${written} records were written`);
  db.close();
  await db.delete();
  return { events: n, ms, written };
}

export const recordingBench: BenchModule = {
  name: 'recording',
  async run(ctx): Promise<Figure[]> {
    const rates: number[] = [];
    let events = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await once(i);
      events = r.events;
      rates.push(r.events / (r.ms / 1000));
    }
    ctx.note(`recording: ${events} events per run, ${RUNS} runs`);
    return [
      {
        key: 'eventsPerSecond',
        label: `events recorded and persisted per second (recorder + Dexie in Node over fake-indexeddb, not the browser's IndexedDB), median of ${RUNS}`,
        value: Math.round(median(rates)),
        unit: '/s',
        target: { op: '>=', value: 20_000 },
      },
    ];
  },
};
