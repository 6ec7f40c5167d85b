// Consent over time: the states observed during a visit collapsed into
// changes, and the state in force at any moment — what the before-consent
// and after-rejection rules ask ("was a choice made yet?", "was this category
// refused when the cookie was set?").
import type { Category } from '../types.ts';
import type { ConsentState } from './types.ts';

export interface ConsentObservation {
  /** When the extension observed the state (ms since epoch). */
  time: number;
  /** null = no consent information at that moment: ignored. */
  state: ConsentState | null;
}

/** A consent state as stored and as the discrepancy rules take it: flat, with its time. */
export interface ConsentRecord {
  time: number;
  cmp: ConsentState['cmp'];
  status: ConsentState['status'];
  categories: ConsentState['categories'];
  evidence: string;
}

/** Stored consent states as a timeline, in time order (stable for equal times). */
export function timelineOf(records: readonly ConsentRecord[]): ConsentChange[] {
  return [...records]
    .sort((a, b) => a.time - b.time)
    .map((r) => ({
      time: r.time,
      state: {
        cmp: r.cmp,
        status: r.status,
        categories: r.categories,
        timestamp: null,
        evidence: r.evidence,
        method: 'unknown',
      },
    }));
}

export interface ConsentChange {
  /** When the change was first observed; the CMP's own time is state.timestamp. */
  time: number;
  state: ConsentState;
}

function sameCategories(
  a: Partial<Record<Category, boolean>>,
  b: Partial<Record<Category, boolean>>,
): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<Category>;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Same choice: CMP, status, method and every category switch (not evidence or
 * timestamp). A method one source cannot tell (`unknown`, e.g. read from the
 * cookie) matches the one another source knows (the CMP's API, after a reload).
 */
export function sameConsent(a: ConsentState, b: ConsentState): boolean {
  return (
    a.cmp === b.cmp &&
    a.status === b.status &&
    (a.method === b.method || a.method === 'unknown' || b.method === 'unknown') &&
    sameCategories(a.categories, b.categories)
  );
}

/**
 * The observations in time order (stable for equal times), keeping only
 * those whose choice differs from the previous one.
 */
export function consentTimeline(events: readonly ConsentObservation[]): ConsentChange[] {
  const sorted = events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e && e.state && Number.isFinite(e.time))
    .sort((x, y) => x.e.time - y.e.time || x.i - y.i);
  const out: ConsentChange[] = [];
  for (const { e } of sorted) {
    const state = e.state as ConsentState;
    const last = out[out.length - 1];
    if (!last || !sameConsent(last.state, state)) out.push({ time: e.time, state });
  }
  return out;
}

/**
 * The state in force at `time`: the last change at or before it. Before the
 * first change it is `none` (the CMP was there, nothing chosen yet); with
 * an empty timeline (no CMP observed) it is null.
 */
export function consentAt(timeline: readonly ConsentChange[], time: number): ConsentState | null {
  const first = timeline[0];
  if (!first) return null;
  let current: ConsentState | null = null;
  for (const change of timeline) {
    if (change.time > time) break;
    current = change.state;
  }
  return (
    current ?? {
      cmp: first.state.cmp,
      status: 'none',
      categories: {},
      timestamp: null,
      evidence: `before the first observed ${first.state.cmp} consent state`,
      method: 'unknown',
    }
  );
}

/**
 * Whether a category was allowed at `time`: true / false when the state in
 * force says so, null when no choice covers it (no CMP, no choice yet, or a
 * category the CMP has no switch for). `necessary` is always allowed.
 */
export function categoryAllowedAt(
  timeline: readonly ConsentChange[],
  time: number,
  category: Category,
): boolean | null {
  if (category === 'necessary') return true;
  const state = consentAt(timeline, time);
  if (!state || state.status === 'none') return null;
  return state.categories[category] ?? null;
}
