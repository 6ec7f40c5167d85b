// Assembles a DeclaredPolicy from CMP facts, each with its quote, in the
// stable orders the policy reader uses (CATEGORY_ORDER, TECHNOLOGY_ORDER).
import type { Category, Stance, Technology } from '../types.ts';
import {
  CATEGORY_ORDER,
  TECHNOLOGY_ORDER,
  emptyPolicy,
  type DeclaredCookie,
  type DeclaredEvidence,
  type DeclaredPolicy,
  type PolicySource,
} from '../policy/types.ts';

export interface DeclaredBuilder {
  /** `unknown` is never listed as a declared category (it is the absence of one). */
  category(cat: Category, quote: string, rule: string): void;
  vendor(name: string, quote: string, rule: string): void;
  technology(tech: Technology, quote: string, rule: string): void;
  /** A declared cookie; feeds the category's retention claim when `retention` is set. */
  cookie(cookie: DeclaredCookie, retention: { quote: string; rule: string } | null): void;
  signal(field: 'dnt' | 'gpc', stance: Stance, quote: string, rule: string): void;
  build(): DeclaredPolicy;
}

function better(next: number | null, prev: number | null): boolean {
  // A stated duration beats "session only"; a longer one beats a shorter one.
  return next !== null && (prev === null || next > prev);
}

export function declaredBuilder(source: PolicySource, url: string | null): DeclaredBuilder {
  const policy = emptyPolicy(source, url);
  const evidence: DeclaredEvidence[] = [];
  const categories = new Set<Category>();
  const technologies = new Set<Technology>();
  const vendors = new Map<string, string>();
  const cookieKeys = new Map<string, DeclaredCookie>();
  const cookies: DeclaredCookie[] = [];
  const retention = new Map<Category, { maxDays: number | null; quote: string; rule: string }>();

  return {
    category(cat, quote, rule) {
      if (cat === 'unknown' || categories.has(cat)) return;
      categories.add(cat);
      evidence.push({ field: `categories.${cat}`, quote, rule });
    },
    vendor(name, quote, rule) {
      const clean = name.replace(/\s+/g, ' ').trim();
      const key = clean.toLowerCase();
      if (!clean || vendors.has(key)) return;
      vendors.set(key, clean);
      evidence.push({ field: `vendors.${clean}`, quote, rule });
    },
    technology(tech, quote, rule) {
      if (technologies.has(tech)) return;
      technologies.add(tech);
      evidence.push({ field: `technologies.${tech}`, quote, rule });
    },
    cookie(cookie, ret) {
      const key = `${cookie.name}\u0000${cookie.domain ?? ''}\u0000${cookie.category}`;
      const prev = cookieKeys.get(key);
      if (prev) {
        if (better(cookie.maxDays, prev.maxDays)) prev.maxDays = cookie.maxDays;
      } else {
        const copy = { ...cookie };
        cookieKeys.set(key, copy);
        cookies.push(copy);
      }
      if (!ret || cookie.category === 'unknown') return;
      const claim = retention.get(cookie.category);
      if (!claim || better(cookie.maxDays, claim.maxDays)) {
        retention.set(cookie.category, { maxDays: cookie.maxDays, ...ret });
      }
    },
    signal(field, stance, quote, rule) {
      policy[field] = stance;
      evidence.push({ field, quote, rule });
    },
    build() {
      const order = (a: Category, b: Category) =>
        CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b);
      for (const [cat, r] of [...retention.entries()].sort(([a], [b]) => order(a, b))) {
        policy.retention.push({ category: cat, maxDays: r.maxDays, quote: r.quote });
        evidence.push({ field: `retention.${cat}`, quote: r.quote, rule: r.rule });
      }
      policy.categories = [...categories].sort(order);
      policy.technologies = [...technologies].sort(
        (a, b) => TECHNOLOGY_ORDER.indexOf(a) - TECHNOLOGY_ORDER.indexOf(b),
      );
      policy.vendors = [...vendors.values()];
      policy.cookies = cookies;
      policy.evidence = evidence;
      return policy;
    },
  };
}
