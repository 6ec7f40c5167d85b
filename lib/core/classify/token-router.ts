// One token lookup for the engines' small filter buckets. An engine bucket's
// `match()` walks every token of the request through its reverse index (a
// hash probe and a small allocation per token, ~20 ns each, found or not),
// and a classification asks up to five of them — the bundled database's
// filters, then a list's $important, plain, $redirect and @@ filters — about
// the same dozen tokens. Most tokens are in none of them. This table records,
// for every token those indexes hold a bucket for, which indexes hold one; a
// request's tokens are looked up once, and each index is then walked over its
// own tokens only, in the request's order. The walk itself stays the engine's
// (`ReverseIndex.iterMatchingFilters`): same buckets, same order, same filters,
// same results. Large indexes are walked over all tokens (ROUTED_INDEX_BYTES).
//
// Every walk ends with the index's token-less filters (regular expressions,
// and plain patterns such as `ntpagetag` that hold no whole token), checked
// against every request: 14 in the bundled database, about 1 µs a request,
// and none matches most requests. Those whose pattern test is a plain
// substring or a regular expression over the lower-cased URL are screened by
// one expression fusing their patterns (as the engine's own optimizer fuses
// them, screen below); a filter is only skipped when the screen says its
// pattern cannot match, so the walk's results are unchanged.
import type { FiltersEngine, NetworkFilter, Request } from '@ghostery/adblocker';

export type FilterBucket = FiltersEngine['filters'];

/** A bucket of an engine, ready for routed matching. */
export interface RoutedBucket {
  readonly bucket: FilterBucket;
  /** Position of this bucket's tokens in `TokenRouter.route()`'s answer. */
  readonly slot: number;
  /** Whether the index holds filters without any token (walked for every request). */
  readonly hasUntokenized: boolean;
  /** Ids of filters disabled by a `$badfilter` of the same bucket (null when none). */
  readonly disabled: ReadonlySet<number> | null;
  /** The screen of the index's token-less filters (null when none qualifies). */
  readonly screen: Screen | null;
}

/**
 * Token-less filters whose pattern is tested on the lower-cased URL, and one
 * expression matching wherever any of those patterns could: when it finds
 * nothing in a request's URL, none of these filters matches it.
 */
export interface Screen {
  readonly filters: ReadonlySet<NetworkFilter>;
  readonly expression: RegExp;
  /** The last request screened, and the answer (one test per request and bucket). */
  request: Request | null;
  passes: boolean;
}

export interface TokenRouter {
  readonly buckets: readonly RoutedBucket[];
  /**
   * For each bucket (by `slot`), the tokens of `tokens` its index holds, in
   * their order. The arrays are reused: valid until the next call.
   */
  route(tokens: Uint32Array): readonly Uint32Array[];
}

const EMPTY = new Uint32Array(0);
/** Knuth's multiplicative hash: engine tokens are hashes already, but spread them anyway. */
const MULTIPLIER = 0x9e3779b1;

function disabledIds(bucket: FilterBucket): ReadonlySet<number> | null {
  // As NetworkFilterBucket.isFilterDisabled: a $badfilter disables the filter
  // of the same id (its own id without the $badfilter option), in this bucket.
  const bad = bucket.badFilters.getFilters();
  return bad.length === 0 ? null : new Set(bad.map((f) => f.getIdWithoutBadFilter()));
}

const escaped = (text: string) => `(?:${text.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')})`;

/**
 * The part of the fused expression that finds wherever the filter's pattern
 * test (NetworkFilter checkPattern, adblocker 2.x) can pass, or null when the
 * filter is not screened. Screened: patterns tested on the lower-cased URL
 * (not case-sensitive, not anchored to a hostname) that are either a regular
 * expression without back-references (whose numbering fusion would change)
 * and flags other than `i`, or a non-empty plain pattern (whatever its
 * anchors, the URL then contains it).
 */
function screenPart(filter: NetworkFilter): string | null {
  if (filter.isCaseSensitive || filter.isHostnameAnchor()) return null;
  if (filter.isRegex()) {
    const regex = filter.getRegex();
    if (regex.flags.replace('i', '') !== '' || /\\[1-9]|\\k</.test(regex.source)) return null;
    return `(?:${regex.source})`;
  }
  return filter.hasFilter() ? escaped(filter.getFilter()) : null;
}

/** Screen an index's token-less filters (the engine walks them under token 0). */
function screenOf(bucket: FilterBucket): Screen | null {
  const filters = new Set<NetworkFilter>();
  const parts: string[] = [];
  // The engine keeps the filters it decoded: the same objects come back in every walk.
  bucket.index.iterMatchingFilters(EMPTY, (filter) => {
    const part = screenPart(filter);
    if (part !== null) {
      filters.add(filter);
      parts.push(part);
    }
    return true;
  });
  if (parts.length === 0) return null;
  let expression: RegExp;
  try {
    expression = new RegExp(parts.join('|'), 'i');
  } catch {
    return null; // e.g. the same group name in two expressions: no screen, every filter checked
  }
  return { filters, expression, request: null, passes: true };
}

/** Whether a screened filter may match the request (false: it cannot). */
function screenPasses(screen: Screen, request: Request): boolean {
  if (screen.request !== request) {
    screen.request = request;
    screen.passes = screen.expression.test(request.normalizedUrl);
  }
  return screen.passes;
}

/**
 * Indexes larger than this (serialised bytes) are not routed: their walk gets
 * every token of the request, as the engine's own bucket methods do. Reading
 * an index's tokens costs time in proportion to its size, at every worker
 * start (EasyPrivacy's plain filters, 3.5 MB: ~16 ms, most of the cold-start
 * budget); the bundled database's filters (0.3 MB, ~0.5 ms) and a list's
 * $important, $redirect and @@ buckets are small.
 */
export const ROUTED_INDEX_BYTES = 512 * 1024;

/**
 * Build the table for a fixed set of buckets. Engines must not be updated
 * afterwards (a classifier is rebuilt when a list changes, never patched).
 */
export function createTokenRouter(
  buckets: readonly FilterBucket[],
  maxRoutedBytes = ROUTED_INDEX_BYTES,
): TokenRouter {
  const words = Math.max(1, Math.ceil(buckets.length / 32));
  const isRouted = buckets.map((b) => b.index.getSerializedSize() <= maxRoutedBytes);
  const perBucket = buckets.map((b, i) => (isRouted[i] ? b.index.getTokens() : EMPTY));
  let entries = 0;
  for (const tokens of perBucket) entries += tokens.length;
  let bits = 4;
  while (1 << bits < entries * 1.5) bits++;
  const size = 1 << bits;
  const mask = size - 1;
  const shift = 32 - bits;
  // Token 0 marks an empty slot; the engine files token-less filters under
  // token 0, kept apart as `hasUntokenized`.
  const keys = new Uint32Array(size);
  const bitsets = new Uint32Array(size * words);
  const routed: RoutedBucket[] = [];

  perBucket.forEach((tokens, i) => {
    // An unrouted bucket is walked with all tokens, as the engine walks it.
    let untokenized = !isRouted[i];
    if (isRouted[i]) {
      for (const token of tokens) {
        if (token === 0) {
          untokenized = true;
          continue;
        }
        let at = Math.imul(token, MULTIPLIER) >>> shift;
        while (keys[at] !== 0 && keys[at] !== token) at = (at + 1) & mask;
        keys[at] = token;
        bitsets[at * words + (i >>> 5)]! |= 1 << (i & 31);
      }
    }
    routed.push({
      bucket: buckets[i] as FilterBucket,
      slot: i,
      hasUntokenized: untokenized,
      disabled: disabledIds(buckets[i] as FilterBucket),
      screen: screenOf(buckets[i] as FilterBucket),
    });
  });

  const count = buckets.length;
  const counts = new Int32Array(count);
  let scratch = buckets.map(() => new Uint32Array(64));
  // The engine only reads the tokens during the walk: the arrays handed out
  // are reused, one per bucket and length (no allocation per request).
  const pools: Uint32Array[][] = buckets.map(() => [EMPTY]);
  const out: Uint32Array[] = buckets.map(() => EMPTY);

  const add = (i: number, token: number) => {
    (scratch[i] as Uint32Array)[counts[i]!++] = token;
  };

  return {
    buckets: routed,
    route(tokens) {
      if ((scratch[0]?.length ?? Infinity) < tokens.length) {
        scratch = buckets.map(() => new Uint32Array(tokens.length));
      }
      counts.fill(0);
      for (let t = 0; t < tokens.length; t++) {
        const token = tokens[t] as number;
        if (token === 0) {
          // A request token equal to 0 makes the engine walk the token-less
          // filters at that point of the walk (not only at the end): keep it.
          for (const b of routed) if (b.hasUntokenized && isRouted[b.slot]) add(b.slot, 0);
          continue;
        }
        let at = Math.imul(token, MULTIPLIER) >>> shift;
        let key: number;
        while ((key = keys[at] as number) !== token && key !== 0) at = (at + 1) & mask;
        if (key === 0) continue;
        for (let w = 0; w < words; w++) {
          let set = bitsets[at * words + w] as number;
          while (set !== 0) {
            const bit = 31 - Math.clz32(set);
            set ^= 1 << bit;
            add(w * 32 + bit, token);
          }
        }
      }
      for (let i = 0; i < count; i++) {
        if (!isRouted[i]) {
          out[i] = tokens;
          continue;
        }
        const n = counts[i] as number;
        const pool = pools[i] as Uint32Array[];
        let view = pool[n];
        if (view === undefined) {
          while (pool.length <= n) pool.push(new Uint32Array(pool.length));
          view = pool[n] as Uint32Array;
        }
        for (let k = 0; k < n; k++) view[k] = (scratch[i] as Uint32Array)[k] as number;
        out[i] = view;
      }
      return out;
    },
  };
}

function isDisabled(b: RoutedBucket, filter: NetworkFilter): boolean {
  return b.disabled !== null && b.disabled.has(filter.getId());
}

/** NetworkFilterBucket.match() over the routed tokens: the first filter found that matches. */
export function firstMatch(
  b: RoutedBucket,
  tokens: Uint32Array,
  request: Request,
): NetworkFilter | null {
  if (tokens.length === 0 && !b.hasUntokenized) return null;
  let found: NetworkFilter | null = null;
  const screen = b.screen;
  b.bucket.index.iterMatchingFilters(tokens, (filter) => {
    if (screen !== null && screen.filters.has(filter) && !screenPasses(screen, request)) {
      return true;
    }
    if (filter.match(request) && !isDisabled(b, filter)) {
      found = filter;
      return false;
    }
    return true;
  });
  return found;
}

/** NetworkFilterBucket.matchAll() over the routed tokens, one filter at a time. */
export function eachMatch(
  b: RoutedBucket,
  tokens: Uint32Array,
  request: Request,
  onMatch: (filter: NetworkFilter) => void,
): void {
  if (tokens.length === 0 && !b.hasUntokenized) return;
  const screen = b.screen;
  b.bucket.index.iterMatchingFilters(tokens, (filter) => {
    if (screen !== null && screen.filters.has(filter) && !screenPasses(screen, request)) {
      return true;
    }
    if (filter.match(request) && !isDisabled(b, filter)) onMatch(filter);
    return true;
  });
}
