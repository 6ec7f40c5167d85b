// Per-host facts, found from a URL without parsing it. The engine's Request
// parses every URL with tldts (host extraction, then a public-suffix lookup
// for the registrable domain), and the classifier then walks the host's
// parent domains through the database: all of it depends on the host alone,
// and a page sends most of its requests to a few dozen hosts. So the host is
// read once per URL, hashed on the way, and looked up in a table of fixed size.
//
// The table is bounded by construction (a page is untrusted and may request
// millions of distinct hosts): 2-way set-associative, a newcomer evicts the
// less recently used entry of its set. No Map, so no string hashing by the
// engine and no host string sliced out of the URL on a hit.

/** RFC 1035: a longer name is not a host; a page may still send one, it is not kept. */
export const MAX_HOSTNAME = 253;

export interface HostEntry {
  readonly hostname: string;
}

export interface HostCache<T extends HostEntry> {
  /**
   * The entry of the URL's host, when the URL has the common, unambiguous
   * form `scheme://host` followed by `/`, `?`, `#` or its end — scheme http(s)
   * or ws(s) in lower case, host made only of `a-z 0-9 - .`, neither starting
   * nor ending with a dot — and the host is in the table. Anything else (ports,
   * user info, upper case, IPv6, backslashes, escapes, other schemes) is left
   * to the engine's parser: there the WHATWG rules tldts follows have cases.
   * On what it accepts, the host read here is exactly what tldts extracts
   * (tests compare the two on real and generated URLs).
   */
  lookup(url: string): T | undefined;
  /** The entry of a host as the engine's parser gave it. */
  get(hostname: string): T | undefined;
  /** Keep an entry (names longer than MAX_HOSTNAME are not kept). */
  set(entry: T): void;
  /** Entries held now (≤ capacity). */
  readonly size: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Offset of the host in the URL (after `scheme://`), or -1 for another scheme. */
function hostStart(url: string): number {
  // h t t p s : / /   and   w s s : / /
  const c0 = url.charCodeAt(0);
  let at: number;
  if (
    c0 === 104 &&
    url.charCodeAt(1) === 116 &&
    url.charCodeAt(2) === 116 &&
    url.charCodeAt(3) === 112
  ) {
    at = url.charCodeAt(4) === 115 ? 5 : 4;
  } else if (c0 === 119 && url.charCodeAt(1) === 115) {
    at = url.charCodeAt(2) === 115 ? 3 : 2;
  } else {
    return -1;
  }
  return url.charCodeAt(at) === 58 && url.charCodeAt(at + 1) === 47 && url.charCodeAt(at + 2) === 47
    ? at + 3
    : -1;
}

function hashOf(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/**
 * The host of a URL in the simple form `lookup` accepts, or null. (The cache
 * does the same scan without making the string; this is its readable twin,
 * for tests and callers that want the name.)
 */
export function simpleHostname(url: string): string | null {
  const start = hostStart(url);
  if (start === -1) return null;
  const end = simpleHostEnd(url, start);
  return end === -1 ? null : url.slice(start, end);
}

/** End of a simple host starting at `start`, or -1. */
function simpleHostEnd(url: string, start: number): number {
  let end = start;
  for (; end < url.length; end++) {
    const c = url.charCodeAt(end);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46) continue;
    if (c === 47 || c === 63 || c === 35) break; // '/', '?', '#'
    return -1;
  }
  if (end === start || url.charCodeAt(start) === 46 || url.charCodeAt(end - 1) === 46) return -1;
  return end;
}

/**
 * @param capacity entries kept at most; rounded up to a power of two (≥ 2)
 */
export function createHostCache<T extends HostEntry>(capacity: number): HostCache<T> {
  let slots = 2;
  while (slots < capacity) slots *= 2;
  const sets = slots / 2;
  const hashes = new Uint32Array(slots);
  const entries = new Array<T | undefined>(slots).fill(undefined);
  // Per set: which of its two ways was used last (the other one is evicted).
  const recent = new Uint8Array(sets);
  let size = 0;

  /** The slot holding `hash` whose host is `url[start, start + length)`, or -1. */
  const slotOf = (hash: number, url: string, start: number, length: number): number => {
    const set = hash & (sets - 1);
    for (let at = set * 2; at < set * 2 + 2; at++) {
      const entry = entries[at];
      if (
        entry !== undefined &&
        hashes[at] === hash &&
        entry.hostname.length === length &&
        url.startsWith(entry.hostname, start)
      ) {
        recent[set] = at & 1;
        return at;
      }
    }
    return -1;
  };

  return {
    lookup(url) {
      const start = hostStart(url);
      if (start === -1) return undefined;
      let hash = FNV_OFFSET;
      let end = start;
      for (; end < url.length; end++) {
        const c = url.charCodeAt(end);
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46) {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          continue;
        }
        if (c === 47 || c === 63 || c === 35) break;
        return undefined;
      }
      const length = end - start;
      if (length === 0 || url.charCodeAt(start) === 46 || url.charCodeAt(end - 1) === 46) {
        return undefined;
      }
      const at = slotOf(hash >>> 0, url, start, length);
      return at === -1 ? undefined : entries[at];
    },
    get(hostname) {
      const at = slotOf(hashOf(hostname), hostname, 0, hostname.length);
      return at === -1 ? undefined : entries[at];
    },
    set(entry) {
      const { hostname } = entry;
      if (hostname.length > MAX_HOSTNAME) return;
      const hash = hashOf(hostname);
      const set = hash & (sets - 1);
      let at = slotOf(hash, hostname, 0, hostname.length);
      if (at === -1) {
        // An empty way, else the one not used last.
        const way =
          entries[set * 2] === undefined
            ? 0
            : entries[set * 2 + 1] === undefined
              ? 1
              : 1 - (recent[set] as number);
        at = set * 2 + way;
      }
      if (entries[at] === undefined) size++;
      entries[at] = entry;
      hashes[at] = hash;
      recent[set] = at & 1;
    },
    get size() {
      return size;
    },
  };
}
