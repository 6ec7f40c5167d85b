import { describe, expect, it } from 'vitest';
import { type ListFormat, detectListFormat } from '../../lib/core/lists/index.ts';
import { fixture } from './lists-helpers.ts';

describe('detectListFormat', () => {
  it.each<[string, string | undefined, ListFormat | null]>([
    ['abp-valid.txt', undefined, 'abp'],
    ['abp-valid.txt', 'easyprivacy.txt', 'abp'],
    ['hosts-valid.txt', undefined, 'hosts'],
    ['hosts-only-localhost.txt', 'hosts', 'hosts'],
    ['disconnect-services.json', undefined, 'disconnect'],
    ['tds.json', 'tds.json', 'tds'],
    ['ocd-sample.csv', undefined, 'ocd'],
    ['ocd-not-ocd.csv', 'cookies.csv', 'ocd'],
    ['ocd-not-ocd.csv', undefined, null],
    ['not-a-list.html', undefined, null],
  ])('%s (named %j) → %j', (name, filename, expected) => {
    expect(detectListFormat(fixture(name), filename)).toBe(expected);
  });

  it.each<[string, ListFormat | null]>([
    ['||tracker.example^$third-party\n', 'abp'],
    ['! comment\n/pixel.gif?\n', 'abp'],
    ['example.com\nads.example.net\n', 'hosts'],
    ['0.0.0.0 ads.example.com\n', 'hosts'],
    ['{"something": 1}', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(detectListFormat(text)).toBe(expected);
  });
});
