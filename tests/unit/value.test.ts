import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeValue, entropyOf, isIdentifierLike } from '../../lib/core/value.ts';

const sha256 = async (s: string) => createHash('sha256').update(s).digest('hex');

describe('cookie value summaries', () => {
  it.each([
    ['', 0],
    ['aaaa', 0],
    ['abab', 1],
    ['abcd', 2],
  ])('entropy of %j is %d bits/char', (v, h) => {
    expect(entropyOf(v)).toBe(h);
  });

  it('keeps length, a 16-hex SHA-256 prefix and entropy — never the value', async () => {
    const v = await describeValue('GA1.1.1234567890.1700000000', sha256);
    expect(v).toEqual({
      length: 27,
      hashPrefix: createHash('sha256')
        .update('GA1.1.1234567890.1700000000')
        .digest('hex')
        .slice(0, 16),
      entropy: entropyOf('GA1.1.1234567890.1700000000'),
    });
    expect(JSON.stringify(v)).not.toContain('1234567890');
  });

  it.each([
    [{ length: 32, hashPrefix: 'x', entropy: 3.9 }, 400, true],
    [{ length: 32, hashPrefix: 'x', entropy: 3.9 }, 90, true],
    [{ length: 32, hashPrefix: 'x', entropy: 3.9 }, 89, false],
    [{ length: 32, hashPrefix: 'x', entropy: 3.9 }, null, false],
    [{ length: 7, hashPrefix: 'x', entropy: 2.8 }, 400, false],
    [{ length: 32, hashPrefix: 'x', entropy: 1 }, 400, false],
  ])('identifier-like %j for %s days → %s', (value, days, expected) => {
    expect(isIdentifierLike(value, days)).toBe(expected);
  });
});
