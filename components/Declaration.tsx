import { useState } from 'react';
import type { DeclarationInfo } from '../lib/core/protocol.ts';
import type { DeclaredPolicy } from '../lib/core/policy/types.ts';
import type { Category } from '../lib/core/types.ts';

const EDITABLE: Category[] = ['necessary', 'preferences', 'analytics', 'advertising', 'social'];

function when(t: number): string {
  return t > 0 ? new Date(t).toLocaleString() : 'earlier';
}

export interface DeclarationProps {
  declared: DeclaredPolicy | null;
  sources: DeclarationInfo[];
  busy: boolean;
  message: string | null;
  onUsePage(): void;
  onPaste(text: string): void;
  onSetCategories(categories: Category[]): void;
  onClearUser(): void;
  onReread(): void;
}

/** What the site declares, where it came from, and the user's corrections. */
export function DeclarationPanel(p: DeclarationProps) {
  const [text, setText] = useState('');
  const [cats, setCats] = useState<Category[] | null>(null);
  const chosen = cats ?? p.declared?.categories ?? [];
  const hasUser = p.sources.some((s) => s.source === 'user');
  // Declarations stored before `mentioned` existed have none.
  const mentioned = p.declared?.mentioned ?? [];
  return (
    <div className="declaration">
      <h2>Sources</h2>
      {p.sources.length === 0 ? (
        <p className="empty">
          Nothing found yet: no policy link and no consent banner declaration.
        </p>
      ) : (
        <ul className="sources">
          {p.sources.map((s) => (
            <li key={`${s.host}|${s.source}`}>
              <code>{s.source}</code> {s.url && <span className="mono">{s.url}</span>} — for{' '}
              {s.source === 'user' ? `every host of ${s.site}` : s.host}, read {when(s.fetchedAt)}
              {s.why && <span className="why"> ({s.why})</span>}
              {s.error &&
                // Most sites publish no /.well-known/gpc.json: its 404 is an answer, not a fault.
                (s.source === 'well-known' && /\bHTTP 404\b/u.test(s.error) ? (
                  <span className="why"> — not published by the site (HTTP 404)</span>
                ) : (
                  <span className="error" role="status">
                    {' '}
                    could not be read: {s.error}
                  </span>
                ))}
            </li>
          ))}
        </ul>
      )}
      {p.declared && (
        <>
          <h2>Declared</h2>
          <dl className="declared">
            <dt>Categories</dt>
            <dd>{p.declared.categories.join(', ') || 'none'}</dd>
            <dt>Technologies</dt>
            <dd>{p.declared.technologies.join(', ') || 'none'}</dd>
            <dt>Vendors</dt>
            <dd>{p.declared.vendors.join(', ') || 'none named'}</dd>
            <dt>Retention</dt>
            <dd>
              {p.declared.retention.length
                ? p.declared.retention
                    .map(
                      (r) => `${r.category}: ${r.maxDays === null ? 'session' : `${r.maxDays} d`}`,
                    )
                    .join('; ')
                : 'not stated'}
            </dd>
            <dt>Do Not Track / GPC</dt>
            <dd>
              {p.declared.dnt} / {p.declared.gpc}
            </dd>
          </dl>
          {(p.declared.unmapped ?? []).length > 0 && (
            <details className="unmapped" data-testid="unmapped">
              <summary>
                {p.declared.unmapped.length} sentence{p.declared.unmapped.length === 1 ? '' : 's'}{' '}
                about cookies the reader could not map to a category
              </summary>
              <ul className="quotes">
                {p.declared.unmapped.map((u, i) => (
                  <li key={i}>“{u}”</li>
                ))}
              </ul>
            </details>
          )}
          {mentioned.length > 0 && (
            <details className="mentioned" data-testid="mentioned">
              <summary>
                {mentioned.length} {mentioned.length === 1 ? 'category' : 'categories'} named but
                not declared as the site's own
              </summary>
              <ul className="quotes">
                {mentioned.map((m) => (
                  <li key={m.category}>
                    <code>{m.category}</code> “{m.quote}”
                  </li>
                ))}
              </ul>
            </details>
          )}
          <details>
            <summary>Quotes ({p.declared.evidence.length})</summary>
            <ul className="quotes">
              {p.declared.evidence.map((e, i) => (
                <li key={i}>
                  <code>{e.field}</code> “{e.quote}”
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      <h2>Correct it</h2>
      <div className="actions">
        <button type="button" onClick={p.onUsePage} disabled={p.busy}>
          Use this page as the policy
        </button>
        <button type="button" onClick={p.onReread} disabled={p.busy}>
          Read the policy again
        </button>
        {hasUser && (
          <button type="button" onClick={p.onClearUser} disabled={p.busy}>
            Forget my corrections
          </button>
        )}
      </div>
      <fieldset>
        <legend>Declared categories</legend>
        {EDITABLE.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={chosen.includes(c)}
              onChange={(e) =>
                setCats(e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c))
              }
            />{' '}
            {c}
          </label>
        ))}
        <button
          type="button"
          disabled={p.busy || cats === null}
          onClick={() => p.onSetCategories(chosen)}
        >
          Save categories
        </button>
      </fieldset>
      <label className="paste">
        Paste the policy text
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" disabled={p.busy || !text.trim()} onClick={() => p.onPaste(text)}>
        Use pasted text
      </button>
      {p.message && (
        <p className="status" role="status">
          {p.message}
        </p>
      )}
    </div>
  );
}
