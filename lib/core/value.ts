import type { ValueInfo } from './types.ts';

/** Shannon entropy in bits per character (0 for empty strings). */
export function entropyOf(value: string): number {
  if (!value) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const n = [...value].length;
  let h = 0;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return Math.round(h * 1000) / 1000;
}

/** Hash function injected by the caller (WebCrypto in the browser, node:crypto in Node). */
export type Sha256Hex = (value: string) => Promise<string>;

export async function describeValue(
  value: string,
  sha256: Sha256Hex,
  keep = false,
): Promise<ValueInfo> {
  return {
    length: value.length,
    hashPrefix: value ? (await sha256(value)).slice(0, 16) : '',
    entropy: entropyOf(value),
    ...(keep ? { raw: value } : {}),
  };
}

/** The value as exported: without the value itself unless the user opted in. */
export function exportedValue(v: ValueInfo, includeRaw: boolean): ValueInfo {
  if (includeRaw || v.raw === undefined) return v;
  const { raw: _raw, ...rest } = v;
  return rest;
}

/** SPEC: identifier-like = length >= 8 and high entropy, living >= 90 days. */
export function isIdentifierLike(value: ValueInfo, lifetimeDays: number | null): boolean {
  return value.length >= 8 && value.entropy >= 3 && lifetimeDays !== null && lifetimeDays >= 90;
}
