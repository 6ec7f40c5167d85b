// Routed walks (token-router.ts) must find what the engine's own bucket
// methods find, in the same order, whether an index is routed or walked over
// all tokens. Two engines from the same bytes: one asked by the engine's
// methods, one by the routed walks, each with its own history.
import { FiltersEngine, type NetworkFilter, Request } from '@ghostery/adblocker';
import { describe, expect, it } from 'vitest';
import { requestCorpus } from '../../cli/bench/corpus.ts';
import { ENGINE_REQUEST_TYPE, compileFilterList } from '../../lib/core/classify/index.ts';
import {
  type FilterBucket,
  createTokenRouter,
  eachMatch,
  firstMatch,
} from '../../lib/core/classify/token-router.ts';
import { classifyFixture, trackerFiles } from './classify-helpers.ts';
import { requestsFromFilters } from './classify-request-sets.ts';
import { sharedData } from './lists-helpers.ts';

const BUCKETS = ['importants', 'filters', 'redirects', 'exceptions'] as const;
const text = (f: NetworkFilter | null | undefined) => f?.toString() ?? null;

function compare(engineBytes: Uint8Array[], filterTexts: string[], maxRoutedBytes?: number) {
  const theirs = engineBytes.map((b) => FiltersEngine.deserialize(b));
  const ours = engineBytes.map((b) => FiltersEngine.deserialize(b));
  const buckets: FilterBucket[] = ours.flatMap((e) => BUCKETS.map((k) => e[k]));
  const router = createTokenRouter(buckets, maxRoutedBytes);
  const requests = [...requestCorpus(5000, 21), ...requestsFromFilters(filterTexts, 22)].map((r) =>
    Request.fromRawDetails({
      url: r.url,
      sourceUrl: r.sourceUrl,
      type: ENGINE_REQUEST_TYPE[r.type] ?? 'other',
    }),
  );
  const differences: string[] = [];
  let matched = 0;
  for (const request of requests) {
    const routed = router.route(request.getTokens());
    theirs.forEach((engine, e) => {
      BUCKETS.forEach((k, i) => {
        const b = router.buckets[e * BUCKETS.length + i]!;
        const tokens = routed[b.slot]!;
        const first = [text(engine[k].match(request)), text(firstMatch(b, tokens, request))];
        const all: string[] = [];
        eachMatch(b, tokens, request, (f) => all.push(f.toString()));
        const expected = engine[k].matchAll(request).map((f) => f.toString());
        if (first[0]) matched++;
        if (first[0] !== first[1] || JSON.stringify(all) !== JSON.stringify(expected)) {
          differences.push(`${request.url} ${k}: ${JSON.stringify({ first, all, expected })}`);
        }
      });
    });
  }
  return { differences: differences.slice(0, 10), matched };
}

describe('routed walks find what the engine finds', () => {
  const lists = [
    compileFilterList(classifyFixture('sections.txt'), 'Sections'),
    compileFilterList(classifyFixture('types.txt'), 'Types'),
  ];
  const bytes = [trackerFiles().engine, ...lists.map((l) => l.engine.serialize())];
  const texts = lists.flatMap((l) => l.summary.networkFilters.map((f) => f.text));

  it.each([
    ['every index routed', Infinity],
    ['no index routed', -1],
  ])('%s', (_, limit) => {
    const { differences, matched } = compare(bytes, texts, limit);
    expect(differences).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
  });
});

const easyPrivacy = sharedData('easyprivacy.txt');

describe.skipIf(!easyPrivacy)('routed walks with the real EasyPrivacy', () => {
  const list = easyPrivacy ? compileFilterList(easyPrivacy, 'EasyPrivacy') : null;

  it.each([
    ['every index routed', Infinity],
    ['the default (large indexes walked over all tokens)', undefined],
  ])(
    '%s',
    (_, limit) => {
      if (!list) return;
      const texts = list.summary.networkFilters.map((f) => f.text).filter((_, i) => i % 4 === 0);
      const { differences, matched } = compare([list.engine.serialize()], texts, limit);
      expect(differences).toEqual([]);
      expect(matched).toBeGreaterThan(1000);
    },
    60_000,
  );
});
