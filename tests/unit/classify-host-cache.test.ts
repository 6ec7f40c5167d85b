import { Request } from '@ghostery/adblocker';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestCorpus } from '../../cli/bench/corpus.ts';
import {
  MAX_HOSTNAME,
  createHostCache,
  simpleHostname,
} from '../../lib/core/classify/host-cache.ts';
import { hostileRequests } from './classify-request-sets.ts';

/** The host the engine's own parser (tldts) extracts. */
const engineHost = (url: string) => Request.fromRawDetails({ url }).hostname;

const host = (hostname: string) => ({ hostname });

describe('simpleHostname: the host tldts extracts, for the URLs it accepts', () => {
  it.each([
    ['https://www.example.com/x', 'www.example.com'],
    ['http://a.b/', 'a.b'],
    ['wss://ws.hotjar.com/api', 'ws.hotjar.com'],
    ['ws://ws.example', 'ws.example'],
    ['https://example.com?q', 'example.com'],
    ['https://example.com#f', 'example.com'],
    ['https://127.0.0.1/x', '127.0.0.1'],
  ])('%s → %s', (url, expected) => {
    expect(simpleHostname(url)).toBe(expected);
    expect(engineHost(url)).toBe(expected);
  });

  it.each([
    'https://Example.com/',
    'HTTPS://example.com/',
    'https://example.com:8080/',
    'https://user@example.com/',
    'https://example.com./',
    'https://.example.com/',
    'https://example.com\\x',
    'https:///example.com/',
    'https://[::1]/',
    'https://ex%61mple.com/',
    'https://exa_mple.com/',
    'https://пример.рф/',
    ' https://example.com/',
    '//example.com/',
    'example.com',
    'ftp://example.com/',
    'https://',
    '',
  ])('refuses %j (left to the engine)', (url) => {
    expect(simpleHostname(url)).toBeNull();
  });

  it('agrees with tldts on the bench corpus and hostile URLs', () => {
    const urls = [
      ...requestCorpus(5000, 3).flatMap((r) => [r.url, r.sourceUrl]),
      ...hostileRequests().flatMap((r) => [r.url, r.sourceUrl]),
    ];
    const disagree = urls.filter((url) => {
      const ours = simpleHostname(url);
      return ours !== null && ours !== engineHost(url);
    });
    expect(disagree).toEqual([]);
  });

  it('agrees with tldts on generated URLs', () => {
    const alphabet = 'ab-.0:/@?#\\%_A \t';
    const chunk = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 12 });
    const scheme = fc.constantFrom('https://', 'http://', 'wss://', 'ws://', 'https:/', 'HTTP://');
    fc.assert(
      fc.property(scheme, chunk, chunk, (s, a, b) => {
        const url = `${s}${a}${b}`;
        const ours = simpleHostname(url);
        return ours === null || ours === engineHost(url);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('createHostCache', () => {
  it('finds an entry from a URL of its host, and by name', () => {
    const cache = createHostCache<{ hostname: string }>(8);
    const entry = host('stats.example.com');
    cache.set(entry);
    expect(cache.lookup('https://stats.example.com/collect?x=1')).toBe(entry);
    expect(cache.lookup('wss://stats.example.com')).toBe(entry);
    expect(cache.get('stats.example.com')).toBe(entry);
    expect(cache.lookup('https://stats.example.co/collect')).toBeUndefined();
    expect(cache.lookup('https://xstats.example.com/')).toBeUndefined();
    // A URL it does not read itself is never answered from the cache.
    expect(cache.lookup('https://user@stats.example.com/')).toBeUndefined();
    expect(cache.lookup('https://STATS.example.com/')).toBeUndefined();
  });

  it('stays within its capacity whatever a page requests', () => {
    const cache = createHostCache<{ hostname: string }>(64);
    for (let i = 0; i < 100_000; i++) cache.set(host(`h${i}.flood.example`));
    expect(cache.size).toBeLessThanOrEqual(64);
    expect(cache.get('h99999.flood.example')?.hostname).toBe('h99999.flood.example');
  });

  it('keeps an entry in use when its set is flooded', () => {
    const cache = createHostCache<{ hostname: string }>(2); // one set of two ways
    const hot = host('hot.example');
    cache.set(hot);
    for (let i = 0; i < 100; i++) {
      cache.set(host(`cold${i}.example`));
      expect(cache.lookup('https://hot.example/x')).toBe(hot);
    }
    expect(cache.size).toBe(2);
  });

  it('replaces an entry of the same name instead of keeping two', () => {
    const cache = createHostCache<{ hostname: string; v: number }>(2);
    cache.set({ hostname: 'a.example', v: 1 });
    cache.set({ hostname: 'a.example', v: 2 });
    expect(cache.size).toBe(1);
    expect(cache.get('a.example')?.v).toBe(2);
  });

  it('does not keep names longer than a DNS name', () => {
    const cache = createHostCache<{ hostname: string }>(8);
    const long = `${'a'.repeat(MAX_HOSTNAME - 4)}.com`;
    cache.set(host(long));
    cache.set(host(`a${long}`));
    expect(cache.get(long)?.hostname).toBe(long);
    expect(cache.get(`a${long}`)).toBeUndefined();
  });
});
