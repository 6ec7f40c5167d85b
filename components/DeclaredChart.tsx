import type { ClassifiedView } from '../lib/core/audit/classify-view.ts';
import type { DeclaredPolicy } from '../lib/core/policy/types.ts';
import type { Category } from '../lib/core/types.ts';

const CATS: Category[] = ['necessary', 'preferences', 'analytics', 'advertising', 'social'];

/** Declared vs observed, per category: a small chart a glance can read. */
export function DeclaredChart({
  declared,
  view,
}: {
  declared: DeclaredPolicy | null;
  view: ClassifiedView;
}) {
  const observed = (c: Category) =>
    view.cookies.filter((x) => (x.knownCategory ?? x.category) === c).length +
    view.requests.filter((r) => r.tracker?.category === c).length;
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
