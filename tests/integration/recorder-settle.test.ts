// When the recorder builds and writes records (lib/services/recorder.ts
// settle timing): once the events pause for FLUSH_QUIET_MS, at the latest
// FLUSH_MAX_DELAY_MS after the first, at once past FLUSH_MAX_QUEUE events;
// under a virtual clock.
import { describe, expect, it, vi } from 'vitest';
import type { Observation } from '../../lib/core/observations.ts';
import {
  createRecorder,
  FLUSH_MAX_DELAY_MS,
  FLUSH_MAX_QUEUE,
  FLUSH_QUIET_MS,
} from '../../lib/services/recorder.ts';
import { createDexieStore, freshDb, sha256 } from './fakes.ts';

const T = 1_700_000_000_000;

function harness() {
  let now = T;
  const timers: { at: number; fn: () => void }[] = [];
  const store = createDexieStore(freshDb());
  const writes: { at: number; requests: number }[] = [];
  const write = store.write.bind(store);
  store.write = async (batch, applied) => {
    writes.push({ at: now - T, requests: batch.requests.length });
    return write(batch, applied);
  };
  const recorder = createRecorder({
    store,
    sha256,
    now: () => now,
    schedule: (fn, ms) => void timers.push({ at: now + ms, fn }),
    settle: { quietMs: FLUSH_QUIET_MS, maxDelayMs: FLUSH_MAX_DELAY_MS },
  });
  /** Moves the clock to `to` (ms after T), running the timers due on the way. */
  async function advance(to: number) {
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > T + to) break;
      timers.shift();
      now = next.at;
      next.fn();
      // Let a flush that started finish (fake-indexeddb is asynchronous).
      do await new Promise((r) => setTimeout(r, 5));
      while (recorder.stats().flushing);
    }
    now = T + to;
  }
  let n = 0;
  const request = (): Observation => ({
    kind: 'request',
    tabId: 7,
    requestId: String(++n),
    url: `https://t${n % 5}.test/px.gif`,
    method: 'GET',
    type: 'image',
    initiator: 'https://shop.test',
    frameId: 0,
    parentFrameId: -1,
    documentUrl: 'https://shop.test/',
    time: now,
  });
  recorder.observe({
    kind: 'navigation',
    tabId: 7,
    requestId: '0',
    url: 'https://shop.test/',
    time: T,
  });
  return { recorder, writes, advance, request, timers };
}

describe('recorder settle timing', () => {
  it('writes a burst once the events pause', async () => {
    const h = harness();
    for (let t = 0; t <= 200; t += 50) {
      await h.advance(t);
      h.recorder.observe(h.request());
    }
    await h.advance(200 + FLUSH_QUIET_MS - 1);
    expect(h.writes).toEqual([]);
    await h.advance(200 + FLUSH_QUIET_MS);
    expect(h.writes).toEqual([{ at: 200 + FLUSH_QUIET_MS, requests: 5 }]);
  });

  it('writes a stream that never pauses every FLUSH_MAX_DELAY_MS', async () => {
    const h = harness();
    for (let t = 0; t < 5_000; t += 100) {
      await h.advance(t);
      h.recorder.observe(h.request());
    }
    await h.advance(5_000 + FLUSH_QUIET_MS);
    expect(h.writes.map((w) => w.at)).toEqual([
      FLUSH_MAX_DELAY_MS,
      // The next check starts when that write ends (the virtual clock stood still).
      2 * FLUSH_MAX_DELAY_MS,
      4_900 + FLUSH_QUIET_MS,
    ]);
    expect(h.writes.reduce((a, w) => a + w.requests, 0)).toBe(50);
  });

  it('writes at once when the queue reaches FLUSH_MAX_QUEUE', async () => {
    const h = harness();
    // The navigation and FLUSH_MAX_QUEUE - 2 requests: one short.
    for (let i = 2; i < FLUSH_MAX_QUEUE; i++) h.recorder.observe(h.request());
    await new Promise((r) => setTimeout(r, 30));
    expect(h.writes).toEqual([]);
    h.recorder.observe(h.request());
    // No timer ran (the virtual clock stands still): the queue's size alone started it.
    await vi.waitFor(() => expect(h.writes).toHaveLength(1), { timeout: 20_000 });
    expect(h.writes).toEqual([{ at: 0, requests: FLUSH_MAX_QUEUE - 1 }]);
    // The check scheduled before is retired: nothing more to write, no second write.
    await h.advance(FLUSH_MAX_DELAY_MS * 2);
    expect(h.writes).toHaveLength(1);
  });

  it('idle() writes what is queued without waiting for the pause', async () => {
    const h = harness();
    h.recorder.observe(h.request());
    h.recorder.observe(h.request());
    await h.recorder.idle();
    expect(h.writes).toEqual([{ at: 0, requests: 2 }]);
  });
});
