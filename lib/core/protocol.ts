// The one message protocol between extension pages, content scripts, the CLI
// (through an extension page) and the background. Types only.
import type { Report } from './report.ts';
import type { AuditView } from './view.ts';

export type Request =
  | { type: 'page-report'; report: unknown }
  | { type: 'get-tab-view'; tabId: number }
  | { type: 'get-report'; site: string }
  | { type: 'flush' }
  | { type: 'has-request'; url: string }
  | { type: 'status' };

export interface TabViewResponse {
  ok: true;
  tabId: number;
  pageUrl: string | null;
  site: string | null;
  view: AuditView | null;
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
}

/** Broadcast from the background after records were written. */
export interface RecordsChanged {
  type: 'records-changed';
  tabIds: number[];
}

export type ErrorResponse = { ok: false; error: string };
