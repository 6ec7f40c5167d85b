// IAB TCF v2: the `euconsent-v2` TC string (decoded with IAB's own
// @iabtcf/core) and the TCData object `__tcfapi('getTCData', 2, cb)` passes
// to its callback (IAB Tech Lab "CMP API v2", section TCData).
import { DecodingError, TCString, type TCModel } from '@iabtcf/core';
import { LIMITS, clip, fail, isRecord, ok } from './result.ts';
import type { CmpResult, TcfConsent } from './types.ts';

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const ids = (vector: TCModel['purposeConsents']): number[] =>
  [...vector.values()].sort((a, b) => a - b);

function num(v: unknown): number | null {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

function time(d: Date | undefined): number | null {
  const t = d instanceof Date ? d.getTime() : NaN;
  return Number.isFinite(t) ? t : null;
}

/** A TC string (`euconsent-v2` cookie value, TCData.tcString) → what it records. */
export function decodeTcString(value: string): CmpResult<TcfConsent> {
  if (typeof value !== 'string') return fail('TC string is not a string');
  const s = value.trim();
  if (s === '') return fail('empty TC string');
  if (s.length > LIMITS.tcStringChars) {
    return fail(`TC string too long (${s.length} characters, limit ${LIMITS.tcStringChars})`);
  }
  if (!/^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/.test(s)) {
    return fail('not a TC string: only base64url segments separated by "." are allowed');
  }
  // The first 6 bits are the version: "B…" is a TCF v1 consent string.
  const version = B64URL.indexOf(s[0] as string);
  if (version !== 2) return fail(`unsupported TC string version ${version} (only TCF v2 is read)`);
  let model: TCModel;
  try {
    model = TCString.decode(s);
  } catch (error) {
    // The library also throws TypeErrors on garbage; their text says nothing useful.
    const why = error instanceof DecodingError ? `: ${clip(error.message, 120)}` : ' (undecodable)';
    return fail(`not a valid TCF v2 TC string${why}`);
  }
  const purposeConsents = ids(model.purposeConsents);
  const purposeLegitimateInterests = ids(model.purposeLegitimateInterests);
  const specialFeatureOptins = ids(model.specialFeatureOptins);
  return ok({
    tcString: s,
    cmpId: num(model.cmpId),
    cmpVersion: num(model.cmpVersion),
    policyVersion: num(model.policyVersion),
    vendorListVersion: num(model.vendorListVersion),
    created: time(model.created),
    lastUpdated: time(model.lastUpdated),
    gdprApplies: null,
    eventStatus: null,
    cmpStatus: null,
    isServiceSpecific: model.isServiceSpecific,
    publisherCC: model.publisherCountryCode || null,
    purposeOneTreatment: model.purposeOneTreatment,
    purposeConsents,
    purposeLegitimateInterests,
    vendorConsents: ids(model.vendorConsents),
    vendorLegitimateInterests: ids(model.vendorLegitimateInterests),
    specialFeatureOptins,
    purposesAsked: [...new Set([...purposeConsents, ...purposeLegitimateInterests])].sort(
      (a, b) => a - b,
    ),
    specialFeaturesAsked: specialFeatureOptins,
  });
}

interface BoolMap {
  trueIds: number[];
  keys: number[];
}

/** A `{ "[id]": boolean }` map of TCData; null when it is not one. */
function boolMap(v: unknown, what: string, notes: string[]): BoolMap | string {
  if (v === undefined || v === null) return { trueIds: [], keys: [] };
  if (!isRecord(v)) return `${what} is not an object`;
  const entries = Object.entries(v);
  if (entries.length > LIMITS.mapKeys) return `${what} has more than ${LIMITS.mapKeys} keys`;
  const trueIds: number[] = [];
  const keys: number[] = [];
  let bad = 0;
  for (const [k, val] of entries) {
    const id = /^[1-9]\d{0,5}$/.test(k) ? Number(k) : NaN;
    if (!Number.isFinite(id) || (typeof val !== 'boolean' && val !== undefined)) {
      bad++;
      continue;
    }
    keys.push(id);
    if (val === true) trueIds.push(id);
  }
  if (bad > 0)
    notes.push(`${what}: ${bad} entr${bad === 1 ? 'y' : 'ies'} not "id: boolean" ignored`);
  const sort = (a: number, b: number) => a - b;
  return { trueIds: trueIds.sort(sort), keys: keys.sort(sort) };
}

/**
 * Validate and read a TCData object. The unencoded maps are what the CMP
 * itself reports; the TC string, when it decodes, adds CMP id and dates.
 * When GDPR does not apply the CMP sends only gdprApplies, tcfPolicyVersion,
 * cmpId and cmpVersion (CMP API v2): that is accepted.
 */
export function parseTcfGetTcData(obj: unknown): CmpResult<TcfConsent> {
  if (!isRecord(obj)) return fail('TCData is not an object');
  const notes: string[] = [];
  const gdprApplies = typeof obj.gdprApplies === 'boolean' ? obj.gdprApplies : null;
  if (obj.gdprApplies !== undefined && gdprApplies === null)
    return fail('TCData.gdprApplies is not a boolean');
  for (const key of ['eventStatus', 'cmpStatus', 'tcString'] as const) {
    if (obj[key] !== undefined && typeof obj[key] !== 'string')
      return fail(`TCData.${key} is not a string`);
  }
  let decoded: TcfConsent | null = null;
  const tcString =
    typeof obj.tcString === 'string' && obj.tcString.trim() !== '' ? obj.tcString : null;
  if (tcString !== null) {
    const d = decodeTcString(tcString);
    if (d.ok) decoded = d.value;
    else notes.push(`tcString ignored: ${d.error}`);
  }
  const purpose = obj.purpose;
  const vendor = obj.vendor;
  if (gdprApplies !== false) {
    if (!isRecord(purpose)) return fail('TCData.purpose is missing or not an object');
    if (!isRecord(vendor)) notes.push('TCData.vendor is missing: no vendor signals');
  }
  const p = isRecord(purpose) ? purpose : {};
  const v = isRecord(vendor) ? vendor : {};
  const maps = {
    pc: boolMap(p.consents, 'purpose.consents', notes),
    pli: boolMap(p.legitimateInterests, 'purpose.legitimateInterests', notes),
    vc: boolMap(v.consents, 'vendor.consents', notes),
    vli: boolMap(v.legitimateInterests, 'vendor.legitimateInterests', notes),
    sf: boolMap(obj.specialFeatureOptins, 'specialFeatureOptins', notes),
  };
  for (const m of Object.values(maps)) if (typeof m === 'string') return fail(`TCData.${m}`);
  const { pc, pli, vc, vli, sf } = maps as Record<keyof typeof maps, BoolMap>;
  const asked = [...new Set([...pc.keys, ...pli.keys])].sort((a, b) => a - b);
  return ok(
    {
      tcString,
      cmpId: num(obj.cmpId) ?? decoded?.cmpId ?? null,
      cmpVersion: num(obj.cmpVersion) ?? decoded?.cmpVersion ?? null,
      policyVersion: num(obj.tcfPolicyVersion) ?? decoded?.policyVersion ?? null,
      vendorListVersion: decoded?.vendorListVersion ?? null,
      created: decoded?.created ?? null,
      lastUpdated: decoded?.lastUpdated ?? null,
      gdprApplies,
      eventStatus: typeof obj.eventStatus === 'string' ? obj.eventStatus : null,
      cmpStatus: typeof obj.cmpStatus === 'string' ? obj.cmpStatus : null,
      isServiceSpecific: typeof obj.isServiceSpecific === 'boolean' ? obj.isServiceSpecific : null,
      publisherCC: typeof obj.publisherCC === 'string' ? obj.publisherCC : null,
      purposeOneTreatment:
        typeof obj.purposeOneTreatment === 'boolean' ? obj.purposeOneTreatment : null,
      purposeConsents: pc.trueIds,
      purposeLegitimateInterests: pli.trueIds,
      vendorConsents: vc.trueIds,
      vendorLegitimateInterests: vli.trueIds,
      specialFeatureOptins: sf.trueIds,
      purposesAsked: asked,
      specialFeaturesAsked: sf.keys,
    },
    notes,
  );
}
