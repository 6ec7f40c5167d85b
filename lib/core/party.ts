import { getDomain, getHostname } from 'tldts';
import type { Party } from './types.ts';

/**
 * Registrable domain (eTLD+1) of a URL or host name. Hosts without one
 * (IP addresses, `localhost`) are their own site.
 */
export function siteOf(urlOrHost: string): string {
  const host = hostOf(urlOrHost);
  if (!host) return '';
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

export function hostOf(urlOrHost: string): string {
  const trimmed = urlOrHost.trim().replace(/^\.+/, '');
  if (!trimmed) return '';
  return (getHostname(trimmed) ?? trimmed).toLowerCase();
}

export function partyOf(urlOrHost: string, pageSite: string): Party {
  return siteOf(urlOrHost) === pageSite ? 'first' : 'third';
}
