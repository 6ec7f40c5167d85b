// Where the A/B test keeps things (lib/platform/db.ts, fake-indexeddb): each
// site's last result with when it ran, read back only when it is one, and
// gone with "Delete everything"; the user's saved state while a test runs,
// which "Delete everything" leaves (it is the user's, pending a restore).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SignalsAb } from '../../lib/core/signals/ab.ts';
import {
  createDexieStore,
  createSignalsAbPendingStore,
  createSignalsAbStore,
} from '../../lib/platform/db.ts';
import type { PendingRestore } from '../../lib/services/signals-ab.ts';
import { freshDb } from './fakes.ts';

const ab = (
  JSON.parse(
    readFileSync(new URL('../../cli/demo-site/ab-truth.json', import.meta.url), 'utf8'),
  ) as { sites: Record<string, { ab: SignalsAb }> }
).sites['gpc-ignores.test']!.ab;

describe('the A/B test stores', () => {
  it('keep each site’s last result with its time, and "Delete everything" removes them', async () => {
    const db = freshDb();
    const results = createSignalsAbStore(db);
    expect(await results.tested('gpc-ignores.test')).toBeNull();
    await results.put('gpc-ignores.test', ab, 1_765_000_000_000);
    expect(await results.tested('gpc-ignores.test')).toEqual({ ab, at: 1_765_000_000_000 });
    expect(await results.get('gpc-ignores.test')).toEqual(ab);
    expect(await results.get('other.test')).toBeNull();
    // Something else under the key is no result.
    await db.meta.put({ key: 'signalsAb:bad.test', value: { ab: { url: 'x' }, at: 1 } });
    expect(await results.tested('bad.test')).toBeNull();

    const pending = createSignalsAbPendingStore(db);
    const saved: PendingRestore = {
      site: 'gpc-ignores.test',
      tabId: 4,
      testTab: 9,
      cookies: [],
      storage: { origin: 'https://gpc-ignores.test', items: [['k', 'v']] },
    };
    await pending.put(saved);
    await createDexieStore(db).clearAll();
    expect(await results.tested('gpc-ignores.test')).toBeNull();
    expect(await pending.get()).toEqual(saved);
    await pending.clear();
    expect(await pending.get()).toBeNull();
  });
});
