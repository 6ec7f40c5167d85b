// Where the per-request time goes, each step on its own: building the
// engine's Request, the bundled database's engine, EasyPrivacy's engine —
// asked as the engine's own bucket methods ask them (the previous path) and
// as the classifier asks them now (host cache, routed tokens). Steps are
// timed interleaved, in blocks, so that other load on the machine weighs on
// all of them alike.
import { FiltersEngine, Request } from '@ghostery/adblocker';
import {
  blockingMatchRouted,
  blockingMatcher,
  mostSpecificFilter,
  mostSpecificRouted,
} from '../../lib/core/classify/engine-match.ts';
import {
  ENGINE_REQUEST_TYPE,
  createRequestParser,
} from '../../lib/core/classify/engine-request.ts';
import { createTokenRouter } from '../../lib/core/classify/token-router.ts';
import { requestCorpus } from './corpus.ts';
import { compiledEasyPrivacy, trackerAssets } from './data.ts';
import { type BenchModule, type Figure, median, round, sinceUs } from './harness.ts';

const REQUESTS = 100_000;
const ROUNDS = 3;
const BLOCK = 1000;

interface Step {
  key: string;
  label: string;
  run: (i: number) => unknown;
}

/** Median µs of each step over ROUNDS passes, the steps taking turns block by block. */
function timeInterleaved(steps: readonly Step[], count: number): Figure[] {
  for (const step of steps) for (let i = 0; i < count; i++) step.run(i); // warm-up
  const times = steps.map(() => new Float64Array(count * ROUNDS));
  let turn = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (let from = 0; from < count; from += BLOCK) {
      turn++;
      for (let k = 0; k < steps.length; k++) {
        const s = (k + turn) % steps.length;
        const { run } = steps[s] as Step;
        const t = times[s] as Float64Array;
        for (let i = from; i < Math.min(from + BLOCK, count); i++) {
          const start = process.hrtime.bigint();
          run(i);
          t[round * count + i] = sinceUs(start);
        }
      }
    }
  }
  return steps.map((step, s) => ({
    key: step.key,
    label: step.label,
    value: round(median(times[s] as Float64Array)),
    unit: 'µs',
  }));
}

export const breakdownBench: BenchModule = {
  name: 'per-request breakdown',
  run() {
    const list = compiledEasyPrivacy('the per-request breakdown');
    const corpus = requestCorpus(REQUESTS);
    const toRequest = (r: (typeof corpus)[number]) =>
      Request.fromRawDetails({
        url: r.url,
        sourceUrl: r.sourceUrl,
        type: ENGINE_REQUEST_TYPE[r.type],
      });
    const parser = createRequestParser(4096, (hostname, domain) => ({ hostname, domain }));
    // Tokens are computed once per request and shared by every engine: computed here beforehand.
    const requests = corpus.map(toRequest);
    for (const request of requests) request.getTokens();
    const tracker = FiltersEngine.deserialize(trackerAssets().engine);
    const empty = FiltersEngine.empty();
    const easyPrivacy = list ? FiltersEngine.deserialize(list.engine) : FiltersEngine.empty();
    const router = createTokenRouter([
      tracker.filters,
      easyPrivacy.importants,
      easyPrivacy.filters,
      easyPrivacy.redirects,
      easyPrivacy.exceptions,
    ]);
    const [trackerBucket, importants, filters, redirects, exceptions] = router.buckets;
    const routed = requests.map((q) => router.route(q.getTokens()).map((t) => t.slice()));
    const easyPrivacyMatch = blockingMatcher(easyPrivacy);
    const easyPrivacyRouted = { importants, filters, redirects, exceptions } as Parameters<
      typeof blockingMatchRouted
    >[0];
    const steps: Step[] = [
      {
        key: 'requestParseMedianUs',
        label: 'breakdown: URL → engine Request, tokens included (engine parses both URLs)',
        run: (i) => toRequest(corpus[i]!).getTokens(),
      },
      {
        key: 'requestParseCachedMedianUs',
        label: 'breakdown: URL → engine Request, tokens included (host cache, as classify does)',
        run: (i) => parser.parse(corpus[i]!).request.getTokens(),
      },
      {
        key: 'tokenRouteMedianUs',
        label: 'breakdown: one token lookup for the small buckets (token-router.ts)',
        run: (i) => router.route(requests[i]!.getTokens()),
      },
      {
        key: 'emptyEngineMatchMedianUs',
        label: 'breakdown: an engine with no filter at all (fixed cost)',
        run: (i) => empty.filters.match(requests[i]!),
      },
      {
        key: 'trackerDbMatchMedianUs',
        label: 'breakdown: bundled database engine, all matching filters (engine methods)',
        run: (i) => mostSpecificFilter(tracker, requests[i]!),
      },
      {
        key: 'trackerDbRoutedMedianUs',
        label: 'breakdown: bundled database engine, all matching filters (routed tokens)',
        run: (i) => mostSpecificRouted(trackerBucket!, routed[i]!, requests[i]!),
      },
    ];
    if (list) {
      steps.push(
        {
          key: 'easyPrivacyMatchMedianUs',
          label: 'breakdown: EasyPrivacy engine, blocking decision (engine methods)',
          run: (i) => easyPrivacyMatch(requests[i]!),
        },
        {
          key: 'easyPrivacyRoutedMedianUs',
          label: 'breakdown: EasyPrivacy engine, blocking decision (routed tokens)',
          run: (i) => blockingMatchRouted(easyPrivacyRouted, routed[i]!, requests[i]!),
        },
      );
    }
    return timeInterleaved(steps, REQUESTS);
  },
};
