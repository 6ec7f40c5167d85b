// The one message protocol between extension pages, content scripts, the CLI
// (through an extension page) and the background. Types only.
import type { DntPublished } from './discovery/dnt-resources.ts';
import type { ClassifiedView } from './audit/classify-view.ts';
import type { ConsentAction, ConsentProgress } from './consent-actions/progress.ts';
import type { Discrepancy } from './discrepancies/types.ts';
import type { WellKnownList } from './lists/catalog.ts';
import type { DeclaredPolicy } from './policy/types.ts';
import type { ListInfo, Report } from './report.ts';

/** What one list update did (a failure keeps the version in use). */
export interface ListUpdateResult {
  id: string;
  name: string;
  outcome: 'updated' | 'unchanged' | 'failed';
  /** Entries in use after the attempt. */
  size: number;
  format?: string;
  version?: string | null;
  skipped?: number;
  error?: string;
}
import type { SendSignalsSettings } from './signals/send.ts';
import type { AbProgress } from './signals/ab-run.ts';
import type { SignalsAb } from './signals/ab.ts';
import type { StorageSettings } from './storage-settings.ts';
import type { TableName, TableRows, TabSummary } from './tab-summary.ts';
import type { Category, RecordKind } from './types.ts';

export type Request =
  | { type: 'page-report'; report: unknown }
  /** What a frame's content scripts saw together (the hook batches per microtask checkpoint). */
  | { type: 'page-reports'; reports?: unknown; batches?: unknown }
  /** The whole classified view of a tab's page (CLI, tests). */
  | { type: 'get-tab-view'; tabId: number }
  /** What the popup shows first: counts, findings, chart data, declarations. */
  | { type: 'get-tab-summary'; tabId: number }
  /** One table of the popup, fetched when its tab is opened. */
  | { type: 'get-tab-rows'; tabId: number; table: TableName }
  | { type: 'get-report'; site: string }
  | { type: 'flush' }
  | { type: 'has-request'; url: string }
  | { type: 'status' }
  | { type: 'get-lists' }
  | { type: 'get-storage' }
  | { type: 'set-storage-settings'; settings: StorageSettings }
  | { type: 'clear-records' }
  | { type: 'add-list'; name: string; text: string; source?: string | null }
  | { type: 'remove-list'; id: string }
  /** Download a list from an address the user gives, and keep that address for updates. */
  | { type: 'add-list-url'; url: string }
  /** Download a list added from an address again; the stored version stays if that fails. */
  | { type: 'update-list'; id: string }
  /** Scheduled (daily, conditional) updates of a list from an address: on or off. */
  | { type: 'set-list-auto-update'; id: string; on: boolean }
  /** Check every list that updates on the schedule now, whatever its last check. */
  | { type: 'update-lists-now' }
  /** Add a list of the catalogue (WELL_KNOWN_LISTS) by its id: downloaded now. */
  | { type: 'add-well-known-list'; id: string }
  /** Keep a list but stop (or resume) classifying with it. */
  | { type: 'set-list-enabled'; id: string; on: boolean }
  /** Only data sets whose licence allows commercial use classify. */
  | { type: 'set-open-data-only'; on: boolean }
  /** The "send privacy signals" option, and the browser's own DNT setting. */
  | { type: 'get-send-signals' }
  | { type: 'set-send-signals'; settings: unknown }
  | { type: 'get-declarations'; site: string }
  | { type: 'use-page-as-policy'; site: string; url: string }
  | { type: 'use-policy-text'; site: string; text: string }
  | {
      type: 'set-declared-categories';
      site: string;
      categories: Category[];
      base?: DeclaredPolicy | null;
    }
  | { type: 'clear-user-declaration'; site: string }
  /** `host`: the host whose policy to read again (its page linked it); default the site. */
  | { type: 'reread-policy'; site: string; host?: string }
  /**
   * Make a consent choice on the tab's page through the autoconsent engine,
   * then reload and watch (accept-then-withdraw: accept, reload, withdraw,
   * reload). Answers when the action has ended; its steps are broadcast as
   * ConsentProgressMessage meanwhile.
   */
  | { type: 'consent-action'; tabId: number; action: ConsentAction }
  /** The tab's consent action in progress or last ended (null: none ran since the worker started). */
  | { type: 'get-consent-progress'; tabId: number }
  /**
   * The DNT / GPC A/B test of the tab's site (lib/services/signals-ab.ts):
   * answers when it has ended, the user's state restored; its phases are
   * broadcast as SignalsAbProgressMessage meanwhile.
   */
  | { type: 'signals-ab'; tabId: number }
  /** The tab's test in progress or last ended (null: none since the worker started), and the site's stored result. */
  | { type: 'get-signals-ab'; tabId: number; site: string };

/** What the browser tells us about a message's origin: trusted, unlike its content. */
export interface MessageSender {
  tabId?: number;
  frameId?: number;
  url?: string;
  /** Chrome 106+: the sending document. */
  documentId?: string;
  /** Chrome 80+: the sending document's origin (an about:blank frame's is its creator's). */
  origin?: string;
  /** True for the extension's own pages (popup, options, CLI bridge). */
  fromExtensionPage: boolean;
}

/** The kinds of request (message types) of the protocol. */
export type RequestKind = Request['type'];
/** The request of one kind, e.g. RequestOf<'get-report'> = { type: 'get-report'; site: string }. */
export type RequestOf<K extends RequestKind> = Extract<Request, { type: K }>;

/** A declaration of a site as stored, with where it came from and when. */
export interface DeclarationInfo {
  site: string;
  /** The host it holds for (the site itself for the user's corrections, which hold for all its hosts). */
  host: string;
  source: DeclaredPolicy['source'] | 'well-known';
  fetchedAt: number;
  url: string | null;
  policy: DeclaredPolicy | null;
  error: string | null;
  why: string | null;
  gpc?: { gpc: boolean; lastUpdate: string | null } | null;
  /** well-known: EFF's dnt-policy.txt and the tracking status resource, as read. */
  dntPublished?: DntPublished;
  /** policy-text: the page that linked it. */
  linkedFrom?: string | null;
}

export interface TabViewResponse {
  ok: true;
  tabId: number;
  pageUrl: string | null;
  site: string | null;
  view: ClassifiedView | null;
  /** The site's declaration, merged over its sources. */
  declared: DeclaredPolicy | null;
  /** Findings over every page of the site visited in this session. */
  discrepancies: Discrepancy[];
  sitePages: number;
}

export interface TabSummaryResponse {
  ok: true;
  tabId: number;
  /** The page summarised: rows fetched later must come from the same one. */
  pageId: string | null;
  pageUrl: string | null;
  site: string | null;
  summary: TabSummary | null;
  /** The site's declaration, merged over its sources. */
  declared: DeclaredPolicy | null;
  /** Each stored declaration that holds on the page's host (its policy, CMP, gpc.json; the user's). */
  sources: DeclarationInfo[];
  sitePages: number;
  /** Where the summary came from (diagnostics): the audit in memory, the stored snapshot, or computed now. */
  from?: 'memory' | 'snapshot' | 'computed';
}

export interface TabRowsResponse<T extends TableName = TableName> {
  ok: true;
  tabId: number;
  pageId: string | null;
  table: T;
  rows: TableRows[T];
}

export interface StatusResponse {
  ok: true;
  observed: number;
  written: number;
  skipped: number;
  failedWrites: number;
  lastError: string | null;
  quota: { errors: number; prunedPages: number; prunedRecords: number; lastAt: number | null };
}

export interface ResponseMap {
  'page-report': { ok: boolean; error?: string };
  /** `accepted`: reports recorded or handed on; `errors`: why each other one was refused. */
  'page-reports': { ok: boolean; accepted: number; errors: string[]; error?: string };
  'get-tab-view': TabViewResponse;
  'get-tab-summary': TabSummaryResponse;
  'get-tab-rows': TabRowsResponse;
  'get-report': { ok: true; report: Report };
  flush: { ok: true };
  'has-request': { ok: true; seen: boolean };
  status: StatusResponse;
  'get-storage': { ok: true; settings: StorageSettings; usage: StorageUsage };
  'set-storage-settings': {
    ok: true;
    settings: StorageSettings;
    removed: number;
    usage: StorageUsage;
  };
  'clear-records': { ok: true; usage: StorageUsage };
  'get-lists': {
    ok: true;
    lists: ListInfo[];
    problems: string[];
    openDataOnly: boolean;
    /** The well-known lists offered by name, with their licences, and whether each is added. */
    catalog: (WellKnownList & { commercialUse: boolean; added: boolean })[];
  };
  'add-list': {
    ok: true;
    list: {
      id: string;
      name: string;
      format: string;
      size: number;
      skipped: number;
      version: string | null;
    };
  };
  'remove-list': { ok: true };
  'add-list-url': ResponseMap['add-list'];
  'update-list': { ok: true; result: ListUpdateResult };
  'set-list-auto-update': { ok: true };
  'update-lists-now': { ok: true; results: ListUpdateResult[] };
  'add-well-known-list': ResponseMap['add-list'];
  'set-list-enabled': { ok: true };
  'set-open-data-only': { ok: true };
  'get-send-signals': SendSignalsResponse;
  'set-send-signals': SendSignalsResponse;
  'get-declarations': { ok: true; declarations: DeclarationInfo[] };
  'use-page-as-policy': { ok: true; declaration: DeclarationInfo };
  'use-policy-text': { ok: true; declaration: DeclarationInfo };
  'set-declared-categories': { ok: true; declaration: DeclarationInfo };
  'clear-user-declaration': { ok: true };
  'reread-policy': { ok: true; declaration: DeclarationInfo };
  'consent-action': { ok: true; progress: ConsentProgress };
  'get-consent-progress': { ok: true; progress: ConsentProgress | null };
  'signals-ab': { ok: true; progress: AbProgress };
  'get-signals-ab': {
    ok: true;
    progress: AbProgress | null;
    ab: SignalsAb | null;
    /** When the stored result's test ran (ms since the epoch; null: none). */
    testedAt: number | null;
  };
}

/** What the browser and this extension send (the DNT/GPC tab, the options page). */
export interface SendSignalsResponse {
  ok: true;
  settings: SendSignalsSettings;
  /** The browser's own Do Not Track setting; null where the browser does not say. */
  browserDnt: boolean | null;
  /** Why the setting is not in force (applying it failed); null when it is. */
  error: string | null;
}

/** Broadcast from the background after records were written. */
export interface RecordsChanged {
  type: 'records-changed';
  tabIds: number[];
}

/** Broadcast from the background at each step of a consent action. */
export interface ConsentProgressMessage {
  type: 'consent-progress';
  progress: ConsentProgress;
}

/** Broadcast from the background at each phase of the DNT / GPC A/B test. */
export interface SignalsAbProgressMessage {
  type: 'signals-ab-progress';
  progress: AbProgress;
}

/** How much is stored (counts per table; when the oldest page kept was visited). */
export type StorageUsage = { [K in RecordKind]: number } & {
  oldest: number | null;
  /** Writes the browser refused for lack of disk space, and what was deleted to make room (null: none). */
  quota: QuotaNotice | null;
};

/** Kept until "Delete everything": the options page shows it. */
export interface QuotaNotice {
  /** Writes refused for lack of quota. */
  events: number;
  /** Page visits (and records, the visits included) deleted to make room. */
  prunedPages: number;
  prunedRecords: number;
  /** When the last one happened. */
  lastAt: number;
}

export type ErrorResponse = { ok: false; error: string };
