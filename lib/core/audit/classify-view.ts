// Adds classification (category, vendor, evidence) to every row of a view.
// Done when a view is built, not when events are recorded: list changes then
// apply to past visits too, and recording stays cheap.
import {
  type AppliedCorrection,
  classifyCookie,
  type CookieClassification,
  type CookieDeclaration,
  type KnowledgeSource,
  type RequestClassification,
  type RequestClassifier,
} from '../classify/index.ts';
import { groupBy } from '../group.ts';
import { siteOf } from '../party.ts';
import type { Category } from '../types.ts';
import type { AuditView, CookieRow, RequestRow, StorageRow, ThirdPartyRow } from '../view.ts';

export interface TrackerInfo {
  vendor: string | null;
  category: Category;
  list: string;
  rule: string;
  source: RequestClassification['evidence']['source'];
  pattern?: string;
  /** The correction layer changed what the list said (lib/core/classify/corrections.ts). */
  correction?: AppliedCorrection;
}

export type ClassifiedRequest = RequestRow & { tracker: TrackerInfo | null };
export type ClassifiedCookie = CookieRow & {
  category: Category;
  vendor: string | null;
  evidence: CookieClassification['evidence'];
  /** What databases and lists say, whatever a CMP declares. */
  knownCategory: Category | null;
  declaredCategory: Category | null;
  declaredMaxDays: number | null;
};
export type ClassifiedStorage = StorageRow & { category: Category; vendor: string | null };
export type ClassifiedThirdParty = ThirdPartyRow & { vendor: string | null; category: Category };

export interface ClassifiedView extends Omit<
  AuditView,
  'requests' | 'cookies' | 'storage' | 'thirdParties' | 'beacons' | 'pixels'
> {
  requests: ClassifiedRequest[];
  cookies: ClassifiedCookie[];
  storage: ClassifiedStorage[];
  thirdParties: ClassifiedThirdParty[];
  beacons: ClassifiedRequest[];
  pixels: ClassifiedRequest[];
}

export interface ClassifyDeps {
  classifier: RequestClassifier;
  knowledge: readonly KnowledgeSource[];
  /**
   * The CMP declaration of a cookie, when there is one; `page` is the URL of
   * the page the cookie was seen on (a CMP's list holds only on its own host).
   */
  declared?: (name: string, domain: string, page?: string) => CookieDeclaration | null;
}

function trackerInfo(c: RequestClassification | null): TrackerInfo | null {
  if (!c) return null;
  return {
    vendor: c.vendor,
    category: c.category,
    list: c.evidence.list,
    rule: c.evidence.rule,
    source: c.evidence.source,
    ...(c.evidence.pattern ? { pattern: c.evidence.pattern } : {}),
    ...(c.evidence.correction ? { correction: c.evidence.correction } : {}),
  };
}

export function classifyView(view: AuditView, deps: ClassifyDeps): ClassifiedView {
  const cache = new Map<string, RequestClassification | null>();
  const classifyRequest: RequestClassifier['classify'] = (r) => {
    const k = `${r.type}\u0000${r.party}\u0000${r.sourceUrl}\u0000${r.url}`;
    if (!cache.has(k)) cache.set(k, deps.classifier.classify(r));
    return cache.get(k) ?? null;
  };
  const requests: ClassifiedRequest[] = view.requests.map((r) => {
    const c = classifyRequest({
      url: r.url,
      type: r.type,
      sourceUrl: r.type === 'main_frame' ? '' : r.page,
      party: r.party,
    });
    // SPEC: an image matching a pixel rule or known pixel endpoint is a pixel too.
    const pixel = r.pixel || (r.type === 'image' && r.party === 'third' && !!c?.pixelRule);
    return { ...r, pixel, tracker: trackerInfo(c) };
  });
  const typeOfSetter = new Map(requests.map((r) => [r.url, r.type]));
  const cookies: ClassifiedCookie[] = view.cookies.map((row) => {
    const c = classifyCookie(
      {
        name: row.name,
        domain: row.domain,
        party: row.party,
        setter: row.setter,
        setBy: row.setBy,
        ...(row.setter && typeOfSetter.has(row.setter)
          ? { setterType: typeOfSetter.get(row.setter)! }
          : {}),
        value: row.value,
        lifetimeDays: row.requestedLifetimeDays ?? row.lifetimeDays,
        pageSite: siteOf(row.page),
      },
      {
        knowledge: deps.knowledge,
        classifyRequest,
        entity: deps.classifier.entity,
        ...(deps.declared
          ? { declared: (name: string, domain: string) => deps.declared!(name, domain, row.page) }
          : {}),
      },
    );
    return {
      ...row,
      category: c.category,
      vendor: c.vendor,
      evidence: c.evidence,
      identifierLike: row.identifierLike && c.observed.category === 'unknown',
      knownCategory: c.observed.category === 'unknown' ? null : c.observed.category,
      declaredCategory: c.declaredCategory ?? null,
      declaredMaxDays: c.declaredMaxDays ?? null,
    };
  });
  const storage: ClassifiedStorage[] = view.storage.map((s) => {
    // Storage written by a tracker's script is that tracker's.
    const c = s.setter
      ? classifyRequest({
          url: s.setter,
          type: 'script',
          sourceUrl: s.page,
          party: siteOf(s.setter) === siteOf(s.page) ? 'first' : 'third',
        })
      : null;
    return { ...s, category: c?.category ?? 'unknown', vendor: c?.vendor ?? null };
  });
  const trackersByDomain = groupBy(requests, (r) => (r.tracker ? r.domain : null));
  const thirdParties: ClassifiedThirdParty[] = view.thirdParties.map((t) => {
    const rs = trackersByDomain.get(t.domain) ?? [];
    const counts = new Map<string, number>();
    for (const r of rs) {
      const k = `${r.tracker!.category}\u0000${r.tracker!.vendor ?? ''}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const [category, vendor] = top ? top.split('\u0000') : ['unknown', ''];
    return { ...t, category: category as Category, vendor: vendor || null };
  });
  return {
    ...view,
    requests,
    cookies,
    storage,
    thirdParties,
    beacons: requests.filter((r) => r.beacon),
    pixels: requests.filter((r) => r.pixel),
  };
}
