import Papa from 'papaparse';
import type { ClassifiedView } from './audit/classify-view.ts';
import type { AuditScope } from './audit/scope.ts';
import type { Discrepancy } from './discrepancies/types.ts';
import type { DeclaredPolicy } from './policy/types.ts';
import { cookieAttributes, type PageVisit } from './types.ts';
import type { ListState } from './lists/settings.ts';
import { exportedValue } from './value.ts';
import { tkSeen, type DntPublished } from './discovery/dnt-resources.ts';
import { optOutSection } from './report-optout.ts';
import { redactUrlsDeep } from './redact-urls.ts';
import type { SignalsAb } from './signals/ab.ts';

/** Bump on any incompatible change; docs/report.schema.json documents each version. */
export const REPORT_SCHEMA_VERSION = 1;

export interface ReportMeta {
  site: string;
  generatedAt: number;
  browser: string;
  extensionVersion: string;
  signals: { dnt: boolean; gpc: boolean };
  /** The browser's own Do Not Track setting when the report was made (null: unknown). */
  browserDnt?: boolean | null;
  /** What the site declares (null: nothing found). Absent until declarations are read. */
  declared?: DeclaredPolicy | null;
  /** The declarations each group of the site's hosts was audited against. */
  scopes?: AuditScope[];
  discrepancies?: Discrepancy[];
  /** Include the values themselves (the user opted in to keeping them). */
  values?: boolean;
  /** Replace URL parameter values and fragments everywhere in the report (the user's option). */
  redactQueryStrings?: boolean;
  /** Lists and databases used for classification, with versions. */
  lists: ListInfo[];
  /** Only data sets whose licence allows commercial use classified (the options page setting). */
  openDataOnly?: boolean;
  /** The DNT / GPC A/B test of the site's page (lib/core/signals/ab.ts), when one was run. */
  ab?: SignalsAb | null;
  /** What /.well-known/gpc.json said, when it was read. */
  gpcJson?: { gpc: boolean; lastUpdate: string | null; url: string | null } | null;
  /** The focus host's well-known resources as read (gpc.json, dnt-policy.txt, /.well-known/dnt/). */
  published?: {
    host: string;
    fetchedAt: number;
    gpcJson: {
      url: string | null;
      gpc: boolean | null;
      lastUpdate: string | null;
      error: string | null;
    };
    dntPolicy: DntPublished['dntPolicy'] | null;
    trackingStatus: DntPublished['trackingStatus'] | null;
  } | null;
  /** The consent states observed, oldest first, each with the host its CMP ran on. */
  consent?: {
    host?: string | null;
    time: number;
    cmp: string;
    status: string;
    categories: Record<string, boolean>;
  }[];
}

/**
 * A declaration as reported: with the cookie sentences the reader could not
 * map (`unmapped`) and how many there are.
 */
function reportedDeclaration(d: DeclaredPolicy | null): ReportedDeclaration | null {
  if (!d) return null;
  // Declarations stored before `unmapped` existed have none.
  const unmapped = (d.unmapped as string[] | undefined) ?? [];
  return { ...d, unmapped, unmappedCount: unmapped.length };
}
export type ReportedDeclaration = DeclaredPolicy & { unmappedCount: number };

export interface ListInfo {
  id: string;
  name: string;
  version: string | null;
  kind: 'bundled' | 'user';
  format: string;
  licence: string | null;
  /** Where a user list came from (URL or file name). */
  source: string | null;
  /** Entries (rules, domains, cookies) in use. */
  entries?: number;
  /** When the version in use was downloaded (ISO 8601); null for the packaged one. */
  updatedAt?: string | null;
  /** Last update check, whatever its outcome (ISO 8601). */
  checkedAt?: string | null;
  /** Why the last update failed; the version in use stayed. */
  error?: string | null;
  /** Updated on a schedule (daily). */
  autoUpdate?: boolean;
  /** Can be updated from `source` (an address). */
  updatable?: boolean;
  /** Whether its licence allows commercial use (null: licence not known, e.g. a file you added). */
  commercialUse?: boolean | null;
  /**
   * Whether it classified: `disabled` by the user (kept, not used), or left
   * out as `non-commercial` because only open data may classify.
   */
  state?: ListState;
}

const iso = (t: number) => new Date(t).toISOString();

/** Who sent the signals the pages carried (SentBy in docs/report.schema.json). */
export type SignalsSentBy = 'extension' | 'browser' | 'cli' | 'other' | null;

/**
 * `extension`: this extension's option covered a page that carried them;
 * `browser`: DNT only, with the browser's own DNT setting on; `other`:
 * carried, but neither says so (another extension, a tool driving the
 * browser — the CLI replaces it with `cli` when it sent them); null: none sent.
 */
export function signalsSentBy(
  pages: readonly PageVisit[],
  browserDnt: boolean | null | undefined,
): SignalsSentBy {
  const carried = pages.filter((p) => p.signals?.dnt || p.signals?.gpc);
  if (carried.length === 0) return null;
  const ext = (p: PageVisit) =>
    (p.signals!.dnt && p.signals!.extension?.dnt) || (p.signals!.gpc && p.signals!.extension?.gpc);
  if (carried.some(ext)) return 'extension';
  if (browserDnt === true && carried.every((p) => !p.signals!.gpc)) return 'browser';
  return 'other';
}

export function buildReport(view: ClassifiedView, meta: ReportMeta) {
  const report = reportOf(view, meta);
  return meta.redactQueryStrings === true ? redactUrlsDeep(report) : report;
}

function reportOf(view: ClassifiedView, meta: ReportMeta) {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: iso(meta.generatedAt),
    generator: { name: 'cookie-audit', version: meta.extensionVersion },
    site: meta.site,
    browser: meta.browser,
    signals: meta.signals,
    // What this export leaves out (the user's options): cookie and storage
    // values (only length, keyed hash prefix and entropy), and the values of
    // URL parameters and fragments (lib/core/redact-urls.ts).
    redaction: {
      cookieValues: meta.values !== true,
      queryStrings: meta.redactQueryStrings === true,
    },
    timeRange: view.timeRange
      ? { from: iso(view.timeRange.from), to: iso(view.timeRange.to) }
      : null,
    pages: view.pages.map((p) => ({
      url: p.url,
      site: p.site,
      startedAt: iso(p.startedAt),
      // The headers its document request carried, and which of them this
      // extension's option sent (absent for pages recorded before either was kept).
      ...(p.signals
        ? {
            signals: {
              dnt: p.signals.dnt,
              gpc: p.signals.gpc,
              byExtension: p.signals.extension ?? null,
            },
          }
        : {}),
      // What its scripts saw (reported from page context by the hook).
      ...(p.navigatorSignals ? { navigatorSignals: p.navigatorSignals } : {}),
      // Only the first N records of these kinds were kept (per-page caps).
      ...(p.truncated ? { truncated: p.truncated } : {}),
    })),
    summary: {
      pages: view.pages.length,
      requests: view.requests.length,
      thirdPartyRequests: view.requests.filter((r) => r.party === 'third').length,
      cookies: view.cookies.length,
      thirdPartyCookies: view.cookies.filter((c) => c.party === 'third').length,
      blockedCookies: view.cookies.filter((c) => c.blocked).length,
      storageKeys: view.storage.length,
      trackerRequests: view.requests.filter((r) => r.tracker).length,
      beacons: view.beacons.length,
      pixels: view.pixels.length,
      thirdParties: view.thirdParties.length,
    },
    cookies: view.cookies.map((c) => ({
      ...cookieAttributes(c),
      party: c.party,
      blocked: c.blocked,
      blockedReason: c.blockedReason,
      setBy: c.setBy,
      setter: c.setter,
      firstSeen: iso(c.firstSeen),
      page: c.page,
      writes: c.writes,
      identifierLike: c.identifierLike,
      category: c.category,
      vendor: c.vendor,
      evidence: c.evidence,
      knownCategory: c.knownCategory,
      declaredCategory: c.declaredCategory,
      // Length, keyed SHA-256 prefix and entropy; the value itself only when
      // the user chose to keep values.
      value: exportedValue(c.value, meta.values === true),
      warnings: c.warnings,
    })),
    storage: view.storage.map((s) => ({
      kind: s.kind,
      origin: s.origin,
      key: s.key,
      party: s.party,
      setter: s.setter,
      scope: s.scope,
      frameUrl: s.frameUrl,
      page: s.page,
      firstSeen: iso(s.firstSeen),
      writes: s.writes,
      removed: s.removed,
      category: s.category,
      vendor: s.vendor,
    })),
    requests: view.requests.map((r) => ({
      url: r.url,
      method: r.method,
      type: r.type,
      party: r.party,
      domain: r.domain,
      initiator: r.initiator,
      frameId: r.frameId,
      status: r.status,
      contentType: r.contentType,
      contentLength: r.contentLength,
      error: r.error,
      beacon: r.beacon,
      pixel: r.pixel,
      ...(r.tk !== undefined ? { tk: r.tk } : {}),
      tracker: r.tracker,
      page: r.page,
      time: iso(r.time),
    })),
    thirdParties: view.thirdParties.map((t) => ({
      domain: t.domain,
      vendor: t.vendor,
      category: t.category,
      hosts: t.hosts,
      requests: t.requests,
      cookies: t.cookies,
      beacons: t.beacons,
      pixels: t.pixels,
    })),
    ...(meta.declared !== undefined ? { declared: reportedDeclaration(meta.declared) } : {}),
    ...(meta.scopes
      ? {
          declarations: meta.scopes.map((s) => ({
            hosts: s.hosts,
            declaredBy: s.parts.map((p) => p.ref),
            consentBy: s.consentBy,
            declared: reportedDeclaration(s.declared),
          })),
        }
      : {}),
    ...(meta.discrepancies ? { discrepancies: meta.discrepancies } : {}),
    ...(meta.consent ? { consent: meta.consent.map((c) => ({ ...c, time: iso(c.time) })) } : {}),
    dnt: {
      sent: meta.signals.dnt,
      policy: meta.declared?.dnt ?? null,
      gpcSent: meta.signals.gpc,
      gpcPolicy: meta.declared?.gpc ?? null,
      gpcJson: meta.gpcJson ?? null,
      browserDnt: meta.browserDnt ?? null,
      sentBy: signalsSentBy(view.pages, meta.browserDnt) as SignalsSentBy,
      published: {
        ...(meta.published
          ? { ...meta.published, fetchedAt: iso(meta.published.fetchedAt) }
          : { host: null, fetchedAt: null, gpcJson: null, dntPolicy: null, trackingStatus: null }),
        tk: tkSeen(view.requests),
      },
      optOutStrings: optOutSection(view.optOut),
      // The A/B test (no signal, then DNT and GPC, each from a clean state): null when none was run.
      ab: meta.ab ?? null,
    },
    lists: meta.lists,
    openDataOnly: meta.openDataOnly === true,
  };
}

export type Report = ReturnType<typeof buildReport>;

/** Spreadsheet formula injection: cells starting with = + - @ (and tab, CR or LF) are prefixed with '. */
export function neutraliseCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /^[=+\-@\t\r\n]/.test(s) ? `'${s}` : s;
}

export function cookiesCsv(report: Report): string {
  const fields = [
    'name',
    'domain',
    'path',
    'party',
    'lifetimeDays',
    'requestedLifetimeDays',
    'blocked',
    'setBy',
    'setter',
    'category',
    'vendor',
    'secure',
    'httpOnly',
    'sameSite',
    'partitioned',
    'firstSeen',
    'page',
  ] as const;
  return Papa.unparse({
    // `value`: empty unless the user chose to keep values.
    fields: [...fields, 'value'],
    data: report.cookies.map((c) => [
      ...fields.map((f) => neutraliseCell(c[f])),
      neutraliseCell(c.value.raw ?? ''),
    ]),
  });
}

/** Everything the site stored on the device other than cookies, one row each. */
export function storageCsv(report: Report): string {
  const fields = [
    'kind',
    'key',
    'scope',
    'origin',
    'party',
    'setter',
    'category',
    'vendor',
    'frameUrl',
    'writes',
    'removed',
    'firstSeen',
    'page',
  ] as const;
  return Papa.unparse({
    fields: [...fields],
    data: report.storage.map((s) => fields.map((f) => neutraliseCell(s[f]))),
  });
}
