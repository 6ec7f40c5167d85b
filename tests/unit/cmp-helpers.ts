import { readFileSync } from 'node:fs';
import { GVL, TCModel, TCString } from '@iabtcf/core';

const FIXTURES = new URL('../fixtures/cmp/', import.meta.url);

export function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

export function fixtureJson<T = unknown>(name: string): T {
  return JSON.parse(fixture(name)) as T;
}

const purpose = (id: number) => ({ id, name: `Purpose ${id}`, description: '', illustrations: [] });
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const byId = <T>(ids: number[], f: (id: number) => T) =>
  Object.fromEntries(ids.map((id) => [String(id), f(id)]));

/**
 * A minimal Global Vendor List, enough for @iabtcf/core to encode a TC
 * string (encoding needs a GVL, decoding does not). Vendor ids are real GVL
 * ids; what each declares is made up for the tests.
 */
export const TEST_VENDORS: Record<
  number,
  { name: string; purposes: number[]; legIntPurposes: number[] }
> = {
  8: { name: 'Semasio GmbH', purposes: [1, 3, 4], legIntPurposes: [2, 7] },
  25: { name: 'Yahoo EMEA Limited', purposes: [1, 2, 3, 4], legIntPurposes: [7, 8] },
  755: { name: 'Google Advertising Products', purposes: [1, 3, 4], legIntPurposes: [2, 7, 9, 10] },
};

export function testGvl(): GVL {
  return new GVL({
    gvlSpecificationVersion: 3,
    vendorListVersion: 150,
    tcfPolicyVersion: 4,
    lastUpdated: '2024-04-25T16:00:00Z',
    purposes: byId(range(11), purpose),
    specialPurposes: byId([1, 2, 3], purpose),
    features: byId([1, 2, 3], purpose),
    specialFeatures: byId([1, 2], purpose),
    stacks: {},
    vendors: byId(Object.keys(TEST_VENDORS).map(Number), (id) => {
      const v = TEST_VENDORS[id]!;
      return {
        id,
        name: v.name,
        purposes: v.purposes,
        legIntPurposes: v.legIntPurposes,
        flexiblePurposes: [],
        specialPurposes: [1],
        features: [],
        specialFeatures: [],
        policyUrl: 'https://vendor.example/privacy',
        cookieMaxAgeSeconds: 31536000,
        usesCookies: true,
        usesNonCookieAccess: false,
      };
    }) as never,
  } as never);
}

export interface TcSpec {
  cmpId: number;
  cmpVersion: number;
  created: string;
  lastUpdated: string;
  purposeConsents: number[];
  purposeLegitimateInterests: number[];
  vendorConsents: number[];
  vendorLegitimateInterests: number[];
  specialFeatureOptins: number[];
  publisherCountryCode: string;
}

/** Encode a TC string with IAB's library, from the spec a fixture records. */
export function encodeTc(spec: TcSpec): string {
  const model = new TCModel(testGvl());
  model.cmpId = spec.cmpId;
  model.cmpVersion = spec.cmpVersion;
  model.publisherCountryCode = spec.publisherCountryCode;
  model.isServiceSpecific = true;
  model.purposeConsents.set(spec.purposeConsents);
  model.purposeLegitimateInterests.set(spec.purposeLegitimateInterests);
  model.vendorConsents.set(spec.vendorConsents);
  model.vendorLegitimateInterests.set(spec.vendorLegitimateInterests);
  model.specialFeatureOptins.set(spec.specialFeatureOptins);
  model.created = new Date(spec.created);
  model.lastUpdated = new Date(spec.lastUpdated);
  return TCString.encode(model);
}
