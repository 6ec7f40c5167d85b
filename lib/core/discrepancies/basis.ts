// Which declaration each finding used (SPEC: "A CMP declaration applies to
// the host where the CMP ran; a policy to the site that links it"), and
// whether it rests on the absence of something in a policy the reader did
// not fully map (SPEC: such a finding says so and is shown as "check the
// policy").
import type { DeclaredPolicy } from '../policy/types.ts';
import type { Category } from '../types.ts';
import { basisOf } from './rules.ts';
import { categoryShort, plural } from './text.ts';
import type {
  AuditInput,
  CheckPolicy,
  DeclarationPart,
  DeclarationRef,
  Discrepancy,
  Kind,
} from './types.ts';

/** Longest stretch of the unmapped sentence quoted in an explanation (the report keeps it whole). */
export const QUOTE_CHARS = 240;

/** What the policy might say where it was not read, per kind. */
const MIGHT: Partial<Record<Kind, string>> = {
  'undeclared-category': 'declare this category there',
  'undeclared-vendor': 'name this third party there',
  'undeclared-technology': 'mention it there',
  'retention-exceeds-declared': 'state a longer lifetime for this category there',
};

const unmappedOf = (p: DeclaredPolicy): string[] =>
  // Declarations stored before `unmapped` existed have none.
  (p.unmapped as string[] | undefined) ?? [];

function partsOf(input: AuditInput): DeclarationPart[] {
  if (input.parts) return input.parts;
  const d = input.declared;
  return d && d.source !== 'none'
    ? [{ ref: { source: d.source, url: d.url, host: null }, policy: d }]
    : [];
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > QUOTE_CHARS ? `${t.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : t;
}

/** Where a policy text names the category without the reader finding it declared. */
const mentionOf = (p: DeclaredPolicy, category: string | undefined): string | undefined =>
  category === undefined
    ? undefined
    : // Declarations stored before `mentioned` existed have none.
      (p.mentioned ?? []).find((m) => m.category === category)?.quote;

/**
 * A finding that rests on absence is uncertain when every declaration it was
 * checked against has cookie sentences the reader could not map, or (for a
 * category) names that category where the reader did not read it as
 * declared. A CMP's machine-readable declaration, or categories the user set,
 * are read whole (nothing unmapped or merely named): when one of them was
 * checked too, its silence stands on its own.
 */
export function checkPolicyOf(used: DeclarationPart[], category?: string): CheckPolicy | null {
  const unsure = (p: DeclarationPart): boolean =>
    unmappedOf(p.policy).length > 0 || mentionOf(p.policy, category) !== undefined;
  if (used.length === 0 || !used.every(unsure)) return null;
  const first = used[0]!;
  const unmapped = used.reduce((n, p) => n + unmappedOf(p.policy).length, 0);
  const named = used.map((p) => mentionOf(p.policy, category)).find((q) => q !== undefined);
  return {
    unmapped,
    // The first unmapped sentence of the first declaration that has any ('' when
    // the finding is uncertain only because the category is named).
    firstQuote: used.flatMap((p) => unmappedOf(p.policy))[0] ?? '',
    url: first.ref.url ?? first.policy.url,
    ...(named !== undefined ? { mentioned: named } : {}),
  };
}

function uncertainSentence(kind: Kind, c: CheckPolicy, subject: string): string {
  const might = `check the policy, it may ${MIGHT[kind] ?? 'say so there'}.`;
  // The category named without a declaration is the closer hint; unmapped
  // sentences are named when there are any and no such mention.
  if (c.mentioned !== undefined)
    return (
      ` The policy mentions ${categoryShort(subject as Category)} (“${clip(c.mentioned)}”), but not ` +
      `in a sentence the reader read as the site declaring its own use: ${might}`
    );
  return (
    ` The reader could not map ${plural(c.unmapped, 'sentence')} of the policy about cookies to a ` +
    `category, the first being “${clip(c.firstQuote)}”: ${might}`
  );
}

/** Fills in declaredBy, hosts and checkPolicy (and the explanation of an uncertain finding). */
export function withBasis(input: AuditInput, found: Discrepancy[]): Discrepancy[] {
  const parts = partsOf(input);
  const hosts = input.hosts ?? [];
  return found.map((f) => {
    const basis = basisOf(f);
    let used: DeclarationPart[] = [];
    let refs: DeclarationRef[] = [];
    let check: CheckPolicy | null = null;
    if (basis && 'declarations' in basis) {
      used = parts.filter((p) => basis.declarations(p.policy));
      refs = used.map((p) => p.ref);
      if (basis.absence)
        check = checkPolicyOf(used, f.kind === 'undeclared-category' ? f.subject : undefined);
    } else if (basis && 'consent' in basis) {
      refs = input.consentBy ? [input.consentBy] : [];
    } else if (basis && 'signal' in basis) {
      refs = basis.signal ? [basis.signal] : [];
    }
    return {
      ...f,
      explanation: check
        ? f.explanation + uncertainSentence(f.kind, check, f.subject)
        : f.explanation,
      declaredBy: refs,
      hosts,
      checkPolicy: check,
    };
  });
}
