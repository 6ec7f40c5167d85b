import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex } from '../../lib/platform/crypto.ts';
import { createDexieStore, valueHashKey } from '../../lib/platform/db.ts';
import { freshDb } from './fakes.ts';

describe('value hashes', () => {
  it('use one random key per installation, kept in the database', async () => {
    const db = freshDb();
    const [a, b] = await Promise.all([valueHashKey(db), valueHashKey(db)]);
    expect(a).toHaveLength(32);
    expect([...b]).toEqual([...a]);
    expect([...(await valueHashKey(db))]).toEqual([...a]);
    expect([...(await valueHashKey(freshDb()))]).not.toEqual([...a]);
  });

  it('are an HMAC, not a plain SHA-256 anyone could recompute from a guess', async () => {
    const key = new Uint8Array(32).fill(7);
    const h = await hmacSha256Hex(() => Promise.resolve(key)).sha256('user@example.com');
    expect(h).toBe(createHmac('sha256', key).update('user@example.com').digest('hex'));
    expect(h).not.toBe(createHash('sha256').update('user@example.com').digest('hex'));
  });

  it('"Delete everything" replaces the key: hashes made before are not linkable to those after', async () => {
    const db = freshDb();
    const hasher = hmacSha256Hex(() => valueHashKey(db));
    const before = await hasher.sha256('session-id-123');
    expect(await hasher.sha256('session-id-123')).toBe(before);
    const old = await valueHashKey(db);
    await createDexieStore(db).clearAll();
    hasher.reset();
    const after = await hasher.sha256('session-id-123');
    expect(after).not.toBe(before);
    expect([...(await valueHashKey(db))]).not.toEqual([...old]);
    expect(after).toBe(
      createHmac('sha256', await valueHashKey(db))
        .update('session-id-123')
        .digest('hex'),
    );
  });
});
