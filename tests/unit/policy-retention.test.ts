// Retention phrase parser: durations in days, the longest of a range, session
// phrasings, and the cues without which a duration is no retention claim.
import { describe, expect, it } from 'vitest';
import { parseDurations, retentionOf, toDays } from '../../lib/core/policy/index.ts';

describe('toDays', () => {
  it.each([
    [2, 'year', 730],
    [13, 'month', 395],
    [24, 'month', 730],
    [6, 'month', 183],
    [2, 'week', 14],
    [90, 'day', 90],
    [24, 'hour', 1],
    [36, 'hour', 1.5],
    [30, 'minute', 0.02],
  ])('%d %s → %d days', (n, unit, days) => {
    expect(toDays(n, unit)).toBe(days);
  });
});

describe('parseDurations', () => {
  it.each([
    ['up to 2 years', [730]],
    ['13 months', [395]],
    ['a 12-month period', [365]],
    ['two (2) years', [730]],
    ['twenty-four months', [730]],
    ['one year and 6 months', [365, 183]],
    ['1,5 years', [548]],
    ['13 mois', [395]],
    ['deux ans', [730]],
    ['24 monate', [730]],
    ['zwölf Monaten', [365]],
    ['2 años', [730]],
    ['30 días', [30]],
    ['dos años', [730]],
  ])('%s', (text, days) => {
    expect(parseDurations(text)).toEqual(days);
  });

  it.each(['version 2', 'in 2024', 'chapter 13', 'under the age of 14', 'page 24 of the report'])(
    'finds no duration in "%s"',
    (text) => {
      expect(parseDurations(text)).toEqual([]);
    },
  );
});

describe('retentionOf', () => {
  it.each([
    ['The retention period of analytic cookies varies from 24 hours to 24 months.', 730],
    ['These cookies expire after 13 months.', 395],
    ['Advertising cookies are kept for up to 90 days.', 90],
    ['Our cookies last between 1 and 6 weeks.', 42],
    ['Cookies are stored for a maximum of two years.', 730],
    ['Ces cookies sont conservés pendant 13 mois.', 395],
    ['Die Cookies werden nach 2 Jahren gelöscht.', 730],
    ['Las cookies caducan a los 12 meses.', 365],
  ])('%s → %d days', (text, days) => {
    expect(retentionOf(text)).toBe(days);
  });

  it.each([
    'Essential cookies only retain data for the duration of your visit.',
    'Session cookies are deleted when you close your browser.',
    'The "session-based" cookies ensure that your visit runs smoothly.',
    'Les cookies de session sont supprimés à la fin de votre session.',
    'Technisch notwendige Cookies sind Sitzungs-Cookies.',
    'Las cookies de sesión se eliminan al cierre del navegador.',
  ])('session only: %s', (text) => {
    expect(retentionOf(text)).toBeNull();
  });

  it.each([
    // a session cookie and a persistent one: no session-only claim
    'Statistics are collected for a single visit (using a session cookie) or for repeated visits (using a persistent cookie).',
    // a duration without a retention cue
    'We will respond to your request within one month.',
    'Our support team is available 24 hours a day.',
    // no duration at all
    'We keep cookies for as long as necessary.',
  ])('no retention claim: %s', (text) => {
    expect(retentionOf(text)).toBeUndefined();
  });

  it('reads a table cell under a lifetime column without a cue word', () => {
    expect(retentionOf('2 years', { durationColumn: true })).toBe(730);
    expect(retentionOf('2 years')).toBeUndefined();
    expect(retentionOf('Session', { durationColumn: true })).toBeNull();
  });
});
