// IAB Global Privacy Platform (GPP) strings, decoded with IAB's own
// library (@iabgpp/cmpapi's GppModel): which sections the string carries and,
// for each US section, the opt-out fields that say whether the visitor's
// opt-out (or their browser's GPC signal) was registered. The string comes
// from the page (`__gpp('ping')` / `getGPPData`) or from a cookie (`__gpp`,
// OneTrust's `OTGPPConsent`): untrusted, so bounded and never thrown on.
import { GppModel, Sections } from '@iabgpp/cmpapi';
import { MAX_GPP_CHARS, MAX_SECTIONS } from './optout-apis.ts';
import { clip, fail, ok } from './result.ts';
import type { CmpResult } from './types.ts';

/**
 * The MSPA opt-out fields' values (GPP US sections: 0 not applicable,
 * 1 opted out, 2 did not opt out).
 */
export type GppOptOut = 'not-applicable' | 'opted-out' | 'did-not-opt-out';

/** The opt-out fields of one US section of a GPP string. */
export interface GppUsSection {
  id: number;
  /** The library's section name: usnat, usca, usva, …; uspv1 for the embedded US Privacy String. */
  section: string;
  saleOptOut: GppOptOut | null;
  sharingOptOut: GppOptOut | null;
  targetedAdvertisingOptOut: GppOptOut | null;
  /** The GPC subsection: whether the CMP recorded a GPC signal (null: subsection absent). */
  gpc: boolean | null;
  /** uspv1 only: the US Privacy String the section holds ("1YNN"). */
  uspString?: string;
}

export interface GppDecoded {
  string: string;
  /** Section ids in the header, in order. */
  sectionIds: number[];
  /** Their names (`unknown-N` for an id the library does not know). */
  sections: string[];
  /** The US sections (uspv1 included), with their opt-out fields. */
  us: GppUsSection[];
}

const OPT_OUT: Record<number, GppOptOut> = {
  0: 'not-applicable',
  1: 'opted-out',
  2: 'did-not-opt-out',
};

function optOutValue(v: unknown): GppOptOut | null {
  return typeof v === 'number' ? (OPT_OUT[v] ?? null) : null;
}

const sectionName = (id: number): string =>
  (Sections.SECTION_ID_NAME_MAP as Map<number, string>).get(id) ?? `unknown-${id}`;

function field(model: GppModel, section: string, name: string): unknown {
  return model.hasField(section, name) ? model.getFieldValue(section, name) : undefined;
}

function usSection(model: GppModel, id: number, section: string): GppUsSection {
  if (section === 'uspv1') {
    const chars = ['Version', 'Notice', 'OptOutSale', 'LspaCovered'].map((f) =>
      String(field(model, section, f) ?? '?'),
    );
    const optOutSale = chars[2];
    return {
      id,
      section,
      saleOptOut:
        optOutSale === 'Y'
          ? 'opted-out'
          : optOutSale === 'N'
            ? 'did-not-opt-out'
            : 'not-applicable',
      sharingOptOut: null,
      targetedAdvertisingOptOut: null,
      gpc: null,
      uspString: chars.join(''),
    };
  }
  // Not listed by hasField (it belongs to the GPC segment's header), read as is.
  const gpcIncluded: unknown = model.getFieldValue(section, 'GpcSegmentIncluded');
  const gpc = field(model, section, 'Gpc');
  return {
    id,
    section,
    saleOptOut: optOutValue(field(model, section, 'SaleOptOut')),
    sharingOptOut: optOutValue(field(model, section, 'SharingOptOut')),
    targetedAdvertisingOptOut: optOutValue(field(model, section, 'TargetedAdvertisingOptOut')),
    gpc: gpcIncluded === false || typeof gpc !== 'boolean' ? null : gpc,
  };
}

/** A GPP string → its sections and the US sections' opt-out fields; malformed → an error. */
export function decodeGppString(value: unknown): CmpResult<GppDecoded> {
  if (typeof value !== 'string') return fail('GPP string is not a string');
  const s = value.trim();
  if (s === '') return fail('empty GPP string');
  if (s.length > MAX_GPP_CHARS)
    return fail(`GPP string too long (${s.length} characters, limit ${MAX_GPP_CHARS})`);
  // The library reads base64url and '~' / '.' separators only; anything else
  // is not a GPP string (and is kept out of the library's error messages).
  if (!/^[A-Za-z0-9_\-~.]+$/.test(s)) return fail(`not a GPP string: "${clip(s, 40)}"`);
  try {
    const model = new GppModel(s);
    const ids = model.getSectionIds() as unknown[];
    if (!Array.isArray(ids) || ids.length > MAX_SECTIONS)
      return fail(`GPP header lists too many sections`);
    const sectionIds = ids.filter((x): x is number => typeof x === 'number');
    const sections = sectionIds.map(sectionName);
    const notes: string[] = [];
    const us: GppUsSection[] = [];
    sectionIds.forEach((id, i) => {
      const name = sections[i]!;
      if (!name.startsWith('us')) return;
      try {
        us.push(usSection(model, id, name));
      } catch (e) {
        notes.push(`section ${name} unreadable: ${clip(String((e as Error)?.message ?? e), 80)}`);
      }
    });
    if (sectionIds.length > 0 && us.length === 0 && notes.length > 0)
      return fail(notes[0] ?? 'GPP string unreadable');
    return ok({ string: s, sectionIds, sections, us }, notes);
  } catch (e) {
    return fail(`GPP string not decodable: ${clip(String((e as Error)?.message ?? e), 100)}`);
  }
}
