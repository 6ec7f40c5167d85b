// The popup's DNT / GPC A/B test of the tab's site (issue 12 item 4): which
// of the browser's cookies are the site's (saved, cleared for each load,
// restored), the localStorage saved and compared after the restore, the
// signals the test sends, what each phase says, and the stored result read
// back. Pure: lib/services/signals-ab.ts runs the phases.
import { parse } from 'tldts';
import type { SendSignalsSettings } from './send.ts';
import { cookieIdentity, restoreDiff, type RestoreDiff, type SavedCookie } from './ab-restore.ts';
import type { SignalsAb } from './ab.ts';

/** How long each load is watched after it has loaded (as the consent actions). */
export const AB_DWELL_MS = 3000;

export type AbPhase =
  | 'saving'
  | 'clearing-a'
  | 'loading-a'
  | 'clearing-b'
  | 'loading-b'
  | 'comparing'
  | 'restoring'
  | 'done'
  | 'failed';

/** What the popup shows of a running or finished test. */
export interface AbProgress {
  tabId: number;
  site: string;
  phase: AbPhase;
  /** One line for the user. */
  text: string;
  finished: boolean;
  /** The comparison, once made (done; also failed when only the restore failed). */
  ab: SignalsAb | null;
  /** Why the test stopped (null: it did not). */
  error: string | null;
  /** What the restore could not put back as it was (null: not restored yet, or restored exactly). */
  notRestored: string[] | null;
}

export const PHASE_TEXT: Record<Exclude<AbPhase, 'done' | 'failed'>, string> = {
  saving: 'Saving your cookies and storage for this site…',
  'clearing-a': 'Clearing the site’s cookies and storage for load A…',
  'loading-a': 'Load A: loading the page with no signal…',
  'clearing-b': 'Clearing the site’s cookies and storage for load B…',
  'loading-b': 'Load B: loading the page with DNT and GPC…',
  comparing: 'Comparing the two loads…',
  restoring: 'Restoring your cookies and storage…',
};

export const AB_BUTTON = 'Test DNT/GPC on this site';

/** The line a finished test ends with. */
export function doneText(ab: SignalsAb): string {
  const o = (v: SignalsAb['verdicts']['dnt']) => v.finding ?? v.outcome;
  return `Done: DNT ${o(ab.verdicts.dnt)}, GPC ${o(ab.verdicts.gpc)}. Your cookies and storage for this site are back as they were.`;
}

/** The host of a partition key's top-level site ("https://example.com" → example.com). */
function topLevelHost(topLevelSite: string | undefined): string | null {
  if (!topLevelSite) return null;
  try {
    return new URL(topLevelSite).hostname;
  } catch {
    return null;
  }
}

/** The domain's registrable domain (a host that is one, e.g. an IP address, is itself). */
function siteOfDomain(domain: string): string {
  const host = domain.replace(/^\./, '').toLowerCase();
  return parse(host, { allowPrivateDomains: true }).domain ?? host;
}

/**
 * The cookies that are the site's state: those of its registrable domain
 * (any host of it, host-only or domain, in any partition) and those kept in
 * its partition (CHIPS cookies third parties set while embedded in it).
 * Others' unpartitioned cookies are the rest of the browser: left alone.
 */
export function siteCookies<C extends SavedCookie>(all: readonly C[], site: string): C[] {
  return all.filter((c) => isSiteCookie(c.domain, c.partitionKey?.topLevelSite ?? null, site));
}

/** One cookie (its domain, its partition's top-level site or null) is the site's state. */
export function isSiteCookie(domain: string, topLevelSite: string | null, site: string): boolean {
  return siteOfDomain(domain) === site || topLevelHost(topLevelSite ?? undefined) === site;
}

/** The test's own setting for the signals: none for load A; for load B both, on this site only. */
export function abSignalSettings(site: string, load: 'a' | 'b'): SendSignalsSettings {
  return load === 'a'
    ? { mode: 'off', sites: [], dnt: true, gpc: true }
    : { mode: 'sites', sites: [site], dnt: true, gpc: true };
}

/** One origin's localStorage, as saved (keys in their order). */
export interface SavedStorage {
  origin: string;
  items: [string, string][];
}

/** The keys not back as saved after the restore ("" lists: exact). */
export function storageDiff(saved: SavedStorage, after: SavedStorage): RestoreDiff {
  const a = new Map(after.items);
  const s = new Map(saved.items);
  const out: RestoreDiff = { missing: [], extra: [], changed: [] };
  const label = (k: string) => `localStorage ${k} @ ${saved.origin}`;
  if (after.origin !== saved.origin) {
    out.missing.push(`localStorage of ${saved.origin} (the tab is now on ${after.origin})`);
    return out;
  }
  for (const [k, v] of s) {
    if (!a.has(k)) out.missing.push(label(k));
    else if (a.get(k) !== v) out.changed.push(label(k));
  }
  for (const k of a.keys()) if (!s.has(k)) out.extra.push(label(k));
  for (const xs of Object.values(out)) (xs as string[]).sort();
  return out;
}

/** Both diffs as lines for the user (empty: everything is back exactly). */
export function notRestoredLines(
  cookies: { saved: readonly SavedCookie[]; after: readonly SavedCookie[] },
  storage: { saved: SavedStorage; after: SavedStorage } | null,
): string[] {
  const diffs = [
    restoreDiff(cookies.saved, cookies.after),
    ...(storage ? [storageDiff(storage.saved, storage.after)] : []),
  ];
  return diffs.flatMap((d) => [
    ...d.missing.map((x) => `missing: ${x}`),
    ...d.changed.map((x) => `changed: ${x}`),
    ...d.extra.map((x) => `left by the test: ${x}`),
  ]);
}

/** Why the test does not start when the browser itself sends DNT. */
export const BROWSER_DNT_ON =
  "your browser's own Do Not Track setting is on, so load A (no signal) would carry DNT: turn it off to test this site";

/** Why load A cannot count as "no signal" (null: it sent none). */
export function loadAError(sent: { dnt: boolean; gpc: boolean }): string | null {
  const which = [sent.dnt && 'DNT', sent.gpc && 'GPC'].filter(Boolean).join(' and ');
  if (!which) return null;
  return `load A carried ${which} although the test sent none (your browser's own Do Not Track setting, or another extension, sends it): turn that off to test this site`;
}

/** A stored A/B result read back: a comparison with its two verdicts, else null. */
export function readStoredAb(v: unknown): SignalsAb | null {
  if (typeof v !== 'object' || v === null) return null;
  const ab = v as Partial<SignalsAb>;
  const verdictOk = (x: unknown) =>
    typeof x === 'object' &&
    x !== null &&
    typeof (x as { text?: unknown }).text === 'string' &&
    typeof (x as { outcome?: unknown }).outcome === 'string';
  if (typeof ab.url !== 'string' || !ab.verdicts || !ab.loads || !ab.onlyA || !ab.onlyB) {
    return null;
  }
  return verdictOk(ab.verdicts.dnt) && verdictOk(ab.verdicts.gpc) ? (ab as SignalsAb) : null;
}

/** The registrable domains of the hosts the loads requested, the site's own left out. */
export function thirdPartySites(urls: readonly string[], site: string): string[] {
  const out = new Set<string>();
  for (const u of urls) {
    let host: string;
    try {
      host = new URL(u).hostname;
    } catch {
      continue;
    }
    if (!host) continue;
    const s = siteOfDomain(host);
    if (s !== site) out.add(s);
  }
  return [...out].sort();
}

const stateOf = (c: SavedCookie) =>
  JSON.stringify([
    c.value,
    c.hostOnly,
    c.secure,
    c.httpOnly,
    c.sameSite,
    c.session,
    c.session || c.expirationDate === undefined ? null : Math.floor(c.expirationDate),
  ]);

/**
 * What the loads did to the cookies of the third parties they requested
 * (unpartitioned: a partitioned one in the site's partition is the site's),
 * to undo: those they added (remove), and those they changed or removed
 * (set as they were). Cookies of other sites are not looked at.
 */
export function thirdPartyUndo(
  before: readonly SavedCookie[],
  after: readonly SavedCookie[],
  site: string,
  touched: readonly string[],
): { remove: SavedCookie[]; set: SavedCookie[] } {
  const sites = new Set(touched);
  const theirs = (c: SavedCookie) =>
    !isSiteCookie(c.domain, c.partitionKey?.topLevelSite ?? null, site) &&
    sites.has(siteOfDomain(c.domain));
  const was = new Map(before.filter(theirs).map((c) => [cookieIdentity(c), c]));
  const now = new Map(after.filter(theirs).map((c) => [cookieIdentity(c), c]));
  const remove = [...now].filter(([k]) => !was.has(k)).map(([, c]) => c);
  const set = [...was]
    .filter(([k, c]) => {
      const n = now.get(k);
      return !n || stateOf(n) !== stateOf(c);
    })
    .map(([, c]) => c);
  return { remove, set };
}
