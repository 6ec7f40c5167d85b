import { trimChar } from '../text.ts';
import { KNOWN_COOKIES } from './data.ts';
import type { CookieKnowledge, CookieLookupResult, CookieMatchedBy, KnownCookie } from './types.ts';

export type {
  CookieKnowledge,
  CookieLookupResult,
  CookieMatchedBy,
  CookieNameMatch,
  KnownCookie,
} from './types.ts';
export { KNOWN_COOKIES } from './data.ts';

/** Entries sharing one name (exact) or one prefix. */
interface Bucket {
  /** First entry without a domain. */
  generic: KnownCookie | null;
  /** Entries bound to a domain, in input order. */
  byDomain: KnownCookie[];
}

function normaliseDomain(domain: string): string {
  return trimChar(domain.trim().toLowerCase(), '.');
}

function domainMatches(cookieDomain: string, entryDomain: string): boolean {
  return cookieDomain === entryDomain || cookieDomain.endsWith(`.${entryDomain}`);
}

function addTo(map: Map<string, Bucket>, entry: KnownCookie): boolean {
  let bucket = map.get(entry.name);
  if (!bucket) {
    bucket = { generic: null, byDomain: [] };
    map.set(entry.name, bucket);
  }
  if (entry.domain === undefined) {
    if (bucket.generic) return false;
    bucket.generic = entry;
    return true;
  }
  const domain = normaliseDomain(entry.domain);
  if (bucket.byDomain.some((e) => e.domain !== undefined && normaliseDomain(e.domain) === domain)) {
    return false;
  }
  bucket.byDomain.push(domain === entry.domain ? entry : { ...entry, domain });
  return true;
}

function findByDomain(bucket: Bucket, domain: string): KnownCookie | undefined {
  return bucket.byDomain.find((e) => domainMatches(domain, e.domain as string));
}

/**
 * Index known-cookie entries for lookups. When several entries have the same
 * name, match kind and domain, the first one wins, so put the most trusted
 * source first (e.g. the built-in table before an imported database).
 *
 * Exact names live in a Map; prefixes live in a Map keyed by the prefix with
 * the distinct prefix lengths sorted longest first, so a lookup costs one Map
 * probe per distinct prefix length and finds the longest prefix first.
 */
export function createCookieKnowledge(entries: readonly KnownCookie[]): CookieKnowledge {
  const exact = new Map<string, Bucket>();
  const prefixes = new Map<string, Bucket>();
  let size = 0;
  for (const entry of entries) {
    if (!entry.name) continue;
    if (addTo(entry.match === 'prefix' ? prefixes : exact, entry)) size++;
  }
  const prefixLengths = [...new Set([...prefixes.keys()].map((p) => p.length))].sort(
    (a, b) => b - a,
  );

  function result(entry: KnownCookie, matchedBy: CookieMatchedBy): CookieLookupResult {
    return { entry, matchedBy };
  }

  return {
    size,
    lookup(name: string, domain?: string): CookieLookupResult | null {
      const cookieDomain = domain ? normaliseDomain(domain) : '';
      const bucket = exact.get(name);
      if (bucket) {
        const bound = cookieDomain ? findByDomain(bucket, cookieDomain) : undefined;
        if (bound) return result(bound, 'name+domain');
        if (bucket.generic) return result(bucket.generic, 'name');
      }
      for (const length of prefixLengths) {
        if (length > name.length) continue;
        const candidates = prefixes.get(name.slice(0, length));
        if (!candidates) continue;
        const bound = cookieDomain ? findByDomain(candidates, cookieDomain) : undefined;
        if (bound) return result(bound, 'prefix');
        if (candidates.generic) return result(candidates.generic, 'prefix');
      }
      return null;
    },
  };
}

/** The project's own table (see data.ts), indexed. */
export function builtinCookieKnowledge(): CookieKnowledge {
  return createCookieKnowledge(KNOWN_COOKIES);
}
