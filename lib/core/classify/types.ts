import type { CookieMatchedBy } from '../known-cookies/types.ts';
import type { Category, Party, RequestType } from '../types.ts';
import type { AppliedCorrection } from './corrections.ts';

export type { AppliedCorrection };

/**
 * Which kind of list decided a request classification ('correction': no list
 * knew the request, an entry of corrections.ts did).
 */
export type RequestEvidenceSource = 'trackerdb' | 'filter-list' | 'domain-list' | 'correction';

export interface RequestEvidence {
  source: RequestEvidenceSource;
  /** Id of the list ('trackerdb' for the bundled database). */
  listId: string;
  /** Human-readable list name, e.g. "Ghostery Tracker Database", "EasyPrivacy". */
  list: string;
  /**
   * What matched, verbatim from the list: a filter ("||facebook.com/tr"), or,
   * for a domain entry, the domain ("doubleclick.net").
   */
  rule: string;
  /** 'filter' = a network filter matched the URL; 'domain' = the host is listed. */
  match: 'filter' | 'domain';
  /** The list's own category label before mapping (trackerdb "site_analytics", an ABP section). */
  listCategory?: string;
  /** trackerdb pattern id ("google_analytics"). */
  pattern?: string;
  /**
   * Set when an entry of the correction layer (corrections.ts) changed what
   * the list said: its pattern, reason, source, and the category and vendor
   * it replaced. The category and vendor of the classification are the corrected ones.
   */
  correction?: AppliedCorrection;
}

export interface RequestClassification {
  vendor: string | null;
  category: Category;
  evidence: RequestEvidence;
  /**
   * True when the matched rule is a pixel/beacon rule or a known pixel
   * endpoint (see pixel.ts): SPEC counts a matched image request as a pixel.
   */
  pixelRule: boolean;
}

export interface RequestToClassify {
  url: string;
  type: RequestType;
  /** URL of the page or initiator that made the request ('' for a top-level navigation). */
  sourceUrl: string;
  /** Party relative to the top-level page's site. */
  party: Party;
}

export type CookieEvidenceSource =
  'cmp' | 'known-cookie' | 'tracker-domain' | 'tracker-script' | 'none';

export interface CookieEvidence {
  source: CookieEvidenceSource;
  /** List, database or declaration the fact came from (null for 'none'). */
  list: string | null;
  /** Filter or domain that matched (tracker-domain, tracker-script). */
  rule?: string;
  /** Known-cookie entry name (a prefix for prefix entries) or the declared cookie name. */
  entry?: string;
  /** How a known-cookie entry matched. */
  matchedBy?: CookieMatchedBy;
  /** Documentation URL of a known-cookie entry, or the classified URL for tracker-*. */
  url?: string;
  /** The request-classification evidence behind tracker-domain / tracker-script. */
  request?: RequestEvidence;
}

export interface CookieVerdict {
  category: Category;
  vendor: string | null;
  evidence: CookieEvidence;
}
