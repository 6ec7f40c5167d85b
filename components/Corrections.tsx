import type { Correction } from '../lib/core/classify/corrections.ts';

/**
 * The correction layer's entries, read-only: which URLs the extension
 * classifies otherwise than its lists, and why. Presentational.
 */
export function Corrections({ corrections }: { corrections: readonly Correction[] }) {
  return (
    <section aria-labelledby="corrections-h">
      <h2 id="corrections-h">Corrections</h2>
      <p>
        Where the lists are known to be wrong about common trackers, these entries override the
        category (and vendor) they give; a corrected finding says so in its evidence.
      </p>
      <details className="corrections">
        <summary>Show the {corrections.length} corrections</summary>
        <table aria-label="Corrections">
          <thead>
            <tr>
              <th scope="col">Pattern</th>
              <th scope="col">Category</th>
              <th scope="col">Reason and source</th>
            </tr>
          </thead>
          <tbody>
            {corrections.map((c) => (
              <tr key={c.pattern}>
                <td className="mono">{c.pattern}</td>
                <td>
                  {c.category}
                  {c.vendor && <div className="muted">{c.vendor}</div>}
                </td>
                <td>
                  {c.reason} <a href={c.source}>{sourceName(c.source)}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

/** The documentation's host, as the link's text ("developers.facebook.com"). */
function sourceName(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
