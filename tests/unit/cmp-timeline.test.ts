import { describe, expect, it } from 'vitest';
import {
  categoryAllowedAt,
  consentAt,
  consentFromCookies,
  consentTimeline,
  sameConsent,
  type ConsentState,
} from '../../lib/core/cmp/index.ts';

const state = (
  status: ConsentState['status'],
  categories: ConsentState['categories'],
  evidence = status,
): ConsentState => ({
  cmp: 'onetrust',
  status,
  categories,
  timestamp: null,
  evidence,
  method: status === 'none' ? 'unknown' : 'explicit',
});

const NONE = state('none', { necessary: true, analytics: false, advertising: false });
const ACCEPTED = state('accepted', { necessary: true, analytics: true, advertising: true });
const REJECTED = state('rejected', { necessary: true, analytics: false, advertising: false });
const PARTIAL = state('partial', { necessary: true, analytics: true, advertising: false });

describe('sameConsent', () => {
  it('takes a choice read from the cookie (method unknown) and from the API for one', () => {
    const fromCookie = { ...REJECTED, method: 'unknown' as const, evidence: 'euconsent-v2' };
    expect(sameConsent(fromCookie, REJECTED)).toBe(true);
    expect(sameConsent(REJECTED, fromCookie)).toBe(true);
    // Two methods both known and different are two choices.
    expect(sameConsent({ ...REJECTED, method: 'implied' }, REJECTED)).toBe(false);
    expect(sameConsent({ ...fromCookie, cmp: 'tcf' }, REJECTED)).toBe(false);
    expect(sameConsent(fromCookie, PARTIAL)).toBe(false);
  });
});

describe('consentTimeline', () => {
  it('sorts the observations and keeps only the changes', () => {
    expect(
      consentTimeline([
        { time: 3000, state: ACCEPTED },
        { time: 1000, state: NONE },
        { time: 2000, state: { ...NONE, evidence: 'polled again', timestamp: 5 } },
        { time: 2500, state: null },
        { time: 4000, state: { ...ACCEPTED, evidence: 'same choice, later read' } },
        { time: 5000, state: REJECTED },
        { time: 6000, state: PARTIAL },
      ]),
    ).toEqual([
      { time: 1000, state: NONE },
      { time: 3000, state: ACCEPTED },
      { time: 5000, state: REJECTED },
      { time: 6000, state: PARTIAL },
    ]);
  });

  it('keeps the input order for equal times and ignores unusable entries', () => {
    const bad = [null, { time: NaN, state: ACCEPTED }, { time: 1, state: undefined }] as never[];
    expect(
      consentTimeline([{ time: 10, state: NONE }, { time: 10, state: REJECTED }, ...bad]),
    ).toEqual([
      { time: 10, state: NONE },
      { time: 10, state: REJECTED },
    ]);
  });

  it('sees a change of one category as a change', () => {
    const more = state('partial', { necessary: true, analytics: false, advertising: true });
    expect(
      consentTimeline([
        { time: 1, state: PARTIAL },
        { time: 2, state: more },
      ]),
    ).toHaveLength(2);
  });
});

describe('consentAt and categoryAllowedAt', () => {
  const timeline = consentTimeline([
    { time: 1000, state: NONE },
    { time: 3000, state: ACCEPTED },
    { time: 5000, state: REJECTED },
  ]);

  it.each([
    // time, status in force, analytics allowed?
    [500, 'none', null],
    [1000, 'none', null],
    [2999, 'none', null],
    [3000, 'accepted', true],
    [4999, 'accepted', true],
    [5000, 'rejected', false],
    [99999, 'rejected', false],
  ])('at %i: %s, analytics allowed %j', (time, status, allowed) => {
    expect(consentAt(timeline, time)?.status).toBe(status);
    expect(categoryAllowedAt(timeline, time, 'analytics')).toBe(allowed);
  });

  it('is none before the first observed state', () => {
    const later = consentTimeline([{ time: 3000, state: ACCEPTED }]);
    expect(consentAt(later, 100)).toEqual({
      cmp: 'onetrust',
      status: 'none',
      categories: {},
      timestamp: null,
      evidence: 'before the first observed onetrust consent state',
      method: 'unknown',
    });
  });

  it('is null without any CMP state, where no consent rule applies', () => {
    expect(consentAt([], 100)).toBeNull();
    expect(categoryAllowedAt([], 100, 'advertising')).toBeNull();
  });

  it('always allows necessary; null for a category the CMP has no switch for', () => {
    expect(categoryAllowedAt(timeline, 0, 'necessary')).toBe(true);
    expect(categoryAllowedAt(timeline, 6000, 'social')).toBeNull();
  });

  it('works on states read from cookies over a visit', () => {
    const before = consentFromCookies([
      {
        name: 'OptanonConsent',
        value: 'interactionCount=0&groups=C0001%3A1%2CC0002%3A0%2CC0004%3A0',
      },
    ]);
    const after = consentFromCookies([
      {
        name: 'OptanonConsent',
        value: 'interactionCount=1&groups=C0001%3A1%2CC0002%3A0%2CC0004%3A0',
      },
      { name: 'OptanonAlertBoxClosed', value: '2024-05-01T08:47:20.512Z' },
    ]);
    const t = consentTimeline([
      { time: 100, state: before },
      { time: 200, state: before },
      { time: 300, state: after },
    ]);
    expect(t.map((c) => [c.time, c.state.status])).toEqual([
      [100, 'none'],
      [300, 'rejected'],
    ]);
    expect(categoryAllowedAt(t, 250, 'advertising')).toBeNull(); // before consent
    expect(categoryAllowedAt(t, 350, 'advertising')).toBe(false); // after rejection
  });
});
