// Consent-management platform (CMP) records (SPEC "What is recorded" →
// Consent state, "Declared" → CMP sources). Field names are a contract with
// the rules and the report: add fields, never rename.
import type { Category } from '../types.ts';

export type { DeclaredPolicy, DeclaredCookie } from '../policy/types.ts';

/**
 * Every reader returns a result instead of throwing: CMP payloads come from
 * the audited page and are untrusted. `notes` lists parts that were skipped.
 */
export type CmpResult<T> = { ok: true; value: T; notes: string[] } | { ok: false; error: string };

export type CmpName = 'onetrust' | 'cookiebot' | 'tcf';

/**
 * none: the banner is there but the user has not chosen yet;
 * accepted / rejected: every non-necessary category allowed / refused;
 * partial: anything in between.
 */
export type ConsentStatus = 'none' | 'accepted' | 'rejected' | 'partial';

/**
 * How the state came about: an explicit click, implied consent (scroll,
 * navigation), `not-required` (the CMP decided no consent is needed for this
 * visitor — Cookiebot `-1`, TCF `gdprApplies: false`; status is then
 * `accepted`), or `unknown` when the CMP does not say.
 */
export type ConsentMethod = 'explicit' | 'implied' | 'not-required' | 'unknown';

export interface ConsentState {
  cmp: CmpName;
  status: ConsentStatus;
  /** Only the categories the CMP has a switch for; `necessary` when it says so. */
  categories: Partial<Record<Category, boolean>>;
  /** When the CMP says the choice was made / last written (ms since epoch). */
  timestamp: number | null;
  /** The raw signal the state was read from, for the report. */
  evidence: string;
  method: ConsentMethod;
}

/** A cookie as the page or the cookies API gives it (name and raw value). */
export interface NamedCookie {
  name: string;
  value: string;
}

/** What a TCF v2 TC string or a `__tcfapi('getTCData')` result says. */
export interface TcfConsent {
  /** The encoded string, when there was one. */
  tcString: string | null;
  cmpId: number | null;
  cmpVersion: number | null;
  /** TCF policy version (4 = TCF v2.2). */
  policyVersion: number | null;
  vendorListVersion: number | null;
  /** ms since epoch, from the TC string. */
  created: number | null;
  lastUpdated: number | null;
  /** getTCData only: null when unknown or read from a bare TC string. */
  gdprApplies: boolean | null;
  eventStatus: string | null;
  cmpStatus: string | null;
  isServiceSpecific: boolean | null;
  publisherCC: string | null;
  purposeOneTreatment: boolean | null;
  purposeConsents: number[];
  purposeLegitimateInterests: number[];
  vendorConsents: number[];
  vendorLegitimateInterests: number[];
  specialFeatureOptins: number[];
  /**
   * Purposes the CMP surfaced: keys of getTCData's purpose maps, or — for a
   * bare TC string, which cannot say what was asked and refused — the
   * purposes with a consent or legitimate-interest bit set.
   */
  purposesAsked: number[];
  /** Special features surfaced (same rule as purposesAsked). */
  specialFeaturesAsked: number[];
}
