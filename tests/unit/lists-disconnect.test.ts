import { describe, expect, it } from 'vitest';
import {
  DISCONNECT_CATEGORY_MAP,
  parseDisconnectServices,
  parseDomainList,
} from '../../lib/core/lists/index.ts';
import { fixture, listError } from './lists-helpers.ts';

describe('parseDisconnectServices', () => {
  const list = parseDisconnectServices(fixture('disconnect-services.json'));

  it('maps every domain to its entity and SPEC category', () => {
    expect(list.format).toBe('disconnect');
    expect(Object.fromEntries(list.domains)).toEqual({
      'adco.example': { vendor: 'AdCo', category: 'advertising' },
      'adco-cdn.example': { vendor: 'AdCo', category: 'advertising' },
      'doubleclick.net': { vendor: 'Google', category: 'advertising' },
      'googlesyndication.com': { vendor: 'Google', category: 'advertising' },
      'stats.example': { vendor: 'StatsCo', category: 'analytics' },
      'share.example': { vendor: 'ShareCo', category: 'social' },
      'video.example': { vendor: 'VideoCo', category: 'unknown' },
      'mine.example': { vendor: 'MineCo', category: 'unknown' },
      'print.example': { vendor: 'PrintCo', category: 'advertising' },
      'printlite.example': { vendor: 'PrintLite', category: 'advertising' },
      'mail.example': { vendor: 'MailCo', category: 'analytics' },
      'mailplus.example': { vendor: 'MailPlus', category: 'analytics' },
      'odd.example': { vendor: 'OddCo', category: 'unknown' },
      // "Disconnect" category: social networks → social, the other entities → advertising,
      // and only for domains no other category classified.
      'facebook.com': { vendor: 'Facebook', category: 'social' },
      'facebook.net': { vendor: 'Facebook', category: 'social' },
      'google-analytics.com': { vendor: 'Google', category: 'advertising' },
      'twitter.com': { vendor: 'Twitter', category: 'social' },
      'twimg.com': { vendor: 'Twitter', category: 'social' },
    });
  });

  it('skips bad items with a note and the line they are on', () => {
    expect(list.skipped).toEqual([
      { line: 26, reason: '42 of "OddCo" is not a domain' },
      { line: 26, reason: '"not a domain" of "OddCo" is not a domain' },
      { line: 27, reason: 'an entry of "Weird" is not an object' },
      { line: 29, reason: 'category "Broken" is not a list of entities' },
    ]);
  });

  it.each(Object.entries(DISCONNECT_CATEGORY_MAP))('maps %s to %s', (name, category) => {
    const text = JSON.stringify({
      categories: { [name]: [{ E: { 'https://e/': ['e.example'] } }] },
    });
    expect(parseDisconnectServices(text).domains.get('e.example')?.category).toBe(category);
  });

  it.each(['Unlisted', 'constructor', '__proto__'])(
    'maps an unknown category %j to unknown',
    (name) => {
      const text = JSON.stringify({
        categories: { [name]: [{ E: { 'https://e/': ['e.example'] } }] },
      });
      expect(parseDisconnectServices(text).domains.get('e.example')?.category).toBe('unknown');
    },
  );

  it('is reachable through parseDomainList', () => {
    expect(parseDomainList(fixture('disconnect-services.json'), 'disconnect').domains.size).toBe(
      18,
    );
  });

  it.each([
    [
      'malformed JSON (the line of the trailing comma)',
      fixture('disconnect-malformed.json'),
      4,
      /^disconnect list, line 4: not valid JSON \(/,
    ],
    [
      'a tds.json',
      fixture('disconnect-wrong-shape.json'),
      1,
      /^disconnect list, line 1: no "categories" object: not a Disconnect services\.json$/,
    ],
    [
      'categories without domains',
      '{"categories": {"Advertising": []}}',
      1,
      /^disconnect list, line 1: no domains in any category$/,
    ],
  ])('rejects %s', (_label, text, line, message) => {
    const error = listError(() => parseDisconnectServices(text));
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });
});
