// The background's one entry for protocol messages: checks the shape and the
// sender, then dispatches to the handler of the request's kind (a table
// typed by the protocol, split by area in ./messages/).
import type { ErrorResponse, Request, RequestKind, ResponseMap } from '../core/protocol.ts';
import { consentHandlers } from './messages/consent.ts';
import { declarationHandlers } from './messages/declarations.ts';
import { listHandlers } from './messages/lists.ts';
import { pageReportHandlers } from './messages/page-reports.ts';
import { recordHandlers } from './messages/records.ts';
import { sendSignalsHandlers } from './messages/send-signals.ts';
import { signalsAbHandlers } from './messages/signals-ab.ts';
import { storageHandlers } from './messages/storage.ts';
import {
  Refused,
  type BackgroundDeps,
  type Handlers,
  type MessageSender,
} from './messages/types.ts';

export type { BackgroundDeps, MessageSender } from './messages/types.ts';
export {
  CMP_REPORTS_PER_MINUTE,
  PAGE_REPORT_BURST,
  PAGE_REPORT_RATE,
} from './messages/page-reports.ts';

export type Handler = (
  msg: unknown,
  sender: MessageSender,
) => Promise<ResponseMap[keyof ResponseMap] | ErrorResponse>;

/** The only kinds content scripts may send; everything else reads the audit, for extension pages only. */
const FROM_PAGES: ReadonlySet<RequestKind> = new Set(['page-report', 'page-reports']);

export function createMessageHandler(deps: BackgroundDeps): Handler {
  // Missing or misspelt kinds fail to type-check here.
  const table: Handlers<RequestKind> = {
    ...pageReportHandlers(deps),
    ...recordHandlers(deps),
    ...storageHandlers(deps),
    ...listHandlers(deps),
    ...declarationHandlers(deps),
    ...sendSignalsHandlers(deps),
    ...consentHandlers(deps),
    ...signalsAbHandlers(deps),
  };
  return async (raw, sender) => {
    if (typeof raw !== 'object' || raw === null || typeof (raw as Request).type !== 'string') {
      return { ok: false, error: 'malformed message' };
    }
    const msg = raw as Request;
    // Own keys only: a type like "constructor" must not reach Object's.
    const known = Object.hasOwn(table, msg.type);
    if (!(known && FROM_PAGES.has(msg.type)) && !sender.fromExtensionPage) {
      return { ok: false, error: 'not allowed' };
    }
    if (!known) return { ok: false, error: 'unknown message type' };
    // The table is typed per kind; msg's kind picks its own handler.
    const handle = table[msg.type] as (
      req: Request,
      sender: MessageSender,
    ) => Promise<ResponseMap[RequestKind]>;
    try {
      return await handle(msg, sender);
    } catch (e) {
      if (e instanceof Refused) return { ok: false, error: e.message };
      throw e;
    }
  };
}
