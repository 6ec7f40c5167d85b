import type { CmpResult } from './types.ts';

const MAX_NOTES = 50;

export function ok<T>(value: T, notes: string[] = []): CmpResult<T> {
  // A hostile payload can make thousands of bad entries: keep the report readable.
  // (A list capped once, MAX_NOTES + 1 long, passes through unchanged.)
  const kept =
    notes.length > MAX_NOTES + 1
      ? [...notes.slice(0, MAX_NOTES), `… and ${notes.length - MAX_NOTES} more notes`]
      : notes;
  return { ok: true, value, notes: kept };
}

export function fail<T>(error: string): CmpResult<T> {
  return { ok: false, error };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short, single-line excerpt of untrusted text for messages and evidence. */
export function clip(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Largest inputs read at all; real payloads are far smaller (see SHAPES.md). */
export const LIMITS = {
  /** Cookiebot cc.js: real ones are ~150 KB. */
  ccJsChars: 5_000_000,
  /** Rows kept per Cookiebot table / cookies per OneTrust declaration. */
  rows: 10_000,
  /** TC strings: ~1–3 KB in the wild; cookies cap at 4 KB. */
  tcStringChars: 20_000,
  /** Keys read from one getTCData map. */
  mapKeys: 10_000,
  /** Cookie values (browsers cap a cookie at 4 KB). */
  cookieChars: 8_192,
  /** HTML pages searched for CMP script tags. */
  htmlChars: 10_000_000,
} as const;
