// The built-in known-cookie table holds only what the bundled Open Cookie
// Database lacks or files differently, each such entry saying why; and the
// names the policy reader keeps beside it are ones the database agrees on.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { KNOWN_COOKIES, createCookieKnowledge } from '../../lib/core/known-cookies/index.ts';
import type { KnownCookie } from '../../lib/core/known-cookies/types.ts';
import { POLICY_COOKIE_NAMES } from '../../lib/core/policy/cookie-names.ts';
import { buildOcdAsset } from '../../scripts/ocd-asset.ts';

const bundled = buildOcdAsset(fileURLToPath(new URL('../..', import.meta.url)));
const ocd = createCookieKnowledge(bundled.entries);

/** The database's entry for the same cookie (same name, and domain when ours has one). */
function same(entry: KnownCookie): KnownCookie | null {
  const hit = ocd.lookup(entry.name, entry.domain ?? '');
  return hit && hit.entry.name === entry.name ? hit.entry : null;
}

const sameLifetime = (a: number | null, b: number | null) =>
  a === b || (a !== null && b !== null && Math.abs(a - b) <= 1);

describe('the bundled Open Cookie Database', () => {
  it('is built from the snapshot with every row read', () => {
    expect(bundled.rows).toBe(2264);
    expect(bundled.entries.length + bundled.skipped).toBe(2264);
    expect(bundled.skipped).toBeLessThan(10);
    expect(bundled.version).toMatch(/^snapshot [0-9a-f]{12}$/);
    expect(ocd.lookup('_ga', 'example.com')?.entry).toMatchObject({
      category: 'analytics',
      lifetimeDays: 730,
    });
  });
});

describe('the built-in table next to it', () => {
  it('keeps no entry the database already gives with the same category and lifetime', () => {
    const redundant = KNOWN_COOKIES.filter((k) => {
      const o = same(k);
      return o && o.category === k.category && sameLifetime(o.lifetimeDays, k.lifetimeDays);
    }).map((k) => k.name);
    expect(redundant).toEqual([]);
  });

  it('says why for every entry the database also lists, and only for those', () => {
    const unexplained = KNOWN_COOKIES.filter((k) => same(k) && !k.ocd).map((k) => k.name);
    const stale = KNOWN_COOKIES.filter((k) => !same(k) && k.ocd).map((k) => k.name);
    expect({ unexplained, stale }).toEqual({ unexplained: [], stale: [] });
  });

  it("gives the reason that matches the difference: the category's or the lifetime's", () => {
    const wrong = KNOWN_COOKIES.filter((k) => {
      const o = same(k);
      if (!o || !k.ocd) return false;
      const byCategory = o.category !== k.category;
      return byCategory === /lifetime/.test(k.ocd);
    }).map((k) => k.name);
    expect(wrong).toEqual([]);
  });

  it('keeps consent-state cookies necessary although the database files them as Functional', () => {
    const c = KNOWN_COOKIES.find((k) => k.name === 'OptanonConsent')!;
    expect([c.category, same(c)?.category]).toEqual(['necessary', 'preferences']);
    expect(c.ocd).toMatch(/strictly necessary/);
  });
});

describe("the policy reader's extra cookie names", () => {
  it('are all in the database, in the same category', () => {
    const disagree = POLICY_COOKIE_NAMES.filter((n) => same(n)?.category !== n.category).map(
      (n) => n.name,
    );
    expect(disagree).toEqual([]);
    expect(POLICY_COOKIE_NAMES.map((n) => n.name)).toContain('_ga');
  });
});
