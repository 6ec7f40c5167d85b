// Hosts files (the /etc/hosts format used by blocklists such as StevenBlack's):
// `0.0.0.0 host`, `127.0.0.1 host other-host`, bare `host` lines, `#` comments
// anywhere on a line. Loopback and broadcast names every hosts file carries
// are not tracker entries and are ignored without a note.
import type { Category } from '../types.ts';
import {
  type DomainList,
  type DomainListEntry,
  type SkippedLine,
  ListParseError,
  addDomain,
  foreignContent,
  isIpAddress,
  normaliseHost,
  splitLines,
} from './common.ts';

const LOCAL_NAMES = new Set([
  'localhost',
  'localhost.localdomain',
  'local',
  'broadcasthost',
  'ip6-localhost',
  'ip6-loopback',
  'ip6-localnet',
  'ip6-mcastprefix',
  'ip6-allnodes',
  'ip6-allrouters',
  'ip6-allhosts',
]);

export interface HostsOptions {
  /** A hosts file says nothing about purpose; the user may label the list. */
  category?: Category;
  vendor?: string | null;
}

function reasonFor(token: string): string {
  if (/^(?:\|\||@@|##)|\^|\$/.test(token)) {
    return `"${token}" looks like an Adblock Plus filter, not a host name`;
  }
  return `"${token}" is not a host name`;
}

export function parseHostsFile(text: string, options: HostsOptions = {}): DomainList {
  const entry: DomainListEntry = {
    vendor: options.vendor ?? null,
    category: options.category ?? 'unknown',
  };
  const domains = new Map<string, DomainListEntry>();
  const skipped: SkippedLine[] = [];
  const lines = splitLines(text);
  let sawContent = false;

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const hash = raw.indexOf('#');
    const content = (hash === -1 ? raw : raw.slice(0, hash)).trim();
    if (!content) return;
    if (!sawContent) {
      sawContent = true;
      const foreign = foreignContent(content);
      if (foreign)
        throw new ListParseError('hosts', lineNo, `this is ${foreign}, not a hosts file`);
      if (/^\[(?:adblock|ublock|adguard)/i.test(content) || content.startsWith('!')) {
        throw new ListParseError('hosts', lineNo, 'this is an Adblock Plus filter list');
      }
    }
    const tokens = content.split(/\s+/);
    if (isIpAddress(tokens[0] as string)) {
      tokens.shift();
      if (tokens.length === 0) {
        skipped.push({ line: lineNo, reason: 'address without a host name' });
        return;
      }
    }
    for (const token of tokens) {
      const lower = token.toLowerCase();
      if (LOCAL_NAMES.has(lower) || isIpAddress(lower)) continue;
      const host = normaliseHost(lower);
      if (host) addDomain(domains, host, entry);
      else skipped.push({ line: lineNo, reason: reasonFor(token) });
    }
  });

  if (domains.size === 0) {
    const first = skipped[0];
    if (first) {
      throw new ListParseError('hosts', first.line, `no valid host entry (${first.reason})`);
    }
    throw new ListParseError('hosts', 1, 'no host entries');
  }
  return { format: 'hosts', domains, skipped };
}
