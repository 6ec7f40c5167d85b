import type { Category } from '../types.ts';

/** User list formats the options page accepts (SPEC "Lists"). */
export type ListFormat = 'abp' | 'hosts' | 'disconnect' | 'tds' | 'ocd';
export type DomainListFormat = 'hosts' | 'disconnect' | 'tds';

/** A line (1-based) that was left out, and why. */
export interface SkippedLine {
  line: number;
  reason: string;
}

export interface DomainListEntry {
  vendor: string | null;
  category: Category;
}

/**
 * What every domain-list parser returns, so a classifier can load any of
 * them. Keys are lowercase host names as the list gives them (a list entry
 * covers the host and its subdomains; the classifier walks up the labels).
 */
export interface DomainList {
  format: DomainListFormat;
  domains: Map<string, DomainListEntry>;
  skipped: SkippedLine[];
}

/** The text is not in the expected format at all; `line` is 1-based. */
export class ListParseError extends Error {
  readonly format: ListFormat;
  readonly line: number;

  constructor(format: ListFormat, line: number, message: string) {
    super(`${format} list, line ${line}: ${message}`);
    this.name = 'ListParseError';
    this.format = format;
    this.line = line;
  }
}

export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
}

/** 1-based line number of a character offset (one scan; for a single lookup). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Misses allowed per text: each reads the rest of the text. */
const MAX_MISSES = 64;

/**
 * Walks a JSON list's text in step with its parsed value, to give skipped
 * entries their line: keys and values are looked up by their JSON spelling,
 * forwards only. A value the text spells differently (other escapes) is not
 * found; after MAX_MISSES of those it stops looking, since each miss reads the
 * rest of the text (a list made of them would take quadratic time).
 */
export interface SourceCursor {
  /** Move to the next `needle` (an entry's key); its offset, or -1 (the cursor stays). */
  seek(needle: string): number;
  /**
   * 1-based line of the next `needle` (a value inside the current entry) after
   * the cursor and the last value found, else of the cursor.
   */
  lineOf(needle: string): number;
}

export function sourceCursor(text: string): SourceCursor {
  let cursor = 0;
  let value = 0;
  let misses = 0;
  let newlines: number[] | null = null;
  const find = (needle: string, from: number): number => {
    if (misses >= MAX_MISSES) return -1;
    const at = text.indexOf(needle, from);
    if (at === -1) misses++;
    return at;
  };
  const lineAtOffset = (offset: number): number => {
    if (!newlines) {
      newlines = [];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
    }
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((newlines[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  return {
    seek(needle: string): number {
      const at = find(needle, cursor);
      if (at !== -1) cursor = at;
      return at;
    },
    lineOf(needle: string): number {
      const from = Math.max(cursor, value);
      const at = find(needle, from);
      if (at !== -1) value = at;
      return lineAtOffset(at === -1 ? from : at);
    },
  };
}

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** IPv4, or anything with a colon (IPv6, zone ids): host names never contain one. */
export function isIpAddress(value: string): boolean {
  return IPV4.test(value) || value.includes(':');
}

/**
 * Lowercase host name with a trailing dot removed, or null when it is not a
 * fully qualified ASCII host name (IDNs must be in punycode, as browsers send).
 */
export function normaliseHost(value: string): string | null {
  const host = value.trim().toLowerCase().replace(/\.$/, '');
  if (host.length === 0 || host.length > 253 || isIpAddress(host)) return null;
  const labels = host.split('.');
  if (labels.length < 2) return null;
  if (!labels.every((l) => LABEL.test(l))) return null;
  if (/^\d+$/.test(labels[labels.length - 1] as string)) return null;
  return host;
}

/** Most privacy-invasive first: when lists disagree, the stricter reading is kept. */
const PRECEDENCE: readonly Category[] = [
  'advertising',
  'social',
  'analytics',
  'preferences',
  'necessary',
  'unknown',
];

export function rank(category: Category): number {
  return PRECEDENCE.indexOf(category);
}

/**
 * Add a domain; when it is already there, the entry with the more invasive
 * category wins, and on a tie the first one (with its vendor) stays.
 */
export function addDomain(
  domains: Map<string, DomainListEntry>,
  host: string,
  entry: DomainListEntry,
): void {
  const existing = domains.get(host);
  if (!existing || rank(entry.category) < rank(existing.category)) domains.set(host, entry);
}

/** Describe text that clearly belongs to another kind of file, or return null. */
export function foreignContent(firstLine: string): string | null {
  const line = firstLine.trim();
  if (/^<[a-z!?]/i.test(line)) return 'an HTML or XML document';
  if (/^[{[]/.test(line) && !/^\[(?:adblock|ublock|adguard)/i.test(line)) return 'JSON';
  return null;
}

/** record[key] when it is the record's own property ("constructor" is not a category). */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
