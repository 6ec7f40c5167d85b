// The recording bench's own run (cli/bench/recording.ts) at a small size: it
// must write every request and cookie it feeds. Nothing else runs the benches
// in CI, and a change that made them fail (the per-page caps did once) would
// otherwise go unnoticed until someone measured.
import { expect, it } from 'vitest';
import { once } from '../../cli/bench/recording.ts';

it('writes every request and cookie of the bench feed (three pages of one tab)', async () => {
  const r = await once(0, 2500);
  // Three navigations (each a navigation and its document request) and three
  // events per pixel (request, response with Set-Cookie, cookie change).
  expect(r.events).toBe(3 * 2 + 2500 * 3);
  // Requests (the pages' own included) and cookies.
  expect(r.written).toBe(2500 + 3 + 2500);
}, 60_000);
