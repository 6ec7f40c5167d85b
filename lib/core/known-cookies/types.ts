import type { Category } from '../types.ts';

/** How an entry's `name` is compared with a cookie name (always case-sensitive). */
export type CookieNameMatch = 'exact' | 'prefix';

/**
 * One fact about a well-known cookie, from the built-in table or an imported
 * database (Open Cookie Database). Fields may be added, never renamed.
 */
export interface KnownCookie {
  /** Cookie name, or its fixed beginning when `match` is 'prefix' (`_ga_` for `_ga_ABC123`). */
  name: string;
  match: CookieNameMatch;
  /**
   * Registrable domain the cookie lives on, only where the name alone is
   * ambiguous (`uid` on criteo.com). An entry with a domain matches only a
   * cookie whose domain is that domain or one of its subdomains.
   */
  domain?: string;
  vendor: string;
  category: Category;
  /** Documented lifetime in days; null = session (or, for imported data, not stated). */
  lifetimeDays: number | null;
  /** https URL of the public documentation the fact came from. */
  source: string;
  /** Caveat a reader of the evidence should see (lifetime source, storage kind…). */
  note?: string;
  /** Set when the key is a web-storage key rather than a cookie. */
  storage?: 'localStorage';
  /** Identifier of the entry in the database it came from (Open Cookie Database ID). */
  id?: string;
  /** Free-text description, when the source database has one. */
  description?: string;
  /**
   * Built-in table only: why the entry is kept although the Open Cookie
   * Database lists the same cookie (another category or lifetime, and whose word it is).
   */
  ocd?: string;
}

export type CookieMatchedBy = 'name+domain' | 'name' | 'prefix';

export interface CookieLookupResult {
  entry: KnownCookie;
  matchedBy: CookieMatchedBy;
}

export interface CookieKnowledge {
  /** Number of distinct entries indexed (duplicates dropped, first one wins). */
  readonly size: number;
  /**
   * Best entry for a cookie: exact name + domain, then exact name (entries
   * without a domain), then the longest matching prefix. `domain` is the
   * cookie's domain (leading dot allowed); without it, domain-bound entries
   * never match.
   */
  lookup(name: string, domain?: string): CookieLookupResult | null;
}
