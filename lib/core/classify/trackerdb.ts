// The bundled known-tracker database: Ghostery's TrackerDB
// (https://github.com/ghostery/trackerdb, CC-BY-NC-SA-4.0). Its filters are
// compiled at build time (scripts/build-trackerdb.ts) into an engine of the
// adblocker version this project ships, beside a compact metadata file
// (meta.json, format below) that says which pattern each filter and domain
// belongs to. Both are served from public/trackerdb/ under their own licence.
import type { Category } from '../types.ts';

/**
 * TrackerDB category → SPEC category. Every category of the database must be
 * here: the build fails on an unmapped one, so an update forces a decision.
 *
 * | trackerdb              | SPEC        | why |
 * |------------------------|-------------|-----|
 * | advertising            | advertising | same purpose |
 * | pornvertising          | advertising | advertising for adult sites |
 * | site_analytics         | analytics   | "data analytics, site usage, and performance" |
 * | social_media           | social      | social platforms' widgets and feeds |
 * | consent                | necessary   | consent managers; SPEC counts consent-state storage as necessary |
 * | essential              | necessary   | (not in 1.0.945; named in older releases) required by the site |
 * | utilities              | necessary   | "may be critical to website functionality" (tag managers, notices); their own requests track nothing by themselves |
 * | hosting                | necessary   | servers and CDNs delivering the site's resources |
 * | cdn                    | necessary   | (not in 1.0.945) same as hosting |
 * | customer_interaction   | unknown     | chat widgets but also personalisation and marketing automation: purpose varies per vendor |
 * | audio_video_player     | unknown     | embedded content; purpose is content, tracking varies (as Disconnect "Content") |
 * | extensions             | unknown     | browser-extension traffic, not the site's |
 * | misc                   | unknown     | "unclassified trackers" |
 *
 * `necessary` and `unknown` results still carry the vendor and the rule: the
 * request goes to that organisation, whatever its purpose.
 */
export const TRACKERDB_CATEGORY_MAP: Readonly<Record<string, Category>> = {
  advertising: 'advertising',
  pornvertising: 'advertising',
  site_analytics: 'analytics',
  social_media: 'social',
  consent: 'necessary',
  essential: 'necessary',
  utilities: 'necessary',
  hosting: 'necessary',
  cdn: 'necessary',
  customer_interaction: 'unknown',
  audio_video_player: 'unknown',
  extensions: 'unknown',
  misc: 'unknown',
};

export const TRACKERDB_LIST_ID = 'trackerdb';

/**
 * public/trackerdb/meta.json. Arrays rather than objects keyed by filter or
 * domain: JSON.parse of ten thousand object keys costs ~10 ms, of the same
 * data as arrays ~4 ms (the cold-start budget is 20 ms). Sorted, so that the
 * file is reproducible and filters can be found by bisection.
 */
export interface TrackerMeta {
  format: 2;
  /** Display name of the database, used as the evidence's list name. */
  name: string;
  package: string;
  version: string;
  licence: string;
  homepage: string;
  /** @ghostery/adblocker version and engine format the engine.bin was serialised with. */
  adblocker: string;
  engineVersion: number;
  /** Organisation display names. */
  organizations: string[];
  /** [pattern id, display name, trackerdb category, index into organizations or -1], sorted by id. */
  patterns: [string, string, string, number][];
  /** Network filters as the engine prints them, sorted. */
  filters: string[];
  /** Index into patterns of each filter. */
  filterPatterns: number[];
  /** Domains owned by a pattern, sorted. */
  domains: string[];
  domainPatterns: number[];
}

export interface TrackerPattern {
  id: string;
  name: string;
  /** Organisation name, or the pattern's name when the database names no organisation. */
  vendor: string;
  /** TrackerDB's own category. */
  trackerCategory: string;
  category: Category;
}

export interface TrackerIndex {
  readonly meta: TrackerMeta;
  /** The pattern a filter of the engine belongs to. */
  byFilter(rule: string): TrackerPattern | null;
  /** The pattern owning exactly this domain (no walking up; see domains.ts). */
  byDomain(domain: string): TrackerPattern | null;
}

const isArray = Array.isArray;

/** Check the shape of a parsed meta.json (it comes from a file: trust nothing). */
export function parseTrackerMeta(value: unknown): TrackerMeta {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== 'object' || v === null || v.format !== 2) {
    throw new Error('trackerdb meta: not a format-2 metadata object (rebuild public/trackerdb)');
  }
  for (const key of ['name', 'version', 'adblocker'] as const) {
    if (typeof v[key] !== 'string') throw new Error(`trackerdb meta: "${key}" is missing`);
  }
  const lists = ['organizations', 'patterns', 'filters', 'filterPatterns', 'domains'] as const;
  for (const key of [...lists, 'domainPatterns'] as const) {
    if (!isArray(v[key])) throw new Error(`trackerdb meta: "${key}" is not an array`);
  }
  if (
    (v.filters as unknown[]).length !== (v.filterPatterns as unknown[]).length ||
    (v.domains as unknown[]).length !== (v.domainPatterns as unknown[]).length
  ) {
    throw new Error('trackerdb meta: filters/domains and their pattern indexes differ in length');
  }
  return v as unknown as TrackerMeta;
}

function bisect(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid] as string;
    if (at === key) return mid;
    if (at < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * A vendor name as the tracker database names its company: a name that is one
 * of its patterns' or organisations' names (case aside) becomes the
 * organisation ("Facebook" → "Meta", "LinkedIn" → "Microsoft", "Google" →
 * "Google"); any other name is kept. The cookie databases name a cookie's
 * company their own way; requests are named by organisation (SPEC: vendor =
 * entity), and one report should not call one company two names.
 */
export function entityNames(meta: TrackerMeta): (name: string) => string {
  let byName: Map<string, string> | null = null;
  return (name) => {
    if (!byName) {
      byName = new Map();
      for (const [, patternName, , org] of meta.patterns) {
        const orgName = meta.organizations[org];
        if (orgName === undefined) continue;
        byName.set(orgName.toLowerCase(), orgName);
        const key = patternName.toLowerCase();
        // A name two companies' patterns share stays as it is.
        const had = byName.get(key);
        byName.set(key, had === undefined || had === orgName ? orgName : '');
      }
    }
    return byName.get(name.trim().toLowerCase()) || name;
  };
}

/**
 * Lookups over the metadata. Domains are looked up for every third-party
 * host (and its parents), so they get a Map (~1 ms to build); filters only
 * when the engine matched, so bisection over the sorted array is enough.
 * Each pattern is resolved once, on first use.
 */
export function createTrackerIndex(meta: TrackerMeta): TrackerIndex {
  const resolved: (TrackerPattern | undefined)[] = new Array(meta.patterns.length);
  const pattern = (index: number | undefined): TrackerPattern | null => {
    if (index === undefined || index < 0) return null;
    let p = resolved[index];
    if (p === undefined) {
      const row = meta.patterns[index];
      if (!row) return null;
      const [id, name, trackerCategory, organization] = row;
      p = {
        id,
        name,
        vendor: meta.organizations[organization] ?? name,
        trackerCategory,
        category: Object.hasOwn(TRACKERDB_CATEGORY_MAP, trackerCategory)
          ? (TRACKERDB_CATEGORY_MAP[trackerCategory] as Category)
          : 'unknown',
      };
      resolved[index] = p;
    }
    return p;
  };
  const domains = new Map<string, number>();
  meta.domains.forEach((domain, i) => domains.set(domain, meta.domainPatterns[i] as number));
  return {
    meta,
    byFilter: (rule) => {
      const at = bisect(meta.filters, rule);
      return at === -1 ? null : pattern(meta.filterPatterns[at]);
    },
    byDomain: (domain) => pattern(domains.get(domain)),
  };
}
