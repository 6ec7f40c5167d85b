// Issue 14 item 3: a worker stopped at any point of a page load — before its
// batch was written, in the middle of writing it, or after the write
// committed but before the journal was cleaned — loses no record and writes
// none twice. Each "worker life" here is a new recorder and journal over the
// same database and the same session storage, as after a real restart; a
// life ends where the kill mode says, and nothing of it runs afterwards.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listenCookies } from '../../lib/platform/cookies.ts';
import { listenWebRequest } from '../../lib/platform/webrequest.ts';
import type { AuditDb } from '../../lib/platform/db.ts';
import { buildView } from '../../lib/core/view.ts';
import { createJournal, JOURNAL_PREFIX, type JournalArea } from '../../lib/services/journal.ts';
import { createRecorder } from '../../lib/services/recorder.ts';
import type { RecordStore } from '../../lib/services/store.ts';
import { createDexieStore, fakeWebRequest, FakeEvent, freshDb, sha256 } from './fakes.ts';

interface Capture {
  events: { on: 'beforeRequest' | 'headersReceived' | 'errorOccurred'; d: unknown }[];
  cookieChanges: { time: number; info: unknown }[];
}
const capture = JSON.parse(
  readFileSync(new URL('../fixtures/events/chrome-shop-visit.json', import.meta.url), 'utf8'),
) as Capture;
type Step =
  | { on: 'beforeRequest' | 'headersReceived' | 'errorOccurred'; d: unknown }
  | { on: 'cookie'; time: number; info: unknown };
const steps: Step[] = [
  ...capture.events,
  ...capture.cookieChanges.map((c) => ({ on: 'cookie' as const, ...c })),
];

const never = new Promise<never>(() => {});
const tick = () => new Promise((r) => setTimeout(r, 0));

/** Session storage as Chrome keeps it: values go through JSON, in the browser (outliving the worker). */
function sessionArea() {
  const data = new Map<string, string>();
  let removeHangs = false;
  const area: JournalArea = {
    get: async () => Object.fromEntries([...data].map(([k, v]) => [k, JSON.parse(v)])),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, JSON.stringify(v));
    },
    remove: (keys) => {
      if (removeHangs) return never;
      for (const k of keys) data.delete(k);
      return Promise.resolve();
    },
  };
  return {
    area,
    data,
    /** The next life dies after its write committed, before the journal is cleaned. */
    hangRemove: (on: boolean) => {
      removeHangs = on;
    },
  };
}

/**
 * How a worker life ends: `idle` (everything written), `before-flush` (its
 * timer never fired), `mid-write` (stopped inside the IndexedDB write: the
 * transaction never commits), `after-commit` (the write committed, the
 * journal's chunks were never removed).
 */
type Kill = 'idle' | 'before-flush' | 'mid-write' | 'after-commit';

async function runLives(cuts: { at: number; kill: Kill }[]) {
  const db: AuditDb = freshDb();
  const real = createDexieStore(db);
  const session = sessionArea();
  let clock = 0;
  let boot = 0;
  let from = 0;
  const lives = [
    ...cuts.filter((c) => c.at <= steps.length),
    { at: steps.length, kill: 'idle' as Kill },
  ];
  for (const { at, kill } of lives) {
    session.hangRemove(kill === 'after-commit');
    // The life's first write: never resolves when stopped inside it; else
    // the real one, noted when it commits.
    let committed = () => {};
    const firstWrite = new Promise<void>((r) => (committed = r));
    const store: RecordStore = {
      ...real,
      write:
        kill === 'mid-write'
          ? () => {
              committed();
              return never;
            }
          : async (batch, applied) => {
              await real.write(batch, applied);
              committed();
            },
    };
    const journal = createJournal({
      area: session.area,
      applied: real.appliedChunks,
      bootId: `b${String(boot++).padStart(3, '0')}`,
    });
    const recorder = createRecorder({
      store,
      sha256,
      now: () => clock,
      schedule: kill === 'before-flush' ? () => {} : (fn) => setTimeout(fn, 0),
      ownOrigins: ['chrome-extension://abcdefghijklmnop'],
      journal,
    });
    const wr = fakeWebRequest();
    listenWebRequest(wr, recorder.observe);
    const cookies = { onChanged: new FakeEvent() };
    listenCookies(cookies, () => clock, recorder.observe);
    for (const s of steps.slice(from, Math.max(from, at))) {
      if (s.on === 'cookie') {
        clock = s.time;
        cookies.onChanged.fire(s.info);
      } else {
        ({
          beforeRequest: wr.onBeforeRequest,
          headersReceived: wr.onHeadersReceived,
          errorOccurred: wr.onErrorOccurred,
        })[s.on].fire(s.d);
      }
    }
    from = Math.max(from, at);
    if (kill === 'idle') await recorder.idle();
    else {
      // The life goes on until it reaches its end (events journaled, the
      // write begun or committed), then nothing of it runs again (a life
      // with nothing to write ends after its events).
      const ticks = (async () => {
        for (let i = 0; i < 50; i++) await tick();
      })();
      await (kill === 'before-flush' ? ticks : Promise.race([firstWrite, ticks]));
    }
  }
  // Whatever a dead life still had in flight is abandoned; settle the database.
  for (let i = 0; i < 20; i++) await tick();
  const page = await real.latestPageForTab(7);
  const view = buildView(await real.readPages(page ? [page.id] : []));
  return {
    page,
    requests: view.requests.map((r) => [r.type, r.url, r.status, r.error]),
    cookies: view.cookies.map((c) => [c.name, c.setBy, c.blocked, c.lifetimeDays]),
    journalLeft: [...session.data.keys()].filter((k) => k.startsWith(JOURNAL_PREFIX)),
    // Raw rows: the view joins a request's events, so a duplicate would hide there.
    rows: await Promise.all(
      [db.pages, db.requests, db.responses, db.cookies, db.cookieChanges].map((t) => t.count()),
    ),
  };
}

describe('the write-ahead journal across worker stops', () => {
  it('records a visit stopped before its first flush exactly as one that was never stopped', async () => {
    const clean = await runLives([]);
    expect(clean.requests.length).toBe(4);
    expect(clean.cookies.length).toBe(3);
    const half = Math.floor(steps.length / 2);
    const stopped = await runLives([{ at: half, kill: 'before-flush' }]);
    expect(stopped).toEqual(clean);
    expect(stopped.journalLeft).toEqual([]);
  });

  it('writes nothing twice when the worker stopped after its write committed', async () => {
    const clean = await runLives([]);
    const stopped = await runLives([
      { at: 3, kill: 'after-commit' },
      { at: 5, kill: 'after-commit' },
    ]);
    expect(stopped).toEqual(clean);
  });

  it('keeps a batch whose write the stop interrupted', async () => {
    const clean = await runLives([]);
    expect(await runLives([{ at: steps.length, kill: 'mid-write' }])).toEqual(clean);
  });

  it('loses and duplicates nothing, whatever the stops (property)', async () => {
    const clean = await runLives([]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            at: fc.integer({ min: 0, max: steps.length }),
            kill: fc.constantFrom<Kill>('idle', 'before-flush', 'mid-write', 'after-commit'),
          }),
          { maxLength: 6 },
        ),
        async (cuts) => {
          cuts.sort((a, b) => a.at - b.at);
          expect(await runLives(cuts)).toEqual(clean);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
