// TCF purposes → SPEC categories, and what a TCF signal declares / records.
// Purpose names: IAB Europe TCF v2.2 (policy version 4).
import type { Category } from '../types.ts';
import type { DeclaredPolicy } from '../policy/types.ts';
import { declaredBuilder } from './declared.ts';
import type { ConsentState, ConsentStatus, TcfConsent } from './types.ts';

export const TCF_PURPOSES: Readonly<Record<number, string>> = {
  1: 'Store and/or access information on a device',
  2: 'Use limited data to select advertising',
  3: 'Create profiles for personalised advertising',
  4: 'Use profiles to select personalised advertising',
  5: 'Create profiles to personalise content',
  6: 'Use profiles to select personalised content',
  7: 'Measure advertising performance',
  8: 'Measure content performance',
  9: 'Understand audiences through statistics or combinations of data from different sources',
  10: 'Develop and improve services',
  11: 'Use limited data to select content',
};

/**
 * Purpose → category. Purpose 1 is no category: it is the permission to use
 * device storage at all (cookies included), which every other purpose needs
 * when it relies on cookies — so it gates the categories (see tcfConsentState)
 * and declares the technology `cookies`. Mapping it to `necessary` would hide
 * a refusal, since users can and do refuse it.
 * 2, 3, 4, 7 select ads, build ad profiles, measure ads → advertising.
 * 5, 6, 11 personalise content → preferences (SPEC: personalisation).
 * 8, 9, 10 measure content, audiences, develop services → analytics.
 */
export const TCF_PURPOSE_CATEGORY: Readonly<Record<number, Category | null>> = {
  1: null,
  2: 'advertising',
  3: 'advertising',
  4: 'advertising',
  5: 'preferences',
  6: 'preferences',
  7: 'advertising',
  8: 'analytics',
  9: 'analytics',
  10: 'analytics',
  11: 'preferences',
};

/** The categories a TCF CMP has switches for, in SPEC order. */
export const TCF_CATEGORIES: readonly Category[] = ['preferences', 'analytics', 'advertising'];

const SF2 = 'Actively scan device characteristics for identification';

/**
 * What the TCF signal declares (source `cmp:tcf`): the categories of the
 * purposes the CMP surfaced, `cookies` for purpose 1, `fingerprinting` for
 * special feature 2. Vendors are named only when `vendorNames` (from the GVL,
 * which this module does not fetch) is given; TCF declares no cookie list.
 */
export function tcfDeclaredPolicy(
  tcf: TcfConsent,
  opts: { url?: string | null; vendorNames?: Readonly<Record<number, string>> } = {},
): DeclaredPolicy {
  const b = declaredBuilder('cmp:tcf', opts.url ?? null);
  for (const id of tcf.purposesAsked) {
    const name = TCF_PURPOSES[id] ?? `purpose ${id}`;
    const quote = `TCF purpose ${id}: ${name}`;
    const cat = TCF_PURPOSE_CATEGORY[id];
    if (cat) b.category(cat, quote, `tcf:purpose ${id}`);
    if (id === 1) b.technology('cookies', quote, 'tcf:purpose 1');
  }
  if (tcf.specialFeaturesAsked.includes(2)) {
    b.technology('fingerprinting', `TCF special feature 2: ${SF2}`, 'tcf:special feature 2');
  }
  const names = opts.vendorNames;
  if (names) {
    const vendors = [...new Set([...tcf.vendorConsents, ...tcf.vendorLegitimateInterests])].sort(
      (a, b) => a - b,
    );
    for (const id of vendors) {
      const name = names[id];
      if (name) b.vendor(name, `TCF vendor ${id}: ${name}`, 'tcf:vendor');
    }
  }
  return b.build();
}

function statusOf(values: boolean[]): ConsentStatus {
  if (values.every((v) => v)) return 'accepted';
  if (values.every((v) => !v)) return 'rejected';
  return 'partial';
}

/**
 * The user's choice in a TCF signal. A category is consented when purpose 1
 * (device storage) and at least one of its purposes are: cookies of that
 * category are then allowed. `cmpuishown` (banner up, no choice yet) is
 * `none`; `gdprApplies: false` is `accepted` with method `not-required`.
 */
export function tcfConsentState(tcf: TcfConsent, source = 'euconsent-v2'): ConsentState {
  const when = tcf.lastUpdated !== null ? new Date(tcf.lastUpdated).toISOString() : 'unknown';
  const base = `${source}: CMP ${tcf.cmpId ?? '?'}, updated ${when}, purposes consented [${tcf.purposeConsents.join(',')}]`;
  const extra = [
    tcf.eventStatus ? `eventStatus ${tcf.eventStatus}` : '',
    tcf.gdprApplies === false ? 'gdprApplies false' : '',
  ].filter(Boolean);
  const evidence = extra.length > 0 ? `${base}, ${extra.join(', ')}` : base;
  const consented = new Set(tcf.purposeConsents);
  const storage = consented.has(1) || tcf.purposeOneTreatment === true;
  const categories: Partial<Record<Category, boolean>> = {};
  for (const cat of TCF_CATEGORIES) {
    const purposes = Object.entries(TCF_PURPOSE_CATEGORY)
      .filter(([, c]) => c === cat)
      .map(([id]) => Number(id));
    categories[cat] = storage && purposes.some((p) => consented.has(p));
  }
  const state = (status: ConsentStatus, method: ConsentState['method']): ConsentState => ({
    cmp: 'tcf',
    status,
    categories,
    timestamp: tcf.lastUpdated,
    evidence,
    method,
  });
  if (tcf.gdprApplies === false) {
    for (const cat of TCF_CATEGORIES) categories[cat] = true;
    return state('accepted', 'not-required');
  }
  if (tcf.eventStatus === 'cmpuishown' || tcf.cmpStatus === 'stub') return state('none', 'unknown');
  const method = tcf.eventStatus === 'useractioncomplete' ? 'explicit' : 'unknown';
  return state(statusOf(TCF_CATEGORIES.map((c) => categories[c] === true)), method);
}
