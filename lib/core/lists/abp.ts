// Adblock Plus / EasyList-family filter lists. This module only validates and
// summarises a list (metadata, sections, counts, bad lines) for the options
// page; matching requests is done by the maintained engine
// (@ghostery/adblocker), never by hand-written matching.
import {
  FiltersEngine,
  NetworkFilter,
  Request,
  parseFilter,
  type RequestType as EngineRequestType,
} from '@ghostery/adblocker';
import { type SkippedLine, ListParseError, foreignContent, splitLines } from './common.ts';

export interface AbpFilter {
  /** 1-based line of the filter in the list. */
  line: number;
  text: string;
  /** The `! *** easylist:easyprivacy/<file> ***` section it sits in, if any. */
  section: string | null;
}

export interface AbpSummary {
  format: 'abp';
  /** Text of the `[Adblock Plus 2.0]` header line, without brackets. */
  header: string | null;
  title: string | null;
  version: string | null;
  /** `! Expires:` as written, e.g. "4 days (update frequency)". */
  expires: string | null;
  /** The same, in days, when it reads as "<n> days" or "<n> hours". */
  expiresDays: number | null;
  homepage: string | null;
  networkFilters: AbpFilter[];
  /** Element-hiding and other cosmetic filters: counted, not used. */
  cosmeticFilterCount: number;
  /** Number of network filters per section (null section under ''). */
  sections: Map<string, number>;
  skipped: SkippedLine[];
}

// A list is site-controlled text: no expression here may backtrack on a long
// line. `(.+?)\s*\*{3}\s*$` and `[A-Za-z -]*?\s*:` (the obvious ways to write
// the two comment forms below) are cubic and quadratic on a line of spaces, so
// those are read by scanning.
const METADATA_KEY = /^[A-Za-z][A-Za-z -]*/;

/** `! *** easylist:easyprivacy/easyprivacy_general.txt ***` → its name, else null. */
export function sectionMarker(line: string): string | null {
  const body = line.slice(1).trim();
  if (body.length < 7 || !body.startsWith('***') || !body.endsWith('***')) return null;
  return body.slice(3, -3).trim() || null;
}

/** `! Title: EasyPrivacy` → key and value, else null. */
export function metadataLine(line: string): { key: string; value: string } | null {
  const body = line.slice(1).trimStart();
  const key = METADATA_KEY.exec(body)?.[0];
  if (!key) return null;
  const rest = body.slice(key.length).trimStart();
  if (!rest.startsWith(':')) return null;
  return { key: key.trimEnd(), value: rest.slice(1).trim() };
}
// ##, #@#, #?#, #@?#, #$#, #@$#, #%#, #@%# (element hiding, extended CSS,
// snippets, scriptlets) and AdGuard $$ HTML filters.
const COSMETIC = /#@?[?$%]?#|\$@?\$/;

function parseExpires(value: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*(days?|hours?|d|h)\b/i.exec(value.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  return (match[2] as string).toLowerCase().startsWith('h') ? amount / 24 : amount;
}

/** Why a line the engine rejected or that cannot be a network filter is skipped. */
function invalidReason(line: string): string | null {
  const options = line.indexOf('$');
  const pattern = options === -1 ? line : line.slice(0, options);
  if (/\s/.test(pattern)) return 'contains whitespace, so it is not a filter (a hosts-file line?)';
  return null;
}

export function parseAbpList(text: string): AbpSummary {
  const summary: AbpSummary = {
    format: 'abp',
    header: null,
    title: null,
    version: null,
    expires: null,
    expiresDays: null,
    homepage: null,
    networkFilters: [],
    cosmeticFilterCount: 0,
    sections: new Map(),
    skipped: [],
  };
  let section: string | null = null;
  let sawContent = false;

  splitLines(text).forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trim();
    if (!line) return;
    if (!sawContent) {
      sawContent = true;
      const foreign = foreignContent(line);
      if (foreign) {
        throw new ListParseError('abp', lineNo, `this is ${foreign}, not an Adblock Plus list`);
      }
      const header = /^\[(.+)\]$/.exec(line);
      if (header) {
        summary.header = header[1] as string;
        return;
      }
    }
    if (line.startsWith('!')) {
      const marker = sectionMarker(line);
      if (marker) {
        section = marker;
        return;
      }
      const meta = metadataLine(line);
      if (meta) {
        const key = meta.key.toLowerCase();
        const value = meta.value;
        if (key === 'title') summary.title = value;
        else if (key === 'version') summary.version = value;
        else if (key === 'homepage') summary.homepage = value;
        else if (key === 'expires') {
          summary.expires = value;
          summary.expiresDays = parseExpires(value);
        }
      }
      return;
    }
    // uBlock Origin also accepts "# comment" lines.
    if (/^#(?:\s|$)/.test(line)) return;
    if (/^\[.*\]$/.test(line)) {
      summary.skipped.push({ line: lineNo, reason: 'header line not at the top of the list' });
      return;
    }
    if (COSMETIC.test(line)) {
      summary.cosmeticFilterCount++;
      return;
    }
    const reason = invalidReason(line);
    const filter = reason ? null : parseFilter(line);
    if (!(filter instanceof NetworkFilter)) {
      summary.skipped.push({
        line: lineNo,
        reason: reason ?? 'not a valid network filter (unsupported option or malformed syntax)',
      });
      return;
    }
    summary.networkFilters.push({ line: lineNo, text: line, section });
    const key = section ?? '';
    summary.sections.set(key, (summary.sections.get(key) ?? 0) + 1);
  });

  if (summary.networkFilters.length === 0 && summary.cosmeticFilterCount === 0) {
    const first = summary.skipped[0];
    if (first) {
      throw new ListParseError(
        'abp',
        first.line,
        `no valid filter: not an Adblock Plus list (${first.reason})`,
      );
    }
    throw new ListParseError('abp', 1, 'no filters');
  }
  return summary;
}

/**
 * The engine that matches requests against a list. `debug: true` keeps each
 * filter's raw text so a match can be shown as evidence; optimisations are
 * off because they merge filters and would lose that text.
 */
export function buildFilterEngine(text: string): FiltersEngine {
  return FiltersEngine.parse(text, {
    loadCosmeticFilters: false,
    debug: true,
    enableOptimizations: false,
  });
}

export interface MatchInput {
  url: string;
  /** URL of the document that made the request ('' for a top-level navigation). */
  sourceUrl: string;
  /** The real request type: options such as $image, $ping, $third-party depend on it. */
  type: EngineRequestType;
}

/** The blocking rule the request matches, or null (no match, or an @@ exception won). */
export function matchRequest(engine: FiltersEngine, input: MatchInput): { rule: string } | null {
  const result = engine.match(
    Request.fromRawDetails({ url: input.url, sourceUrl: input.sourceUrl, type: input.type }),
  );
  if (!result.match || !result.filter) return null;
  return { rule: result.filter.toString() };
}
