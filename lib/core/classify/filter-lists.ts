// A filter list says "tracker" but names no vendor and no purpose. The
// category comes from the list (its name) and, where a list is organised in
// vendor or purpose sections (EasyPrivacy's `! *** easylist:easyprivacy/<file> ***`
// markers), from the section the matched rule sits in. The profile is
// computed once when the list is imported (from parseAbpList's output) and
// stored beside the serialised engine.
import { FiltersEngine } from '@ghostery/adblocker';
import { type AbpSummary, parseAbpList } from '../lists/abp.ts';
import type { Category } from '../types.ts';

/**
 * Default category of a list, from its title or the name the user gave it:
 * social lists (Fanboy's Social) → social; privacy/tracking lists
 * (EasyPrivacy, AdGuard Tracking Protection, uBlock Privacy) → analytics,
 * because most of what they list is measurement; ad lists (EasyList, Peter
 * Lowe's ad servers) → advertising; anything else → unknown.
 */
export function filterListCategory(name: string): Category {
  const n = name.toLowerCase();
  if (/social/.test(n)) return 'social';
  if (/privacy|track|analytic|telemetry|spy/.test(n)) return 'analytics';
  if (/\bads?\b|advert|easylist|adserver|ad server/.test(n)) return 'advertising';
  return 'unknown';
}

/**
 * EasyPrivacy sections whose rules are not plain measurement, by file name.
 * CNAME sections list first-party subdomains that are really one vendor's
 * servers, so they also name the vendor. Sections not listed keep the list's
 * category (analytics for EasyPrivacy) and no vendor.
 */
export const SECTION_PROFILES: Readonly<
  Record<string, { category: Category; vendor: string | null; why: string }>
> = {
  'easyprivacy_general_emailtrackers.txt': {
    category: 'advertising',
    vendor: null,
    why: 'open-tracking pixels of e-mail marketing',
  },
  'easyprivacy_trackingservers_admiral.txt': {
    category: 'advertising',
    vendor: 'Admiral',
    why: 'ad-revenue recovery (adblock detection) network',
  },
  'easyprivacy_trackingservers_mining.txt': {
    category: 'unknown',
    vendor: null,
    why: 'cryptomining is not a tracking purpose (as Disconnect "Cryptomining")',
  },
  'easyprivacy_specific_perimeterx.txt': {
    category: 'necessary',
    vendor: 'HUMAN (PerimeterX)',
    why: 'bot and fraud detection: security (as tds "Fraud Prevention")',
  },
  'easyprivacy_specific_cname_dataunlocker.txt': cname('analytics', 'DataUnlocker'),
  'easyprivacy_specific_cname_a8net.txt': cname('advertising', 'A8.net', 'affiliate network'),
  'easyprivacy_specific_cname_plausible.txt': cname('analytics', 'Plausible'),
  'easyprivacy_specific_cname_tracedock.txt': cname('analytics', 'TraceDock'),
  'easyprivacy_specific_cname_at-internet.txt': cname('analytics', 'AT Internet'),
  'easyprivacy_specific_cname_adobe.txt': cname('analytics', 'Adobe'),
  'easyprivacy_specific_cname_acton.txt': cname('advertising', 'Act-On', 'marketing automation'),
  'easyprivacy_specific_cname_otto.txt': cname('analytics', 'Otto Group'),
  'easyprivacy_specific_cname_commanders-act.txt': cname('analytics', 'Commanders Act'),
  'easyprivacy_specific_cname_ingenious-technologies.txt': cname(
    'advertising',
    'Ingenious Technologies',
    'affiliate marketing',
  ),
  'easyprivacy_specific_cname_np6.txt': cname('advertising', 'NP6', 'e-mail marketing'),
  'easyprivacy_specific_cname_criteo.txt': cname('advertising', 'Criteo', 'ad retargeting'),
  'easyprivacy_specific_cname_oracle.txt': cname('advertising', 'Oracle', 'Eloqua marketing'),
  'easyprivacy_specific_cname_ad-ebis.txt': cname('advertising', 'AD EBiS', 'ad measurement'),
  'easyprivacy_specific_cname_eulerian.txt': cname('analytics', 'Eulerian'),
  'easyprivacy_specific_cname_keyade.txt': cname('advertising', 'Keyade', 'affiliate marketing'),
  'easyprivacy_specific_cname_lead-forensics.txt': cname(
    'advertising',
    'Lead Forensics',
    'B2B visitor identification for sales',
  ),
  'easyprivacy_specific_cname_webtrekk.txt': cname('analytics', 'Webtrekk (Mapp)'),
  'easyprivacy_specific_cname_wizaly.txt': cname('advertising', 'Wizaly', 'ad attribution'),
  'easyprivacy_specific_cname_branch.txt': cname('advertising', 'Branch', 'ad attribution'),
};

function cname(category: Category, vendor: string, purpose = 'measurement') {
  return { category, vendor, why: `${vendor}'s servers behind first-party names (${purpose})` };
}

export interface FilterListSection {
  /** Section marker text, e.g. "easylist:easyprivacy/easyprivacy_specific_cname_criteo.txt". */
  name: string;
  category: Category;
  vendor: string | null;
}

/**
 * Stored with the list's serialised engine; plain JSON. Rules are kept as
 * one sorted array searched by bisection, so that loading it builds nothing
 * (a Map of EasyPrivacy's 37,000 section rules takes ~8 ms to build; the
 * cold-start budget is 20 ms).
 */
export interface FilterListProfile {
  format: 1;
  /** Category of rules outside the sections below. */
  category: Category;
  /** Only sections whose category or vendor differs from the list's. */
  sections: FilterListSection[];
  /** Rules of those sections, as the engine prints them, sorted by UTF-16 code units. */
  rules: string[];
  /** Index into `sections` of each rule. */
  ruleSections: number[];
}

function sectionFile(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

export function profileFilterList(summary: AbpSummary, listName: string): FilterListProfile {
  const category = filterListCategory(summary.title ?? listName);
  const sections: FilterListSection[] = [];
  const sectionIndex = new Map<string, number>();
  const rules = new Map<string, number>();
  for (const filter of summary.networkFilters) {
    if (filter.section === null || filter.text.startsWith('@@')) continue;
    const file = sectionFile(filter.section);
    if (!Object.hasOwn(SECTION_PROFILES, file)) continue;
    const known = SECTION_PROFILES[file] as (typeof SECTION_PROFILES)[string];
    if (known.category === category && known.vendor === null) continue;
    let index = sectionIndex.get(filter.section);
    if (index === undefined) {
      index = sections.length;
      sections.push({ name: filter.section, category: known.category, vendor: known.vendor });
      sectionIndex.set(filter.section, index);
    }
    // A rule repeated in two sections keeps the first.
    if (!rules.has(filter.text)) rules.set(filter.text, index);
  }
  const sorted = [...rules.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    format: 1,
    category,
    sections,
    rules: sorted,
    ruleSections: sorted.map((rule) => rules.get(rule) as number),
  };
}

/**
 * Engine options for user filter lists: `debug` keeps each rule's text (the
 * evidence); no optimisations (they merge filters and lose it); no integrity
 * check (a CRC over EasyPrivacy's 3.7 MB costs ~13 ms at every worker start;
 * a corrupt stored engine fails deserialisation or is rebuilt from its text).
 */
export const USER_ENGINE_OPTIONS = {
  loadCosmeticFilters: false,
  debug: true,
  enableOptimizations: false,
  integrityCheck: false,
} as const;

export interface CompiledFilterList {
  summary: AbpSummary;
  engine: FiltersEngine;
  profile: FilterListProfile;
}

/** Import-time work for an ABP list (slow for big lists: never at worker start). */
export function compileFilterList(text: string, listName: string): CompiledFilterList {
  const summary = parseAbpList(text);
  return {
    summary,
    engine: FiltersEngine.parse(text, USER_ENGINE_OPTIONS),
    profile: profileFilterList(summary, listName),
  };
}

export interface RuleOrigin {
  category: Category;
  vendor: string | null;
  /** Section name, when the rule's section decided. */
  section: string | null;
}

/** Rule text → the category and vendor its section gives (bisection over `rules`). */
export function ruleOrigins(
  profile: FilterListProfile | undefined,
  listName: string,
): (rule: string) => RuleOrigin {
  const fallback: RuleOrigin = {
    category: profile?.category ?? filterListCategory(listName),
    vendor: null,
    section: null,
  };
  if (!profile || profile.rules.length === 0) return () => fallback;
  const origins: RuleOrigin[] = profile.sections.map((s) => ({
    category: s.category,
    vendor: s.vendor,
    section: s.name,
  }));
  const { rules, ruleSections } = profile;
  return (rule) => {
    let lo = 0;
    let hi = rules.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = rules[mid] as string;
      if (at === rule) return origins[ruleSections[mid] as number] ?? fallback;
      if (at < rule) lo = mid + 1;
      else hi = mid - 1;
    }
    return fallback;
  };
}
