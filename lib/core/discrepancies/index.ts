import {
  afterRejection,
  afterRevocation,
  beforeConsent,
  misdeclaredCookie,
  noDeclaration,
  retentionExceeds,
  signalIgnored,
  undeclaredCategory,
  undeclaredCookie,
  undeclaredTechnology,
  undeclaredVendor,
} from './rules.ts';
import { withBasis } from './basis.ts';
import type { AuditInput, Discrepancy, Severity } from './types.ts';
import { isDeclaredVendor } from './vendors.ts';

export * from './types.ts';
export { declaredNameMatches, RETENTION_FACTOR, RETENTION_MIN_EXCESS_DAYS } from './rules.ts';
export { vendorsMatch, normaliseVendor } from './vendors.ts';
export { checkPolicyOf, QUOTE_CHARS } from './basis.ts';

const ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };

/** Every discrepancy of the site, most severe first. Pure and deterministic. */
export function findDiscrepancies(input: AuditInput): Discrepancy[] {
  const d = input.declared;
  const out: Discrepancy[] = [];
  // Consent and signal findings need no declaration.
  out.push(...beforeConsent(input), ...afterRejection(input), ...afterRevocation(input));
  out.push(...signalIgnored(input, 'dnt'), ...signalIgnored(input, 'gpc'));
  if (!d || d.source === 'none') {
    out.push(noDeclaration());
  } else {
    out.push(
      ...undeclaredCategory(input, d),
      ...undeclaredVendor(input, d, (v) => isDeclaredVendor(v, d.vendors)),
      ...undeclaredCookie(input, d),
      ...misdeclaredCookie(input),
      ...retentionExceeds(input, d),
      ...undeclaredTechnology(input, d),
    );
  }
  return sortBySeverity(withBasis(input, out));
}

/** Most severe first; stable, so findings of one severity keep their order. */
export function sortBySeverity(ds: Discrepancy[]): Discrepancy[] {
  return [...ds].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

export function countBySeverity(ds: Discrepancy[]): Record<Severity, number> {
  const c: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  for (const d of ds) c[d.severity]++;
  return c;
}

/** Findings that accuse the site outright: not those shown as "check the policy". */
export const confirmed = (ds: Discrepancy[]): Discrepancy[] => ds.filter((d) => !d.checkPolicy);
