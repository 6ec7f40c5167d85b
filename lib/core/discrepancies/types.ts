import type { ConsentRecord } from '../cmp/timeline.ts';
export type { ConsentRecord };
import type { AppliedCorrection } from '../classify/corrections.ts';
import type { DeclaredPolicy } from '../policy/types.ts';
import type { AbEvidence } from '../signals/ab.ts';
import type { Category, Party } from '../types.ts';

export type Kind =
  | 'undeclared-category'
  | 'undeclared-vendor'
  | 'undeclared-cookie'
  | 'misdeclared-cookie'
  | 'retention-exceeds-declared'
  | 'before-consent'
  | 'after-rejection'
  | 'after-revocation'
  | 'undeclared-technology'
  | 'dnt-ignored'
  | 'gpc-ignored'
  | 'no-declaration';

export type Severity = 'high' | 'medium' | 'low' | 'info';

/** SPEC severities per kind (stable). */
export const SEVERITY: Record<Kind, Severity> = {
  'undeclared-category': 'high',
  'undeclared-vendor': 'medium',
  'undeclared-cookie': 'medium',
  'misdeclared-cookie': 'high',
  'retention-exceeds-declared': 'medium',
  'before-consent': 'high',
  'after-rejection': 'high',
  'after-revocation': 'high',
  'undeclared-technology': 'low',
  'dnt-ignored': 'high',
  'gpc-ignored': 'high',
  'no-declaration': 'info',
};

export interface EvidenceCookie {
  name: string;
  domain: string;
  party: Party;
  category: Category;
  vendor: string | null;
  lifetimeDays: number | null;
  requestedLifetimeDays: number | null;
  setter: string | null;
  firstSeen: number;
  page: string;
}

export interface EvidenceRequest {
  url: string;
  type: string;
  party: Party;
  category: Category;
  vendor: string | null;
  rule: string | null;
  /** Set when the correction layer changed the list's category or vendor: what, why, and the source. */
  correction?: AppliedCorrection;
  time: number;
  page: string;
}

export interface EvidenceStorage {
  kind: string;
  origin: string;
  key: string;
  setter: string | null;
  firstSeen: number;
}

/**
 * One declaration a finding was checked against: where it was read (SPEC "A
 * CMP declaration applies to the host where the CMP ran; a policy to the
 * site that links it").
 */
export interface DeclarationRef {
  /** `policy-text`, `cmp:onetrust`…, `user`, or `well-known` (/.well-known/gpc.json). */
  source: DeclaredPolicy['source'] | 'well-known';
  /** The policy page, the page the CMP ran on, or the gpc.json resource (null: pasted text). */
  url: string | null;
  /** The host whose pages it applies to; null = every host of the site (the user's corrections). */
  host: string | null;
}

/**
 * Set on a finding that rests on the absence of something in a policy text
 * the reader did not fully map (SPEC: shown as "check the policy").
 */
export interface CheckPolicy {
  /** How many cookie sentences of the policy the reader could not map to a category. */
  unmapped: number;
  /** The first of them, as quoted in the explanation. */
  firstQuote: string;
  /** The policy they are in. */
  url: string | null;
  /**
   * For a category's absence: the first sentence of the policy that names the
   * category without the reader finding it declared as the site's own.
   */
  mentioned?: string;
}

export interface Discrepancy {
  kind: Kind;
  severity: Severity;
  /** What the finding is about (a category, vendor, cookie name, technology…). */
  subject: string;
  title: string;
  explanation: string;
  evidence: {
    cookies: EvidenceCookie[];
    requests: EvidenceRequest[];
    storage: EvidenceStorage[];
    quote: string | null;
    /** dnt-ignored / gpc-ignored only: the A/B test that confirmed it (lib/core/signals/ab.ts), when one was run. */
    ab?: AbEvidence;
  };
  /** The declarations (or consent banner, or gpc.json) the finding was checked against; [] for no-declaration. */
  declaredBy: DeclarationRef[];
  /** The hosts of the pages the finding is about (their declarations are `declaredBy`). */
  hosts: string[];
  /** Not null: it rests on what a policy the reader did not fully map does not say. */
  checkPolicy: CheckPolicy | null;
}

/** A cookie as observed and classified (the view's row plus classification). */
export interface ObservedCookie extends EvidenceCookie {
  blocked: boolean;
  /** Category known from the database or a list, independent of any CMP declaration. */
  knownCategory: Category | null;
  /** Category the site's CMP declares for it, when it does. */
  declaredCategory: Category | null;
  /**
   * When the browser removed it (cookies.onChanged, not an overwrite) after it
   * was first seen; null = still stored when the records end. Absent: not known.
   */
  removedAt?: number | null;
}

export interface ObservedRequest extends EvidenceRequest {
  domain: string;
  beacon: boolean;
  pixel: boolean;
  /** Classified as a tracker (list/database match). */
  tracker: boolean;
}

/** A site's statement that it honours a signal, with the quote and where it was read. */
export interface SignalStatement {
  honors: boolean;
  quote: string;
  by?: DeclarationRef;
}

export interface SignalsObserved {
  /** The browser sent DNT: 1 during the observed visits. */
  dntSent: boolean;
  /** The browser sent Sec-GPC: 1 (and navigator.globalPrivacyControl). */
  gpcSent: boolean;
  /** What the site publishes, with a quote or the resource that says it. */
  siteHonorsDnt: SignalStatement | null;
  siteHonorsGpc: SignalStatement | null;
  /** URLs of the pages loaded with each signal sent; when given, only their tracking counts. */
  pagesWith?: { dnt: string[]; gpc: string[] };
}

/** One declaration merged into `AuditInput.declared`, and where it was read. */
export interface DeclarationPart {
  ref: DeclarationRef;
  policy: DeclaredPolicy;
}

export interface AuditInput {
  site: string;
  declared: DeclaredPolicy | null;
  /**
   * The declarations `declared` was merged from (to say which one each
   * finding used, and whether it was fully read). Absent: `declared` alone,
   * applying to every host.
   */
  parts?: DeclarationPart[];
  /** The hosts of the pages audited together (they share these declarations). */
  hosts?: string[];
  /** The consent banner whose states `consent` holds, when known. */
  consentBy?: DeclarationRef | null;
  cookies: ObservedCookie[];
  requests: ObservedRequest[];
  storage: EvidenceStorage[];
  /** Consent states over time, oldest first; null when no CMP was seen. */
  consent: ConsentRecord[] | null;
  signals: SignalsObserved;
}
