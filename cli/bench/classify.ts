// Classification figures (SPEC "Performance targets"): per-request median and
// p99 with the bundled database and EasyPrivacy loaded, per-cookie median,
// cold start to a ready classifier, heap after load.
import { builtinCookieKnowledge } from '../../lib/core/known-cookies/index.ts';
import { classifyCookie } from '../../lib/core/classify/cookie.ts';
import {
  type SerializedClassifier,
  deserializeClassifier,
} from '../../lib/core/classify/deserialize.ts';
import type { RequestClassifier } from '../../lib/core/classify/request.ts';
import { cookieCorpus, requestCorpus } from './corpus.ts';
import {
  type CompiledList,
  type TrackerAssets,
  compiledEasyPrivacy,
  trackerAssets,
} from './data.ts';
import {
  type BenchModule,
  type Figure,
  collectGarbage,
  median,
  percentile,
  round,
  sinceUs,
} from './harness.ts';

const REQUESTS = 100_000;
const PASSES = 3;
const COLD_RUNS = 25;
const MB = 1024 * 1024;

/** What the worker holds at start-up: bytes, meta text, the stored profile (parsed here, as it would be). */
function serialized(list: CompiledList | null, assets: TrackerAssets): SerializedClassifier {
  return {
    trackerEngine: assets.engine,
    trackerMeta: assets.metaText,
    userEngines: list
      ? [
          {
            listId: list.listId,
            listName: list.listName,
            engine: list.engine,
            profile: JSON.parse(list.profileText),
          },
        ]
      : [],
  };
}

/** Median of COLD_RUNS loads (the first one, with a cold JIT, reported apart). */
function coldStart(list: CompiledList | null, prefix: string, label: string): Figure[] {
  const assets = trackerAssets();
  const sample = requestCorpus(1, 7)[0]!;
  const loads: number[] = [];
  const firsts: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const start = process.hrtime.bigint();
    const classifier = deserializeClassifier(serialized(list, assets));
    loads.push(sinceUs(start) / 1000);
    const first = process.hrtime.bigint();
    classifier.classify(sample);
    firsts.push(sinceUs(first));
  }
  return [
    {
      key: `${prefix}Ms`,
      label: `${label}, median of ${COLD_RUNS}`,
      value: round(median(loads)),
      unit: 'ms',
      target: { op: '<=', value: 20 },
    },
    {
      key: `${prefix}FirstRunMs`,
      label: `${label}, first run (cold JIT)`,
      value: round(loads[0]!),
      unit: 'ms',
    },
    {
      key: `${prefix}FirstClassifyUs`,
      label: `${label}: first request after it, median`,
      value: round(median(firsts), 1),
      unit: 'µs',
    },
  ];
}

function heap(list: CompiledList): { figures: Figure[]; classifier: RequestClassifier } {
  const forced = collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const classifier = deserializeClassifier(serialized(list, trackerAssets()));
  collectGarbage();
  const after = process.memoryUsage();
  const how = forced ? 'after forced GC' : 'no GC available';
  return {
    classifier,
    figures: [
      {
        key: 'heapMB',
        label: `process heap after load (${how})`,
        value: round(after.heapUsed / MB, 1),
        unit: 'MB',
      },
      {
        key: 'classifierHeapMB',
        label: 'heap held by the loaded classifier',
        value: round((after.heapUsed - before) / MB, 1),
        unit: 'MB',
      },
    ],
  };
}

function timeRequests(classifier: RequestClassifier): Figure[] {
  const corpus = requestCorpus(REQUESTS);
  let matched = 0;
  for (const request of corpus) if (classifier.classify(request)) matched++; // warm-up
  const times = new Float64Array(REQUESTS * PASSES);
  let t = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    for (const request of corpus) {
      const start = process.hrtime.bigint();
      classifier.classify(request);
      times[t++] = sinceUs(start);
    }
  }
  return [
    {
      key: 'classifyRequestMedianUs',
      label: `classify a request (trackerdb + EasyPrivacy), median of ${REQUESTS * PASSES}`,
      value: round(median(times)),
      unit: 'µs',
      target: { op: '<=', value: 5 },
    },
    {
      key: 'classifyRequestP99Us',
      label: 'classify a request, p99',
      value: round(percentile(times, 99)),
      unit: 'µs',
      target: { op: '<=', value: 50 },
    },
    {
      key: 'classifyRequestTrackerPct',
      label: `share of the ${REQUESTS} generated requests classified`,
      value: round((100 * matched) / REQUESTS, 1),
      unit: '%',
    },
  ];
}

function timeCookies(classifier: RequestClassifier): Figure[] {
  const corpus = cookieCorpus(REQUESTS);
  const deps = {
    knowledge: [{ list: 'built-in', knowledge: builtinCookieKnowledge() }],
    classifyRequest: classifier.classify,
    // A CMP declaring one cookie name in five, as declarations do for first-party cookies.
    declared: (name: string) =>
      name.charCodeAt(name.length - 1) % 5 === 0
        ? { category: 'preferences' as const, maxDays: 365 }
        : null,
  };
  for (const cookie of corpus) classifyCookie(cookie, deps); // warm-up
  const times = new Float64Array(REQUESTS * PASSES);
  let t = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    for (const cookie of corpus) {
      const start = process.hrtime.bigint();
      classifyCookie(cookie, deps);
      times[t++] = sinceUs(start);
    }
  }
  return [
    {
      key: 'classifyCookieMedianUs',
      label: `classify a cookie, median of ${REQUESTS * PASSES}`,
      value: round(median(times)),
      unit: 'µs',
    },
    {
      key: 'classifyCookieP99Us',
      label: 'classify a cookie, p99',
      value: round(percentile(times, 99)),
      unit: 'µs',
    },
  ];
}

export const classificationBench: BenchModule = {
  name: 'classification',
  run(ctx) {
    const figures = coldStart(null, 'trackerDbColdStart', 'cold start, bundled database only');
    const list = compiledEasyPrivacy(
      'request/cookie classification, cold start and heap with EasyPrivacy',
    );
    if (!list) return figures;
    ctx.note(`bench: EasyPrivacy compiled (${list.filterCount} network filters)`);
    figures.push(
      ...coldStart(list, 'coldStart', 'cold start to a ready classifier (trackerdb + EasyPrivacy)'),
    );
    const loaded = heap(list);
    figures.push(...loaded.figures);
    // Engines decode filter buckets lazily, on first use: the classifier grows as it works.
    // Measured around the request timings, whose corpus is garbage by then.
    collectGarbage();
    const base = process.memoryUsage().heapUsed;
    figures.push(...timeRequests(loaded.classifier));
    collectGarbage();
    figures.push({
      key: 'classifierHeapGrowthMB',
      label: 'heap the classifier gained classifying them (lazily decoded buckets)',
      value: round((process.memoryUsage().heapUsed - base) / MB, 1),
      unit: 'MB',
    });
    figures.push(...timeCookies(loaded.classifier));
    return figures;
  },
};
