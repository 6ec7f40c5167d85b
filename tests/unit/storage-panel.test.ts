// The options page's storage panel, rendered to markup (no browser): the
// notice a refused write leaves (issue 14 item 2), exactly, and none without one.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StoragePanel } from '../../components/StorageSettings.tsx';
import type { StorageUsage } from '../../lib/core/protocol.ts';
import { DEFAULT_STORAGE_SETTINGS } from '../../lib/core/storage-settings.ts';

const usage = (quota: StorageUsage['quota']): StorageUsage => ({
  ...{ pages: 3, requests: 10, responses: 10, cookies: 4, cookieChanges: 0, storage: 1, optOut: 0 },
  oldest: Date.UTC(2026, 11, 1),
  quota,
});

function panel(u: StorageUsage): string {
  return renderToStaticMarkup(
    createElement(StoragePanel, {
      settings: DEFAULT_STORAGE_SETTINGS,
      usage: u,
      busy: false,
      message: null,
      onSave: () => {},
      onClear: () => {},
    }),
  );
}

/** The text of the element with this test id. */
function textOf(html: string, testId: string): string | null {
  const m = new RegExp(`<p[^>]*data-testid="${testId}"[^>]*>(.*?)</p>`, 's').exec(html);
  return m ? (m[1] ?? '').replace(/<!-- -->/g, '').replace(/&#x27;/g, "'") : null;
}

describe('storage panel', () => {
  it('says when the browser refused writes for lack of space, and what was deleted', () => {
    const html = panel(
      usage({
        events: 2,
        prunedPages: 5,
        prunedRecords: 12_345,
        lastAt: Date.UTC(2026, 11, 6, 7, 5),
      }),
    );
    expect(html).toContain('role="alert"');
    expect(textOf(html, 'quota-notice')).toBe(
      'The browser refused 2 writes for lack of disk space (the last on 2026-12-06 07:05 UTC). ' +
        "To make room, 5 page visits (12,345 records) were deleted, the writing site's own first; " +
        'corrections, consent states and declarations were kept. Export what you need, then free ' +
        'space or lower the limits below.',
    );
  });

  it('shows no notice when none happened', () => {
    expect(textOf(panel(usage(null)), 'quota-notice')).toBeNull();
  });
});
