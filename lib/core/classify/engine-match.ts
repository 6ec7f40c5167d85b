// Thin wrappers over @ghostery/adblocker's own bucket matchers. The engine's
// `match()` also computes $removeparam rewrites (building a URLSearchParams
// for every unmatched URL with a query) and emits events: work an audit does
// not need, ~1 µs per request. These wrappers keep its blocking decision —
// $important first and not subject to exceptions, then plain filters and
// $redirect filters, then @@ exceptions — and tests check that they agree
// with `engine.match()` on real lists. (When a $redirect rule and a plain
// rule both match, the engine reports the former, this the latter: both
// block, only the rule quoted as evidence differs.)
import type { FiltersEngine, NetworkFilter, Request } from '@ghostery/adblocker';
import { type RoutedBucket, eachMatch, firstMatch } from './token-router.ts';

export interface BlockingMatcher {
  /** The filter that blocks (or redirects) the request, or null. */
  (request: Request): NetworkFilter | null;
}

function hasFilters(engine: FiltersEngine, bucket: 'importants' | 'redirects'): boolean {
  // Small buckets in practice (EasyPrivacy: 10 $important, a few $redirect).
  return engine[bucket].getFilters().length > 0;
}

export function blockingMatcher(engine: FiltersEngine): BlockingMatcher {
  const importants = hasFilters(engine, 'importants');
  const redirects = hasFilters(engine, 'redirects');
  return (request) => {
    if (importants) {
      const important = engine.importants.match(request);
      if (important) return important;
    }
    let filter = engine.filters.match(request) ?? null;
    if (!filter && redirects) {
      for (const redirect of engine.redirects.matchAll(request)) {
        // `$redirect=none` cancels redirects; `$redirect-rule` only applies
        // when another filter blocks, which was checked above.
        if (redirect.getRedirectResource() === 'none') return null;
        if (!filter && !redirect.isRedirectRule()) filter = redirect;
      }
    }
    if (!filter) return null;
    return engine.exceptions.match(request) ? null : filter;
  };
}

/**
 * All plain filters matching a request (the bundled database has nothing
 * but plain filters: the build checks it), the most specific one first: the
 * longest URL pattern after the host (`||doubleclick.net/tag/js/gpt.js` is
 * Google Publisher Tag, `||securepubads.g.doubleclick.net^$3p` only the
 * host), then the longest host (`||stats.g.doubleclick.net/__utm.gif` over
 * `||doubleclick.net/__utm.gif`), then the text, for a stable choice.
 */
export function mostSpecificFilter(engine: FiltersEngine, request: Request): NetworkFilter | null {
  let best: NetworkFilter | null = null;
  for (const filter of engine.filters.matchAll(request)) {
    if (!best || compareSpecificity(filter, best) > 0) best = filter;
  }
  return best;
}

export function compareSpecificity(a: NetworkFilter, b: NetworkFilter): number {
  return (
    a.getFilter().length - b.getFilter().length ||
    a.getHostname().length - b.getHostname().length ||
    (a.toString() < b.toString() ? 1 : a.toString() > b.toString() ? -1 : 0)
  );
}

/** A list's engine as four routed buckets (token-router.ts). */
export interface RoutedEngine {
  importants: RoutedBucket;
  filters: RoutedBucket;
  redirects: RoutedBucket;
  exceptions: RoutedBucket;
}

const tokensOf = (b: RoutedBucket, routed: readonly Uint32Array[]): Uint32Array =>
  routed[b.slot] as Uint32Array;

/** blockingMatcher's decision, each bucket walked over its routed tokens only. */
export function blockingMatchRouted(
  e: RoutedEngine,
  routed: readonly Uint32Array[],
  request: Request,
): NetworkFilter | null {
  const important = firstMatch(e.importants, tokensOf(e.importants, routed), request);
  if (important) return important;
  const filter =
    firstMatch(e.filters, tokensOf(e.filters, routed), request) ??
    redirectMatch(e.redirects, tokensOf(e.redirects, routed), request);
  if (filter === null || filter === 'none') return null;
  return firstMatch(e.exceptions, tokensOf(e.exceptions, routed), request) ? null : filter;
}

/** The loop over `engine.redirects.matchAll()` in blockingMatcher: 'none' cancels. */
function redirectMatch(
  b: RoutedBucket,
  tokens: Uint32Array,
  request: Request,
): NetworkFilter | 'none' | null {
  let found: NetworkFilter | 'none' | null = null;
  eachMatch(b, tokens, request, (redirect) => {
    if (found === 'none') return;
    if (redirect.getRedirectResource() === 'none') found = 'none';
    else if (found === null && !redirect.isRedirectRule()) found = redirect;
  });
  return found;
}

/** mostSpecificFilter over the routed tokens of the bundled database's bucket. */
export function mostSpecificRouted(
  b: RoutedBucket,
  routed: readonly Uint32Array[],
  request: Request,
): NetworkFilter | null {
  let best: NetworkFilter | null = null;
  eachMatch(b, tokensOf(b, routed), request, (filter) => {
    if (best === null || compareSpecificity(filter, best) > 0) best = filter;
  });
  return best;
}

/** Buckets other than plain filters that hold something (the build refuses them for trackerdb). */
export function nonPlainBuckets(engine: FiltersEngine): string[] {
  const buckets = ['importants', 'redirects', 'removeparams', 'exceptions', 'csp'] as const;
  return buckets.filter((b) => engine[b].getFilters().length > 0);
}
