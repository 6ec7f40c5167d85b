import type { ResponseMap } from '../lib/core/protocol.ts';

type CatalogEntry = ResponseMap['get-lists']['catalog'][number];

/**
 * The well-known lists, each with its licence beside the button that adds
 * it (one click: downloaded then, never before). Presentational.
 */
export function ListCatalog({
  catalog,
  openDataOnly,
  busy,
  onAdd,
}: {
  catalog: CatalogEntry[];
  openDataOnly: boolean;
  busy: boolean;
  onAdd: (entry: CatalogEntry) => void;
}) {
  return (
    <section aria-labelledby="catalog-h">
      <h2 id="catalog-h">Well-known lists</h2>
      <p>
        Added with one click: downloaded from the address shown when you press Add (never before),
        then checked daily. Each keeps its own licence.
      </p>
      <table aria-label="Well-known lists" className="catalog">
        <thead>
          <tr>
            <th scope="col">List</th>
            <th scope="col">Licence</th>
            <th scope="col">Address</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {catalog.map((w) => (
            <tr key={w.id}>
              <td>
                <strong>{w.name}</strong>
                <div className="muted">{w.about}</div>
              </td>
              <td>
                <a href={w.licenceUrl}>{w.licence}</a>
                <div className="muted">{w.attribution}</div>
                <div className="muted">
                  {w.commercialUse
                    ? 'Commercial use allowed.'
                    : openDataOnly
                      ? 'No commercial use: not used while open data only is on.'
                      : 'No commercial use.'}
                </div>
              </td>
              <td className="mono">{w.url}</td>
              <td>
                {w.added ? (
                  <span className="added">Added</span>
                ) : (
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`Add ${w.name} (${w.licence})`}
                    onClick={() => onAdd(w)}
                  >
                    Add
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
