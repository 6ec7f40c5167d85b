// The screen of token-less filters (token-router.ts): one fused expression
// that must find every URL a screened filter's pattern matches, so that
// skipping a screened filter when it finds nothing changes no walk's result.
import { FiltersEngine, type NetworkFilter, Request } from '@ghostery/adblocker';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestCorpus } from '../../cli/bench/corpus.ts';
import { ENGINE_REQUEST_TYPE, compileFilterList } from '../../lib/core/classify/index.ts';
import {
  type FilterBucket,
  createTokenRouter,
  eachMatch,
  firstMatch,
} from '../../lib/core/classify/token-router.ts';
import { trackerFiles } from './classify-helpers.ts';

const LIST = [
  'ntpagetag',
  '/baynote(-observer)?([0-9]+)\\.js/',
  '/metrics\\..*\\.(com|net|org)\\/b\\/(s|ss)\\//',
  '/w/1.0/jstag',
  '%2Fevent.gif%3F$image', // holds a token: walked by it
  // Token-less too, not screened: back-references, a case-sensitive pattern, a hostname anchor.
  '/[0-9]{2}([a-z])\\1\\.gif/',
  '/a(?<n>b)\\k<n>/',
  '/Foo[0-9]q/$match-case',
  '||0.0.0.1^',
].join('\n');

const request = (url: string, type: keyof typeof ENGINE_REQUEST_TYPE = 'image') =>
  Request.fromRawDetails({
    url,
    sourceUrl: 'https://www.site.example/',
    type: ENGINE_REQUEST_TYPE[type],
  });

function untokenized(bucket: FilterBucket): NetworkFilter[] {
  const out: NetworkFilter[] = [];
  bucket.index.iterMatchingFilters(new Uint32Array(0), (f) => {
    out.push(f);
    return true;
  });
  return out;
}

const texts = (b: FilterBucket, r: Request) => {
  const router = createTokenRouter([b]);
  const routed = router.route(r.getTokens());
  const bucket = router.buckets[0]!;
  const all: string[] = [];
  eachMatch(bucket, routed[0]!, r, (f) => all.push(f.toString()));
  return { first: firstMatch(bucket, routed[0]!, r)?.toString() ?? null, all };
};

describe('token-less filters screen', () => {
  const engine = compileFilterList(LIST, 'Screen').engine;

  it('screens plain and regular-expression patterns, not the others', () => {
    const [bucket] = createTokenRouter([engine.filters]).buckets;
    const screened = [...bucket!.screen!.filters].map((f) => f.toString()).sort();
    expect(screened).toEqual(
      [
        '/baynote(-observer)?([0-9]+)\\.js/',
        '/metrics\\..*\\.(com|net|org)\\/b\\/(s|ss)\\//',
        '/w/1.0/jstag',
        'ntpagetag',
      ].sort(),
    );
    expect(untokenized(engine.filters)).toHaveLength(8);
  });

  it.each([
    ['https://cdn.example/js/baynote-observer12.js', '/baynote(-observer)?([0-9]+)\\.js/'],
    ['https://metrics.shop.com/b/ss/abc/1', '/metrics\\..*\\.(com|net|org)\\/b\\/(s|ss)\\//'],
    ['https://x.example/NTPageTag.js', 'ntpagetag'],
    ['https://x.example/a/w/1.0/jstag?x=1', '/w/1.0/jstag'],
    ['https://x.example/r?u=%2Fevent.gif%3Fa', '%2Fevent.gif%3F$image'],
    ['https://x.example/12aa.gif', '/[0-9]{2}([a-z])\\1\\.gif/'],
    ['https://x.example/abb', '/a(?<n>b)\\k<n>/'],
    ['https://x.example/Foo1q', '/Foo[0-9]q/$match-case'],
    ['http://0.0.0.1/x', '||0.0.0.1^'],
  ])('%s is still found by %s, as the engine finds it', (url, rule) => {
    const r = request(url);
    const theirs = FiltersEngine.deserialize(engine.serialize());
    expect(theirs.filters.match(r)?.toString()).toBe(rule);
    expect(texts(engine.filters, r)).toEqual({
      first: rule,
      all: theirs.filters.matchAll(r).map((f) => f.toString()),
    });
  });

  it('a screened filter is skipped only when its pattern cannot match', () => {
    const [bucket] = createTokenRouter([engine.filters]).buckets;
    const screen = bucket!.screen!;
    const pieces = ['ntpagetag', 'baynote-observer1.js', 'metrics.a.net/b/s/', '/w/1.0/jstag'];
    const arbitraryUrl = fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'wss://'),
        fc.stringMatching(/^[a-z0-9.-]{1,20}$/),
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), {
          maxLength: 6,
        }),
      )
      .map(([scheme, host, parts]) => `${scheme}${host}.example/${parts.join('')}`);
    fc.assert(
      fc.property(arbitraryUrl, (url) => {
        const r = request(url);
        for (const f of screen.filters) {
          if (f.match(r)) expect(screen.expression.test(r.normalizedUrl)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('in the bundled database, screened filters match nothing the screen misses', () => {
    const tracker = FiltersEngine.deserialize(trackerFiles().engine);
    const [bucket] = createTokenRouter([tracker.filters]).buckets;
    const screen = bucket!.screen!;
    expect(screen.filters.size).toBeGreaterThan(5);
    const urls = [
      ...requestCorpus(3000, 5).map((r) => r.url),
      'https://x.example/baynote12.js',
      'https://x.example/ga.123.js',
      'https://x.example/resxclsa_1.js',
      'https://metrics.x.com/b/ss/a/',
      'https://x.example/foresee-trigger.js',
    ];
    let matched = 0;
    for (const url of urls) {
      const r = request(url, 'script');
      for (const f of screen.filters) {
        if (!f.match(r)) continue;
        matched++;
        expect(screen.expression.test(r.normalizedUrl)).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(4);
  });
});
