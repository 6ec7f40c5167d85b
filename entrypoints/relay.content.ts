import {
  HOOK_EVENT,
  HOOK_HELLO,
  HOOK_LINKED_ATTR,
  HOOK_NODE_KEY,
  HOOK_READY,
  MAX_HOOK_BATCH_LENGTH,
} from '../lib/core/hook-channel.ts';
import { resending } from '../lib/core/resend.ts';

// Isolated world: forwards what the main-world hook saw to the background,
// and catches storage keys written without setItem (`localStorage.k = v`) by
// comparing snapshots. The hook's reports come over a private channel (a
// detached node handed over before the page's scripts run, see
// lib/core/hook-channel.ts); the background validates them all the same.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  // about:blank and srcdoc frames run the page's scripts in its origin (issue 14 item 4).
  matchAboutBlank: true,
  main() {
    const reported = new Set<string>();
    // Each message again when a worker stop lost it (lib/core/resend.ts).
    const send = resending((m) => browser.runtime.sendMessage(m), setTimeout);
    /** One message for the relay's own reports (links, storage diffs) that arrive together. */
    const forwardAll = (reports: unknown[]) => {
      if (reports.length === 0) return;
      send({ type: 'page-reports', reports });
    };
    const forward = (report: unknown) => forwardAll([report]);
    // The hook's batch (up to HOOK_SEND_MS of writes) goes on as the JSON
    // text it came in: the browser passes one
    // string to the worker more cheaply than the objects parsed from it (the
    // page's thread waits for that copy), and the worker parses it again.
    const onReports = (e: Event) => {
      const detail = (e as CustomEvent).detail;
      // CMP declarations can be large; the background caps them at 2 MB.
      if (typeof detail !== 'string' || detail.length > MAX_HOOK_BATCH_LENGTH) return;
      let reports: unknown;
      try {
        reports = JSON.parse(detail);
      } catch {
        return;
      }
      if (!Array.isArray(reports) || reports.length === 0) return;
      for (const report of reports) {
        const r = report as { type?: string; storage?: string; key?: string } | null;
        if (r?.type === 'storage') reported.add(`${r.storage}\u0000${r.key}`);
      }
      send({ type: 'page-reports', batches: [detail] });
    };
    let channel: EventTarget | null = null;
    /** Firefox: the node the hook left on the document, taken (and the expando deleted). */
    const takeNode = (): Element | null => {
      const page = (document as unknown as { wrappedJSObject?: Record<string, unknown> })
        .wrappedJSObject;
      const wrap = (globalThis as { XPCNativeWrapper?: (o: unknown) => unknown }).XPCNativeWrapper;
      if (!page || !wrap) return null;
      const raw = page[HOOK_NODE_KEY];
      delete page[HOOK_NODE_KEY];
      return raw ? (wrap(raw) as Element) : null;
    };
    const link = (node: Element | null) => {
      if (channel || !node || typeof node.setAttribute !== 'function') return;
      channel = node;
      node.addEventListener(HOOK_EVENT, onReports);
      node.setAttribute(HOOK_LINKED_ATTR, '');
      document.removeEventListener(HOOK_READY, onReady, true);
      document.removeEventListener(HOOK_EVENT, onReports);
    };
    const onReady = (e: Event) =>
      link(((e as MouseEvent).relatedTarget as Element | null) ?? takeNode());
    document.addEventListener(HOOK_READY, onReady, true);
    document.dispatchEvent(new CustomEvent(HOOK_HELLO));
    // Firefox, the hook having run first: its node waits on the document even
    // where the hello did not reach it.
    link(takeNode());
    // No node handed over yet (the hook has not run in this frame): until it
    // offers one, its reports are taken from the document.
    if (!channel) document.addEventListener(HOOK_EVENT, onReports);

    const kinds = ['localStorage', 'sessionStorage'] as const;
    const snapshot = (kind: (typeof kinds)[number]): Map<string, string> => {
      const m = new Map<string, string>();
      try {
        const s = window[kind];
        for (let i = 0; i < s.length; i++) {
          const k = s.key(i);
          if (k !== null) m.set(k, s.getItem(k) ?? '');
        }
      } catch {
        // storage denied in this frame
      }
      return m;
    };
    const before = new Map(kinds.map((k) => [k, snapshot(k)]));
    const diff = () => {
      for (const kind of kinds) {
        const prev = before.get(kind)!;
        for (const [key, value] of snapshot(kind)) {
          if (prev.get(key) === value) continue;
          prev.set(key, value);
          if (reported.has(`${kind}\u0000${key}`)) continue;
          reported.add(`${kind}\u0000${key}`);
          forward({
            type: 'storage',
            storage: kind,
            op: 'set',
            key,
            value,
            scriptUrl: null,
            time: Date.now(),
          });
        }
      }
    };
    document.addEventListener('DOMContentLoaded', diff);
    window.addEventListener('load', () => {
      diff();
      setTimeout(diff, 1500);
    });
    window.addEventListener('pagehide', diff);

    // The page's links, footer first, so the background can find the
    // site's cookie / privacy policy.
    if (window === window.top) {
      const sendLinks = () => {
        const anchors = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')];
        const footer = (a: Element) =>
          !!a.closest('footer, [role="contentinfo"], [id*="footer" i], [class*="footer" i]');
        const links = anchors
          .map((a) => ({ href: a.href, text: (a.textContent ?? '').trim(), inFooter: footer(a) }))
          .sort((a, b) => Number(b.inFooter) - Number(a.inFooter))
          .slice(0, 500);
        forward({ type: 'links', links });
      };
      window.addEventListener('load', () => setTimeout(sendLinks, 100));
    }
  },
});
