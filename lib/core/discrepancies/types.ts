import type { ConsentRecord } from '../cmp/timeline.ts';
export type { ConsentRecord };
import type { DeclaredPolicy } from '../policy/types.ts';
import type { Category, Party } from '../types.ts';

export type Kind =
  | 'undeclared-category'
  | 'undeclared-vendor'
  | 'undeclared-cookie'
  | 'misdeclared-cookie'
  | 'retention-exceeds-declared'
  | 'before-consent'
  | 'after-rejection'
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
  };
}

/** A cookie as observed and classified (the view's row plus classification). */
export interface ObservedCookie extends EvidenceCookie {
  blocked: boolean;
  /** Category known from the database or a list, independent of any CMP declaration. */
  knownCategory: Category | null;
  /** Category the site's CMP declares for it, when it does. */
  declaredCategory: Category | null;
}

export interface ObservedRequest extends EvidenceRequest {
  domain: string;
  beacon: boolean;
  pixel: boolean;
  /** Classified as a tracker (list/database match). */
  tracker: boolean;
}

export interface SignalsObserved {
  /** The browser sent DNT: 1 during the observed visits. */
  dntSent: boolean;
  /** The browser sent Sec-GPC: 1 (and navigator.globalPrivacyControl). */
  gpcSent: boolean;
  /** What the site publishes, with a quote or the resource that says it. */
  siteHonorsDnt: { honors: boolean; quote: string } | null;
  siteHonorsGpc: { honors: boolean; quote: string } | null;
  /** URLs of the pages loaded with each signal sent; when given, only their tracking counts. */
  pagesWith?: { dnt: string[]; gpc: string[] };
}

export interface AuditInput {
  site: string;
  declared: DeclaredPolicy | null;
  cookies: ObservedCookie[];
  requests: ObservedRequest[];
  storage: EvidenceStorage[];
  /** Consent states over time, oldest first; null when no CMP was seen. */
  consent: ConsentRecord[] | null;
  signals: SignalsObserved;
}
