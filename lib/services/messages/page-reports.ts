// Reports from content scripts: untrusted content, trusted sender. They are
// validated, rate-limited per tab, stamped by the sender's tab, frame and
// document, and handed to the recorder or the declarations.
import { MAX_HOOK_BATCH_LENGTH, MAX_REPORTS_PER_MESSAGE } from '../../core/hook-channel.ts';
import { validatePageReport } from '../../core/page-messages.ts';
import type { MessageSender } from '../../core/protocol.ts';
import { documentUrlOf } from '../../core/page-messages.ts';
import { createTokenBuckets } from '../../core/rate-limit.ts';
import { Refused, type BackgroundDeps, type Handlers } from './types.ts';

/**
 * Page reports a tab may send, all its frames together (a page with N iframes
 * gets no more than a page without): a burst, then a steady rate (per second).
 */
export const PAGE_REPORT_BURST = 400;
export const PAGE_REPORT_RATE = 100;
/** CMP declarations a tab may report per minute (one per page load is normal). */
export const CMP_REPORTS_PER_MINUTE = 6;

export function pageReportHandlers(deps: BackgroundDeps): Handlers<'page-report' | 'page-reports'> {
  const { recorder } = deps;
  // In memory: a restarted worker starts afresh.
  const buckets = createTokenBuckets();

  /** One report, as if it came alone: validated, rate-limited, recorded or handed on. */
  async function one(
    report: unknown,
    sender: MessageSender,
    time = deps.now(),
  ): Promise<{ ok: boolean; error?: string }> {
    if (sender.tabId === undefined || sender.frameId === undefined || !sender.url) {
      throw new Refused('page report without a tab');
    }
    if (!buckets.take(`tab:${sender.tabId}`, deps.now(), PAGE_REPORT_BURST, PAGE_REPORT_RATE)) {
      throw new Refused('too many reports from this tab: dropped');
    }
    const v = validatePageReport(report, time);
    if (!v.ok) throw new Refused(v.error);
    const r = v.report;
    if (
      r.type === 'cmp' &&
      !buckets.take(
        `cmp:${sender.tabId}`,
        deps.now(),
        CMP_REPORTS_PER_MINUTE,
        CMP_REPORTS_PER_MINUTE / 60,
      )
    ) {
      throw new Refused('too many CMP reports from this tab: dropped');
    }
    const from = {
      tabId: sender.tabId,
      frameId: sender.frameId,
      documentUrl: documentUrlOf(sender.url, sender.origin),
      documentId: sender.documentId ?? null,
    };
    switch (r.type) {
      case 'optout': {
        // The top frame's reading only: it is the page's. The cookies come
        // from the browser's jar, not from the page.
        if (sender.frameId !== 0) return { ok: true };
        let host: string;
        try {
          host = new URL(sender.url).hostname;
        } catch {
          throw new Refused('optout report from a document without a host');
        }
        const cookies = await deps.optOutCookies(host);
        // Nothing to read on most pages: no record for them.
        if (
          cookies.length === 0 &&
          r.apis.usp.status === 'absent' &&
          r.apis.gpp.status === 'absent'
        )
          return { ok: true };
        recorder.observe({ kind: 'optOut', ...from, apis: r.apis, cookies, time: r.time });
        return { ok: true };
      }
      case 'links':
        // Only the top frame's links say where the site's policy is.
        if (sender.frameId === 0) void deps.declarations.onLinks(sender.url, r.links);
        return { ok: true };
      case 'cmp':
        if (sender.frameId !== 0) return { ok: true };
        await recorder.idle();
        return deps.declarations.onCmp(sender.url, r.cmp, r.json);
      case 'navigator':
        // The top document's view only: frames have their own navigator.
        if (sender.frameId !== 0) return { ok: true };
        recorder.observe({
          kind: 'navigatorSignals',
          ...from,
          gpc: r.gpc,
          dnt: r.dnt,
          time,
        });
        return { ok: true };
      case 'cookie':
        // A frame whose origin the browser did not say (Firefox's about:blank):
        // its cookies are still seen as the browser's cookie changes.
        if (!/^https?:/i.test(from.documentUrl)) return { ok: true };
        recorder.observe({
          kind: 'scriptCookie',
          ...from,
          api: r.api,
          cookie: r.cookie,
          scriptUrl: r.scriptUrl,
          time: r.time,
        });
        return { ok: true };
      case 'storage':
        if (!/^https?:/i.test(from.documentUrl)) return { ok: true };
        recorder.observe({
          kind: 'storage',
          ...from,
          storage: r.storage,
          op: r.op,
          key: r.key,
          value: r.value,
          scriptUrl: r.scriptUrl,
          time: r.time,
        });
        return { ok: true };
    }
  }

  return {
    'page-report': (msg, sender) => one(msg.report, sender),
    async 'page-reports'(msg, sender) {
      const now = deps.now();
      // The relay sends the hook's batches as the JSON text they came in.
      const items: { report: unknown; time: number }[] = [];
      if (msg.batches !== undefined) {
        if (!Array.isArray(msg.batches)) throw new Refused('malformed reports');
        let length = 0;
        for (const json of msg.batches as unknown[]) {
          if (typeof json !== 'string') throw new Refused('malformed reports');
          length += json.length;
          if (length > MAX_HOOK_BATCH_LENGTH) throw new Refused('reports too large');
          let reports: unknown;
          try {
            reports = JSON.parse(json);
          } catch {
            throw new Refused('malformed reports');
          }
          if (!Array.isArray(reports)) throw new Refused('malformed reports');
          for (const report of reports) items.push({ report, time: now });
        }
      } else {
        if (!Array.isArray(msg.reports)) throw new Refused('malformed reports');
        for (const report of msg.reports as unknown[]) items.push({ report, time: now });
      }
      const errors: string[] = [];
      let accepted = 0;
      for (let i = 0; i < items.length; i++) {
        if (i >= MAX_REPORTS_PER_MESSAGE) {
          errors.push(`more than ${MAX_REPORTS_PER_MESSAGE} reports in one message: dropped`);
          break;
        }
        try {
          const res = await one(items[i]!.report, sender, items[i]!.time);
          if (res.ok) accepted++;
          else errors.push(res.error ?? 'refused');
        } catch (e) {
          if (!(e instanceof Refused)) throw e;
          errors.push(e.message);
        }
      }
      return { ok: errors.length === 0, accepted, errors };
    },
  };
}
