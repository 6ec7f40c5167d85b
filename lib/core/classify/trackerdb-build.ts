// Build-time half of the bundled database (run by scripts/build-trackerdb.ts,
// kept here, pure, so that tests can check it): TrackerDB's JSON export →
// filter text for our engine + compact metadata. Using TrackerDB's prebuilt
// engine is not possible: it is serialised by the adblocker version TrackerDB
// depends on, whose format our @ghostery/adblocker refuses (TESTING.md).
import { FiltersEngine, NetworkFilter, parseFilter } from '@ghostery/adblocker';
import { TRACKERDB_CATEGORY_MAP, type TrackerMeta } from './trackerdb.ts';

/**
 * Engine options. `debug` keeps every filter's text (the evidence shown to
 * the user and the key into meta.json); optimisations would merge filters and
 * lose it. The integrity check is off: the file ships inside the extension
 * package, which the browser verifies, and the check costs start-up time.
 */
export const TRACKER_ENGINE_OPTIONS = {
  loadCosmeticFilters: false,
  debug: true,
  enableOptimizations: false,
  integrityCheck: false,
} as const;

export interface TrackerDbSource {
  /** Parsed dist/trackerdb.json of @ghostery/trackerdb. */
  json: unknown;
  package: string;
  version: string;
  licence: string;
  homepage: string;
  adblocker: string;
  engineVersion: number;
}

export interface TrackerDbBuild {
  /** Network filters, one per line, sorted. */
  filters: string[];
  meta: TrackerMeta;
  /** Filters left out (cosmetic filters: the audit only matches requests). */
  skipped: { pattern: string; filter: string; reason: string }[];
}

interface RawPattern {
  name?: unknown;
  category?: unknown;
  organization?: unknown;
  domains?: unknown;
  filters?: unknown;
}

const rec = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildTrackerDb(source: TrackerDbSource): TrackerDbBuild {
  const json = rec(source.json);
  const rawPatterns = rec(json.patterns);
  const rawOrganizations = rec(json.organizations);
  if (Object.keys(rawPatterns).length === 0) throw new Error('trackerdb.json has no patterns');

  const ids = Object.keys(rawPatterns).sort(byCodeUnit);
  const patternIndex = new Map(ids.map((id, i) => [id, i]));
  const organizations: string[] = [];
  const organizationIndex = new Map<string, number>();
  const patterns: TrackerMeta['patterns'] = [];
  const filters = new Map<string, number>();
  const domains = new Map<string, number>();
  const skipped: TrackerDbBuild['skipped'] = [];

  for (const id of ids) {
    const p = rec(rawPatterns[id]) as RawPattern;
    const category = typeof p.category === 'string' ? p.category : '';
    if (!Object.hasOwn(TRACKERDB_CATEGORY_MAP, category)) {
      throw new Error(
        `trackerdb pattern "${id}" has category "${category}", which TRACKERDB_CATEGORY_MAP does not map: decide its SPEC category`,
      );
    }
    const org = typeof p.organization === 'string' ? p.organization : null;
    const orgName = org ? rec(rawOrganizations[org]).name : undefined;
    let orgIndex = -1;
    if (org && typeof orgName === 'string') {
      orgIndex = organizationIndex.get(org) ?? organizations.length;
      if (orgIndex === organizations.length) {
        organizations.push(orgName);
        organizationIndex.set(org, orgIndex);
      }
    }
    const index = patternIndex.get(id) as number;
    patterns.push([id, typeof p.name === 'string' ? p.name : id, category, orgIndex]);
    for (const filter of strings(p.filters)) {
      if (!(parseFilter(filter) instanceof NetworkFilter)) {
        skipped.push({ pattern: id, filter, reason: 'not a network filter' });
        continue;
      }
      // A filter of two patterns keeps the first (sorted by id); none in 1.0.945.
      if (!filters.has(filter)) filters.set(filter, index);
    }
    for (const domain of strings(p.domains)) {
      const d = domain.toLowerCase();
      if (!domains.has(d)) domains.set(d, index);
    }
  }

  const filterTexts = [...filters.keys()].sort(byCodeUnit);
  const domainNames = [...domains.keys()].sort(byCodeUnit);
  const meta: TrackerMeta = {
    format: 2,
    name: 'Ghostery Tracker Database',
    package: source.package,
    version: source.version,
    licence: source.licence,
    homepage: source.homepage,
    adblocker: source.adblocker,
    engineVersion: source.engineVersion,
    organizations,
    patterns,
    filters: filterTexts,
    filterPatterns: filterTexts.map((f) => filters.get(f) as number),
    domains: domainNames,
    domainPatterns: domainNames.map((d) => domains.get(d) as number),
  };
  return { filters: filterTexts, meta, skipped };
}

export function buildTrackerEngine(filters: readonly string[]): FiltersEngine {
  return FiltersEngine.parse(filters.join('\n'), TRACKER_ENGINE_OPTIONS);
}

/** Every filter of the engine must have its pattern in meta (the evidence depends on it). */
export function unmappedFilters(engine: FiltersEngine, meta: TrackerMeta): string[] {
  const known = new Set(meta.filters);
  return engine
    .getFilters()
    .networkFilters.map((f) => f.toString())
    .filter((text) => !known.has(text));
}
