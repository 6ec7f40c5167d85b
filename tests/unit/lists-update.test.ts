import { describe, expect, it } from 'vitest';
import type { StoredList } from '../../lib/core/lists/compile.ts';
import {
  LIST_UPDATE_INTERVAL_MS,
  afterUpdate,
  conditionalHeaders,
  dueLists,
} from '../../lib/core/lists/update.ts';

const T0 = 1_700_000_000_000;
const list = (over: Partial<StoredList>): StoredList => ({
  id: 'l',
  name: 'l.txt',
  format: 'hosts',
  source: 'https://lists.example/l.txt',
  version: null,
  addedAt: T0,
  size: 3,
  skipped: [],
  ...over,
});

describe('which lists are due', () => {
  const lists = [
    list({ id: 'fresh', checkedAt: T0 + 1000 }),
    list({ id: 'old' }),
    list({ id: 'off', autoUpdate: false }),
    list({ id: 'file', source: 'blocklist.txt' }),
    list({ id: 'ftp', source: 'ftp://lists.example/l.txt' }),
  ];
  it('takes lists from an address whose last check is a day old, unless turned off', () => {
    const now = T0 + LIST_UPDATE_INTERVAL_MS;
    expect(dueLists(lists, now).map((l) => l.id)).toEqual(['old']);
    expect(dueLists(lists, now + 1000).map((l) => l.id)).toEqual(['fresh', 'old']);
  });
  it('takes every list that updates when forced, and never a file or a switched-off one', () => {
    expect(dueLists(lists, T0, { force: true }).map((l) => l.id)).toEqual(['fresh', 'old']);
  });
});

describe('a conditional request', () => {
  it('sends back the validators of the last download, and nothing without them', () => {
    expect(
      conditionalHeaders({ etag: '"v1"', lastModified: 'Sat, 05 Dec 2026 08:00:00 GMT' }),
    ).toEqual({
      'if-none-match': '"v1"',
      'if-modified-since': 'Sat, 05 Dec 2026 08:00:00 GMT',
    });
    expect(conditionalHeaders({})).toEqual({});
  });
});

describe('what an update leaves stored', () => {
  const previous = list({ etag: '"v1"', autoUpdate: true, error: 'old failure', size: 3 });
  it('not modified: the same list, checked now, the old error cleared', () => {
    expect(afterUpdate(previous, T0 + 5, { kind: 'not-modified' })).toEqual({
      ...previous,
      checkedAt: T0 + 5,
      error: null,
    });
  });
  it('failed: the version in use stays, with the error', () => {
    expect(afterUpdate(previous, T0 + 5, { kind: 'failed', error: 'HTTP 500' })).toEqual({
      ...previous,
      checkedAt: T0 + 5,
      error: 'HTTP 500',
    });
  });
  it('updated: the new version, under the same id, name and date added, with its validators', () => {
    const compiled = list({ id: 'other', name: 'other', addedAt: T0 + 5, size: 9, version: '2' });
    expect(
      afterUpdate(previous, T0 + 5, {
        kind: 'updated',
        compiled,
        validators: { etag: '"v2"', lastModified: null },
      }),
    ).toEqual({
      ...compiled,
      id: 'l',
      name: 'l.txt',
      addedAt: T0,
      etag: '"v2"',
      lastModified: null,
      checkedAt: T0 + 5,
      updatedAt: T0 + 5,
      error: null,
      autoUpdate: true,
    });
  });
});
