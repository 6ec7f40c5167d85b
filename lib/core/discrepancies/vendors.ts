// Vendor names differ between a policy ("Google Analytics", "Facebook
// Pixel") and tracker databases ("Google", "Meta"). Two names match when their
// normalised forms share the organisation token or an alias says so.

const ALIASES: string[][] = [
  ['meta', 'facebook', 'instagram', 'facebook pixel', 'meta pixel'],
  [
    'google',
    'google analytics',
    'doubleclick',
    'google ads',
    'google tag manager',
    'youtube',
    'adsense',
    'google marketing platform',
  ],
  ['microsoft', 'bing', 'clarity', 'microsoft clarity', 'linkedin'],
  ['x', 'twitter', 'x corp'],
  ['bytedance', 'tiktok'],
  ['amazon', 'amazon advertising', 'aws'],
  ['adobe', 'adobe analytics', 'omniture', 'demdex'],
  ['oracle', 'bluekai', 'addthis'],
  ['yandex', 'yandex metrica', 'yandex metrika'],
];

const SUFFIXES =
  /\b(inc|llc|ltd|limited|gmbh|sa|sas|bv|ag|plc|corp|corporation|co|company|group)\b\.?/g;

export function normaliseVendor(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’'`]s\b/g, '')
    .replace(SUFFIXES, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function family(n: string): number {
  return ALIASES.findIndex((group) => group.some((a) => n === a || n.startsWith(`${a} `)));
}

export function vendorsMatch(observed: string, declared: string): boolean {
  const a = normaliseVendor(observed);
  const b = normaliseVendor(declared);
  if (!a || !b) return false;
  if (a === b) return true;
  const ta = a.split(' ');
  const tb = b.split(' ');
  // "Hotjar" vs "Hotjar Ltd" vs "Hotjar analytics": same first token.
  if (ta[0] === tb[0] && ta[0]!.length >= 3) return true;
  const fa = family(a);
  return fa >= 0 && fa === family(b);
}

/**
 * One key per organisation: names that `vendorsMatch` treats as the same
 * company ("Facebook" from the cookie database, "Meta" from the tracker
 * database) share it, so a finding is not split in two by naming.
 */
export function vendorKey(name: string): string {
  const n = normaliseVendor(name);
  const f = family(n);
  if (f >= 0) return `family:${f}`;
  const first = n.split(' ')[0] ?? '';
  return first.length >= 3 ? first : n;
}

export function isDeclaredVendor(observed: string, declared: readonly string[]): boolean {
  return declared.some((d) => vendorsMatch(observed, d));
}
