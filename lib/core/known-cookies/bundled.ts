// The Open Cookie Database as the extension ships it (built by
// scripts/ocd-asset.ts) and where its current version lives upstream.
import type { KnownCookie } from './types.ts';

export const OCD_NAME = 'Open Cookie Database';
export const OCD_LIST_ID = 'open-cookie-database';
export const OCD_LICENCE = 'Apache-2.0';
/** Path of the built file inside the extension package. */
export const OCD_ASSET = 'ocd/open-cookie-database.json';
export const OCD_UPSTREAM = {
  home: 'https://github.com/jkwakman/Open-Cookie-Database',
  csv: 'https://raw.githubusercontent.com/jkwakman/Open-Cookie-Database/master/open-cookie-database.csv',
} as const;

export interface BundledOcd {
  /** 'snapshot <first 12 hex digits of the CSV's SHA-256>'. */
  version: string;
  /** Data rows in the CSV. */
  rows: number;
  /** Rows that could not be read (no name, unknown category…). */
  skipped: number;
  entries: KnownCookie[];
}

/** The built file, checked: a broken package must fail loudly, not classify with nothing. */
export function parseBundledOcd(text: string): BundledOcd {
  const x = JSON.parse(text) as Partial<BundledOcd>;
  if (typeof x.version !== 'string' || !Array.isArray(x.entries) || x.entries.length === 0) {
    throw new Error(`${OCD_ASSET} is not a built Open Cookie Database`);
  }
  return {
    version: x.version,
    rows: Number(x.rows) || x.entries.length,
    skipped: Number(x.skipped) || 0,
    entries: x.entries,
  };
}
