// The request classifier as it was before the fast path (commit 04aad28,
// lib/core/classify/request.ts, the classify loop verbatim): an oracle for
// tests/unit/classify-fast-path.test.ts, which checks that the fast path gives
// the same answer on every request. Do not "improve" this file: its value is
// that it is the previous path, unchanged.
import {
  type NetworkFilter,
  type RequestType as EngineRequestType,
  Request,
} from '@ghostery/adblocker';
import {
  ENGINE_REQUEST_TYPE,
  type RequestClassifier,
  type RequestClassifierOptions,
} from '../../lib/core/classify/request.ts';
import type { DomainListEntry } from '../../lib/core/lists/common.ts';
import type { Category, RequestType } from '../../lib/core/types.ts';
import { findListedDomain } from '../../lib/core/classify/domains.ts';
import { type RuleOrigin, ruleOrigins } from '../../lib/core/classify/filter-lists.ts';
import { blockingMatcher, mostSpecificFilter } from '../../lib/core/classify/engine-match.ts';
import { isPixelFilter } from '../../lib/core/classify/pixel.ts';
import {
  TRACKERDB_LIST_ID,
  type TrackerPattern,
  createTrackerIndex,
} from '../../lib/core/classify/trackerdb.ts';
import type { RequestClassification, RequestToClassify } from '../../lib/core/classify/types.ts';

/** A type we do not know (records come from pages too: untrusted) is what browsers call 'other'. */
function engineType(type: string): EngineRequestType {
  return Object.hasOwn(ENGINE_REQUEST_TYPE, type)
    ? ENGINE_REQUEST_TYPE[type as RequestType]
    : 'other';
}

const NON_TRACKING: ReadonlySet<Category> = new Set(['necessary', 'unknown']);

interface SourceHost {
  sourceHostname: string;
  sourceDomain: string;
}

export function createReferenceClassifier(options: RequestClassifierOptions): RequestClassifier {
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
    // Naming is not what this reference checks.
    entity: (name: string) => name,
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
