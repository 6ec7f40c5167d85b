import { validatePageReport } from '../core/page-messages.ts';
import type { ErrorResponse, Request, ResponseMap } from '../core/protocol.ts';
import { buildReport } from '../core/report.ts';
import { buildView } from '../core/view.ts';
import type { Recorder } from './recorder.ts';
import type { RecordStore } from './store.ts';

/** What the browser tells us about a message's origin: trusted, unlike its content. */
export interface MessageSender {
  tabId?: number;
  frameId?: number;
  url?: string;
  /** True for the extension's own pages (popup, options, CLI bridge). */
  fromExtensionPage: boolean;
}

export interface BackgroundDeps {
  recorder: Recorder;
  store: RecordStore;
  now: () => number;
  browserName: string;
  extensionVersion: string;
}

export type Handler = (
  msg: unknown,
  sender: MessageSender,
) => Promise<ResponseMap[keyof ResponseMap] | ErrorResponse>;

export function createMessageHandler(deps: BackgroundDeps): Handler {
  const { recorder, store } = deps;
  return async (raw, sender) => {
    if (typeof raw !== 'object' || raw === null || typeof (raw as Request).type !== 'string') {
      return { ok: false, error: 'malformed message' };
    }
    const msg = raw as Request;
    if (msg.type === 'page-report') {
      // From a content script: untrusted content, trusted sender.
      if (sender.tabId === undefined || sender.frameId === undefined || !sender.url) {
        return { ok: false, error: 'page report without a tab' };
      }
      const v = validatePageReport(msg.report, deps.now());
      if (!v.ok) return { ok: false, error: v.error };
      const r = v.report;
      if (r.type === 'cookie') {
        recorder.observe({
          kind: 'scriptCookie',
          tabId: sender.tabId,
          frameId: sender.frameId,
          documentUrl: sender.url,
          api: r.api,
          cookie: r.cookie,
          scriptUrl: r.scriptUrl,
          time: r.time,
        });
      } else {
        recorder.observe({
          kind: 'storage',
          tabId: sender.tabId,
          frameId: sender.frameId,
          documentUrl: sender.url,
          storage: r.storage,
          op: r.op,
          key: r.key,
          value: r.value,
          scriptUrl: r.scriptUrl,
          time: r.time,
        });
      }
      return { ok: true };
    }
    // Everything below reads the audit: only the extension's own pages may ask.
    if (!sender.fromExtensionPage) return { ok: false, error: 'not allowed' };
    switch (msg.type) {
      case 'flush':
        await recorder.idle();
        return { ok: true };
      case 'status':
        return { ok: true, ...recorder.stats() };
      case 'has-request':
        await recorder.idle();
        return { ok: true, seen: await store.hasRequestUrl(String(msg.url)) };
      case 'get-tab-view': {
        await recorder.idle();
        const page = await store.latestPageForTab(Number(msg.tabId));
        if (!page) {
          return { ok: true, tabId: msg.tabId, pageUrl: null, site: null, view: null };
        }
        const view = buildView(await store.readPages([page.id]));
        return { ok: true, tabId: msg.tabId, pageUrl: page.url, site: page.site, view };
      }
      case 'get-report': {
        await recorder.idle();
        const pages = await store.pagesOfSite(String(msg.site));
        const view = buildView(await store.readPages(pages.map((p) => p.id)));
        const report = buildReport(view, {
          site: String(msg.site),
          generatedAt: deps.now(),
          browser: deps.browserName,
          extensionVersion: deps.extensionVersion,
          signals: { dnt: false, gpc: false },
        });
        return { ok: true, report };
      }
      default:
        return { ok: false, error: `unknown message type` };
    }
  };
}
