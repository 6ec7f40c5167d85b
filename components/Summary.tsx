import type { TabCounts } from '../lib/core/tab-summary.ts';

export function Summary({ counts }: { counts: TabCounts }) {
  const items: [string, number][] = [
    ['Cookies', counts.cookies],
    ['Third-party cookies', counts.thirdPartyCookies],
    ['Storage keys', counts.storage],
    ['Third parties', counts.thirdParties],
    ['Beacons', counts.beacons],
    ['Pixels', counts.pixels],
    ['Requests', counts.requests],
  ];
  return (
    <dl className="summary" aria-label="Counts">
      {items.map(([label, n]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd data-testid={`count-${label.toLowerCase().replace(/\s+/g, '-')}`}>{n}</dd>
        </div>
      ))}
    </dl>
  );
}
