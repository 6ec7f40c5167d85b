// What a page's opt-out APIs answered (`__uspapi`, `__gpp`), read
// defensively and bounded. Kept apart from the string decoders: the page
// hook and the message validation need these, not IAB's GPP library.
import { isRecord } from './result.ts';
import { readUspApiData, type UspApiData } from './usp.ts';

/** Longest GPP string decoded: cookies cap at 4 KB; a page API may hand more, never this much. */
export const MAX_GPP_CHARS = 20_000;
/** Section ids read from one string or answer (some 25 sections are defined). */
export const MAX_SECTIONS = 64;

/** What `__gpp('ping')` or `getGPPData` passed to its callback, fields read defensively. */
export interface GppApiData {
  gppVersion: string | null;
  cmpStatus: string | null;
  signalStatus: string | null;
  gppString: string | null;
  applicableSections: number[];
}

/**
 * How a page API answered: not on the page, called but no answer within
 * the timeout (or it threw), or answered.
 */
export type ApiStatus = 'absent' | 'no-answer' | 'answered';
export const API_STATUSES: readonly ApiStatus[] = ['absent', 'no-answer', 'answered'];

export interface OptOutApis {
  usp: { status: ApiStatus; data: UspApiData | null };
  gpp: { status: ApiStatus; data: GppApiData | null };
}

/** The page's answer, from the hook (untrusted) → validated, bounded API answers. */
export function readOptOutApis(input: unknown): OptOutApis {
  const one = <T>(x: unknown, read: (d: unknown) => T): { status: ApiStatus; data: T | null } => {
    if (!isRecord(x)) return { status: 'absent', data: null };
    const status = API_STATUSES.includes(x.status as ApiStatus)
      ? (x.status as ApiStatus)
      : 'absent';
    return status === 'answered' ? { status, data: read(x.data) } : { status, data: null };
  };
  const o = isRecord(input) ? input : {};
  return { usp: one(o.usp, readUspApiData), gpp: one(o.gpp, readGppApiData) };
}

const shortString = (v: unknown, max: number): string | null =>
  typeof v === 'string' && v.length <= max ? v : null;

/** `__gpp('ping')` / `getGPPData`'s first argument → the fields used (null / [] when not there). */
export function readGppApiData(data: unknown): GppApiData {
  if (!isRecord(data))
    return {
      gppVersion: null,
      cmpStatus: null,
      signalStatus: null,
      gppString: null,
      applicableSections: [],
    };
  const applicable = Array.isArray(data.applicableSections)
    ? data.applicableSections
        .slice(0, MAX_SECTIONS)
        .filter((x): x is number => typeof x === 'number' && Number.isInteger(x))
    : [];
  return {
    gppVersion: shortString(data.gppVersion, 20),
    cmpStatus: shortString(data.cmpStatus, 40),
    signalStatus: shortString(data.signalStatus, 40),
    gppString: shortString(data.gppString, MAX_GPP_CHARS),
    applicableSections: applicable,
  };
}
