// Opt-out strings (issue 12): the US Privacy String, the IAB GPP string
// (decoded with IAB's @iabgpp/cmpapi; the strings below are built with the
// same library's encoder, plus two literal strings from IAB's GPP
// documentation) and OneTrust's OptanonConsent GPC flags and groups.
import { GppModel } from '@iabgpp/cmpapi';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareOptOut,
  decodeGppString,
  optOutCookies,
  parseUsPrivacyString,
  readOptanonOptOut,
  readOptOutApis,
  readOptOutStrings,
  type OptOutStrings,
} from '../../lib/core/cmp/index.ts';

function gppString(fields: Record<string, Record<string, unknown>>): string {
  const m = new GppModel();
  for (const [section, values] of Object.entries(fields))
    for (const [f, v] of Object.entries(values)) m.setFieldValue(section, f, v);
  return m.encode();
}

describe('parseUsPrivacyString', () => {
  it.each([
    ['1YNN', 'Y', 'N', 'N', 'notice given, not opted out of sale, not covered by the LSPA'],
    ['1YYN', 'Y', 'Y', 'N', 'notice given, opted out of sale, not covered by the LSPA'],
    ['1nyy', 'N', 'Y', 'Y', 'no notice given, opted out of sale, covered by the LSPA'],
    ['1---', '-', '-', '-', 'CCPA does not apply'],
  ])('%s', (s, notice, optOut, lspa, explanation) => {
    expect(parseUsPrivacyString(s)).toEqual({
      ok: true,
      value: { string: s.toUpperCase(), version: 1, notice, optOut, lspa, explanation },
      notes: [],
    });
  });

  it.each([
    ['', 'US Privacy String must be 4 characters, got 0: ""'],
    ['1YN', 'US Privacy String must be 4 characters, got 3: "1YN"'],
    ['2YNN', 'unknown US Privacy String version "2"'],
    ['1YXN', 'US Privacy String "1YXN": each flag must be Y, N or -'],
    ['1YNNN', 'US Privacy String must be 4 characters, got 5: "1YNNN"'],
    [
      '1'.repeat(200_000),
      'US Privacy String must be 4 characters, got 200000: "1111111111111111111…"',
    ],
  ])('malformed %j', (s, error) => {
    expect(parseUsPrivacyString(s)).toEqual({ ok: false, error });
  });

  it('is not a string', () => {
    expect(parseUsPrivacyString(42)).toEqual({
      ok: false,
      error: 'US Privacy String is not a string',
    });
  });
});

describe('decodeGppString', () => {
  it("reads IAB's documented example with a TCF EU and a US Privacy section", () => {
    expect(decodeGppString('DBACNY~CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA~1YNN')).toEqual({
      ok: true,
      value: {
        string: 'DBACNY~CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA~1YNN',
        sectionIds: [2, 6],
        sections: ['tcfeuv2', 'uspv1'],
        us: [
          {
            id: 6,
            section: 'uspv1',
            saleOptOut: 'did-not-opt-out',
            sharingOptOut: null,
            targetedAdvertisingOptOut: null,
            gpc: null,
            uspString: '1YNN',
          },
        ],
      },
      notes: [],
    });
  });

  it('reads a literal uspv1 + usnat string (no GPC subsection: gpc null)', () => {
    const r = decodeGppString('DBABzw~1YNN~BVQqAAAAAgA');
    expect(r.ok && r.value.sections).toEqual(['uspv1', 'usnat']);
    expect(r.ok && r.value.us[1]).toEqual({
      id: 7,
      section: 'usnat',
      saleOptOut: 'did-not-opt-out',
      sharingOptOut: 'did-not-opt-out',
      targetedAdvertisingOptOut: 'did-not-opt-out',
      gpc: null,
    });
  });

  it('reads the opt-out fields and the GPC subsection of strings built with the encoder', () => {
    const s = gppString({
      usnat: {
        SaleOptOutNotice: 1,
        SaleOptOut: 1,
        SharingOptOut: 1,
        TargetedAdvertisingOptOut: 1,
        Gpc: true,
      },
      usca: { SaleOptOutNotice: 1, SaleOptOut: 2, SharingOptOut: 0, GpcSegmentIncluded: false },
    });
    expect(decodeGppString(s)).toEqual({
      ok: true,
      value: {
        string: s,
        sectionIds: [7, 8],
        sections: ['usnat', 'usca'],
        us: [
          {
            id: 7,
            section: 'usnat',
            saleOptOut: 'opted-out',
            sharingOptOut: 'opted-out',
            targetedAdvertisingOptOut: 'opted-out',
            gpc: true,
          },
          {
            id: 8,
            section: 'usca',
            saleOptOut: 'did-not-opt-out',
            sharingOptOut: 'not-applicable',
            targetedAdvertisingOptOut: null,
            gpc: null,
          },
        ],
      },
      notes: [],
    });
  });

  it.each([
    ['', 'empty GPP string'],
    ['x', "GPP string not decodable: Unable to decode 'x'"],
    ['DBABLA~', "GPP string not decodable: Unable to decode 'DBABLA~'. Section 1 is blank."],
    ['DBABzw~1YNN <script>', 'not a GPP string: "DBABzw~1YNN <script>"'],
    ['A'.repeat(20_001), 'GPP string too long (20001 characters, limit 20000)'],
  ])('malformed %#', (s, error) => {
    expect(decodeGppString(s)).toEqual({ ok: false, error });
  });
});

describe('readOptanonOptOut', () => {
  it('reads isGpcEnabled, browserGpcFlag and the groups, and keeps only those', () => {
    const v =
      'isGpcEnabled=1&datestamp=Fri+Dec+04+2026&version=202409.1.0&browserGpcFlag=1&isIABGlobal=false&consentId=0f6c3a1e-aaaa&interactionCount=0&groups=C0001%3A1%2CC0002%3A0%2CC0004%3A0%2C__proto__%3A1';
    expect(readOptanonOptOut(v)).toEqual({
      ok: true,
      value: {
        isGpcEnabled: 1,
        browserGpcFlag: 1,
        groups: Object.fromEntries([
          ['C0001', true],
          ['C0002', false],
          ['C0004', false],
          ['__proto__', true],
        ]),
        raw: 'isGpcEnabled=1&browserGpcFlag=1&groups=C0001:1,C0002:0,C0004:0,__proto__:1',
      },
      notes: [],
    });
  });

  it('says when the flags are missing, and fails without groups', () => {
    const r = readOptanonOptOut('groups=C0001%3A1%2CC0004%3A1');
    expect(r.ok && [r.value.isGpcEnabled, r.value.browserGpcFlag]).toEqual([null, null]);
    expect(readOptanonOptOut('isGpcEnabled=1')).toEqual({
      ok: false,
      error: 'OptanonConsent has no groups= field: "isGpcEnabled=1"',
    });
  });
});

const NO_APIS = readOptOutApis({});

function strings(cookies: Record<string, string>, apis: unknown = {}): OptOutStrings {
  return readOptOutStrings({
    apis: readOptOutApis(apis),
    cookies: optOutCookies(Object.entries(cookies).map(([name, value]) => ({ name, value }))),
  });
}

describe('readOptOutStrings', () => {
  it('prefers the API answers to the cookies and says where each string came from', () => {
    const gpp = gppString({ usnat: { SaleOptOutNotice: 1, SaleOptOut: 1, Gpc: true } });
    const s = strings(
      { usprivacy: '1YNN', __gpp: 'DBABzw~1YNN~BVQqAAAAAgA' },
      {
        usp: { status: 'answered', data: { version: 1, uspString: '1YYN' } },
        gpp: {
          status: 'answered',
          data: { gppString: gpp, applicableSections: [7], signalStatus: 'ready' },
        },
      },
    );
    expect(s.usPrivacy).toMatchObject({ source: '__uspapi', raw: '1YYN', error: null });
    expect(s.gpp).toMatchObject({
      source: '__gpp',
      raw: gpp,
      applicableSections: [7],
      signalStatus: 'ready',
      error: null,
    });
    expect(s.apis).toEqual({ usp: 'answered', gpp: 'answered' });
  });

  it('reads the cookies when there is no API, malformed ones as errors', () => {
    const s = strings({ us_privacy: '1Y%4EN', OTGPPConsent: 'nonsense!', OptanonConsent: 'x=1' });
    expect(s.usPrivacy).toEqual({
      source: 'cookie:us_privacy',
      raw: '1Y%4EN',
      value: expect.objectContaining({ string: '1YNN' }),
      error: null,
    });
    expect(s.gpp).toEqual({
      source: 'cookie:OTGPPConsent',
      raw: 'nonsense!',
      value: null,
      error: 'not a GPP string: "nonsense!"',
      applicableSections: null,
      signalStatus: null,
    });
    expect(s.optanon).toEqual({
      source: 'cookie:OptanonConsent',
      raw: 'x=1',
      value: null,
      error: 'OptanonConsent has no groups= field: "x=1"',
    });
    expect(s.apis).toEqual(NO_APIS && { usp: 'absent', gpp: 'absent' });
  });

  it('takes an empty answer or cookie for no string: an API answering "" falls back to the cookie', () => {
    const s = strings(
      { usprivacy: '', __gpp: 'DBABzw~1YNN~BVQqAAAAAgA' },
      {
        usp: { status: 'answered', data: { uspString: '' } },
        gpp: { status: 'answered', data: { gppString: '', signalStatus: 'not ready' } },
      },
    );
    expect(s.usPrivacy).toBeNull();
    expect(s.gpp).toMatchObject({
      source: 'cookie:__gpp',
      signalStatus: 'not ready',
      error: null,
    });
  });

  it('keeps none of OptanonConsent but its GPC flags and groups', () => {
    expect(
      optOutCookies([
        { name: 'OptanonConsent', value: 'consentId=secret&isGpcEnabled=0&groups=C0001%3A1' },
        { name: 'other', value: 'x' },
      ]),
    ).toEqual([{ name: 'OptanonConsent', value: 'isGpcEnabled=0&groups=C0001:1' }]);
  });

  it('bounds what a page API answered', () => {
    expect(
      readOptOutApis({
        usp: { status: 'answered', data: { uspString: 'x'.repeat(65), version: 'one' } },
        gpp: { status: 'weird', data: { gppString: 'DBA' } },
      }),
    ).toEqual({
      usp: { status: 'answered', data: { version: null, uspString: null } },
      gpp: { status: 'absent', data: null },
    });
  });
});

describe('compareOptOut', () => {
  const gppOff = gppString({
    usnat: { SaleOptOutNotice: 1, SaleOptOut: 2, SharingOptOut: 2, Gpc: false },
  });
  const gppOn = gppString({
    usnat: { SaleOptOutNotice: 1, SaleOptOut: 1, SharingOptOut: 1, Gpc: true },
  });
  const plain = strings({
    usprivacy: '1YNN',
    __gpp: gppOff,
    OptanonConsent: 'isGpcEnabled=0&groups=C0001%3A1%2CC0004%3A1',
  });
  const withGpc = strings({
    usprivacy: '1YYN',
    __gpp: gppOn,
    OptanonConsent: 'isGpcEnabled=1&groups=C0001%3A1%2CC0004%3A0',
  });

  it('says each string registered the opt-out', () => {
    expect(compareOptOut(plain, withGpc)).toEqual({
      usPrivacy: {
        outcome: 'registered opt-out',
        before: '1YNN',
        after: '1YYN',
        registered: ['opted out of sale'],
        text: 'US Privacy String 1YNN → 1YYN: opted out of sale after GPC',
      },
      gpp: {
        outcome: 'registered opt-out',
        before: gppOff,
        after: gppOn,
        registered: ['usnat opted out of sale', 'usnat opted out of sharing', 'usnat Gpc=1'],
        text: `GPP string ${gppOff} → ${gppOn}: usnat opted out of sale, usnat opted out of sharing, usnat Gpc=1 after GPC`,
      },
      optanon: {
        outcome: 'registered opt-out',
        before: 'isGpcEnabled=0 groups=C0001:1,C0004:1',
        after: 'isGpcEnabled=1 groups=C0001:1,C0004:0',
        registered: ['isGpcEnabled=1', 'group C0004 off'],
        text: 'OneTrust OptanonConsent isGpcEnabled=0 groups=C0001:1,C0004:1 → isGpcEnabled=1 groups=C0001:1,C0004:0: isGpcEnabled=1, group C0004 off after GPC',
      },
    });
  });

  it('unchanged, absent and malformed', () => {
    const after = strings({ usprivacy: '1YNN', __gpp: 'garbage' });
    const r = compareOptOut(plain, after);
    expect(r.usPrivacy).toEqual({
      outcome: 'unchanged',
      before: '1YNN',
      after: '1YNN',
      registered: [],
      text: 'US Privacy String 1YNN in both loads: no opt-out recorded with GPC',
    });
    expect(r.gpp.outcome).toBe('malformed');
    expect(r.gpp.text).toBe(
      "GPP string malformed with GPC: GPP string not decodable: Unable to decode 'garbage'",
    );
    expect(r.optanon).toMatchObject({
      outcome: 'absent',
      text: 'OneTrust OptanonConsent isGpcEnabled=0 groups=C0001:1,C0004:1 without GPC, absent with GPC',
    });
    expect(compareOptOut(null, null).usPrivacy.text).toBe(
      'US Privacy String: not present in either load',
    );
    expect(compareOptOut(withGpc, withGpc).usPrivacy.text).toBe(
      'US Privacy String 1YYN in both loads: already opted out of sale without GPC',
    );
  });

  it('a string that appears only with GPC; OneTrust groups need a first reading', () => {
    const r = compareOptOut(null, withGpc);
    expect(r.usPrivacy.text).toBe('US Privacy String absent → 1YYN: opted out of sale after GPC');
    expect(r.optanon.registered).toEqual(['isGpcEnabled=1']);
  });
});

describe('hostile input', () => {
  it('never throws on any string or value', () => {
    const anything = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.stringMatching(/^[A-Za-z0-9_~.-]{0,200}$/),
      fc.constantFrom('DBABzw~', 'DBACNY~', 'DBABM~', '~~~', 'D'),
      fc.anything(),
    );
    fc.assert(
      fc.property(anything, anything, (a, b) => {
        parseUsPrivacyString(a);
        decodeGppString(typeof a === 'string' ? `DBAB${a}` : a);
        decodeGppString(a);
        readOptanonOptOut(a);
        readOptOutApis({
          usp: { status: 'answered', data: a },
          gpp: { status: 'answered', data: b },
        });
        const s = strings(
          typeof a === 'string' ? { usprivacy: a, __gpp: a, OptanonConsent: a } : {},
          { gpp: { status: 'answered', data: { gppString: b } } },
        );
        compareOptOut(s, s);
      }),
      { numRuns: 10_000 },
    );
  });

  it('reads a 200 KB GPP-alphabet string quickly (refused by length)', () => {
    const start = performance.now();
    expect(decodeGppString('DBAB' + 'A~'.repeat(100_000)).ok).toBe(false);
    expect(decodeGppString('DBABzw~' + 'A'.repeat(19_990)).ok).toBeTypeOf('boolean');
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('the page hook stays small', () => {
  // entrypoints/hook.content.ts runs in every frame of every page: what it
  // imports (page-messages.ts and its imports) must not pull in IAB's GPP
  // library (≈ 50 KB minified), only the bounded API-answer readers.
  it('no module the hook imports reaches @iabgpp/cmpapi', () => {
    const seen = new Set<string>();
    const reached: string[] = [];
    const visit = (url: URL) => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const text = readFileSync(url, 'utf8');
      for (const m of text.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gms)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) visit(new URL(spec, url));
        else reached.push(spec);
      }
    };
    visit(new URL('../../entrypoints/hook.content.ts', import.meta.url));
    expect(seen.size).toBeGreaterThan(2);
    expect(reached.filter((s) => s.startsWith('@iabgpp'))).toEqual([]);
  });
});
