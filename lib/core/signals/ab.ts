// The DNT / GPC A/B test (issue 12 items 4–5): two loads of one page, each
// from a clean cookie and storage state for the site — load A with no
// signal, load B with DNT: 1 and Sec-GPC: 1 — compared: non-necessary
// cookies, storage items and tracker requests (by vendor and category), what
// appeared only in A, only in B or in both, the opt-out strings of each load,
// and one verdict per signal in plain language. Pure: the command line
// (--signals-ab) and the background build each load's records as a report
// and call it.
//
// Principles of the verdict (not tuned to a fixture):
// - tracking = cookies (stored, not blocked), storage items and tracker
//   requests of a non-necessary category (preferences, analytics,
//   advertising, social: as the findings count them; items of unknown
//   category are not known to be non-necessary and are left out); the
//   opt-out string cookies (usprivacy, OptanonConsent, __gpp…) are the
//   record of the visitor's choice, not tracking, and are left out too;
// - a signal is honoured when, with it sent, no tracking happened (where
//   there was some without it), or — GPC only, whose legal effect is an
//   opt-out of sale / sharing — an opt-out string registered the opt-out and
//   tracking stopped; registered but tracking went on is "partly honoured";
// - it is ignored when tracking still happened with it sent and no opt-out
//   string registered the opt-out (fewer items than without it is noted, but
//   is no honouring: the site still tracks a visitor who asked it not to);
// - one load B sends both signals: a change cannot be attributed to one of
//   them alone, and the verdict says so where something changed.
import { compareOptOut, OPT_OUT_COOKIES, type OptOutComparison } from '../cmp/optout.ts';
import type { OptOutStrings } from '../cmp/optout.ts';
import { clip } from '../cmp/result.ts';
import { sortBySeverity } from '../discrepancies/index.ts';
import { SEVERITY, type Discrepancy } from '../discrepancies/types.ts';
import { vendorKey } from '../discrepancies/vendors.ts';
import type { ReportedOptOut } from '../report-optout.ts';
import type { Category, Stance } from '../types.ts';

/** Items listed per difference (only A, only B, both) and kind; the counts stay exact. */
export const MAX_AB_ITEMS = 100;
/** Longest name, key, host or vendor kept (site-controlled text). */
const MAX_TEXT = 200;

export type Signal = 'dnt' | 'gpc';

/** What one load recorded, as its report has it (Report's fields, read defensively). */
export interface AbLoadRecords {
  cookies: readonly {
    name: string;
    domain: string;
    category: Category;
    knownCategory?: Category | null;
    vendor: string | null;
    blocked?: boolean;
  }[];
  storage: readonly {
    kind: string;
    origin: string;
    key: string;
    category: Category;
    vendor: string | null;
  }[];
  requests: readonly {
    url: string;
    tracker: { category: Category; vendor: string | null } | null;
  }[];
  /** The load's last opt-out string reading (report.dnt.optOutStrings.latest). */
  optOut: ReportedOptOut | null;
}

/** What the site says about a signal, and where. */
export interface AbClaim {
  stance: Stance;
  /** Where it says so: `gpc.json`, `policy`, `dnt-policy.txt`, `/.well-known/dnt/`. */
  by: string[];
}

export interface AbCount {
  cookies: number;
  storage: number;
  trackerRequests: number;
}

export interface AbLoadSummary extends AbCount {
  /** Hosts the tracker requests went to. */
  trackerHosts: number;
  /** Distinct vendors of the tracking (null vendors not counted). */
  vendors: number;
  byVendor: (AbCount & { vendor: string | null })[];
  byCategory: (AbCount & { category: Category })[];
  optOut: {
    usPrivacy: string | null;
    /** The US Privacy String's opt-out-of-sale character (Y, N, -). */
    usPrivacyOptOut: 'Y' | 'N' | '-' | null;
    gpp: string | null;
    optanonIsGpcEnabled: 0 | 1 | null;
  };
}

export interface AbCookie {
  name: string;
  domain: string;
  category: Category;
  vendor: string | null;
}
export interface AbStorage {
  kind: string;
  origin: string;
  key: string;
  category: Category;
  vendor: string | null;
}
export interface AbTracker {
  host: string;
  vendor: string | null;
  category: Category;
  requestsA: number;
  requestsB: number;
}

export interface AbItems {
  cookies: AbCookie[];
  storage: AbStorage[];
  trackers: AbTracker[];
  /** Items left out of the lists above (MAX_AB_ITEMS per kind). */
  leftOut: number;
}

export type AbOutcome = 'honoured' | 'partly honoured' | 'ignored' | 'no tracking to stop';

export interface AbVerdict {
  signal: Signal;
  claim: AbClaim;
  outcome: AbOutcome;
  /** The finding it gives: only when the site says it honours the signal and ignored it. */
  finding: 'dnt-ignored' | 'gpc-ignored' | null;
  /** One line in plain language. */
  text: string;
}

export interface SignalsAb {
  /** The page both loads loaded. */
  url: string;
  /** The signals each load sent. */
  sent: { a: { dnt: boolean; gpc: boolean }; b: { dnt: boolean; gpc: boolean } };
  note: string;
  loads: { a: AbLoadSummary; b: AbLoadSummary };
  onlyA: AbItems;
  onlyB: AbItems;
  both: AbItems;
  /** Per opt-out string, load A → load B (compareOptOut), and whether the US Privacy String's opt-out flipped to Y. */
  optOut: {
    usPrivacy: OptOutComparison & { flippedToY: boolean };
    gpp: OptOutComparison;
    optanon: OptOutComparison;
  };
  verdicts: { dnt: AbVerdict; gpc: AbVerdict };
}

export const AB_NOTE =
  'Load B sent DNT and GPC together: a change between the loads cannot be attributed to one of them alone.';

const NAME: Record<Signal, string> = { dnt: 'DNT', gpc: 'GPC' };
/** The non-necessary categories (lib/core/discrepancies/rules.ts counts the same). */
const TRACKING: readonly Category[] = ['preferences', 'analytics', 'advertising', 'social'];
const optOutCookieNames = new Set(OPT_OUT_COOKIES);

const t = (s: unknown) => clip(typeof s === 'string' ? s : String(s ?? ''), MAX_TEXT);

function hostOfUrl(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

interface Tracking {
  cookies: Map<string, AbCookie>;
  storage: Map<string, AbStorage>;
  /** host → tracker, with its request count in `requestsA`. */
  trackers: Map<string, { host: string; vendor: string | null; category: Category; n: number }>;
}

/** A load's non-necessary tracking, keyed: cookie name+domain, storage kind+origin+key, tracker host. */
function trackingOf(r: AbLoadRecords): Tracking {
  const cookies = new Map<string, AbCookie>();
  for (const c of r.cookies) {
    // Held to what the cookie is known to be, as the findings are.
    const category = c.knownCategory ?? c.category;
    if (c.blocked || !TRACKING.includes(category) || optOutCookieNames.has(c.name)) continue;
    const domain = c.domain.replace(/^\./, '');
    const key = `${c.name}\u0000${domain}`;
    if (!cookies.has(key))
      cookies.set(key, {
        name: t(c.name),
        domain: t(domain),
        category,
        vendor: vendorOf(c.vendor),
      });
  }
  const storage = new Map<string, AbStorage>();
  for (const s of r.storage) {
    if (!TRACKING.includes(s.category)) continue;
    const key = `${s.kind}\u0000${s.origin}\u0000${s.key}`;
    if (!storage.has(key))
      storage.set(key, {
        kind: t(s.kind),
        origin: t(s.origin),
        key: t(s.key),
        category: s.category,
        vendor: vendorOf(s.vendor),
      });
  }
  const trackers: Tracking['trackers'] = new Map();
  for (const q of r.requests) {
    if (!q.tracker || !TRACKING.includes(q.tracker.category)) continue;
    const host = t(hostOfUrl(q.url));
    const seen = trackers.get(host);
    if (seen) seen.n++;
    else
      trackers.set(host, {
        host,
        vendor: vendorOf(q.tracker.vendor),
        category: q.tracker.category,
        n: 1,
      });
  }
  return { cookies, storage, trackers };
}

const vendorOf = (v: string | null | undefined) => (v ? t(v) : null);

function summaryOf(tr: Tracking, optOut: ReportedOptOut | null): AbLoadSummary {
  const byVendor = new Map<string | null, AbCount>();
  const byCategory = new Map<Category, AbCount>();
  const add = (vendor: string | null, category: Category, k: keyof AbCount, n: number) => {
    for (const [m, key] of [
      [byVendor, vendor],
      [byCategory, category],
    ] as const) {
      const c = (m as Map<unknown, AbCount>).get(key) ?? {
        cookies: 0,
        storage: 0,
        trackerRequests: 0,
      };
      c[k] += n;
      (m as Map<unknown, AbCount>).set(key, c);
    }
  };
  for (const c of tr.cookies.values()) add(c.vendor, c.category, 'cookies', 1);
  for (const s of tr.storage.values()) add(s.vendor, s.category, 'storage', 1);
  let trackerRequests = 0;
  for (const x of tr.trackers.values()) {
    add(x.vendor, x.category, 'trackerRequests', x.n);
    trackerRequests += x.n;
  }
  const usp = optOut?.usPrivacy ?? null;
  return {
    cookies: tr.cookies.size,
    storage: tr.storage.size,
    trackerRequests,
    trackerHosts: tr.trackers.size,
    // One per company: "Facebook" (cookie database) and "Meta" (tracker
    // database) are one vendor, though byVendor keeps each name's row.
    vendors: new Set([...byVendor.keys()].filter((v): v is string => v !== null).map(vendorKey))
      .size,
    byVendor: [...byVendor]
      .map(([vendor, c]) => ({ vendor, ...c }))
      .sort((a, b) => cmpNullLast(a.vendor, b.vendor)),
    byCategory: [...byCategory]
      .map(([category, c]) => ({ category, ...c }))
      .sort((a, b) => a.category.localeCompare(b.category)),
    optOut: {
      usPrivacy: usp ? t(usp.raw) : null,
      usPrivacyOptOut: usp?.parsed?.optOut ?? null,
      gpp: optOut?.gpp ? t(optOut.gpp.raw) : null,
      optanonIsGpcEnabled: optOut?.optanon?.isGpcEnabled ?? null,
    },
  };
}

function cmpNullLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}

const byKey = <T>(m: Map<string, T>) => [...m.keys()].sort();

/** Items of kinds in `pick` from A's and B's tracking, bounded per kind. */
function itemsOf(a: Tracking, b: Tracking, which: 'onlyA' | 'onlyB' | 'both'): AbItems {
  const keep = (inA: boolean, inB: boolean) =>
    which === 'onlyA' ? inA && !inB : which === 'onlyB' ? inB && !inA : inA && inB;
  let leftOut = 0;
  const bounded = <T>(xs: T[]) => {
    leftOut += Math.max(0, xs.length - MAX_AB_ITEMS);
    return xs.slice(0, MAX_AB_ITEMS);
  };
  const keysOf = <T>(ma: Map<string, T>, mb: Map<string, T>) =>
    [...new Set([...byKey(ma), ...byKey(mb)])].sort().filter((k) => keep(ma.has(k), mb.has(k)));
  const cookies = bounded(
    keysOf(a.cookies, b.cookies).map((k) => (a.cookies.get(k) ?? b.cookies.get(k))!),
  );
  const storage = bounded(
    keysOf(a.storage, b.storage).map((k) => (a.storage.get(k) ?? b.storage.get(k))!),
  );
  const trackers = bounded(
    keysOf(a.trackers, b.trackers).map((k) => {
      const x = (a.trackers.get(k) ?? b.trackers.get(k))!;
      return {
        host: x.host,
        vendor: x.vendor,
        category: x.category,
        requestsA: a.trackers.get(k)?.n ?? 0,
        requestsB: b.trackers.get(k)?.n ?? 0,
      };
    }),
  );
  return { cookies, storage, trackers, leftOut };
}

/** A reported reading back into the reader's form (what compareOptOut takes). */
export function optOutStringsOf(r: ReportedOptOut | null): OptOutStrings | null {
  if (!r) return null;
  return {
    apis: r.apis,
    usPrivacy: r.usPrivacy && {
      source: r.usPrivacy.source,
      raw: r.usPrivacy.raw,
      value: r.usPrivacy.parsed,
      error: r.usPrivacy.error,
    },
    gpp: r.gpp && {
      source: r.gpp.source,
      raw: r.gpp.raw,
      value:
        r.gpp.error === null
          ? { sectionIds: r.gpp.sectionIds, sections: r.gpp.sections, us: r.gpp.us }
          : null,
      error: r.gpp.error,
      applicableSections: r.gpp.applicableSections,
      signalStatus: r.gpp.signalStatus,
    },
    optanon: r.optanon && {
      source: r.optanon.source,
      raw: r.optanon.raw,
      value:
        r.optanon.error === null
          ? {
              isGpcEnabled: r.optanon.isGpcEnabled,
              browserGpcFlag: r.optanon.browserGpcFlag,
              groups: r.optanon.groups,
            }
          : null,
      error: r.optanon.error,
    },
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "6 tracker requests of 3 vendors, 2 non-necessary cookies, 1 storage item" ("" when none). */
export function trackingText(s: AbLoadSummary): string {
  const parts: string[] = [];
  if (s.trackerRequests)
    parts.push(
      `${plural(s.trackerRequests, 'tracker request')} to ${plural(s.trackerHosts, 'host')}`,
    );
  if (s.cookies) parts.push(plural(s.cookies, 'non-necessary cookie'));
  if (s.storage) parts.push(plural(s.storage, 'non-necessary storage item'));
  if (!parts.length) return '';
  return `${parts.join(', ')}${s.vendors ? ` (${plural(s.vendors, 'vendor')})` : ''}`;
}

function claimText(signal: Signal, c: AbClaim): string {
  const n = NAME[signal];
  const by = c.by.length ? ` (${c.by.join(', ')})` : '';
  switch (c.stance) {
    case 'honors':
      return `says it honours ${n}${by}`;
    case 'ignores':
      return `says it does not honour ${n}${by}`;
    case 'partial':
      return `says it honours ${n} in part${by}`;
    case 'reserves':
      return `reserves the right to ignore ${n}${by}`;
    default:
      return `says nothing about ${n}`;
  }
}

const LABEL = {
  usPrivacy: 'the US Privacy String',
  gpp: 'the GPP string',
  optanon: "OneTrust's OptanonConsent",
} as const;

function verdictOf(
  signal: Signal,
  claim: AbClaim,
  ab: Omit<SignalsAb, 'verdicts' | 'note' | 'url' | 'sent'>,
): AbVerdict {
  const n = NAME[signal];
  const other = NAME[signal === 'dnt' ? 'gpc' : 'dnt'];
  const { a, b } = ab.loads;
  const inA = trackingText(a);
  const inB = trackingText(b);
  const changed = ab.onlyA.cookies.length + ab.onlyA.storage.length + ab.onlyA.trackers.length > 0;
  const sameTracking =
    !changed &&
    ab.onlyB.cookies.length + ab.onlyB.storage.length + ab.onlyB.trackers.length === 0 &&
    a.trackerRequests === b.trackerRequests;
  // The opt-out strings are GPC's: its legal effect is an opt-out of sale / sharing.
  const strings = (['usPrivacy', 'gpp', 'optanon'] as const).filter(
    (k) => ab.optOut[k].outcome !== 'absent' || ab.optOut[k].before !== null,
  );
  const registered = strings.filter((k) => ab.optOut[k].outcome === 'registered opt-out');
  const stringText =
    signal !== 'gpc' || strings.length === 0
      ? ''
      : registered.length
        ? ` and ${registered
            .map(
              (k) =>
                `${LABEL[k]} registered the opt-out (${ab.optOut[k].before ?? 'absent'} → ${ab.optOut[k].after})`,
            )
            .join(', ')}`
        : ` and ${strings
            .map(
              (k) =>
                `${LABEL[k]} ${ab.optOut[k].outcome === 'malformed' ? 'was malformed' : 'did not register an opt-out'}`,
            )
            .join(', ')}`;
  let outcome: AbOutcome;
  let observed: string;
  if (!inB) {
    outcome = inA || registered.length ? 'honoured' : 'no tracking to stop';
    observed = inA
      ? `with ${n} sent, non-necessary tracking stopped (without: ${inA}; with: none)`
      : `no non-necessary tracking in either load`;
  } else {
    outcome = registered.length && signal === 'gpc' ? 'partly honoured' : 'ignored';
    observed = sameTracking
      ? `with ${n} sent, the same ${inB} as without it`
      : inA
        ? `with ${n} sent, ${inB} still happened (without: ${inA})`
        : `with ${n} sent, ${inB} happened (without: none)`;
  }
  const finding =
    outcome === 'ignored' && claim.stance === 'honors'
      ? signal === 'dnt'
        ? 'dnt-ignored'
        : 'gpc-ignored'
      : null;
  const nothingChanged = outcome === 'ignored' && sameTracking && registered.length === 0;
  const body =
    nothingChanged && !stringText.includes('was malformed')
      ? `${n} changed nothing (${inB} in both loads${stringText ? `;${stringText.replace(/^ and/, '')}` : ''})`
      : `${observed}${stringText}`;
  const attribution =
    outcome === 'honoured' || outcome === 'partly honoured' || (outcome === 'ignored' && changed)
      ? ` (${other} was sent too: not attributable to ${n} alone)`
      : '';
  return {
    signal,
    claim,
    outcome,
    finding,
    text: `${claimText(signal, claim)}; ${body}${attribution} → ${finding ?? outcome}`,
  };
}

/**
 * Compares load A (no signal) with load B (DNT and GPC sent), each from a
 * clean state, given what the site says about each signal.
 */
export function compareSignalsAb(
  url: string,
  a: AbLoadRecords,
  b: AbLoadRecords,
  claims: { dnt: AbClaim; gpc: AbClaim },
): SignalsAb {
  const ta = trackingOf(a);
  const tb = trackingOf(b);
  const opt = compareOptOut(optOutStringsOf(a.optOut), optOutStringsOf(b.optOut));
  const uspA = a.optOut?.usPrivacy?.parsed?.optOut ?? null;
  const uspB = b.optOut?.usPrivacy?.parsed?.optOut ?? null;
  const base = {
    loads: { a: summaryOf(ta, a.optOut), b: summaryOf(tb, b.optOut) },
    onlyA: itemsOf(ta, tb, 'onlyA'),
    onlyB: itemsOf(ta, tb, 'onlyB'),
    both: itemsOf(ta, tb, 'both'),
    optOut: {
      usPrivacy: { ...opt.usPrivacy, flippedToY: uspA !== 'Y' && uspB === 'Y' },
      gpp: opt.gpp,
      optanon: opt.optanon,
    },
  };
  return {
    url: t(url),
    sent: { a: { dnt: false, gpc: false }, b: { dnt: true, gpc: true } },
    note: AB_NOTE,
    ...base,
    verdicts: {
      dnt: verdictOf('dnt', claims.dnt, base),
      gpc: verdictOf('gpc', claims.gpc, base),
    },
  };
}

/** What a report says the site says about each signal (its `dnt` section, read defensively). */
export interface AbClaimSources {
  policy: Stance | null;
  gpcPolicy: Stance | null;
  gpcJson: { gpc: boolean } | null;
  published: {
    dntPolicy?: { recognised: boolean; version: string | null } | null;
    trackingStatus?: { status: { tracking: string } | null } | null;
    tk?: readonly { value: string }[];
  } | null;
}

/**
 * The site's word on each signal: GPC from /.well-known/gpc.json and the
 * declaration; DNT from the declaration, a recognised EFF dnt-policy.txt, a
 * tracking status resource saying "N" or a `Tk: N` response header. Any
 * promise to honour is the claim (a policy saying otherwise beside a
 * gpc.json saying true still promised it).
 */
export function abClaims(d: AbClaimSources): { dnt: AbClaim; gpc: AbClaim } {
  const of = (policy: Stance | null, promised: string[]): AbClaim => {
    const by = [...(policy === 'honors' ? ['policy'] : []), ...promised];
    if (by.length) return { stance: 'honors', by };
    if (policy && policy !== 'silent') return { stance: policy, by: ['policy'] };
    return { stance: 'silent', by: [] };
  };
  const p = d.published;
  return {
    gpc: of(d.gpcPolicy, d.gpcJson?.gpc === true ? ['gpc.json'] : []),
    dnt: of(d.policy, [
      ...(p?.dntPolicy?.recognised && p.dntPolicy.version ? ['dnt-policy.txt'] : []),
      ...(p?.trackingStatus?.status?.tracking === 'N' ? ['/.well-known/dnt/'] : []),
      ...((p?.tk ?? []).some((x) => x.value === 'N') ? ['Tk: N'] : []),
    ]),
  };
}

/** The A/B comparison as a dnt-ignored / gpc-ignored finding's `evidence.ab`. */
export type AbEvidence = Omit<SignalsAb, 'verdicts'> & { verdict: AbVerdict };

/**
 * The findings of the load with the signals, held to the A/B test: a
 * dnt-ignored / gpc-ignored finding the test confirms gets the comparison
 * in `evidence.ab` (made when the load's own rule gave none); one the test
 * does not confirm (the site honoured the signal, or there was nothing to
 * stop) is dropped. Other findings are kept as they are.
 */
export function applyAbToFindings(
  findings: readonly Discrepancy[],
  ab: SignalsAb,
  host: string,
): Discrepancy[] {
  const out: Discrepancy[] = [];
  const { verdicts, ...rest } = ab;
  const evidenceOf = (v: AbVerdict): AbEvidence => ({ ...rest, verdict: v });
  for (const f of findings) {
    const signal = f.kind === 'dnt-ignored' ? 'dnt' : f.kind === 'gpc-ignored' ? 'gpc' : null;
    if (!signal) {
      out.push(f);
      continue;
    }
    const v = verdicts[signal];
    if (v.finding !== f.kind) continue;
    out.push({
      ...f,
      explanation: `${f.explanation} A/B test: ${v.text}.`,
      evidence: { ...f.evidence, ab: evidenceOf(v) },
    });
  }
  for (const v of [verdicts.dnt, verdicts.gpc]) {
    if (!v.finding || out.some((f) => f.kind === v.finding)) continue;
    const name = v.signal === 'dnt' ? 'Do Not Track' : 'Global Privacy Control';
    out.push({
      kind: v.finding,
      severity: SEVERITY[v.finding],
      subject: v.signal,
      title: `${name} signal ignored`,
      explanation: `The site says it honours ${name}, and an A/B test shows it does not. A/B test: ${v.text}.`,
      evidence: {
        cookies: [],
        requests: [],
        storage: [],
        quote: `${name}: ${v.claim.by.join(', ')}`,
        ab: evidenceOf(v),
      },
      declaredBy: [],
      hosts: host ? [host] : [],
      checkPolicy: null,
    });
  }
  return sortBySeverity(out);
}

/** What compareSignalsAb reads of a report (a Report has it). */
export interface AbReport {
  cookies: AbLoadRecords['cookies'];
  storage: AbLoadRecords['storage'];
  requests: AbLoadRecords['requests'];
  dnt: AbClaimSources & { optOutStrings: { latest: ReportedOptOut | null } };
}

/**
 * The A/B test of two reports of the same page: `a` made with no signal,
 * `b` with DNT and GPC, each from a clean state. The site's word is read
 * from `b` (from `a` where `b` did not read it).
 */
export function signalsAbOfReports(url: string, a: AbReport, b: AbReport): SignalsAb {
  const load = (r: AbReport): AbLoadRecords => ({
    cookies: r.cookies,
    storage: r.storage,
    requests: r.requests,
    optOut: r.dnt.optOutStrings.latest,
  });
  const said: AbClaimSources = {
    policy: b.dnt.policy ?? a.dnt.policy,
    gpcPolicy: b.dnt.gpcPolicy ?? a.dnt.gpcPolicy,
    gpcJson: b.dnt.gpcJson ?? a.dnt.gpcJson,
    published: {
      dntPolicy: b.dnt.published?.dntPolicy ?? a.dnt.published?.dntPolicy ?? null,
      trackingStatus: b.dnt.published?.trackingStatus ?? a.dnt.published?.trackingStatus ?? null,
      tk: [...(a.dnt.published?.tk ?? []), ...(b.dnt.published?.tk ?? [])],
    },
  };
  return compareSignalsAb(url, load(a), load(b), abClaims(said));
}

/** "1 cookie (_ga @ shop.test), 1 tracker host (www.facebook.com, Meta)": a difference in one line ("none"). */
export function itemsText(x: AbItems, max = 5): string {
  const names = [
    ...x.cookies.map((c) => `cookie ${c.name} @ ${c.domain}`),
    ...x.storage.map((s) => `${s.kind} ${s.key} @ ${s.origin}`),
    ...x.trackers.map((q) => `tracker ${q.host}${q.vendor ? ` (${q.vendor})` : ''}`),
  ];
  if (!names.length) return 'none';
  const more = names.length - max + x.leftOut;
  return `${names.slice(0, max).join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
}

/** The A/B test in plain-text lines: both loads, the differences, the verdicts (CLI and report). */
export function abLines(ab: SignalsAb): string[] {
  const load = (s: AbLoadSummary) => {
    const strings = [
      s.optOut.usPrivacy !== null ? `US Privacy String ${s.optOut.usPrivacy}` : '',
      s.optOut.gpp !== null ? `GPP ${clip(s.optOut.gpp, 40)}` : '',
      s.optOut.optanonIsGpcEnabled !== null
        ? `OptanonConsent isGpcEnabled=${s.optOut.optanonIsGpcEnabled}`
        : '',
    ].filter(Boolean);
    return `${trackingText(s) || 'no non-necessary tracking'}${strings.length ? `; ${strings.join(', ')}` : ''}`;
  };
  return [
    `Load A (no signal): ${load(ab.loads.a)}`,
    `Load B (DNT and GPC sent): ${load(ab.loads.b)}`,
    `Only in A: ${itemsText(ab.onlyA)}`,
    `Only in B: ${itemsText(ab.onlyB)}`,
    `In both: ${itemsText(ab.both)}`,
    `DNT: ${ab.verdicts.dnt.text}`,
    `GPC: ${ab.verdicts.gpc.text}`,
    ab.note,
  ];
}
