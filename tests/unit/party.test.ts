import { describe, expect, it } from 'vitest';
import { hostOf, partyOf, siteOf } from '../../lib/core/party.ts';

describe('party by registrable domain', () => {
  it.each([
    ['https://www.shop.example.co.uk/x', 'example.co.uk'],
    ['https://static.shop.test:8443/app.js', 'shop.test'],
    ['www.google-analytics.com', 'google-analytics.com'],
    ['.facebook.com', 'facebook.com'],
    ['https://user.github.io/', 'user.github.io'], // private suffix
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['http://localhost:3000/', 'localhost'],
    ['', ''],
  ])('siteOf(%s) = %s', (input, site) => {
    expect(siteOf(input)).toBe(site);
  });

  it.each([
    ['https://cdn.example.co.uk/a.js', 'example.co.uk', 'first'],
    ['https://example.com/a.js', 'example.co.uk', 'third'],
    ['shop.test', 'shop.test', 'first'],
    ['https://other.github.io/', 'user.github.io', 'third'],
  ] as const)('partyOf(%s, %s) = %s', (url, site, party) => {
    expect(partyOf(url, site)).toBe(party);
  });

  it('lowercases hosts', () => {
    expect(hostOf('HTTPS://WWW.Example.COM/Path')).toBe('www.example.com');
  });
});
