import { countItems } from '../lib/core/popup-view.ts';
import type { TabCounts } from '../lib/core/tab-summary.ts';

export function Summary({ counts }: { counts: TabCounts }) {
  return (
    <dl className="summary" aria-label="Counts">
      {countItems(counts).map(({ label, testId, n }) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd data-testid={testId}>{n}</dd>
        </div>
      ))}
    </dl>
  );
}
