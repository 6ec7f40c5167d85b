import { useState } from 'react';
import type { SendMode, SendSignalsSettings } from '../lib/core/signals/send.ts';

/**
 * The "send privacy signals" option: off, everywhere, or on chosen sites,
 * and which signals. Presentational: the options page saves.
 */
export function SendSignalsPanel({
  settings,
  browserDnt,
  error,
  busy,
  message,
  onSave,
}: {
  settings: SendSignalsSettings;
  browserDnt: boolean | null;
  /** Why the saved setting is not in force. */
  error: string | null;
  busy: boolean;
  message: string | null;
  onSave: (s: { mode: SendMode; sites: string[]; dnt: boolean; gpc: boolean }) => void;
}) {
  const [mode, setMode] = useState<SendMode>(settings.mode);
  const [sites, setSites] = useState(settings.sites.join('\n'));
  const [dnt, setDnt] = useState(settings.dnt);
  const [gpc, setGpc] = useState(settings.gpc);
  const modes: [SendMode, string][] = [
    ['off', 'Off (default): the extension sends nothing'],
    ['everywhere', 'Everywhere'],
    ['sites', 'On chosen sites only'],
  ];
  return (
    <section aria-labelledby="send-signals-h" className="send-signals">
      <h2 id="send-signals-h">Send privacy signals</h2>
      <p>
        Your browser&apos;s own Do Not Track setting:{' '}
        <strong data-testid="browser-dnt">
          {browserDnt === null ? 'unknown' : browserDnt ? 'on' : 'off'}
        </strong>
        . Global Privacy Control is not a Chrome setting: it is sent only if this extension (or
        another) sends it. With this option the extension sets <code>DNT: 1</code> and/or{' '}
        <code>Sec-GPC: 1</code> on the requests of the pages it covers (and every request those
        pages make) and gives those pages <code>navigator.doNotTrack = &quot;1&quot;</code> /{' '}
        <code>navigator.globalPrivacyControl = true</code>. Pages visited while it is on are
        recorded as sent by this extension.
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSave({ mode, sites: sites.split('\n'), dnt, gpc });
        }}
      >
        <fieldset>
          <legend>Send the signals</legend>
          {modes.map(([m, label]) => (
            <label key={m} className="block">
              <input
                type="radio"
                name="send-mode"
                value={m}
                checked={mode === m}
                onChange={() => setMode(m)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <label className="block">
          Chosen sites, one a line (a host such as <code>shop.example.com</code> or a domain such as{' '}
          <code>example.com</code>, which covers its subdomains too):
          <textarea
            rows={4}
            value={sites}
            disabled={mode !== 'sites'}
            spellCheck={false}
            onChange={(e) => setSites(e.target.value)}
          />
        </label>
        <fieldset>
          <legend>Which signals</legend>
          <label>
            <input type="checkbox" checked={dnt} onChange={(e) => setDnt(e.target.checked)} /> Do
            Not Track (<code>DNT: 1</code>)
          </label>{' '}
          <label>
            <input type="checkbox" checked={gpc} onChange={(e) => setGpc(e.target.checked)} />{' '}
            Global Privacy Control (<code>Sec-GPC: 1</code>)
          </label>
        </fieldset>
        <button type="submit" disabled={busy}>
          Save signals
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          Not in force: {error}
        </p>
      )}
      {message && (
        <p role="status" data-testid="send-signals-message">
          {message}
        </p>
      )}
    </section>
  );
}
