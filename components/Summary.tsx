import type { AuditView } from '../lib/core/view.ts';

export function Summary({ view }: { view: AuditView & { requestCount?: number } }) {
  const items: [string, number][] = [
    ['Cookies', view.cookies.length],
    ['Third-party cookies', view.cookies.filter((c) => c.party === 'third').length],
    ['Storage keys', view.storage.length],
    ['Third parties', view.thirdParties.length],
    ['Beacons', view.requests.filter((r) => r.beacon).length],
    ['Pixels', view.requests.filter((r) => r.pixel).length],
    ['Requests', view.requestCount ?? view.requests.length],
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
