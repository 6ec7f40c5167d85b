import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex } from '../../lib/platform/crypto.ts';
import { valueHashKey } from '../../lib/platform/db.ts';
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
    const h = await hmacSha256Hex(Promise.resolve(key))('user@example.com');
    expect(h).toBe(createHmac('sha256', key).update('user@example.com').digest('hex'));
    expect(h).not.toBe(createHash('sha256').update('user@example.com').digest('hex'));
  });
});
