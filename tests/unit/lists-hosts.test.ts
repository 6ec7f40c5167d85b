import { describe, expect, it } from 'vitest';
import { parseDomainList, parseHostsFile } from '../../lib/core/lists/index.ts';
import { fixture, listError } from './lists-helpers.ts';

const unknown = { vendor: null, category: 'unknown' };

describe('parseHostsFile', () => {
  it('reads address lines, bare hosts and several hosts per line; ignores local names', () => {
    const list = parseHostsFile(fixture('hosts-valid.txt'));
    expect(list.format).toBe('hosts');
    expect([...list.domains.entries()]).toEqual([
      ['ads.example.com', unknown],
      ['tracker.example.net', unknown],
      ['a.example.org', unknown],
      ['b.example.org', unknown],
      ['c.example.org', unknown],
      ['bare.example.io', unknown],
      ['upper.example.com', unknown],
      ['tabbed.example.com', unknown],
    ]);
    expect(list.skipped).toEqual([
      { line: 16, reason: 'address without a host name' },
      { line: 17, reason: '"not_a_host!" is not a host name' },
      {
        line: 18,
        reason: '"||adblock.example^" looks like an Adblock Plus filter, not a host name',
      },
      { line: 20, reason: '"router" is not a host name' },
    ]);
  });

  it('labels every entry with the category and vendor the user gave the list', () => {
    const list = parseHostsFile('0.0.0.0 ads.example.com\n', {
      category: 'advertising',
      vendor: 'My list',
    });
    expect(list.domains.get('ads.example.com')).toEqual({
      vendor: 'My list',
      category: 'advertising',
    });
  });

  it('is reachable through parseDomainList', () => {
    expect([...parseDomainList('0.0.0.0 x.example.com', 'hosts').domains.keys()]).toEqual([
      'x.example.com',
    ]);
  });

  it.each([
    [
      'only loopback names',
      fixture('hosts-only-localhost.txt'),
      { line: 1, message: 'hosts list, line 1: no host entries' },
    ],
    [
      'an HTML page',
      fixture('not-a-list.html'),
      { line: 2, message: 'hosts list, line 2: this is an HTML or XML document, not a hosts file' },
    ],
    [
      'a JSON file',
      fixture('tds.json'),
      { line: 1, message: 'hosts list, line 1: this is JSON, not a hosts file' },
    ],
    [
      'an Adblock Plus list',
      fixture('abp-valid.txt'),
      { line: 1, message: 'hosts list, line 1: this is an Adblock Plus filter list' },
    ],
    [
      'no valid line at all',
      '# header\n0.0.0.0 not_valid!\n',
      {
        line: 2,
        message: 'hosts list, line 2: no valid host entry ("not_valid!" is not a host name)',
      },
    ],
    ['an empty file', '', { line: 1, message: 'hosts list, line 1: no host entries' }],
  ])('rejects %s with a ListParseError', (_label, text, expected) => {
    expect(listError(() => parseHostsFile(text))).toEqual({ format: 'hosts', ...expected });
  });
});
