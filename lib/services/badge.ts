// The toolbar badge: the number of high-severity findings of the tab's site.
// Recomputed at most every BADGE_DELAY_MS per tab and one tab at a time, so
// that a busy page does not keep the worker auditing instead of recording.
import type { Discrepancy } from '../core/discrepancies/types.ts';
import type { AuditService } from './audit.ts';
import type { RecordStore } from './store.ts';

export const BADGE_DELAY_MS = 4000;
/** Material red: the badge accuses. */
export const BADGE_COLOR = '#b3261e';

/** The badge text: high-severity findings, '' (no badge) when there are none. */
export function badgeText(
  findings: readonly Pick<Discrepancy, 'severity' | 'checkPolicy'>[],
): string {
  // A finding to check against the policy is not (yet) an accusation.
  const high = findings.filter((d) => d.severity === 'high' && !d.checkPolicy).length;
  return high ? String(high) : '';
}

export interface BadgeDeps {
  store: Pick<RecordStore, 'latestPageForTab'>;
  audit: Pick<AuditService, 'tabAudit'>;
  /** Shows the badge on the tab's toolbar button ('' hides it). */
  show: (tabId: number, badge: { text: string; color: string }) => Promise<void>;
  /** Runs `fn` after `ms` (the extension passes setTimeout). */
  after: (ms: number, fn: () => void) => void;
  /** Whether the tab is still open: a closed tab's page is not audited for a badge nobody sees. */
  tabOpen?: (tabId: number) => Promise<boolean>;
}

export interface Badge {
  /** The tab got new records: update its badge soon. */
  schedule(tabId: number): void;
  /** Resolves when the updates started so far are done. */
  idle(): Promise<void>;
}

export function createBadge(deps: BadgeDeps): Badge {
  const pending = new Set<number>();
  let running: Promise<void> = Promise.resolve();

  async function update(tabId: number): Promise<void> {
    try {
      if (deps.tabOpen && !(await deps.tabOpen(tabId))) return;
      const page = await deps.store.latestPageForTab(tabId);
      if (!page) return;
      const a = await deps.audit.tabAudit(page);
      await deps.show(tabId, { text: badgeText(a.discrepancies), color: BADGE_COLOR });
    } catch {
      // the tab was closed meanwhile
    }
  }

  return {
    schedule(tabId) {
      // -1: a tabless ping, no toolbar button to update.
      if (tabId < 0 || pending.has(tabId)) return;
      pending.add(tabId);
      deps.after(BADGE_DELAY_MS, () => {
        pending.delete(tabId);
        running = running.then(() => update(tabId));
      });
    },
    idle: () => running,
  };
}
