// What was recorded, as the popup, the CLI and the tests read it: the
// recorder's state, a tab's audit (whole, summary first, one table) and a
// site's report. Each waits until what was observed before it is written.
import { hostOf } from '../../core/party.ts';
import type { RequestKind } from '../../core/protocol.ts';
import { isTableName, tableRows } from '../../core/tab-summary.ts';
import { Refused, type BackgroundDeps, type Handlers } from './types.ts';

type RecordKinds = Extract<
  RequestKind,
  | 'flush'
  | 'status'
  | 'has-request'
  | 'get-tab-view'
  | 'get-tab-summary'
  | 'get-tab-rows'
  | 'get-report'
>;

export function recordHandlers(deps: BackgroundDeps): Handlers<RecordKinds> {
  const { recorder, store, audit } = deps;
  /** The tab's current page, once everything observed so far is written. */
  const currentPage = async (tabId: unknown) => {
    await recorder.idle();
    return store.latestPageForTab(Number(tabId));
  };
  return {
    async flush() {
      await recorder.idle();
      return { ok: true };
    },
    async status() {
      return { ok: true, ...recorder.stats() };
    },
    async 'has-request'(msg) {
      await recorder.idle();
      return { ok: true, seen: await store.hasRequestUrl(String(msg.url)) };
    },
    async 'get-tab-view'(msg) {
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
      const a = await audit.tabAudit(page);
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
    },
    async 'get-tab-summary'(msg) {
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
        audit.tabSummary(page),
        deps.declarations.forHost(hostOf(page.url)),
      ]);
      // Answered from a snapshot: audit now, so the tables open quickly.
      if (a.from === 'snapshot') void audit.tabAudit(page).catch(() => {});
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
    },
    async 'get-tab-rows'(msg) {
      // The table name comes from a message: checked, not trusted.
      if (!isTableName(msg.table)) throw new Refused('unknown table');
      const page = await currentPage(msg.tabId);
      const a = page ? await audit.tabAudit(page) : null;
      return {
        ok: true,
        tabId: msg.tabId,
        pageId: page?.id ?? null,
        table: msg.table,
        rows: a ? tableRows(a.view, msg.table) : [],
      };
    },
    async 'get-report'(msg) {
      await recorder.idle();
      const { keepValues, redactQueryStrings } = await deps.settings.get();
      const report = await audit.report(String(msg.site), {
        values: keepValues,
        redactQueryStrings,
      });
      return { ok: true, report };
    },
  };
}
