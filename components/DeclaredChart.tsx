import type { DeclaredPolicy } from '../lib/core/policy/types.ts';
import { CHART_CATEGORIES as CATS } from '../lib/core/tab-summary.ts';
import type { Category } from '../lib/core/types.ts';

/** Declared vs observed, per category: a small chart a glance can read. */
export function DeclaredChart({
  declared,
  observed: counts,
}: {
  declared: DeclaredPolicy | null;
  observed: Record<Category, number>;
}) {
  const observed = (c: Category) => counts[c];
  const max = Math.max(1, ...CATS.map(observed));
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
        {CATS.map((c) => {
          const n = observed(c);
          const isDeclared = declared?.categories.includes(c) ?? false;
          const gap = n > 0 && !isDeclared && c !== 'necessary' && declared !== null;
          return (
            <tr key={c} className={gap ? 'gap' : undefined}>
              <td>{c}</td>
              <td>{declared ? (isDeclared ? 'yes' : 'no') : '—'}</td>
              <td>
                <span className="bar" style={{ width: `${Math.round((n / max) * 100)}%` }} />
                <span className="n">{n}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
