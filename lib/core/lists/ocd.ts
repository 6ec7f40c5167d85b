// Open Cookie Database CSV (https://github.com/jkwakman/Open-Cookie-Database,
// Apache-2.0): one row per cookie or storage key, with free-text Domain and
// Retention columns. Rows become known-cookie entries of the same shape as the
// built-in table, so one CookieKnowledge can hold both.
import Papa from 'papaparse';
import { getDomain } from 'tldts';
import type { KnownCookie } from '../known-cookies/types.ts';
import { trimCharEnd } from '../text.ts';
import type { Category } from '../types.ts';
import {
  type SkippedLine,
  ListParseError,
  foreignContent,
  normaliseHost,
  ownValue,
} from './common.ts';

export const OCD_SOURCE = 'https://github.com/jkwakman/Open-Cookie-Database';

const COLUMNS = {
  id: 'ID',
  platform: 'Platform',
  category: 'Category',
  name: 'Cookie / Data Key name',
  domain: 'Domain',
  description: 'Description',
  retention: 'Retention period',
  controller: 'Data Controller',
  wildcard: 'Wildcard match',
} as const;

/** The database's categories → SPEC categories (Functional and Personalization are preferences). */
export const OCD_CATEGORY_MAP: Readonly<Record<string, Category>> = {
  functional: 'preferences',
  personalization: 'preferences',
  personalisation: 'preferences',
  marketing: 'advertising',
  analytics: 'analytics',
  security: 'necessary',
  necessary: 'necessary',
};

export interface OcdResult {
  format: 'ocd';
  entries: KnownCookie[];
  skipped: SkippedLine[];
}

export interface OcdOptions {
  /** URL the file was taken from, recorded as each entry's source. */
  source?: string;
}

const DAY_SECONDS = 86_400;
const UNIT_SECONDS: Record<string, number> = {
  s: 1,
  m: 60,
  h: 3600,
  d: DAY_SECONDS,
  w: 7 * DAY_SECONDS,
  mo: 30 * DAY_SECONDS,
  y: 365 * DAY_SECONDS,
};

function unitKey(unit: string): string {
  if (unit.startsWith('mo')) return 'mo';
  if (unit.startsWith('mi')) return 'm';
  return unit.charAt(0);
}

// Starts only at the first digit of a number, which is at most 12 digits long:
// `\d+` tried from every digit of a long run of digits is quadratic.
const DURATION =
  /(?<!\d)(\d{1,12}(?:[.,]\d{1,12})?)\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[ywdh])\b/g;

/**
 * Free-text retention → days; null for session cookies and for text that
 * gives no duration ("Unknown", "forever", "Varies"). When the text names
 * several durations ("30 minutes, 3w or 1y"), the longest is kept: it is the
 * longest the cookie may live. A month counts 30 days, a year 365.
 */
export function parseRetention(text: string): number | null {
  const value = text.trim().toLowerCase();
  if (!value) return null;
  let longest: number | null = null;
  for (const match of value.matchAll(DURATION)) {
    const amount = Number((match[1] as string).replace(',', '.'));
    const days = (amount * (UNIT_SECONDS[unitKey(match[2] as string)] as number)) / DAY_SECONDS;
    if (longest === null || days > longest) longest = days;
  }
  return longest;
}

/**
 * First token of a free-text Domain cell that is a host name, reduced to its
 * registrable domain: "facebook.com (3rd party)" → facebook.com,
 * " or demdex.net (3rd party)" → demdex.net, ".amplitude.com." → amplitude.com.
 */
export function cleanDomain(text: string): string | undefined {
  const value = text.replace(/[\u200B-\u200D\uFEFF]/g, '').toLowerCase();
  for (const token of value.split(/[\s,;()|/]+/)) {
    const host = normaliseHost(trimCharEnd(token.replace(/^\*?\.+/, ''), '.'));
    if (!host) continue;
    const domain = getDomain(host, { allowPrivateDomains: true });
    if (domain) return domain;
  }
  return undefined;
}

/** 1-based line on which each CSV record starts (RFC 4180 quoting). */
function recordStartLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '"' && fieldStart) inQuotes = true;
    else if (c === '\n') starts.push(line);
    fieldStart = c === ',' || c === '\n' || c === '\r';
  }
  return starts;
}

export function parseOpenCookieDatabase(text: string, options: OcdOptions = {}): OcdResult {
  const source = options.source ?? OCD_SOURCE;
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const foreign = foreignContent(firstLine);
  if (foreign) {
    throw new ListParseError('ocd', 1, `this is ${foreign}, not an Open Cookie Database CSV`);
  }
  const parsed = Papa.parse<string[]>(body, { header: false, delimiter: ',' });
  const header = (parsed.data[0] ?? []).map((h) => h.trim());
  const col = (name: string): number => header.indexOf(name);
  for (const required of [COLUMNS.name, COLUMNS.category]) {
    if (col(required) === -1) {
      throw new ListParseError(
        'ocd',
        1,
        `no "${required}" column: not an Open Cookie Database CSV`,
      );
    }
  }
  const lines = recordStartLines(body);
  const badRows = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row !== undefined && error.code !== 'TooFewFields') {
      badRows.set(error.row, error.message);
    }
  }

  const entries: KnownCookie[] = [];
  const skipped: SkippedLine[] = [];
  for (let row = 1; row < parsed.data.length; row++) {
    const cells = parsed.data[row] as string[];
    const line = lines[row] ?? row + 1;
    if (cells.every((c) => c.trim() === '')) continue;
    const cell = (name: string): string => (cells[col(name)] ?? '').trim();
    const bad = badRows.get(row);
    if (bad) {
      skipped.push({ line, reason: `malformed CSV record (${bad})` });
      continue;
    }
    let name = cell(COLUMNS.name);
    if (!name) {
      skipped.push({ line, reason: 'empty cookie name' });
      continue;
    }
    const rawCategory = cell(COLUMNS.category);
    const category = ownValue(OCD_CATEGORY_MAP, rawCategory.toLowerCase());
    if (!category) {
      skipped.push({ line, reason: `unknown category "${rawCategory}"` });
      continue;
    }
    const wildcard = cell(COLUMNS.wildcard);
    if (wildcard !== '' && wildcard !== '0' && wildcard !== '1') {
      skipped.push({ line, reason: `Wildcard match is "${wildcard}", expected 0 or 1` });
      continue;
    }
    let match: KnownCookie['match'] = wildcard === '1' ? 'prefix' : 'exact';
    // A few rows write the wildcard into the name ("SSPR_*").
    if (name.endsWith('*')) {
      name = trimCharEnd(name, '*');
      match = 'prefix';
    }
    const entry: KnownCookie = {
      name,
      match,
      vendor: cell(COLUMNS.controller) || cell(COLUMNS.platform) || 'unknown',
      category,
      lifetimeDays: parseRetention(cell(COLUMNS.retention)),
      source,
    };
    const domain = cleanDomain(cell(COLUMNS.domain));
    if (domain) entry.domain = domain;
    const id = cell(COLUMNS.id);
    if (id) entry.id = id;
    const description = cell(COLUMNS.description);
    if (description) entry.description = description;
    entries.push(entry);
  }
  return { format: 'ocd', entries, skipped };
}
