// The five real policies of shared/seeds (copied into fixtures) read exactly
// as seeds/expected.json says: categories, vendors, technologies, DNT/GPC
// stance and retention per category.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPolicy } from '../../lib/core/policy/index.ts';

interface Expected {
  file: string;
  url: string | null;
  categories: string[];
  vendors: string[];
  retention: { category: string; maxDays: number | null; quote: string }[];
  technologies: string[];
  dnt: string;
  gpc: string;
}

const dir = new URL('../fixtures/policies/seeds/', import.meta.url);
const seeds = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Expected[];
const sorted = (xs: string[]): string[] => [...xs].sort();
const retention = (rs: { category: string; maxDays: number | null }[]) =>
  rs
    .map((r) => ({ category: r.category, maxDays: r.maxDays }))
    .sort((a, b) => (a.category < b.category ? -1 : 1));

describe('seed policies', () => {
  it.each(seeds)('$file', (seed) => {
    const policy = readPolicy(readFileSync(new URL(seed.file, dir), 'utf8'), { url: seed.url });
    expect(policy.source).toBe('policy-text');
    expect(policy.url).toBe(seed.url);
    expect(sorted(policy.categories)).toEqual(sorted(seed.categories));
    expect(sorted(policy.vendors)).toEqual(sorted(seed.vendors));
    expect(sorted(policy.technologies)).toEqual(sorted(seed.technologies));
    expect(policy.dnt).toBe(seed.dnt);
    expect(policy.gpc).toBe(seed.gpc);
    expect(retention(policy.retention)).toEqual(retention(seed.retention));
    expect(policy.cookies).toEqual([]);
  });

  it('quotes, for every extracted fact, the sentence it came from', () => {
    for (const seed of seeds) {
      const policy = readPolicy(readFileSync(new URL(seed.file, dir), 'utf8'), { url: seed.url });
      const fields = new Set(policy.evidence.map((e) => e.field));
      for (const c of policy.categories) expect(fields).toContain(`categories.${c}`);
      for (const t of policy.technologies) expect(fields).toContain(`technologies.${t}`);
      for (const v of policy.vendors) expect(fields).toContain(`vendors.${v}`);
      for (const r of policy.retention) expect(fields).toContain(`retention.${r.category}`);
      if (policy.dnt !== 'silent') expect(fields).toContain('dnt');
      for (const e of policy.evidence) {
        expect(e.quote.length).toBeGreaterThan(0);
        expect(e.rule).toBeTruthy();
      }
    }
  });

  it('keeps the seed quotes it agrees with', () => {
    // 000's analytics retention sentence is quoted as it stands in the page.
    const seed = seeds[0] as Expected;
    const policy = readPolicy(readFileSync(new URL(seed.file, dir), 'utf8'));
    const analytics = policy.retention.find((r) => r.category === 'analytics');
    expect(analytics?.quote).toContain(
      'The retention period of analytic cookies varies from 24 hours to 24 months',
    );
  });
});
