// The one message protocol between extension pages, content scripts, the CLI
// (through an extension page) and the background. Types only.
import type { ClassifiedView } from './audit/classify-view.ts';
import type { Discrepancy } from './discrepancies/types.ts';
import type { DeclaredPolicy } from './policy/types.ts';
import type { ListInfo, Report } from './report.ts';

export type Request =
  | { type: 'page-report'; report: unknown }
  | { type: 'get-tab-view'; tabId: number }
  | { type: 'get-report'; site: string }
  | { type: 'flush' }
  | { type: 'has-request'; url: string }
  | { type: 'status' }
  | { type: 'get-lists' }
  | { type: 'add-list'; name: string; text: string; source?: string | null }
  | { type: 'remove-list'; id: string };

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

export interface StatusResponse {
  ok: true;
  observed: number;
  written: number;
  skipped: number;
  failedWrites: number;
  lastError: string | null;
}

export interface ResponseMap {
  'page-report': { ok: boolean; error?: string };
  'get-tab-view': TabViewResponse;
  'get-report': { ok: true; report: Report };
  flush: { ok: true };
  'has-request': { ok: true; seen: boolean };
  status: StatusResponse;
  'get-lists': { ok: true; lists: ListInfo[]; problems: string[] };
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
}

/** Broadcast from the background after records were written. */
export interface RecordsChanged {
  type: 'records-changed';
  tabIds: number[];
}

export type ErrorResponse = { ok: false; error: string };
