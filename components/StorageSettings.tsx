import { useState } from 'react';
import type { StorageUsage } from '../lib/core/protocol.ts';
import { STORAGE_LIMITS, type StorageSettings } from '../lib/core/storage-settings.ts';
import { RECORD_KINDS } from '../lib/core/types.ts';

/** How much the extension keeps, and the limits the user sets. Presentational. */
export function StoragePanel({
  settings,
  usage,
  busy,
  message,
  onSave,
  onClear,
}: {
  settings: StorageSettings;
  usage: StorageUsage;
  busy: boolean;
  message: string | null;
  onSave: (s: StorageSettings) => void;
  onClear: () => void;
}) {
  const [days, setDays] = useState(String(settings.retentionDays));
  const [pages, setPages] = useState(String(settings.maxPages));
  const [keepValues, setKeepValues] = useState(settings.keepValues);
  const [redactQueryStrings, setRedactQueryStrings] = useState(settings.redactQueryStrings);
  const [confirming, setConfirming] = useState(false);
  const records = RECORD_KINDS.reduce((n, k) => n + usage[k], 0);
  return (
    <section aria-labelledby="storage-h">
      <h2 id="storage-h">Storage</h2>
      <p data-testid="storage-usage">
        {usage.pages.toLocaleString('en')} page visits, {records.toLocaleString('en')} records (
        {usage.requests.toLocaleString('en')} requests, {usage.cookies.toLocaleString('en')} cookie
        writes, {usage.storage.toLocaleString('en')} storage writes)
        {usage.oldest !== null
          ? `; the oldest from ${new Date(usage.oldest).toISOString().slice(0, 10)}`
          : ''}
        . Everything stays in this browser until you export it.
      </p>
      {usage.quota && (
        <p role="alert" className="note" data-testid="quota-notice">
          The browser refused {usage.quota.events.toLocaleString('en')} write
          {usage.quota.events === 1 ? '' : 's'} for lack of disk space (the last on{' '}
          {new Date(usage.quota.lastAt).toISOString().slice(0, 16).replace('T', ' ')} UTC). To make
          room, {usage.quota.prunedPages.toLocaleString('en')} page visit
          {usage.quota.prunedPages === 1 ? '' : 's'} (
          {usage.quota.prunedRecords.toLocaleString('en')} records) were deleted, the writing
          site&apos;s own first; corrections, consent states and declarations were kept. Export what
          you need, then free space or lower the limits below.
        </p>
      )}
      <form
        className="storage-form"
        // Our own check answers, with the reason, in the status line below.
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSave({
            retentionDays: Number(days),
            maxPages: Number(pages),
            keepValues,
            redactQueryStrings,
          });
        }}
      >
        <label>
          Keep records for{' '}
          <input
            type="number"
            inputMode="numeric"
            min={STORAGE_LIMITS.retentionDays.min}
            max={STORAGE_LIMITS.retentionDays.max}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />{' '}
          days
        </label>
        <label>
          and at most{' '}
          <input
            type="number"
            inputMode="numeric"
            min={STORAGE_LIMITS.maxPages.min}
            max={STORAGE_LIMITS.maxPages.max}
            value={pages}
            onChange={(e) => setPages(e.target.value)}
          />{' '}
          page visits (the oldest are deleted first)
        </label>
        <label className="keep-values">
          <input
            type="checkbox"
            checked={keepValues}
            onChange={(e) => setKeepValues(e.target.checked)}
          />{' '}
          Keep cookie and storage values themselves (off: only their length, a keyed hash and an
          entropy estimate). Kept values stay in this browser and appear in exports; turning this
          off deletes the values kept so far.
        </label>
        <label className="keep-values">
          <input
            type="checkbox"
            checked={redactQueryStrings}
            onChange={(e) => setRedactQueryStrings(e.target.checked)}
          />{' '}
          Leave query strings out of exports: every URL in a report keeps its parameter names but
          not their values, nor its fragment (tracker URLs often carry identifiers of your browser).
        </label>
        <button type="submit" disabled={busy}>
          Save
        </button>
      </form>
      <p>
        {confirming ? (
          <>
            Delete every recorded visit, cookie, request, consent state and declaration? Your lists
            and settings stay.{' '}
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                onClear();
              }}
            >
              Yes, delete everything
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
            Delete all records…
          </button>
        )}
      </p>
      {message && (
        <p role="status" data-testid="storage-message">
          {message}
        </p>
      )}
    </section>
  );
}
