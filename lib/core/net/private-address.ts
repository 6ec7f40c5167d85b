// Which destinations are inside the user's own network: loopback, private
// ranges, link-local, carrier-grade NAT, "this network", multicast and the
// special-use local names. A hostile site must not be able to make the
// extension send a request there (a policy link or a redirect pointing at
// the user's router), unless the audited site itself is there.
//
// Only what the URL says can be judged here: a public-looking name that DNS
// resolves to a private address is beyond what an extension can see before
// the request is made (no DNS API in Chrome), and the README says so.

/** IPv4 ranges as [first octets, prefix length]: RFC 1918, 6598, 3927, 5735, 1122. */
const V4_PRIVATE: readonly (readonly [number, number, number])[] = [
  [0, 0, 8], // "this network"
  [10, 0, 8],
  [100, 64, 10], // carrier-grade NAT
  [127, 0, 8], // loopback
  [169, 254, 16], // link-local
  [172, 16, 12],
  [192, 168, 16],
  [198, 18, 15], // benchmarking
  [224, 0, 3], // multicast, reserved and broadcast (224.0.0.0/3)
];

/** Dotted-quad IPv4 (WHATWG URL has already normalised hex, octal and short forms). */
function ipv4(host: string): number | null {
  const parts = host.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const v = Number(p);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

function v4Private(n: number): boolean {
  return V4_PRIVATE.some(([a, b, bits]) => {
    const base = (a * 256 + b) * 65536;
    const size = 2 ** (32 - bits);
    return n >= base && n < base + size;
  });
}

/** Expands a WHATWG-serialised IPv6 literal (without brackets) to 8 groups. */
function ipv6Groups(host: string): number[] | null {
  if (!/^[0-9a-f:.]+$/i.test(host) || host.length > 45) return null;
  let text = host.toLowerCase();
  // An embedded IPv4 tail (::ffff:1.2.3.4): two groups.
  const dot = text.lastIndexOf(':');
  const tail = text.slice(dot + 1);
  if (tail.includes('.')) {
    const v4 = ipv4(tail);
    if (v4 === null) return null;
    text = `${text.slice(0, dot + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const part = (s: string) => (s ? s.split(':') : []);
  const head = part(halves[0]!);
  const rest = halves.length === 2 ? part(halves[1]!) : [];
  const missing = 8 - head.length - rest.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...rest].map((g) =>
    /^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN,
  );
  return groups.length === 8 && groups.every((g) => !Number.isNaN(g)) ? groups : null;
}

function v6Private(g: number[]): boolean {
  const [a, b, c, d, e, f] = g as [number, number, number, number, number, number];
  const zeroHead = a === 0 && b === 0 && c === 0 && d === 0 && e === 0;
  // :: and ::1
  if (zeroHead && f === 0 && g[6] === 0 && (g[7] === 0 || g[7] === 1)) return true;
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d): judged as IPv4.
  if (zeroHead && (f === 0xffff || f === 0)) return v4Private(g[6]! * 65536 + g[7]!);
  if ((a & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((a & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((a & 0xff00) === 0xff00) return true; // multicast
  // NAT64 (64:ff9b::/96) of a private IPv4.
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0)
    return v4Private(g[6]! * 65536 + g[7]!);
  return false;
}

/** Names that only ever mean a machine on the local network (RFC 6761, 6762, 8375). */
const LOCAL_NAME = /(^|\.)(localhost|local|home\.arpa|internal|lan|intranet|localdomain)\.?$/i;

/**
 * Whether a URL's hostname (as `new URL(...).hostname` gives it, IPv6 in
 * brackets) names a destination in the user's own network.
 */
export function isPrivateHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) {
    const g = ipv6Groups(h.slice(1, -1));
    return g === null ? true : v6Private(g);
  }
  const v4 = ipv4(h);
  if (v4 !== null) return v4Private(v4);
  // A single label (http://router/) is resolved through the local search domain.
  if (!h.includes('.')) return true;
  return LOCAL_NAME.test(h);
}

/**
 * Whether the extension may request `url` for a page at `pageUrl`: never a
 * private destination, unless the audited page is itself on that same host
 * (a developer auditing their site on localhost or a test server).
 */
export function privateDestinationAllowed(url: string, pageUrl: string): boolean {
  let u: URL;
  let page: URL;
  try {
    u = new URL(url);
    page = new URL(pageUrl);
  } catch {
    return false;
  }
  if (!isPrivateHost(u.hostname)) return true;
  return u.hostname === page.hostname;
}

const START = '^https?://([^/?#@]*@)?';
const END = '([:/?#]|$)';

/**
 * The same judgement as RE2 regular expressions over a request URL, one per
 * declarativeNetRequest rule (Chrome compiles each within 2 KB), to stop a
 * redirect hop before it is sent: literal private IPv4 addresses, every IPv6
 * literal (none is a policy page's address; the audited site's own host is
 * let through by a rule of higher priority), single-label and local names.
 * Linear by construction (RE2).
 */
export const PRIVATE_URL_REGEXES: readonly string[] = [
  `${START}(0|10|127)(\\.[0-9]+){3}${END}`,
  `${START}(169\\.254|192\\.168|198\\.1[89]|172\\.(1[6-9]|2[0-9]|3[01])|100\\.(6[4-9]|[7-9][0-9]|1[01][0-9]|12[0-7]))(\\.[0-9]+){2}${END}`,
  `${START}(22[4-9]|2[3-5][0-9])(\\.[0-9]+){3}${END}`,
  `${START}\\[`,
  `${START}[^/:.?#@]+${END}`,
  `${START}[^/:?#@]*\\.(localhost|local|home\\.arpa|internal|lan|intranet|localdomain)\\.?${END}`,
];
