// What a site declares about its cookies (SPEC "Declared"). Produced by the
// policy reader here, and by the CMP readers and the user elsewhere; field
// names are a contract with reports and tests: add fields, never rename.
import type { Category, Stance, Technology } from '../types.ts';

export type PolicySource =
  'policy-text' | 'cmp:cookiebot' | 'cmp:onetrust' | 'cmp:tcf' | 'user' | 'none';

/** A cookie named in a machine-readable declaration (CMP sources only). */
export interface DeclaredCookie {
  name: string;
  domain?: string;
  category: Category;
  /** null = session cookie. */
  maxDays: number | null;
}

export interface RetentionClaim {
  /**
   * `unknown` when the site states a lifetime for its cookies in general
   * without naming a category.
   */
  category: Category;
  /** Longest lifetime stated for the category; null = session only. */
  maxDays: number | null;
  quote: string;
}

export type EvidenceField =
  | `categories.${Category}`
  | `technologies.${Technology}`
  | `vendors.${string}`
  | `retention.${Category}`
  | 'dnt'
  | 'gpc';

export interface DeclaredEvidence {
  /** Which fact the quote supports, e.g. `categories.analytics`, `dnt`. */
  field: EvidenceField;
  /** The sentence of the source the fact was read from. */
  quote: string;
  /** The matching rule that fired (vocabulary entry and sentence pattern). */
  rule?: string;
}

export interface DeclaredPolicy {
  source: PolicySource;
  url: string | null;
  /** Categories declared as used. */
  categories: Category[];
  /** Named third parties. */
  vendors: string[];
  cookies: DeclaredCookie[];
  retention: RetentionClaim[];
  /** Technologies said to be used. */
  technologies: Technology[];
  dnt: Stance;
  gpc: Stance;
  evidence: DeclaredEvidence[];
  /**
   * Sentences about cookies or tracking that the reader could not map to any
   * category (policy text only; empty for CMP and user declarations). A
   * finding that rests on a category's absence says the policy was not fully
   * read when this is not empty.
   */
  unmapped: string[];
  /**
   * Categories the policy text names without the reader finding them declared
   * as the site's own (in a definition, a hypothetical, a sentence whose
   * speaker it could not tell), each with the first sentence naming it;
   * denials are not listed. Policy text only (absent elsewhere and in
   * declarations stored before it existed). A finding that rests on one of
   * these categories' absence says the policy names it: check the policy.
   */
  mentioned?: { category: Category; quote: string }[];
}

export type PolicyFormat = 'text' | 'markdown' | 'html';

export interface ReadPolicyOptions {
  url?: string | null;
  /** Detected from the content when absent. */
  format?: PolicyFormat;
}

export const CATEGORY_ORDER: readonly Category[] = [
  'necessary',
  'preferences',
  'analytics',
  'advertising',
  'social',
  'unknown',
];

export const TECHNOLOGY_ORDER: readonly Technology[] = [
  'cookies',
  'web_beacons',
  'pixel_tags',
  'local_storage',
  'flash_lso',
  'fingerprinting',
  'sdk',
];

/** A declaration that says nothing (no policy or CMP found). */
export function emptyPolicy(
  source: PolicySource = 'none',
  url: string | null = null,
): DeclaredPolicy {
  return {
    source,
    url,
    categories: [],
    vendors: [],
    cookies: [],
    retention: [],
    technologies: [],
    dnt: 'silent',
    gpc: 'silent',
    evidence: [],
    unmapped: [],
    // Only a policy text is read for names of categories it does not declare.
    ...(source === 'policy-text' ? { mentioned: [] } : {}),
  };
}
