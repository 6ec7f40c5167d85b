// Where the per-request time goes: URL parsing into the engine's Request,
// the bundled database's engine, EasyPrivacy's engine (each on its own).
import { FiltersEngine, Request } from '@ghostery/adblocker';
import { blockingMatcher, mostSpecificFilter } from '../../lib/core/classify/engine-match.ts';
import { ENGINE_REQUEST_TYPE } from '../../lib/core/classify/request.ts';
import { requestCorpus } from './corpus.ts';
import { compiledEasyPrivacy, trackerAssets } from './data.ts';
import { type BenchModule, type Figure, median, round, sinceUs } from './harness.ts';

const REQUESTS = 100_000;

function timeEach<T>(items: readonly T[], fn: (item: T) => unknown): number {
  for (const item of items) fn(item); // warm-up
  const times = new Float64Array(items.length);
  let i = 0;
  for (const item of items) {
    const start = process.hrtime.bigint();
    fn(item);
    times[i++] = sinceUs(start);
  }
  return round(median(times));
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
    // Tokens are computed once per request and shared by every engine: computed here beforehand.
    const requests = corpus.map(toRequest);
    for (const request of requests) request.getTokens();
    const tracker = FiltersEngine.deserialize(trackerAssets().engine);
    const empty = FiltersEngine.empty();
    const figures: Figure[] = [
      {
        key: 'requestParseMedianUs',
        label: 'breakdown: URL → engine Request, tokens included',
        value: timeEach(corpus, (r) => toRequest(r).getTokens()),
        unit: 'µs',
      },
      {
        key: 'trackerDbMatchMedianUs',
        label: 'breakdown: bundled database engine, all matching filters',
        value: timeEach(requests, (q) => mostSpecificFilter(tracker, q)),
        unit: 'µs',
      },
      {
        key: 'emptyEngineMatchMedianUs',
        label: 'breakdown: an engine with no filter at all (fixed cost)',
        value: timeEach(requests, (q) => empty.filters.match(q)),
        unit: 'µs',
      },
    ];
    if (list) {
      const match = blockingMatcher(FiltersEngine.deserialize(list.engine));
      figures.push({
        key: 'easyPrivacyMatchMedianUs',
        label: 'breakdown: EasyPrivacy engine, blocking decision',
        value: timeEach(requests, match),
        unit: 'µs',
      });
    }
    return figures;
  },
};
