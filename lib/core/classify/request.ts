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
//  5. the user's domain lists (hosts, Disconnect, tds.json), in order.
// Domain entries cover subdomains; for first-party requests only entries
// strictly below the site count (see domains.ts).
import {
  type FiltersEngine,
  type NetworkFilter,
  type RequestType as EngineRequestType,
  Request,
} from '@ghostery/adblocker';
import type { DomainList, DomainListEntry } from '../lists/common.ts';
import type { Category, RequestType } from '../types.ts';
import { findListedDomain } from './domains.ts';
import { type FilterListProfile, type RuleOrigin, ruleOrigins } from './filter-lists.ts';
import { blockingMatcher, mostSpecificFilter } from './engine-match.ts';
import { isPixelFilter } from './pixel.ts';
import {
  TRACKERDB_LIST_ID,
  type TrackerMeta,
  type TrackerPattern,
  createTrackerIndex,
} from './trackerdb.ts';
import type { RequestClassification, RequestToClassify } from './types.ts';

/**
 * Our request types → the engine's. Options such as `$ping`, `$image`,
 * `$xmlhttprequest`, `$subdocument` only match the right type, so the engine
 * must be given the true one (sendBeacon arrives as `ping` after
 * normaliseRequestType).
 */
export const ENGINE_REQUEST_TYPE: Readonly<Record<RequestType, EngineRequestType>> = {
  main_frame: 'main_frame',
  sub_frame: 'sub_frame',
  stylesheet: 'stylesheet',
  script: 'script',
  image: 'image',
  font: 'font',
  object: 'object',
  xmlhttprequest: 'xhr',
  ping: 'ping',
  csp_report: 'csp_report',
  media: 'media',
  websocket: 'websocket',
  other: 'other',
};

/** A type we do not know (records come from pages too: untrusted) is what browsers call 'other'. */
function engineType(type: string): EngineRequestType {
  return Object.hasOwn(ENGINE_REQUEST_TYPE, type)
    ? ENGINE_REQUEST_TYPE[type as RequestType]
    : 'other';
}

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
}

export interface RequestClassifier {
  classify(request: RequestToClassify): RequestClassification | null;
  /** The bundled database's metadata (name, version, licence) for the report's `lists`. */
  readonly trackerMeta: TrackerMeta;
}

const NON_TRACKING: ReadonlySet<Category> = new Set(['necessary', 'unknown']);

interface SourceHost {
  sourceHostname: string;
  sourceDomain: string;
}

export function createRequestClassifier(options: RequestClassifierOptions): RequestClassifier {
  const { trackerEngine, trackerMeta } = options;
  const tracker = createTrackerIndex(trackerMeta);
  const userEngines = (options.userEngines ?? []).map((u) => ({
    ...u,
    origin: ruleOrigins(u.profile, u.listName),
    match: blockingMatcher(u.engine),
  }));
  const domainLists = options.domainLists ?? [];
  const pixelRules = new Map<string, boolean>();

  // A page makes most of its requests from one document: parse its URL once
  // (the last one is compared first: consecutive requests share it).
  const sources = new Map<string, SourceHost>();
  let lastUrl = '';
  let last: SourceHost = { sourceHostname: '', sourceDomain: '' };
  const sourceOf = (url: string): SourceHost => {
    if (url === lastUrl) return last;
    let source = sources.get(url);
    if (!source) {
      const parsed = Request.fromRawDetails({ url });
      source = { sourceHostname: parsed.hostname, sourceDomain: parsed.domain || parsed.hostname };
      if (sources.size >= 256) sources.clear();
      sources.set(url, source);
    }
    lastUrl = url;
    last = source;
    return source;
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

  return {
    trackerMeta,
    classify(input: RequestToClassify): RequestClassification | null {
      const source = sourceOf(input.sourceUrl);
      const request = Request.fromRawDetails({
        url: input.url,
        type: engineType(input.type),
        sourceHostname: source.sourceHostname,
        sourceDomain: source.sourceDomain,
      });
      if (!request.isSupported || !request.hostname) return null;

      const filter = mostSpecificFilter(trackerEngine, request);
      if (filter) {
        const rule = filter.toString();
        const p = tracker.byFilter(rule);
        if (p) return fromPattern(p, rule, 'filter', pixel(filter, rule));
      }

      const host = request.hostname;
      const site = request.domain || host;
      const owned = findListedDomain(host, site, input.party, tracker.byDomain);
      if (owned && !NON_TRACKING.has(owned.value.category)) {
        return fromPattern(owned.value, owned.domain, 'domain', false);
      }

      for (const list of userEngines) {
        const matched = list.match(request);
        if (!matched) continue;
        const rule = matched.toString();
        return fromUserRule(list, list.origin(rule), rule, pixel(matched, rule), owned?.value);
      }

      if (owned) return fromPattern(owned.value, owned.domain, 'domain', false);

      for (const { listId, listName, list } of domainLists) {
        const hit = findListedDomain<DomainListEntry>(host, site, input.party, (d) =>
          list.domains.get(d),
        );
        if (hit) {
          return {
            vendor: hit.value.vendor,
            category: hit.value.category,
            evidence: {
              source: 'domain-list',
              listId,
              list: listName,
              rule: hit.domain,
              match: 'domain',
            },
            pixelRule: false,
          };
        }
      }
      return null;
    },
  };
}
