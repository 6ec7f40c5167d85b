// A user list (any supported format) → what is stored and later loaded by the
// classifier. Filter lists are compiled once, here, and kept serialised:
// parsing EasyPrivacy takes ~600 ms, deserialising it a few ms.
import { compileFilterList, type FilterListProfile } from '../classify/filter-lists.ts';
import type { KnownCookie } from '../known-cookies/types.ts';
import type { DomainList, ListFormat, SkippedLine } from './common.ts';
import { ListParseError } from './common.ts';
import { detectListFormat } from './detect.ts';
import { parseDomainList } from './index.ts';
import { parseOpenCookieDatabase } from './ocd.ts';

export interface StoredList {
  id: string;
  name: string;
  format: ListFormat;
  /** URL or file name it came from. */
  source: string | null;
  version: string | null;
  addedAt: number;
  /** Number of rules / domains / cookies. */
  size: number;
  skipped: SkippedLine[];
  engine?: Uint8Array;
  profile?: FilterListProfile;
  domains?: DomainList;
  cookies?: KnownCookie[];
  /** Validators of the last download (ETag, Last-Modified), for conditional updates. */
  etag?: string | null;
  lastModified?: string | null;
  /** Last update check (any outcome), and last time a new version was stored. */
  checkedAt?: number;
  updatedAt?: number;
  /** Why the last update failed (the stored version stayed in use); null after a success. */
  error?: string | null;
  /** Updated on the schedule (lists from an address: on unless turned off). */
  autoUpdate?: boolean;
}

export function listIdFor(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/\.[a-z]+$/, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'list'
  );
}

/** Throws a clear Error (a ListParseError with the line, when the format is known but broken). */
export function compileList(
  text: string,
  opts: { name: string; source?: string | null; now: number; format?: ListFormat },
): StoredList {
  const format = opts.format ?? detectListFormat(text, opts.source ?? opts.name);
  if (!format) {
    throw new Error(
      `"${opts.name}" is not a supported list (Adblock Plus/EasyPrivacy, hosts, Disconnect services.json, DuckDuckGo tds.json or Open Cookie Database CSV)`,
    );
  }
  const base = {
    id: listIdFor(opts.name),
    name: opts.name,
    format,
    source: opts.source ?? null,
    addedAt: opts.now,
  };
  if (format === 'abp') {
    const c = compileFilterList(text, opts.name);
    if (c.summary.networkFilters.length === 0) {
      throw new ListParseError('abp', 1, `"${opts.name}" has no network filter`);
    }
    return {
      ...base,
      version: c.summary.version,
      size: c.summary.networkFilters.length,
      skipped: c.summary.skipped,
      engine: c.engine.serialize(),
      profile: c.profile,
    };
  }
  if (format === 'ocd') {
    const r = parseOpenCookieDatabase(text, opts.source ? { source: opts.source } : {});
    return {
      ...base,
      version: null,
      size: r.entries.length,
      skipped: r.skipped,
      cookies: r.entries,
    };
  }
  const d = parseDomainList(text, format);
  return { ...base, version: null, size: d.domains.size, skipped: d.skipped, domains: d };
}
