// Request → tracker? Matching is done by @ghostery/adblocker engines (never
// by hand); this module decides which list speaks first and turns a match
// into vendor + category + evidence.
//
// Order (SPEC "Classification", bundled database first):
//  1. a TrackerDB filter matching the URL (the most specific one when several do);
//  2. a TrackerDB domain owning the host, when its category is a tracking one;
//  3. the user's filter lists, in the order given (the first list whose rule
//     matches and is not excepted by an @@ rule of the same list);
//  4. a TrackerDB domain of category necessary/unknown (hosting, CDN, misc…):
//     domain ownership says who receives the request, a list rule says what
//     it does, so a user rule wins over it and inherits its vendor;
//  5. the user's domain lists (hosts, Disconnect, tds.json), in order;
// then the correction layer (corrections.ts): an entry whose URL pattern
// matches replaces the category (and vendor) the lists gave, and the evidence
// says so; a third-party request no list knew gets the entry's classification.
// Domain entries cover subdomains; for first-party requests only entries
// strictly below the site count (see domains.ts).
//
// The fast path (SPEC "Performance targets": ≤ 5 µs median) changes how the
// engines are asked, never what they answer: each URL is parsed once and
// its host's facts (registrable domain, owner in the database, domain-list
// entries) are kept per host in a bounded cache (engine-request.ts); a
// request's tokens are looked up once for the engines' small buckets
// (token-router.ts). The
// classifier is rebuilt whenever a list changes, and its caches with it.
// tests/unit/classify-fast-path.test.ts compares every answer with the
// previous path's (tests/unit/classify-reference.ts).
import type { FiltersEngine, NetworkFilter, Request } from '@ghostery/adblocker';
import type { DomainList, DomainListEntry } from '../lists/common.ts';
import type { Category, Party } from '../types.ts';
import { type ListedDomain, findListedDomain } from './domains.ts';
import { type RoutedEngine, blockingMatchRouted, mostSpecificRouted } from './engine-match.ts';
import { type FilterListProfile, type RuleOrigin, ruleOrigins } from './filter-lists.ts';
import {
  CORRECTIONS_LIST_ID,
  CORRECTIONS_LIST_NAME,
  type CompiledCorrection,
  type Correction,
  createCorrectionIndex,
} from './corrections.ts';
import { type HostFacts, createRequestParser } from './engine-request.ts';
import { isPixelFilter } from './pixel.ts';
import { type RoutedBucket, createTokenRouter } from './token-router.ts';
import {
  TRACKERDB_LIST_ID,
  type TrackerMeta,
  type TrackerPattern,
  createTrackerIndex,
  entityNames,
} from './trackerdb.ts';
import type { RequestClassification, RequestToClassify } from './types.ts';

export { ENGINE_REQUEST_TYPE } from './engine-request.ts';

export interface UserFilterEngine {
  listId: string;
  listName: string;
  engine: FiltersEngine;
  /** Section categories/vendors (filter-lists.ts); without it the list name decides. */
  profile?: FilterListProfile;
}

export interface UserDomainList {
  listId: string;
  listName: string;
  list: DomainList;
}

export interface RequestClassifierOptions {
  trackerEngine: FiltersEngine;
  trackerMeta: TrackerMeta;
  userEngines?: readonly UserFilterEngine[];
  domainLists?: readonly UserDomainList[];
  /**
   * Hosts whose facts are kept (default 4096, about 1 MB at most). A page is
   * untrusted and may request millions of hosts: beyond this, a newcomer
   * evicts an entry (host-cache.ts), whose facts are recomputed when needed.
   */
  hostCacheSize?: number;
  /** The correction layer (default: corrections.ts CORRECTIONS; [] turns it off). */
  corrections?: readonly Correction[];
  /**
   * false: the bundled database classifies nothing (the "open data only"
   * setting: its licence forbids commercial use). Its metadata still names
   * it, so that reports can say it was left out.
   */
  trackerDatabase?: boolean;
}

export interface RequestClassifier {
  classify(request: RequestToClassify): RequestClassification | null;
  /** The bundled database's metadata (name, version, licence) for the report's `lists`. */
  readonly trackerMeta: TrackerMeta;
  /**
   * A vendor name as the database names its company (trackerdb.ts
   * entityNames); the name itself when the database is not used.
   */
  entity(name: string): string;
}

const NON_TRACKING: ReadonlySet<Category> = new Set(['necessary', 'unknown']);
const DEFAULT_HOST_CACHE = 4096;

type DomainHit = ListedDomain<DomainListEntry> & { list: UserDomainList };

/** What a classification needs to know about a host; computed once per host, lazily. */
interface ClassifierHostFacts extends HostFacts {
  /** The database's owner of the host, for a first- and a third-party request (undefined: not asked yet). */
  owner: [
    ListedDomain<TrackerPattern> | null | undefined,
    ListedDomain<TrackerPattern> | null | undefined,
  ];
  /** The first domain list listing the host, per party. */
  listed: [DomainHit | null | undefined, DomainHit | null | undefined];
  /** Correction entries that can apply to the host (null: none; undefined: not asked yet). */
  corrections: readonly CompiledCorrection[] | null | undefined;
}

const partyIndex = (party: Party): 0 | 1 => (party === 'first' ? 0 : 1);

export function createRequestClassifier(options: RequestClassifierOptions): RequestClassifier {
  const { trackerEngine, trackerMeta } = options;
  const useDatabase = options.trackerDatabase !== false;
  const tracker = createTrackerIndex(trackerMeta);
  // Bucket 0: the database's filters; then four per user list (engine-match.ts RoutedEngine).
  const user = options.userEngines ?? [];
  const router = createTokenRouter([
    trackerEngine.filters,
    ...user.flatMap(({ engine: e }) => [e.importants, e.filters, e.redirects, e.exceptions]),
  ]);
  const routedBucket = (i: number) => router.buckets[i] as RoutedBucket;
  const trackerFilters = routedBucket(0);
  const userEngines = user.map((u, i) => {
    const routed: RoutedEngine = {
      importants: routedBucket(1 + 4 * i),
      filters: routedBucket(2 + 4 * i),
      redirects: routedBucket(3 + 4 * i),
      exceptions: routedBucket(4 + 4 * i),
    };
    return {
      ...u,
      origin: ruleOrigins(u.profile, u.listName),
      routed,
      rules: new WeakMap<NetworkFilter, { rule: string; origin: RuleOrigin; pixel: boolean }>(),
    };
  });
  const domainLists = options.domainLists ?? [];
  const corrections = createCorrectionIndex(options.corrections);
  // Bounded by the lists' own rule counts: only rules that matched are keys.
  const pixelRules = new Map<string, boolean>();
  const parser = createRequestParser<ClassifierHostFacts>(
    options.hostCacheSize ?? DEFAULT_HOST_CACHE,
    (hostname, domain) => ({
      hostname,
      domain,
      owner: [undefined, undefined],
      listed: [undefined, undefined],
      corrections: undefined,
    }),
  );

  const ownerOf = (facts: ClassifierHostFacts, party: Party) => {
    if (!useDatabase) return null;
    const i = partyIndex(party);
    let owner = facts.owner[i];
    if (owner === undefined) {
      owner = findListedDomain(
        facts.hostname,
        facts.domain || facts.hostname,
        party,
        tracker.byDomain,
      );
      facts.owner[i] = owner;
    }
    return owner;
  };

  const listedIn = (facts: ClassifierHostFacts, party: Party): DomainHit | null => {
    const i = partyIndex(party);
    let hit = facts.listed[i];
    if (hit === undefined) {
      hit = null;
      for (const list of domainLists) {
        const found = findListedDomain<DomainListEntry>(
          facts.hostname,
          facts.domain || facts.hostname,
          party,
          (d) => list.list.domains.get(d),
        );
        if (found) {
          hit = { ...found, list };
          break;
        }
      }
      facts.listed[i] = hit;
    }
    return hit;
  };

  // What a matched filter says (its text, database pattern or list section,
  // pixel verdict), worked out once per filter: the engine keeps the filters
  // it decoded, the same objects come back. Weak: they go with the engine.
  const databaseRules = new WeakMap<
    NetworkFilter,
    { rule: string; pattern: TrackerPattern | null; pixel: boolean }
  >();
  const databaseRule = (filter: NetworkFilter) => {
    let known = databaseRules.get(filter);
    if (!known) {
      const rule = filter.toString();
      known = { rule, pattern: tracker.byFilter(rule), pixel: pixel(filter, rule) };
      databaseRules.set(filter, known);
    }
    return known;
  };
  const listRule = (list: (typeof userEngines)[number], filter: NetworkFilter) => {
    let known = list.rules.get(filter);
    if (!known) {
      const rule = filter.toString();
      known = { rule, origin: list.origin(rule), pixel: pixel(filter, rule) };
      list.rules.set(filter, known);
    }
    return known;
  };

  const pixel = (filter: NetworkFilter, rule: string): boolean => {
    let answer = pixelRules.get(rule);
    if (answer === undefined) {
      answer = isPixelFilter(filter, rule);
      pixelRules.set(rule, answer);
    }
    return answer;
  };

  const fromPattern = (
    p: TrackerPattern,
    rule: string,
    match: 'filter' | 'domain',
    pixelRule: boolean,
  ): RequestClassification => ({
    vendor: p.vendor,
    category: p.category,
    evidence: {
      source: 'trackerdb',
      listId: TRACKERDB_LIST_ID,
      list: trackerMeta.name,
      rule,
      match,
      listCategory: p.trackerCategory,
      pattern: p.id,
    },
    pixelRule,
  });

  const fromUserRule = (
    list: { listId: string; listName: string },
    origin: RuleOrigin,
    rule: string,
    pixelRule: boolean,
    owner: TrackerPattern | undefined,
  ): RequestClassification => ({
    // The host's owner is the vendor unless it is infrastructure (hosting,
    // CDN: a pixel on cloudfront.net is not Amazon's tracking).
    vendor: origin.vendor ?? (owner?.category === 'unknown' ? owner.vendor : null),
    category: origin.category,
    evidence: {
      source: 'filter-list',
      listId: list.listId,
      list: list.listName,
      rule,
      match: 'filter',
      ...(origin.section === null ? {} : { listCategory: origin.section }),
    },
    pixelRule,
  });

  /** The correction layer over what the lists said (see the head of this file). */
  const corrected = (
    input: RequestToClassify,
    facts: ClassifierHostFacts,
    found: RequestClassification | null,
  ): RequestClassification | null => {
    let candidates = facts.corrections;
    if (candidates === undefined) {
      candidates = corrections.forHost(facts.hostname, facts.domain);
      facts.corrections = candidates;
    }
    if (candidates === null) return found;
    const c = corrections.match(candidates, input.url);
    if (!c) return found;
    const vendor = c.vendor ?? found?.vendor ?? null;
    if (!found) {
      if (input.party !== 'third') return null;
      return {
        vendor,
        category: c.category,
        evidence: {
          source: 'correction',
          listId: CORRECTIONS_LIST_ID,
          list: CORRECTIONS_LIST_NAME,
          rule: c.pattern,
          match: 'filter',
          correction: { pattern: c.pattern, reason: c.reason, source: c.source, replaced: null },
        },
        pixelRule: false,
      };
    }
    // An entry that agrees with the list changes nothing and is not shown.
    if (found.category === c.category && found.vendor === vendor) return found;
    return {
      ...found,
      vendor,
      category: c.category,
      evidence: {
        ...found.evidence,
        correction: {
          pattern: c.pattern,
          reason: c.reason,
          source: c.source,
          replaced: { category: found.category, vendor: found.vendor },
        },
      },
    };
  };

  const fromLists = (
    input: RequestToClassify,
    request: Request,
    facts: ClassifierHostFacts,
  ): RequestClassification | null => {
    const routed = router.route(request.getTokens());

    const filter = useDatabase ? mostSpecificRouted(trackerFilters, routed, request) : null;
    if (filter) {
      const known = databaseRule(filter);
      if (known.pattern) return fromPattern(known.pattern, known.rule, 'filter', known.pixel);
    }

    const owned = ownerOf(facts, input.party);
    if (owned && !NON_TRACKING.has(owned.value.category)) {
      return fromPattern(owned.value, owned.domain, 'domain', false);
    }

    for (const list of userEngines) {
      const matched = blockingMatchRouted(list.routed, routed, request);
      if (!matched) continue;
      const known = listRule(list, matched);
      return fromUserRule(list, known.origin, known.rule, known.pixel, owned?.value);
    }

    if (owned) return fromPattern(owned.value, owned.domain, 'domain', false);

    const hit = listedIn(facts, input.party);
    if (hit) {
      return {
        vendor: hit.value.vendor,
        category: hit.value.category,
        evidence: {
          source: 'domain-list',
          listId: hit.list.listId,
          list: hit.list.listName,
          rule: hit.domain,
          match: 'domain',
        },
        pixelRule: false,
      };
    }
    return null;
  };

  const entity = useDatabase ? entityNames(trackerMeta) : (name: string) => name;
  return {
    trackerMeta,
    entity,
    classify(input: RequestToClassify): RequestClassification | null {
      const { request, facts } = parser.parse(input);
      if (!request.isSupported || !facts) return null;
      return corrected(input, facts, fromLists(input, request, facts));
    },
  };
}
