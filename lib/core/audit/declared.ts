// The declarations that hold on one host (its policy text, its CMP, the
// user's corrections of the site) → the one the audit holds its pages to.
// Which declarations hold where: scope.ts.
import type { DeclaredPolicy } from '../policy/types.ts';
import type { Category, Stance, Technology } from '../types.ts';

const STANCE_STRENGTH: Record<Stance, number> = {
  silent: 0,
  ignores: 1,
  reserves: 2,
  partial: 3,
  honors: 4,
};

const union = <T>(...xs: T[][]): T[] => [...new Set(xs.flat())];

/**
 * The user's declaration wins outright. Otherwise the policy text and the CMP
 * declaration are combined: what either says the site uses counts as
 * declared (categories, vendors, technologies), the CMP's cookie list is
 * kept, and for DNT/GPC the strongest promise is the one to hold it to.
 */
export function mergeDeclarations(decls: readonly DeclaredPolicy[]): DeclaredPolicy | null {
  const real = decls.filter((d) => d.source !== 'none');
  if (real.length === 0) return null;
  const user = real.find((d) => d.source === 'user');
  if (user) return user;
  const order = ['policy-text', 'cmp:onetrust', 'cmp:cookiebot', 'cmp:tcf'];
  const sorted = [...real].sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source));
  const primary = sorted[0]!;
  const strongest = (f: 'dnt' | 'gpc'): Stance =>
    sorted.map((d) => d[f]).reduce((a, b) => (STANCE_STRENGTH[b] > STANCE_STRENGTH[a] ? b : a));
  return {
    source: primary.source,
    url: primary.url,
    categories: union<Category>(...sorted.map((d) => d.categories)),
    vendors: union<string>(...sorted.map((d) => d.vendors)),
    cookies: sorted.flatMap((d) => d.cookies),
    retention: sorted.flatMap((d) => d.retention),
    technologies: union<Technology>(...sorted.map((d) => d.technologies)),
    dnt: strongest('dnt'),
    gpc: strongest('gpc'),
    evidence: sorted.flatMap((d) => d.evidence),
    // Declarations stored before `unmapped` existed have none.
    unmapped: sorted.flatMap((d) => (d.unmapped as string[] | undefined) ?? []),
    ...mentionedIn(sorted),
  };
}

/** The policy text's categories named but not declared (none in stored declarations before it). */
function mentionedIn(decls: DeclaredPolicy[]): Pick<DeclaredPolicy, 'mentioned'> {
  const all = decls.flatMap((d) => d.mentioned ?? []);
  return all.length > 0 ? { mentioned: all } : {};
}
