// One function per SPEC discrepancy kind. Each returns at most one finding
// per (kind, subject), aggregated over every page of the site.
import { categoryAllowedAt, consentAt, timelineOf } from '../cmp/timeline.ts';
import { groupBy } from '../group.ts';
import { CONSENT_STAMP_SKEW_MS } from '../time.ts';
import { hostOf } from '../party.ts';
import type { DeclaredPolicy, RetentionClaim } from '../policy/types.ts';
import { trimCharEnd } from '../text.ts';
import type { Category } from '../types.ts';
import { categoryShort, categoryWords, days, itemsPhrase, plural } from './text.ts';
import { vendorKey } from './vendors.ts';
import {
  SEVERITY,
  type AuditInput,
  type ConsentRecord,
  type DeclarationRef,
  type Discrepancy,
  type EvidenceCookie,
  type EvidenceRequest,
  type EvidenceStorage,
  type Kind,
  type ObservedCookie,
} from './types.ts';

/** Categories that can be "undeclared": necessary never produces a category finding. */
const TRACKING: readonly Category[] = ['preferences', 'analytics', 'advertising', 'social'];
/** Privacy invasiveness, for misdeclared-cookie. */
const RANK: Record<Category, number> = {
  necessary: 0,
  preferences: 1,
  analytics: 2,
  social: 3,
  advertising: 4,
  unknown: -1,
};
/** SPEC thresholds for retention-exceeds-declared. */
export const RETENTION_FACTOR = 1.5;
export const RETENTION_MIN_EXCESS_DAYS = 1;

/**
 * "2 cookies and 3 requests": each cookie (name and domain) and each request
 * (URL) counted once, as the evidence lists them, however many visits saw it.
 */
function itemsCounted(
  cookies: { name: string; domain: string }[],
  requests: { url: string }[],
): string {
  return itemsPhrase(
    new Set(cookies.map((c) => `${c.name}\u0000${c.domain}`)).size,
    new Set(requests.map((r) => r.url)).size,
  );
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = key(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const cap = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/**
 * What a finding rests on (read by basis.ts): which of the merged
 * declarations it was checked against, and whether it rests on something
 * they do not say — the findings a policy the reader did not fully map can
 * be wrong about.
 */
export type Basis =
  | { declarations: (d: DeclaredPolicy) => boolean; absence: boolean }
  | { consent: true }
  | { signal: DeclarationRef | null }
  | { nothing: true };

const BASIS = new WeakMap<Discrepancy, Basis>();
export const basisOf = (d: Discrepancy): Basis | undefined => BASIS.get(d);

const everyDeclaration = () => true;
const cmpCookieLists = (d: DeclaredPolicy) => d.cookies.length > 0;
const prose = (d: DeclaredPolicy) => d.source === 'policy-text' || d.source === 'user';

function finding(
  kind: Kind,
  subject: string,
  title: string,
  explanation: string,
  ev: Partial<Discrepancy['evidence']>,
  basis: Basis,
): Discrepancy {
  const f: Discrepancy = {
    kind,
    severity: SEVERITY[kind],
    subject,
    title,
    explanation,
    evidence: {
      // The same cookie or URL seen on several pages of the site is one item.
      cookies: uniqueBy(ev.cookies ?? [], (c) => `${c.name}\u0000${c.domain}`).map(cookieEvidence),
      requests: uniqueBy(ev.requests ?? [], (r) => r.url).map(requestEvidence),
      storage: ev.storage ?? [],
      quote: ev.quote ?? null,
    },
    // Filled in by findDiscrepancies (basis.ts), which knows the declarations' origins.
    declaredBy: [],
    hosts: [],
    checkPolicy: null,
  };
  BASIS.set(f, basis);
  return f;
}

const cookieEvidence = (c: EvidenceCookie): EvidenceCookie => ({
  name: c.name,
  domain: c.domain,
  party: c.party,
  category: c.category,
  vendor: c.vendor,
  lifetimeDays: c.lifetimeDays,
  requestedLifetimeDays: c.requestedLifetimeDays,
  setter: c.setter,
  firstSeen: c.firstSeen,
  page: c.page,
});
const requestEvidence = (r: EvidenceRequest): EvidenceRequest => ({
  url: r.url,
  type: r.type,
  party: r.party,
  category: r.category,
  vendor: r.vendor,
  rule: r.rule,
  ...(r.correction ? { correction: r.correction } : {}),
  time: r.time,
  page: r.page,
});

const trackingRequests = (input: AuditInput) => input.requests.filter((r) => r.tracker);
const lifetimeOf = (c: ObservedCookie) => c.requestedLifetimeDays ?? c.lifetimeDays;

/**
 * One cookie seen on several pages of the site is one subject: its rows are
 * grouped by name and domain, the first one stands for the group.
 */
function cookieSubjects(cookies: ObservedCookie[]): ObservedCookie[][] {
  return [...groupBy(cookies, (c) => `${c.name}\u0000${c.domain}`).values()];
}

export function undeclaredCategory(input: AuditInput, d: DeclaredPolicy): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const c of TRACKING) {
    if (d.categories.includes(c)) continue;
    const cookies = input.cookies.filter((x) => x.category === c);
    const requests = trackingRequests(input).filter((x) => x.category === c);
    if (!cookies.length && !requests.length) continue;
    // "Tracking cookies", "unclassified": cookies of no stated kind, in words.
    const declared = d.categories.length
      ? d.categories.map((k) => (k === 'unknown' ? 'cookies of no stated kind' : k)).join(', ')
      : 'no category at all';
    out.push(
      finding(
        'undeclared-category',
        c,
        `Undeclared ${categoryShort(c)} cookies or trackers`,
        `The site uses ${categoryWords(c)} cookies or trackers (${itemsCounted(cookies, requests)}), ` +
          `but its declaration (${d.source}) lists ${declared}.`,
        { cookies, requests },
        { declarations: everyDeclaration, absence: true },
      ),
    );
  }
  return out;
}

export function undeclaredVendor(
  input: AuditInput,
  d: DeclaredPolicy,
  isDeclared: (vendor: string) => boolean,
): Discrepancy[] {
  if (d.vendors.length === 0) return [];
  const cookies = input.cookies.filter(
    (c) => c.party === 'third' && c.vendor && c.category !== 'necessary',
  );
  const requests = trackingRequests(input).filter(
    (r) => r.party === 'third' && r.vendor && r.category !== 'necessary',
  );
  // Group by organisation; the finding is named as the tracker database names
  // it (requests first), else as the cookie database does.
  const groups = new Map<
    string,
    { names: string[]; cookies: typeof cookies; requests: typeof requests }
  >();
  const groupOf = (vendor: string) => {
    const key = vendorKey(vendor);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { names: [], cookies: [], requests: [] }));
    if (!g.names.includes(vendor)) g.names.push(vendor);
    return g;
  };
  for (const r of requests) groupOf(r.vendor!).requests.push(r);
  for (const c of cookies) groupOf(c.vendor!).cookies.push(c);
  const out: Discrepancy[] = [];
  const named = [...groups.values()].map((g) => ({ ...g, v: g.names[0]! }));
  for (const { v, names, cookies: vc, requests: vr } of named.sort((a, b) =>
    a.v < b.v ? -1 : a.v > b.v ? 1 : 0,
  )) {
    if (names.some((n) => isDeclared(n))) continue;
    out.push(
      finding(
        'undeclared-vendor',
        v,
        `${v} is not among the named third parties`,
        `The declaration names its third parties (${d.vendors.join(', ')}), but ${v} also received data ` +
          `(${itemsCounted(vc, vr)}).`,
        { cookies: vc, requests: vr },
        { declarations: everyDeclaration, absence: true },
      ),
    );
  }
  return out;
}

/** CMP cookie names may be patterns: Cookiebot writes `_ga_#` (any suffix), others `_hj*`. */
export function declaredNameMatches(pattern: string, name: string): boolean {
  if (pattern === name) return true;
  const prefix = wildcardPrefix(pattern);
  return !!prefix && name.startsWith(prefix) && name.length > prefix.length;
}

/**
 * What comes before a name pattern's wildcard suffix (`#…`, `*`, `[x…]`,
 * `_xxx…`), or null. Scanned from the end by hand: the pattern is the
 * site's CMP text.
 */
function wildcardPrefix(pattern: string): string | null {
  const p = pattern.toLowerCase();
  let e = p.length;
  if (p.endsWith('*')) return pattern.slice(0, -1);
  if (p.endsWith('#')) return trimCharEnd(pattern, '#');
  if (p.endsWith('x]')) {
    e--;
    while (e > 0 && p[e - 1] === 'x') e--;
    return p[e - 1] === '[' ? pattern.slice(0, e - 1) : null;
  }
  while (e > 0 && p[e - 1] === 'x') e--;
  return p.length - e >= 3 && p[e - 1] === '_' ? pattern.slice(0, e - 1) : null;
}

function declaredCookieFor(d: DeclaredPolicy, c: ObservedCookie) {
  return d.cookies.find(
    (dc) =>
      declaredNameMatches(dc.name, c.name) &&
      (!dc.domain ||
        c.domain.endsWith(dc.domain.replace(/^\./, '')) ||
        dc.domain.endsWith(c.domain)),
  );
}

export function undeclaredCookie(input: AuditInput, d: DeclaredPolicy): Discrepancy[] {
  if (d.cookies.length === 0) return [];
  return cookieSubjects(input.cookies.filter((c) => !declaredCookieFor(d, c))).map((group) => {
    const c = group[0]!;
    return finding(
      'undeclared-cookie',
      `${c.name}@${c.domain}`,
      `Cookie ${c.name} is not in the consent banner's cookie list`,
      `The consent banner lists ${plural(d.cookies.length, 'cookie')}, but ${c.name} (${c.domain}) ` +
        `was set too and is not among them.`,
      { cookies: group },
      { declarations: cmpCookieLists, absence: true },
    );
  });
}

export function misdeclaredCookie(input: AuditInput): Discrepancy[] {
  const misdeclared = input.cookies.filter(
    (c) =>
      c.declaredCategory &&
      c.knownCategory &&
      RANK[c.knownCategory] > RANK[c.declaredCategory] &&
      RANK[c.declaredCategory] >= 0,
  );
  return cookieSubjects(misdeclared)
    .map((group) => [group[0]!, group] as const)
    .map(([c, group]) =>
      finding(
        'misdeclared-cookie',
        `${c.name}@${c.domain}`,
        `Cookie ${c.name} is declared as ${c.declaredCategory} but is ${c.knownCategory}`,
        `The site declares ${c.name} as a ${categoryWords(c.declaredCategory!)} cookie, but it is known as a ` +
          `${categoryWords(c.knownCategory!)} cookie${c.vendor ? ` of ${c.vendor}` : ''}, which is more intrusive.`,
        { cookies: group },
        { declarations: cmpCookieLists, absence: false },
      ),
    );
}

function claimFor(d: DeclaredPolicy, category: Category): RetentionClaim | null {
  const claims = d.retention.filter((r) => r.category === category);
  if (claims.length === 0) return null;
  // The most generous claim for the category is the one to hold the site to.
  return claims.reduce((a, b) =>
    a.maxDays === null ? b : b.maxDays === null ? a : b.maxDays > a.maxDays ? b : a,
  );
}

export function retentionExceeds(input: AuditInput, d: DeclaredPolicy): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const group of cookieSubjects(input.cookies)) {
    // The longest lifetime the site asked for on any page is the one that counts.
    const c = group.reduce((a, b) => ((lifetimeOf(b) ?? -1) > (lifetimeOf(a) ?? -1) ? b : a));
    const life = lifetimeOf(c);
    const dc = declaredCookieFor(d, c);
    let max: number | null;
    let quote: string;
    let basis: Basis;
    if (dc && d.cookies.length) {
      max = dc.maxDays;
      quote = `${dc.name}: ${dc.maxDays === null ? 'session' : `${dc.maxDays} days`} (${d.source})`;
      basis = { declarations: cmpCookieLists, absence: false };
    } else {
      const claim = claimFor(d, c.category) ?? claimFor(d, 'unknown');
      if (!claim) continue;
      max = claim.maxDays;
      quote = claim.quote;
      // Held to what the site says of cookies in general because nothing was
      // read about this category: the policy may say more where it was not read.
      basis = {
        declarations: (x) => x.retention.some((r) => r.quote === claim.quote),
        absence: claim.category !== c.category,
      };
    }
    const exceeds =
      life !== null &&
      (max === null || (life > RETENTION_FACTOR * max && life - max >= RETENTION_MIN_EXCESS_DAYS));
    if (!exceeds) continue;
    out.push(
      finding(
        'retention-exceeds-declared',
        `${c.name}@${c.domain}`,
        `Cookie ${c.name} lives longer than declared`,
        `${c.name} asks to be kept for ${days(life)}, but the declaration says ${c.category} cookies ` +
          `are kept for ${max === null ? 'the session only' : `at most ${days(max)}`}.`,
        { cookies: group, quote },
        basis,
      ),
    );
  }
  return out;
}

function trackingItems(input: AuditInput) {
  const cookies = input.cookies.filter((c) => TRACKING.includes(c.category) && !c.blocked);
  const requests = trackingRequests(input).filter((r) => TRACKING.includes(r.category));
  return { cookies, requests };
}

export function beforeConsent(input: AuditInput): Discrepancy[] {
  if (!input.consent) return [];
  const timeline = timelineOf(input.consent);
  const before = (t: number) => consentAt(timeline, t)?.status === 'none';
  const { cookies, requests } = trackingItems(input);
  const bc = groupBy(
    cookies.filter((c) => before(c.firstSeen)),
    (c) => c.category,
  );
  const br = groupBy(
    requests.filter((r) => before(r.time + CONSENT_STAMP_SKEW_MS)),
    (r) => r.category,
  );
  return TRACKING.filter((c) => bc.has(c) || br.has(c)).map((c) => {
    const ck = bc.get(c) ?? [];
    const rq = br.get(c) ?? [];
    return finding(
      'before-consent',
      c,
      `${cap(categoryShort(c))} cookies or trackers before consent`,
      `A consent banner is present, but ${itemsCounted(ck, rq)} of the ${categoryWords(c)} ` +
        `category happened before any choice was made.`,
      { cookies: ck, requests: rq },
      { consent: true },
    );
  });
}

export function afterRejection(input: AuditInput): Discrepancy[] {
  if (!input.consent) return [];
  const points = input.consent;
  const timeline = timelineOf(points);
  // A CMP's defaults before any choice (OneTrust writes C0004:0 on first
  // load) are not a refusal: only a state after a choice counts.
  const rejected = (cat: Category, t: number) => categoryAllowedAt(timeline, t, cat) === false;
  const { cookies, requests } = trackingItems(input);
  const ac = groupBy(
    cookies.filter((c) => rejected(c.category, c.firstSeen)),
    (c) => c.category,
  );
  const ar = groupBy(
    requests.filter((r) => rejected(r.category, r.time)),
    (r) => r.category,
  );
  return TRACKING.filter((c) => ac.has(c) || ar.has(c)).map((c) => {
    const ck = ac.get(c) ?? [];
    const rq = ar.get(c) ?? [];
    const choice = points.find((p) => p.status !== 'none' && p.categories[c] === false);
    return finding(
      'after-rejection',
      c,
      `${cap(categoryShort(c))} cookies or trackers after you refused them`,
      `You refused ${categoryWords(c)} cookies, yet ${itemsCounted(ck, rq)} of that category ` +
        `happened afterwards.`,
      { cookies: ck, requests: rq, quote: choice?.evidence ?? null },
      { consent: true },
    );
  });
}

/** Names (and hosts) for an explanation, the first few of them. */
function someNames(names: string[], max = 5): string {
  const u = [...new Set(names)];
  return u.length <= max
    ? u.join(', ')
    : `${u.slice(0, max).join(', ')} and ${u.length - max} more`;
}

/**
 * The first withdrawal of `category`: a choice that refuses it after an
 * earlier choice allowed it. Null when it was never allowed, then refused.
 */
function withdrawalOf(
  records: readonly ConsentRecord[],
  category: Category,
): { accepted: ConsentRecord; withdrawn: ConsentRecord } | null {
  let accepted: ConsentRecord | null = null;
  for (const r of [...records].sort((a, b) => a.time - b.time)) {
    if (r.status === 'none') continue;
    if (r.categories[category] === true) accepted ??= r;
    else if (r.categories[category] === false && accepted) return { accepted, withdrawn: r };
  }
  return null;
}

/**
 * Consent given, then withdrawn (SPEC `after-revocation`): per category, the
 * cookies set while it was allowed that the browser still stored when the
 * records end (so they keep being sent to their site), and the trackers of
 * it that fired after the withdrawal while it stayed refused.
 */
export function afterRevocation(input: AuditInput): Discrepancy[] {
  if (!input.consent) return [];
  const timeline = timelineOf(input.consent);
  const { cookies, requests } = trackingItems(input);
  const out: Discrepancy[] = [];
  for (const c of TRACKING) {
    const w = withdrawalOf(input.consent, c);
    if (!w) continue;
    const at = w.withdrawn.time;
    const kept = cookies.filter(
      (k) =>
        k.category === c &&
        k.firstSeen < at &&
        k.firstSeen >= w.accepted.time &&
        categoryAllowedAt(timeline, k.firstSeen, c) === true &&
        k.removedAt === null,
    );
    const fired = requests.filter(
      (r) => r.category === c && r.time >= at && categoryAllowedAt(timeline, r.time, c) === false,
    );
    if (!kept.length && !fired.length) continue;
    const parts: string[] = [];
    if (kept.length)
      parts.push(
        `${plural(new Set(kept.map((k) => `${k.name}\u0000${k.domain}`)).size, 'cookie')} set under ` +
          `the acceptance (${someNames(kept.map((k) => `${k.name}@${k.domain}`))}) ` +
          `${kept.length === 1 ? 'was' : 'were'} still stored when the audit ended, so the browser ` +
          `keeps sending them to their site`,
      );
    if (fired.length)
      parts.push(
        `${plural(new Set(fired.map((r) => r.url)).size, 'request')} of that category ` +
          `(${someNames(fired.map((r) => hostOf(r.url)))}) fired after the withdrawal`,
      );
    out.push(
      finding(
        'after-revocation',
        c,
        `${cap(categoryShort(c))} cookies or trackers kept after you withdrew consent`,
        `You accepted ${categoryWords(c)} cookies (${new Date(w.accepted.time).toISOString()}), ` +
          `then withdrew that consent (${new Date(at).toISOString()}), yet ${parts.join(', and ')}.`,
        { cookies: kept, requests: fired, quote: w.withdrawn.evidence },
        { consent: true },
      ),
    );
  }
  return out;
}

export function undeclaredTechnology(input: AuditInput, d: DeclaredPolicy): Discrepancy[] {
  // CMP declarations list cookies, not technologies: only prose and the user can be held to this.
  if (d.source !== 'policy-text' && d.source !== 'user') return [];
  const t = new Set(d.technologies);
  const out: Discrepancy[] = [];
  const beacons = input.requests.filter((r) => r.beacon);
  const pixels = input.requests.filter((r) => r.pixel);
  const beaconsDeclared = t.has('web_beacons') || t.has('pixel_tags');
  if (beacons.length && !beaconsDeclared) {
    out.push(
      finding(
        'undeclared-technology',
        'web_beacons',
        'Beacons sent without being declared',
        `The page sent ${plural(beacons.length, 'beacon')} (data sent in the background, often as the page closes), ` +
          `but the declaration does not mention web beacons.`,
        { requests: beacons },
        { declarations: prose, absence: true },
      ),
    );
  }
  if (pixels.length && !beaconsDeclared) {
    out.push(
      finding(
        'undeclared-technology',
        'pixel_tags',
        'Tracking pixels without being declared',
        `The page loaded ${plural(pixels.length, 'tracking pixel')} (invisible images from third parties), ` +
          `but the declaration does not mention pixels or web beacons.`,
        { requests: pixels },
        { declarations: prose, absence: true },
      ),
    );
  }
  const storage: EvidenceStorage[] = input.storage;
  if (storage.length && !t.has('local_storage')) {
    out.push(
      finding(
        'undeclared-technology',
        'local_storage',
        'Web storage used without being declared',
        `Scripts stored ${plural(storage.length, 'item')} on the device (${[...new Set(storage.map((s) => s.kind))].join(', ')}), ` +
          `but the declaration does not mention local storage or other web storage.`,
        { storage },
        { declarations: prose, absence: true },
      ),
    );
  }
  return out;
}

export function signalIgnored(input: AuditInput, which: 'dnt' | 'gpc'): Discrepancy[] {
  const sent = which === 'dnt' ? input.signals.dntSent : input.signals.gpcSent;
  const says = which === 'dnt' ? input.signals.siteHonorsDnt : input.signals.siteHonorsGpc;
  if (!sent || !says?.honors) return [];
  const { cookies: allCookies, requests: allRequests } = trackingItems(input);
  // Only what happened on pages loaded with the signal counts.
  const onPages = input.signals.pagesWith?.[which];
  const cookies = onPages ? allCookies.filter((c) => onPages.includes(c.page)) : allCookies;
  const requests = onPages ? allRequests.filter((r) => onPages.includes(r.page)) : allRequests;
  if (!cookies.length && !requests.length) return [];
  const name = which === 'dnt' ? 'Do Not Track' : 'Global Privacy Control';
  return [
    finding(
      which === 'dnt' ? 'dnt-ignored' : 'gpc-ignored',
      which,
      `${name} signal ignored`,
      `The site says it honours ${name}, and the browser sent it, yet ${itemsCounted(cookies, requests)} ` +
        `of non-necessary tracking happened.`,
      { cookies, requests, quote: says.quote },
      { signal: says.by ?? null },
    ),
  ];
}

export function noDeclaration(): Discrepancy {
  return finding(
    'no-declaration',
    'declaration',
    'No cookie declaration found',
    'No cookie or privacy policy and no consent-banner declaration could be found for this site, so what it does ' +
      'cannot be compared with what it says. You can point the extension to the policy page or paste its text.',
    {},
    { nothing: true },
  );
}
