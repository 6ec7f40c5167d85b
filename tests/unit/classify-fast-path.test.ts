// The fast path (host cache, one token lookup for all engines) must answer
// exactly as the previous path did: same vendor, category, list, rule and
// every other field, on the same requests in the same order. Each classifier
// gets engines of its own (a bucket reorders its filters as they match, so
// two classifiers sharing an engine would not be independent).
import { FiltersEngine } from '@ghostery/adblocker';
import { describe, expect, it } from 'vitest';
import { requestCorpus } from '../../cli/bench/corpus.ts';
import {
  type RequestClassifier,
  type RequestClassifierOptions,
  type RequestToClassify,
  compileFilterList,
  createRequestClassifier,
  parseTrackerMeta,
} from '../../lib/core/classify/index.ts';
import { parseHostsFile, parseTrackerDataSet } from '../../lib/core/lists/index.ts';
import { classifyFixture, trackerFiles } from './classify-helpers.ts';
import { createReferenceClassifier } from './classify-reference.ts';
import {
  hostileRequests,
  requestsFromDomains,
  requestsFromFilters,
} from './classify-request-sets.ts';
import { fixture, sharedData } from './lists-helpers.ts';

interface SerializedList {
  listId: string;
  listName: string;
  bytes: Uint8Array;
  profile: ReturnType<typeof compileFilterList>['profile'];
  filters: string[];
}

function serializedList(text: string, listId: string, listName: string): SerializedList {
  const compiled = compileFilterList(text, listName);
  return {
    listId,
    listName,
    bytes: compiled.engine.serialize(),
    profile: compiled.profile,
    filters: compiled.summary.networkFilters.map((f) => f.text),
  };
}

const tracker = trackerFiles();
const trackerMeta = parseTrackerMeta(JSON.parse(tracker.metaText));
const domainLists: RequestClassifierOptions['domainLists'] = [
  {
    listId: 'hosts',
    listName: 'Test hosts',
    list: parseHostsFile(classifyFixture('hosts.txt'), { category: 'advertising' }),
  },
  { listId: 'tds', listName: 'DuckDuckGo tds', list: parseTrackerDataSet(fixture('tds.json')) },
];

/** Options with engines of their own, deserialised from the same bytes. */
function options(lists: readonly SerializedList[]): RequestClassifierOptions {
  return {
    trackerEngine: FiltersEngine.deserialize(tracker.engine),
    trackerMeta,
    userEngines: lists.map((l) => ({
      listId: l.listId,
      listName: l.listName,
      engine: FiltersEngine.deserialize(l.bytes),
      profile: l.profile,
    })),
    domainLists,
  };
}

type Outcome = ReturnType<RequestClassifier['classify']> | { threw: string };

function outcome(classifier: RequestClassifier, request: RequestToClassify): Outcome {
  try {
    return classifier.classify(request);
  } catch (error) {
    return { threw: String(error) };
  }
}

/** Requests both classifiers answered differently (at most 10, with both answers). */
function differences(
  lists: readonly SerializedList[],
  requests: readonly RequestToClassify[],
  hostCacheSize?: number,
): { differ: number; classified: number; examples: string[] } {
  const previous = createReferenceClassifier(options(lists));
  // The previous path had no correction layer: compare what the lists say.
  const fast = createRequestClassifier({
    ...options(lists),
    corrections: [],
    ...(hostCacheSize === undefined ? {} : { hostCacheSize }),
  });
  let differ = 0;
  let classified = 0;
  const examples: string[] = [];
  for (const request of requests) {
    const expected = outcome(previous, request);
    const actual = outcome(fast, request);
    if (expected) classified++;
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      differ++;
      if (examples.length < 10) {
        examples.push(
          `${JSON.stringify(request)}\n  previous: ${JSON.stringify(expected)}\n  fast: ${JSON.stringify(actual)}`,
        );
      }
    }
  }
  return { differ, classified, examples };
}

const sections = serializedList(classifyFixture('sections.txt'), 'test', 'Test Privacy List');
const types = serializedList(classifyFixture('types.txt'), 'types', 'Request types');
const databaseRequests = [
  ...requestsFromFilters(trackerMeta.filters, 11),
  ...requestsFromDomains(trackerMeta.domains, 12),
];
const listRequests = [
  ...requestsFromFilters([...sections.filters, ...types.filters], 13),
  ...requestsFromDomains([...domainLists.flatMap((l) => [...l.list.domains.keys()])], 14),
];
// Twice: the second pass finds every host in the cache.
const corpus = requestCorpus(20_000, 7);
const everyday = [...corpus, ...corpus];

describe('the fast path answers as the previous path', () => {
  it('on the bench corpus, database- and list-derived URLs and hostile URLs (fixture lists)', () => {
    const requests = [...everyday, ...databaseRequests, ...listRequests, ...hostileRequests()];
    const result = differences([sections, types], requests);
    expect(result.examples).toEqual([]);
    expect(result.differ).toBe(0);
    // The sets exercise matches, not only misses.
    expect(result.classified).toBeGreaterThan(requests.length / 4);
  }, 120_000);

  it('with a host cache of 4 entries (every lookup evicts)', () => {
    const requests = [...corpus.slice(0, 5000), ...listRequests, ...hostileRequests()];
    expect(differences([sections, types], requests, 4).examples).toEqual([]);
  });

  it('with the bundled database alone', () => {
    const requests = [...corpus.slice(0, 10_000), ...databaseRequests, ...hostileRequests()];
    expect(differences([], requests).examples).toEqual([]);
  });
});

const easyPrivacyText = sharedData('easyprivacy.txt');

describe.skipIf(!easyPrivacyText)(
  'the fast path with the real EasyPrivacy (../shared/data)',
  () => {
    const easyPrivacy = easyPrivacyText
      ? serializedList(easyPrivacyText, 'easyprivacy', 'EasyPrivacy')
      : null;

    it('answers as the previous path on the corpus, EasyPrivacy- and database-derived URLs', () => {
      if (!easyPrivacy) return;
      const requests = [
        ...everyday,
        ...requestsFromFilters(easyPrivacy.filters, 15),
        ...databaseRequests,
        ...hostileRequests(),
      ];
      const result = differences([easyPrivacy, sections], requests);
      expect(result.examples).toEqual([]);
      expect(result.differ).toBe(0);
      expect(result.classified).toBeGreaterThan(requests.length / 4);
    }, 120_000);
  },
);
