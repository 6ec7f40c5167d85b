import { describe, expect, it } from 'vitest';
import {
  TCF_PURPOSE_CATEGORY,
  decodeTcString,
  parseTcfGetTcData,
  tcfConsentState,
  tcfDeclaredPolicy,
  type ConsentState,
  type TcfConsent,
} from '../../lib/core/cmp/index.ts';
import { TEST_VENDORS, encodeTc, fixtureJson, type TcSpec } from './cmp-helpers.ts';

interface TcCase {
  name: string;
  origin: string;
  tcString: string;
  spec?: TcSpec;
  expected?: TcfConsent;
  expectedExceptVendors?: Partial<TcfConsent>;
  vendorCounts?: { vendorConsents: number; vendorLegitimateInterests: number };
  state: Pick<ConsentState, 'cmp' | 'status' | 'categories' | 'method'>;
}

const cases = fixtureJson<TcCase[]>('tcf-strings.json');
const decoded = (s: string): TcfConsent => {
  const r = decodeTcString(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('TC string fixtures', () => {
  it.each(cases.filter((c) => c.spec).map((c) => [c.name, c] as const))(
    '%s is what IAB’s own library encodes from its spec',
    (_name, c) => {
      expect(encodeTc(c.spec!)).toBe(c.tcString);
    },
  );
});

describe('decodeTcString', () => {
  it.each(cases.filter((c) => c.expected).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(decodeTcString(c.tcString)).toEqual({ ok: true, value: c.expected, notes: [] });
  });

  it('reads a real 2022 string with hundreds of vendors', () => {
    const c = cases.find((x) => x.name === 'captured-2022-accept')!;
    const v = decoded(c.tcString);
    expect(v).toMatchObject(c.expectedExceptVendors!);
    expect(v.vendorConsents).toHaveLength(c.vendorCounts!.vendorConsents);
    expect(v.vendorLegitimateInterests).toHaveLength(c.vendorCounts!.vendorLegitimateInterests);
    expect(v.vendorConsents).toContain(755);
  });

  it.each(
    fixtureJson<{ name: string; tcString: string; error: string }[]>(
      'tcf-strings-malformed.json',
    ).map((c) => [c.name, c] as const),
  )('%s gives a clear error', (_name, c) => {
    expect(decodeTcString(c.tcString)).toEqual({ ok: false, error: c.error });
  });

  it.each([
    [
      'a hostile 1 MB string',
      'C'.repeat(1_000_000),
      'TC string too long (1000000 characters, limit 20000)',
    ],
    ['a number', 42 as unknown as string, 'TC string is not a string'],
  ])('%s gives a clear error', (_what, value, error) => {
    expect(decodeTcString(value)).toEqual({ ok: false, error });
  });
});

describe('tcfConsentState', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const tcf = decoded(c.tcString);
    expect(tcfConsentState(tcf)).toEqual({
      ...c.state,
      timestamp: tcf.lastUpdated,
      evidence: expect.any(String),
    });
  });

  it('says where the state comes from', () => {
    expect(tcfConsentState(decoded(cases[2]!.tcString)).evidence).toBe(
      'euconsent-v2: CMP 134, updated 2024-05-03T11:15:30.500Z, purposes consented [1,8,9,10]',
    );
  });

  it('without purpose 1 (device storage) no category is consented, whatever else is', () => {
    const tcf = decoded(cases.find((c) => c.name === 'no-storage-consent')!.tcString);
    expect(tcf.purposeConsents).toEqual([2, 3, 4, 8]);
    expect(tcfConsentState(tcf).status).toBe('rejected');
  });

  it('purposeOneTreatment (purpose 1 not asked at all) does not gate the categories', () => {
    const tcf = { ...decoded(cases[3]!.tcString), purposeOneTreatment: true };
    expect(tcfConsentState(tcf).categories).toEqual({
      preferences: false,
      analytics: true,
      advertising: true,
    });
  });
});

describe('parseTcfGetTcData', () => {
  it('reads a useractioncomplete TCData, dates from its TC string', () => {
    const r = parseTcfGetTcData(fixtureJson('tcf-gettcdata-useractioncomplete.json'));
    expect(r).toEqual({
      ok: true,
      value: {
        ...cases[0]!.expected,
        gdprApplies: true,
        eventStatus: 'useractioncomplete',
        cmpStatus: 'loaded',
        purposesAsked: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
        specialFeaturesAsked: [1, 2],
      },
      notes: [],
    });
    expect(r.ok && tcfConsentState(r.value, '__tcfapi getTCData')).toEqual({
      cmp: 'tcf',
      status: 'accepted',
      categories: { preferences: true, analytics: true, advertising: true },
      timestamp: Date.parse('2024-05-01T09:31:05.700Z'),
      evidence:
        '__tcfapi getTCData: CMP 28, updated 2024-05-01T09:31:05.700Z, purposes consented [1,2,3,4,5,6,7,8,9,10,11], eventStatus useractioncomplete',
      method: 'explicit',
    });
  });

  it('cmpuishown: the banner is up, nothing chosen yet → none', () => {
    const r = parseTcfGetTcData(fixtureJson('tcf-gettcdata-cmpuishown.json'));
    expect(r.ok && r.value).toMatchObject({
      purposeConsents: [],
      purposeLegitimateInterests: [2, 7, 8, 9, 10],
      vendorConsents: [],
      vendorLegitimateInterests: [8, 25, 755],
      purposesAsked: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      specialFeaturesAsked: [1, 2],
    });
    expect(r.ok && tcfConsentState(r.value)).toMatchObject({ status: 'none', method: 'unknown' });
  });

  it('gdprApplies false: the minimal object is accepted, consent is not required', () => {
    const r = parseTcfGetTcData(fixtureJson('tcf-gettcdata-gdpr-does-not-apply.json'));
    expect(r.ok && r.value).toMatchObject({
      gdprApplies: false,
      cmpId: 28,
      cmpVersion: 7,
      policyVersion: 4,
      purposesAsked: [],
    });
    expect(r.ok && tcfConsentState(r.value)).toMatchObject({
      status: 'accepted',
      method: 'not-required',
      categories: { preferences: true, analytics: true, advertising: true },
    });
  });

  it.each(
    fixtureJson<{ name: string; input: unknown; error: string }[]>(
      'tcf-gettcdata-malformed.json',
    ).map((c) => [c.name, c] as const),
  )('%s gives a clear error', (_name, c) => {
    expect(parseTcfGetTcData(c.input)).toEqual({ ok: false, error: c.error });
  });

  it('keeps the maps when the tcString does not decode, and says so', () => {
    const r = parseTcfGetTcData({
      tcString: 'garbage',
      gdprApplies: true,
      eventStatus: 'tcloaded',
      purpose: { consents: { '1': true, '8': true, x: true, '9': 'yes' }, legitimateInterests: {} },
      vendor: { consents: { '755': true }, legitimateInterests: {} },
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        tcString: 'garbage',
        cmpId: null,
        created: null,
        purposeConsents: [1, 8],
        purposesAsked: [1, 8],
        vendorConsents: [755],
      },
      notes: [
        'tcString ignored: unsupported TC string version 32 (only TCF v2 is read)',
        'purpose.consents: 2 entries not "id: boolean" ignored',
      ],
    });
  });

  it('refuses a hostile map with a huge number of keys', () => {
    const consents = Object.fromEntries(
      Array.from({ length: 20_000 }, (_, i) => [String(i + 1), true]),
    );
    expect(parseTcfGetTcData({ gdprApplies: true, purpose: { consents }, vendor: {} })).toEqual({
      ok: false,
      error: 'TCData.purpose.consents has more than 10000 keys',
    });
  });
});

describe('tcfDeclaredPolicy', () => {
  it('declares the categories of the purposes asked, cookies for purpose 1, fingerprinting for special feature 2', () => {
    const tcf = decoded(cases[0]!.tcString);
    const names = Object.fromEntries(Object.entries(TEST_VENDORS).map(([id, v]) => [id, v.name]));
    expect(tcfDeclaredPolicy(tcf, { vendorNames: names })).toEqual({
      source: 'cmp:tcf',
      url: null,
      categories: ['preferences', 'analytics', 'advertising'],
      vendors: ['Semasio GmbH', 'Yahoo EMEA Limited', 'Google Advertising Products'],
      cookies: [],
      retention: [],
      technologies: ['cookies', 'fingerprinting'],
      dnt: 'silent',
      gpc: 'silent',
      unmapped: [],
      evidence: [
        {
          field: 'technologies.cookies',
          quote: 'TCF purpose 1: Store and/or access information on a device',
          rule: 'tcf:purpose 1',
        },
        {
          field: 'categories.advertising',
          quote: 'TCF purpose 2: Use limited data to select advertising',
          rule: 'tcf:purpose 2',
        },
        {
          field: 'categories.preferences',
          quote: 'TCF purpose 5: Create profiles to personalise content',
          rule: 'tcf:purpose 5',
        },
        {
          field: 'categories.analytics',
          quote: 'TCF purpose 8: Measure content performance',
          rule: 'tcf:purpose 8',
        },
        {
          field: 'technologies.fingerprinting',
          quote: 'TCF special feature 2: Actively scan device characteristics for identification',
          rule: 'tcf:special feature 2',
        },
        { field: 'vendors.Semasio GmbH', quote: 'TCF vendor 8: Semasio GmbH', rule: 'tcf:vendor' },
        {
          field: 'vendors.Yahoo EMEA Limited',
          quote: 'TCF vendor 25: Yahoo EMEA Limited',
          rule: 'tcf:vendor',
        },
        {
          field: 'vendors.Google Advertising Products',
          quote: 'TCF vendor 755: Google Advertising Products',
          rule: 'tcf:vendor',
        },
      ],
    });
  });

  it('names no vendors without the vendor list, and declares nothing for an all-refused string', () => {
    expect(tcfDeclaredPolicy(decoded(cases[1]!.tcString))).toMatchObject({
      categories: [],
      vendors: [],
      technologies: [],
    });
  });

  it.each([
    [1, null],
    [2, 'advertising'],
    [3, 'advertising'],
    [4, 'advertising'],
    [5, 'preferences'],
    [6, 'preferences'],
    [7, 'advertising'],
    [8, 'analytics'],
    [9, 'analytics'],
    [10, 'analytics'],
    [11, 'preferences'],
  ])('purpose %i → %s', (purpose, category) => {
    expect(TCF_PURPOSE_CATEGORY[purpose]).toBe(category);
  });
});
