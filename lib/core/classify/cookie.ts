// Cookie → category, vendor, evidence, in SPEC order ("Classification"):
//  1. the site's CMP declaration (its category is the declared one; what the
//     lists say is kept beside it in `observed`, so a misdeclared cookie shows);
//  2. a known-cookie entry: exact name + domain, exact name, longest prefix,
//     across the built-in table and the user's Open Cookie Database lists;
//  3. a third-party cookie: the tracker classification of its domain;
//  4. a first-party cookie: the tracker classification of the script (or
//     response) that wrote it;
//  5. otherwise `unknown`, flagged identifier-like when the value looks like
//     an ID and lives ≥ 90 days.
import type { CookieKnowledge, CookieLookupResult } from '../known-cookies/types.ts';
import { partyOf } from '../party.ts';
import type { Category, CookieSetBy, Party, RequestType, ValueInfo } from '../types.ts';
import { isIdentifierLike } from '../value.ts';
import type {
  CookieEvidence,
  CookieVerdict,
  RequestClassification,
  RequestToClassify,
} from './types.ts';

export interface CookieToClassify {
  name: string;
  /** Cookie domain (a leading dot is ignored). */
  domain: string;
  party: Party;
  /** URL of the script (document.cookie / cookieStore) or response (Set-Cookie) that set it. */
  setter: string | null;
  setBy?: CookieSetBy;
  /** Request type of the setter when known (a Set-Cookie on an image response: 'image'). */
  setterType?: RequestType;
  value: ValueInfo;
  lifetimeDays: number | null;
  /** Registrable domain of the top-level page. */
  pageSite: string;
}

export interface CookieDeclaration {
  category: Category;
  maxDays: number | null;
  vendor?: string | null;
  /** Where the declaration comes from ('cmp:cookiebot', …); evidence list, default 'cmp'. */
  source?: string;
}

/** One known-cookie database, most trusted first (the built-in table, then user OCD lists). */
export interface KnowledgeSource {
  list: string;
  knowledge: CookieKnowledge;
}

export interface CookieClassifierDeps {
  /** The site's CMP declaration of this cookie, when a CMP declared cookies. */
  declared?: (name: string, domain: string) => CookieDeclaration | null;
  knowledge: readonly KnowledgeSource[];
  classifyRequest: (request: RequestToClassify) => RequestClassification | null;
  /** A known cookie's vendor as the tracker database names the company (none: as the cookie database says). */
  entity?: (name: string) => string;
}

export interface CookieClassification extends CookieVerdict {
  /** The CMP's category for it, when declared (then `evidence.source` is 'cmp'). */
  declaredCategory?: Category;
  declaredMaxDays?: number | null;
  /** What databases and lists say, independently of any declaration. */
  observed: CookieVerdict;
  /** Observed as unknown, value ID-like (length ≥ 8, high entropy), lives ≥ 90 days. */
  identifierLike: boolean;
}

const MATCH_RANK = { 'name+domain': 0, name: 1, prefix: 2 } as const;

export interface KnownCookieHit extends CookieLookupResult {
  list: string;
}

/**
 * SPEC match order across all databases: any exact name+domain entry beats
 * any exact-name entry, which beats any prefix; among prefixes the longest
 * wins; on a tie the earlier (more trusted) database wins.
 */
export function lookupKnownCookie(
  sources: readonly KnowledgeSource[],
  name: string,
  domain: string,
): KnownCookieHit | null {
  let best: KnownCookieHit | null = null;
  for (const { list, knowledge } of sources) {
    const hit = knowledge.lookup(name, domain);
    if (!hit) continue;
    if (
      !best ||
      MATCH_RANK[hit.matchedBy] < MATCH_RANK[best.matchedBy] ||
      (hit.matchedBy === 'prefix' &&
        best.matchedBy === 'prefix' &&
        hit.entry.name.length > best.entry.name.length)
    ) {
      best = { ...hit, list };
    }
  }
  return best;
}

/** A fresh object each time: results are handed to callers that may keep or change them. */
const none = (): CookieVerdict => ({
  category: 'unknown',
  vendor: null,
  evidence: { source: 'none', list: null },
});

function fromTracker(
  source: 'tracker-domain' | 'tracker-script',
  url: string,
  result: RequestClassification,
): CookieVerdict {
  const evidence: CookieEvidence = {
    source,
    list: result.evidence.list,
    rule: result.evidence.rule,
    url,
    request: result.evidence,
  };
  return { category: result.category, vendor: result.vendor, evidence };
}

function observe(
  cookie: CookieToClassify,
  domain: string,
  deps: CookieClassifierDeps,
): CookieVerdict {
  const known = lookupKnownCookie(deps.knowledge, cookie.name, domain);
  if (known) {
    const { entry } = known;
    return {
      category: entry.category,
      vendor:
        entry.vendor && entry.vendor !== 'unknown'
          ? (deps.entity?.(entry.vendor) ?? entry.vendor)
          : null,
      evidence: {
        source: 'known-cookie',
        list: known.list,
        entry: entry.name,
        matchedBy: known.matchedBy,
        url: entry.source,
      },
    } satisfies CookieVerdict;
  }
  const page = `https://${cookie.pageSite}/`;
  if (cookie.party === 'third' && domain) {
    const url = `https://${domain}/`;
    const hit = deps.classifyRequest({ url, type: 'other', sourceUrl: page, party: 'third' });
    if (hit) return fromTracker('tracker-domain', url, hit);
  }
  if (cookie.party === 'first' && cookie.setter && /^(?:https?|wss?):\/\//i.test(cookie.setter)) {
    const type = cookie.setterType ?? (cookie.setBy === 'http' ? 'other' : 'script');
    const hit = deps.classifyRequest({
      url: cookie.setter,
      type,
      sourceUrl: page,
      party: partyOf(cookie.setter, cookie.pageSite),
    });
    if (hit) return fromTracker('tracker-script', cookie.setter, hit);
  }
  return none();
}

export function classifyCookie(
  cookie: CookieToClassify,
  deps: CookieClassifierDeps,
): CookieClassification {
  const domain = cookie.domain.trim().toLowerCase().replace(/^\.+/, '');
  const observed = observe(cookie, domain, deps);
  const identifierLike =
    observed.category === 'unknown' && isIdentifierLike(cookie.value, cookie.lifetimeDays);
  const declared = deps.declared?.(cookie.name, domain) ?? null;
  if (!declared) {
    const { category, vendor, evidence } = observed;
    return { category, vendor, evidence: { ...evidence }, observed, identifierLike };
  }
  return {
    category: declared.category,
    vendor: declared.vendor ?? observed.vendor,
    evidence: { source: 'cmp', list: declared.source ?? 'cmp', entry: cookie.name },
    declaredCategory: declared.category,
    declaredMaxDays: declared.maxDays,
    observed,
    identifierLike,
  };
}
