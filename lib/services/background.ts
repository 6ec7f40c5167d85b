import { validatePageReport } from '../core/page-messages.ts';
import type { ErrorResponse, Request, ResponseMap } from '../core/protocol.ts';
import { hostOf } from '../core/party.ts';
import { isTableName, tableRows } from '../core/tab-summary.ts';
import type { AuditService } from './audit.ts';
import type { ClassificationService } from './classification.ts';
import type { DeclarationService } from './declarations.ts';
import type { Recorder } from './recorder.ts';
import type { Retention, SettingsStore } from './retention.ts';
import type { RecordStore } from './store.ts';
import { validateStorageSettings } from '../core/storage-settings.ts';

/** What the browser tells us about a message's origin: trusted, unlike its content. */
export interface MessageSender {
  tabId?: number;
  frameId?: number;
  url?: string;
  /** Chrome 106+: the sending document. */
  documentId?: string;
  /** True for the extension's own pages (popup, options, CLI bridge). */
  fromExtensionPage: boolean;
}

export interface BackgroundDeps {
  recorder: Recorder;
  store: RecordStore;
  audit: AuditService;
  classification: ClassificationService;
  declarations: DeclarationService;
  settings: SettingsStore;
  retention: Retention;
  /** Downloads a list the user asked for (no credentials, size- and time-limited). */
  fetchList: (url: string) => Promise<string>;
  now: () => number;
}

export type Handler = (
  msg: unknown,
  sender: MessageSender,
) => Promise<ResponseMap[keyof ResponseMap] | ErrorResponse>;

/** Page reports a frame may send: a burst, then a steady rate (per second). */
export const PAGE_REPORT_BURST = 400;
export const PAGE_REPORT_RATE = 100;
/** CMP declarations a tab may report per minute (one per page load is normal). */
export const CMP_REPORTS_PER_MINUTE = 6;

/** An http(s) URL, or null. */
function listUrl(x: unknown): string | null {
  if (typeof x !== 'string') return null;
  try {
    const u = new URL(x.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function createMessageHandler(deps: BackgroundDeps): Handler {
  const { recorder, store } = deps;
  /** The tab's current page, once everything observed so far is written. */
  const currentPage = async (tabId: unknown) => {
    await recorder.idle();
    return store.latestPageForTab(Number(tabId));
  };
  // A hostile page must not flood the recorder or the database: token
  // buckets per frame, in memory (a restarted worker starts afresh).
  const buckets = new Map<string, { tokens: number; at: number }>();
  const allow = (key: string, burst: number, perSecond: number): boolean => {
    const now = deps.now();
    const b = buckets.get(key) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
    b.at = now;
    buckets.set(key, b);
    if (buckets.size > 5000) buckets.delete(buckets.keys().next().value!);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };
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
      if (!allow(`${sender.tabId}:${sender.frameId}`, PAGE_REPORT_BURST, PAGE_REPORT_RATE)) {
        return { ok: false, error: 'too many reports from this frame: dropped' };
      }
      const v = validatePageReport(msg.report, deps.now());
      if (!v.ok) return { ok: false, error: v.error };
      const r = v.report;
      if (
        r.type === 'cmp' &&
        !allow(`cmp:${sender.tabId}`, CMP_REPORTS_PER_MINUTE, CMP_REPORTS_PER_MINUTE / 60)
      ) {
        return { ok: false, error: 'too many CMP reports from this tab: dropped' };
      }
      if (r.type === 'links') {
        // Only the top frame's links say where the site's policy is.
        if (sender.frameId !== 0) return { ok: true };
        void deps.declarations.onLinks(sender.url, r.links);
        return { ok: true };
      }
      if (r.type === 'cmp') {
        if (sender.frameId !== 0) return { ok: true };
        await recorder.idle();
        return deps.declarations.onCmp(sender.url, r.cmp, r.json);
      }
      if (r.type === 'cookie') {
        recorder.observe({
          kind: 'scriptCookie',
          tabId: sender.tabId,
          frameId: sender.frameId,
          documentUrl: sender.url,
          documentId: sender.documentId ?? null,
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
          documentId: sender.documentId ?? null,
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
        const page = await currentPage(msg.tabId);
        if (!page) {
          return {
            ok: true,
            tabId: msg.tabId,
            pageUrl: null,
            site: null,
            view: null,
            declared: null,
            discrepancies: [],
            sitePages: 0,
          };
        }
        const a = await deps.audit.tabAudit(page);
        return {
          ok: true,
          tabId: msg.tabId,
          pageUrl: page.url,
          site: page.site,
          view: a.view,
          declared: a.declared,
          discrepancies: a.discrepancies,
          sitePages: a.sitePages,
        };
      }
      case 'get-tab-summary': {
        const page = await currentPage(msg.tabId);
        if (!page) {
          return {
            ok: true,
            tabId: msg.tabId,
            pageId: null,
            pageUrl: null,
            site: null,
            summary: null,
            declared: null,
            sources: [],
            sitePages: 0,
          };
        }
        // Only what holds on this page's host: another host's banner or policy is not its.
        const [a, sources] = await Promise.all([
          deps.audit.tabSummary(page),
          deps.declarations.forHost(hostOf(page.url)),
        ]);
        // Answered from a snapshot: audit now, so the tables open quickly.
        if (a.from === 'snapshot') void deps.audit.tabAudit(page).catch(() => {});
        return {
          ok: true,
          tabId: msg.tabId,
          pageId: page.id,
          pageUrl: page.url,
          site: page.site,
          summary: a.summary,
          declared: a.declared,
          sources,
          sitePages: a.sitePages,
          from: a.from,
        };
      }
      case 'get-tab-rows': {
        if (!isTableName(msg.table)) return { ok: false, error: 'unknown table' };
        const page = await currentPage(msg.tabId);
        const a = page ? await deps.audit.tabAudit(page) : null;
        return {
          ok: true,
          tabId: msg.tabId,
          pageId: page?.id ?? null,
          table: msg.table,
          rows: a ? tableRows(a.view, msg.table) : [],
        };
      }
      case 'get-report': {
        await recorder.idle();
        const { keepValues } = await deps.settings.get();
        return {
          ok: true,
          report: await deps.audit.report(String(msg.site), { values: keepValues }),
        };
      }
      case 'get-storage':
        return {
          ok: true,
          settings: await deps.settings.get(),
          usage: await store.usage(),
        };
      case 'set-storage-settings': {
        const v = validateStorageSettings(msg.settings);
        if (!v.ok) return { ok: false, error: v.error };
        await deps.settings.put(v.value);
        await recorder.idle();
        recorder.keepValues(v.value.keepValues);
        if (!v.value.keepValues) await store.dropValues();
        const removed = await deps.retention.prune();
        return { ok: true, settings: v.value, removed, usage: await store.usage() };
      }
      case 'clear-records': {
        await recorder.idle();
        await store.clearAll();
        recorder.forget();
        return { ok: true, usage: await store.usage() };
      }
      case 'get-lists': {
        const c = await deps.classification.get();
        return { ok: true, lists: c.lists, problems: c.problems };
      }
      case 'add-list': {
        if (typeof msg.text !== 'string' || typeof msg.name !== 'string' || !msg.name.trim()) {
          return { ok: false, error: 'add-list needs a name and the list text' };
        }
        try {
          const list = await deps.classification.addList(
            msg.text,
            msg.name.trim(),
            msg.source ?? null,
          );
          return { ok: true, list };
        } catch (e) {
          // The previous version of the list, if any, stays in use.
          return { ok: false, error: (e as Error).message };
        }
      }
      case 'add-list-url': {
        const url = listUrl(msg.url);
        if (!url) return { ok: false, error: 'give the http(s) address of the list' };
        let text: string;
        try {
          text = await deps.fetchList(url);
        } catch (e) {
          return { ok: false, error: `could not download ${url}: ${(e as Error).message}` };
        }
        try {
          const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || '') || url;
          return { ok: true, list: await deps.classification.addList(text, name, url) };
        } catch (e) {
          return { ok: false, error: (e as Error).message };
        }
      }
      case 'update-list': {
        const { lists } = await deps.classification.get();
        const l = lists.find((x) => x.id === msg.id && x.kind === 'user');
        const url = l ? listUrl(l.source) : null;
        if (!l || !url)
          return { ok: false, error: 'only a list added from an address can be updated' };
        try {
          const text = await deps.fetchList(url);
          return { ok: true, list: await deps.classification.addList(text, l.name, url) };
        } catch (e) {
          // Nothing is replaced: the version already stored stays in use.
          return {
            ok: false,
            error: `${l.name} not updated, the previous version stays in use: ${(e as Error).message}`,
          };
        }
      }
      case 'get-declarations':
        return { ok: true, declarations: await deps.declarations.forSite(String(msg.site)) };
      case 'use-page-as-policy': {
        const d = await deps.declarations.usePageAsPolicy(String(msg.site), String(msg.url));
        return d.error ? { ok: false, error: d.error } : { ok: true, declaration: d };
      }
      case 'use-policy-text': {
        if (typeof msg.text !== 'string' || !msg.text.trim())
          return { ok: false, error: 'paste the policy text first' };
        return {
          ok: true,
          declaration: await deps.declarations.usePastedText(String(msg.site), msg.text),
        };
      }
      case 'set-declared-categories': {
        const d = await deps.declarations.setCategories(
          String(msg.site),
          msg.categories,
          msg.base ?? null,
        );
        return { ok: true, declaration: d };
      }
      case 'clear-user-declaration':
        await deps.declarations.clearUser(String(msg.site));
        return { ok: true };
      case 'reread-policy': {
        // The policy of the page's host (older callers name the site only).
        const d = await deps.declarations.reread(String(msg.host ?? msg.site));
        if (!d) return { ok: false, error: 'no policy page is known for this site yet' };
        return d.error ? { ok: false, error: d.error } : { ok: true, declaration: d };
      }
      case 'remove-list':
        await deps.classification.removeList(String(msg.id));
        return { ok: true };
      default:
        return { ok: false, error: `unknown message type` };
    }
  };
}
