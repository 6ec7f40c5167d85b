// IAB CCPA "US Privacy String" (v1): four characters, as the `usprivacy`
// cookie (sometimes `us_privacy`) or `__uspapi('getUSPData', 1, cb)` hands
// it over: version ("1"), explicit notice given (Y/N/-), opted out of sale
// (Y/N/-), covered by the LSPA (Y/N/-); "-" = not applicable ("1---": CCPA
// does not apply). IAB Tech Lab "US Privacy String" spec, version 1.0.
import { clip, fail, isRecord, ok } from './result.ts';
import type { CmpResult } from './types.ts';

export type UspFlag = 'Y' | 'N' | '-';

export interface UsPrivacy {
  /** The four characters, upper-cased. */
  string: string;
  version: 1;
  notice: UspFlag;
  /** Opted out of the sale of personal information. */
  optOut: UspFlag;
  /** Covered by the IAB Limited Service Provider Agreement. */
  lspa: UspFlag;
  /** The flags in plain language. */
  explanation: string;
}

/** What `getUSPData` passed to its callback, fields read defensively. */
export interface UspApiData {
  version: number | null;
  uspString: string | null;
}

const FLAG_TEXT: Record<string, Record<UspFlag, string>> = {
  notice: { Y: 'notice given', N: 'no notice given', '-': 'notice not applicable' },
  optOut: {
    Y: 'opted out of sale',
    N: 'not opted out of sale',
    '-': 'opt-out of sale not applicable',
  },
  lspa: { Y: 'covered by the LSPA', N: 'not covered by the LSPA', '-': 'LSPA not applicable' },
};

const flag = (c: string): UspFlag | null => (c === 'Y' || c === 'N' || c === '-' ? c : null);

/** A US Privacy String → its flags; anything else is an error (never thrown). */
export function parseUsPrivacyString(value: unknown): CmpResult<UsPrivacy> {
  if (typeof value !== 'string') return fail('US Privacy String is not a string');
  if (value.length > 64)
    return fail(
      `US Privacy String must be 4 characters, got ${value.length}: "${clip(value, 20)}"`,
    );
  // Cookie values are sometimes URL-encoded; a valid string has no escapes, so
  // only the plain text is read. Surrounding quotes and spaces are tolerated.
  const s = value
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .toUpperCase();
  if (s.length !== 4)
    return fail(
      `US Privacy String must be 4 characters, got ${value.length}: "${clip(value, 20)}"`,
    );
  if (s[0] !== '1') return fail(`unknown US Privacy String version "${clip(s[0] ?? '', 4)}"`);
  const [notice, optOut, lspa] = [flag(s[1]!), flag(s[2]!), flag(s[3]!)];
  if (!notice || !optOut || !lspa)
    return fail(`US Privacy String "${clip(s, 8)}": each flag must be Y, N or -`);
  const explanation =
    s === '1---'
      ? 'CCPA does not apply'
      : [FLAG_TEXT.notice![notice], FLAG_TEXT.optOut![optOut], FLAG_TEXT.lspa![lspa]].join(', ');
  return ok({ string: s, version: 1, notice, optOut, lspa, explanation });
}

/** `__uspapi('getUSPData', 1, cb)`'s first argument → the fields used (null when not there). */
export function readUspApiData(data: unknown): UspApiData {
  if (!isRecord(data)) return { version: null, uspString: null };
  const version =
    typeof data.version === 'number' && Number.isFinite(data.version) ? data.version : null;
  const uspString =
    typeof data.uspString === 'string' && data.uspString.length <= 64 ? data.uspString : null;
  return { version, uspString };
}
