// What the popup needs first (counts, findings, the declared-vs-observed
// chart) and, on demand, one table's rows. A tab with 5,000 requests must not
// send 5,000 rows across the message channel before anything is shown.
import { CHART_CATEGORIES } from './popup-view.ts';
import { tkSeen, type TkSeen } from './discovery/dnt-resources.ts';
import { optOutLines, reportedOptOut } from './report-optout.ts';
import type {
  ClassifiedCookie,
  ClassifiedRequest,
  ClassifiedStorage,
  ClassifiedThirdParty,
  ClassifiedView,
} from './audit/classify-view.ts';
import type { Discrepancy } from './discrepancies/types.ts';
import type { Category, PageVisit } from './types.ts';

/** Evidence items shown per finding in the popup; the report keeps them all. */
export const EVIDENCE_SHOWN = 50;

export { CHART_CATEGORIES };

export interface TabCounts {
  cookies: number;
  thirdPartyCookies: number;
  storage: number;
  thirdParties: number;
  beacons: number;
  pixels: number;
  requests: number;
}

/** A finding as the popup shows it: evidence cut to the first items, with how many were left out. */
export interface ShownFinding extends Discrepancy {
  hidden: { cookies: number; requests: number; storage: number };
}

export interface TabSummary {
  counts: TabCounts;
  /** Per category, cookies (by their known category) plus tracker requests. */
  observed: Record<Category, number>;
  pages: PageVisit[];
  findings: ShownFinding[];
  /** The Tk response headers the pages' responses carried (W3C tracking status). */
  tk?: TkSeen[];
  /** The opt-out strings of the latest reading of the tab's pages, one line each (report-optout.ts). */
  optOut?: string[];
}

export interface TableRows {
  cookies: ClassifiedCookie[];
  storage: ClassifiedStorage[];
  thirdParties: ClassifiedThirdParty[];
  /** Beacons and pixels, in the order they were sent. */
  beaconsPixels: ClassifiedRequest[];
}
export type TableName = keyof TableRows;
export const TABLE_NAMES: readonly TableName[] = [
  'cookies',
  'storage',
  'thirdParties',
  'beaconsPixels',
];

export function isTableName(x: unknown): x is TableName {
  return typeof x === 'string' && (TABLE_NAMES as readonly string[]).includes(x);
}

export function capEvidence(f: Discrepancy, shown = EVIDENCE_SHOWN): ShownFinding {
  const { cookies, requests, storage } = f.evidence;
  return {
    ...f,
    evidence: {
      ...f.evidence,
      cookies: cookies.slice(0, shown),
      requests: requests.slice(0, shown),
      storage: storage.slice(0, shown),
    },
    hidden: {
      cookies: Math.max(0, cookies.length - shown),
      requests: Math.max(0, requests.length - shown),
      storage: Math.max(0, storage.length - shown),
    },
  };
}

export function summarizeTab(view: ClassifiedView, findings: Discrepancy[]): TabSummary {
  const observed = Object.fromEntries(
    [...CHART_CATEGORIES, 'unknown'].map((c) => [c, 0]),
  ) as Record<Category, number>;
  for (const c of view.cookies) observed[c.knownCategory ?? c.category]++;
  let beacons = 0;
  let pixels = 0;
  for (const r of view.requests) {
    if (r.tracker) observed[r.tracker.category]++;
    if (r.beacon) beacons++;
    if (r.pixel) pixels++;
  }
  return {
    counts: {
      cookies: view.cookies.length,
      thirdPartyCookies: view.cookies.filter((c) => c.party === 'third').length,
      storage: view.storage.length,
      thirdParties: view.thirdParties.length,
      beacons,
      pixels,
      requests: view.requests.length,
    },
    observed,
    pages: view.pages,
    findings: findings.map((f) => capEvidence(f)),
    tk: tkSeen(view.requests),
    optOut: view.optOut.length ? optOutLines(reportedOptOut(view.optOut.at(-1)!)) : [],
  };
}

export function tableRows<T extends TableName>(view: ClassifiedView, table: T): TableRows[T] {
  const rows: { [K in TableName]: () => TableRows[K] } = {
    cookies: () => view.cookies,
    storage: () => view.storage,
    thirdParties: () => view.thirdParties,
    beaconsPixels: () => view.requests.filter((r) => r.beacon || r.pixel),
  };
  return rows[table]() as TableRows[T];
}
