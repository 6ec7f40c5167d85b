// Technologies said to be used: named in a statement of use by the site or
// its partners ("In addition to cookies, we also use web beacons"), or in a
// list such a statement introduces. Definitions ("Flash cookies are …",
// "websites can use local storage …") and negations do not count.
import type { Technology } from '../types.ts';
import { clauseAt, negation } from './clauses.ts';
import { type Doc, leadUse, quote } from './doc.ts';
import { scopeOf } from './scope.ts';
import { type DeclaredEvidence, TECHNOLOGY_ORDER } from './types.ts';

export interface TechnologyResult {
  technologies: Technology[];
  evidence: DeclaredEvidence[];
}

export function readTechnologies(
  doc: Doc,
  cookieCategory: { i: number; rule: string } | null = null,
  siteVendors: ReadonlySet<string> = new Set(),
): TechnologyResult {
  const used = new Map<Technology, { i: number; rule: string }>();
  doc.sents.forEach((s, i) => {
    const a = doc.an[i];
    if (!a || scopeOf(doc, i) === 'hypothetical') return;
    for (const m of a.techs) {
      if (used.has(m.value)) continue;
      if (negation(a.sc, m.start).negated) continue;
      const clause = clauseAt(a.sc, m.start);
      if (clause?.use) {
        used.set(m.value, { i, rule: `${m.rule}; use statement (${clause.useRule})` });
      } else if ((s.kind === 'item' || s.kind === 'cell') && leadUse(doc, i)) {
        used.set(m.value, { i, rule: `${m.rule}; listed under a statement of use` });
      } else if (
        (m.value === 'cookies' || m.value === 'local_storage') &&
        scopeOf(doc, i) === 'own' &&
        a.vendors.some((v) => siteVendors.has(v.value))
      ) {
        // "Matomo arbeitet mit Cookies": what a service the site uses sets.
        used.set(m.value, { i, rule: `${m.rule}; set by a service the site uses` });
      }
    }
  });
  // Declaring "analytics cookies" declares cookies.
  if (!used.has('cookies') && cookieCategory) {
    used.set('cookies', {
      i: cookieCategory.i,
      rule: `${cookieCategory.rule}; cookie category declared`,
    });
  }
  const technologies = TECHNOLOGY_ORDER.filter((t) => used.has(t));
  const evidence: DeclaredEvidence[] = technologies.map((t) => {
    const f = used.get(t) as { i: number; rule: string };
    return { field: `technologies.${t}`, quote: quote(doc, f.i), rule: f.rule };
  });
  return { technologies, evidence };
}
