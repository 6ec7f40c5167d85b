import type { Party } from '../types.ts';

export interface ListedDomain<T> {
  /** The list key that matched: the host itself or one of its parent domains. */
  domain: string;
  value: T;
}

/**
 * Find a host, then its parent domains up to its registrable domain, in a
 * domain list (a list entry covers the host and its subdomains). A site is
 * not a third-party tracker on itself: for a first-party request only entries
 * strictly below the site's registrable domain count (`metrics.example.com`
 * on example.com, a CNAME-cloaked tracker), never the site's own domain.
 *
 * @param site registrable domain of the host (eTLD+1), '' when it has none
 */
export function findListedDomain<T>(
  host: string,
  site: string,
  party: Party,
  get: (domain: string) => T | null | undefined,
): ListedDomain<T> | null {
  // Public suffixes above the registrable domain are never list entries.
  const floor = site && (host === site || host.endsWith(`.${site}`)) ? site.length : host.length;
  let domain = host;
  for (;;) {
    if (party === 'first' && domain.length <= floor) return null;
    const value = get(domain);
    if (value) return { domain, value };
    if (domain.length <= floor) return null;
    domain = domain.slice(domain.indexOf('.') + 1);
  }
}
