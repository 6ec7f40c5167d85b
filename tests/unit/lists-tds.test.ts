import { describe, expect, it } from 'vitest';
import { parseDomainList, parseTrackerDataSet, tdsCategory } from '../../lib/core/lists/index.ts';
import { fixture, listError } from './lists-helpers.ts';

describe('parseTrackerDataSet', () => {
  const list = parseTrackerDataSet(fixture('tds.json'));

  it('maps each tracker to its owner and SPEC category', () => {
    expect(list.format).toBe('tds');
    expect(Object.fromEntries(list.domains)).toEqual({
      'ads.example': { vendor: 'Ads Example', category: 'advertising' },
      'stats.example': { vendor: 'Stats', category: 'analytics' },
      'mktg.example': { vendor: 'Mktg', category: 'advertising' },
      'pixel.example': { vendor: 'Pixel', category: 'advertising' },
      'social.example': { vendor: 'Social Net', category: 'social' },
      'cmp.example': { vendor: 'Consent', category: 'necessary' },
      'cdn.example': { vendor: 'CDN Co', category: 'unknown' },
      // No owner on the tracker: the "domains" → "entities" tables name it.
      'orphan.example': { vendor: 'Orphan', category: 'unknown' },
    });
    expect(list.skipped).toEqual([
      { line: 50, reason: 'tracker key "not a domain" is not a domain' },
      { line: 51, reason: 'tracker "broken.example" is not an object' },
    ]);
  });

  it.each([
    [['Advertising', 'Analytics'], 'advertising'],
    [['Audience Measurement'], 'analytics'],
    [['Session Replay', 'Support Chat Widget'], 'analytics'],
    [['Third-Party Analytics Marketing'], 'advertising'],
    [['Action Pixels'], 'advertising'],
    [['Ad Motivated Tracking'], 'advertising'],
    [['Ad Fraud'], 'advertising'],
    [['Social - Share', 'Analytics'], 'social'],
    [['Federated Login'], 'preferences'],
    [['Consent Management Platform'], 'necessary'],
    [['Online Payment', 'Fraud Prevention'], 'necessary'],
    [['CDN', 'Tag Manager', 'Non-Tracking'], 'unknown'],
    [[], 'unknown'],
    [[42, null], 'unknown'],
    [['constructor', '__proto__', 'toString'], 'unknown'],
  ])('categories %j → %s', (categories, expected) => {
    expect(tdsCategory(categories)).toBe(expected);
  });

  it('is reachable through parseDomainList', () => {
    expect(parseDomainList(fixture('tds.json'), 'tds').domains.size).toBe(8);
  });

  it.each([
    [
      'malformed JSON (the line after the missing comma)',
      fixture('tds-malformed.json'),
      5,
      /^tds list, line 5: not valid JSON \(/,
    ],
    [
      'a Disconnect services.json',
      fixture('disconnect-services.json'),
      1,
      /^tds list, line 1: no "trackers" object: not a DuckDuckGo tds\.json$/,
    ],
    ['an empty tracker table', '{"trackers": {}}', 1, /^tds list, line 1: no trackers$/],
    [
      'only invalid trackers',
      '{\n"trackers": {\n"bad key": {}\n}\n}',
      3,
      /^tds list, line 3: no valid tracker entry$/,
    ],
  ])('rejects %s', (_label, text, line, message) => {
    const error = listError(() => parseTrackerDataSet(text));
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });
});
