import type { DeclaredPolicy } from '../lib/core/policy/types.ts';
import { chartRows } from '../lib/core/popup-view.ts';
import type { Category } from '../lib/core/types.ts';

/** Declared vs observed, per category: a small chart a glance can read. */
export function DeclaredChart({
  declared,
  observed,
}: {
  declared: DeclaredPolicy | null;
  observed: Record<Category, number>;
}) {
  return (
    <table className="chart" aria-label="Declared and observed categories">
      <thead>
        <tr>
          <th scope="col">Category</th>
          <th scope="col">Declared</th>
          <th scope="col">Observed (cookies + trackers)</th>
        </tr>
      </thead>
      <tbody>
        {chartRows(declared, observed).map((r) => (
          <tr key={r.category} className={r.gap ? 'gap' : undefined}>
            <td>{r.category}</td>
            <td>{r.declared}</td>
            <td>
              <span className="bar" style={{ width: `${r.widthPct}%` }} />
              <span className="n">{r.observed}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
