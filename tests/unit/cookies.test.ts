import { describe, expect, it } from 'vitest';
import {
  parseCookieString,
  parseSetCookieHeaders,
  splitSetCookieHeaders,
} from '../../lib/core/cookies.ts';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const ctx = { url: 'https://www.shop.example.co.uk/cart/view', now: NOW };

describe('Set-Cookie parsing', () => {
  it.each([
    // [header, expected subset]
    [
      'a=1',
      {
        name: 'a',
        domain: 'www.shop.example.co.uk',
        hostOnly: true,
        path: '/cart',
        lifetimeDays: null,
      },
    ],
    ['a=1; Path=/', { path: '/' }],
    ['a=1; Max-Age=86400', { lifetimeDays: 1, requestedLifetimeDays: null, deletion: false }],
    // Max-Age wins over Expires, whatever their order (RFC 6265 5.3).
    ['a=1; Expires=Wed, 01 Jan 2031 12:00:00 GMT; Max-Age=3600', { lifetimeDays: 0.042 }],
    ['a=1; Max-Age=3600; Expires=Wed, 01 Jan 2031 12:00:00 GMT', { lifetimeDays: 0.042 }],
    ['a=1; Expires=Fri, 02 Jan 2026 12:00:00 GMT', { lifetimeDays: 1 }],
    // Chromium keeps at most 400 days; the asked-for lifetime is kept beside it.
    ['_ga=GA1; Max-Age=63072000', { lifetimeDays: 400, requestedLifetimeDays: 730 }],
    ['a=1; Max-Age=34560000', { lifetimeDays: 400, requestedLifetimeDays: null }],
    ['a=1; Max-Age=0', { deletion: true, lifetimeDays: null }],
    ['a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT', { deletion: true }],
    // An unparseable date is ignored: a session cookie, with a note.
    [
      'a=1; Expires=not a date',
      {
        lifetimeDays: null,
        deletion: false,
        warnings: ['unparseable Expires ignored: session cookie'],
      },
    ],
    ['a=1; Max-Age=12abc', { lifetimeDays: null, warnings: ['unparseable Max-Age ignored'] }],
    ['a=1; Domain=.example.co.uk', { domain: 'example.co.uk', hostOnly: false, rejected: null }],
    ['a=1; Domain=shop.example.co.uk', { domain: 'shop.example.co.uk', hostOnly: false }],
    [
      'a=1; Domain=other.com',
      { rejected: 'Domain=other.com does not match the setting host www.shop.example.co.uk' },
    ],
    ['a=1; Domain=co.uk', { rejected: 'Domain=co.uk is a public suffix' }],
    ['a=1; SameSite=None', { sameSite: 'none', rejected: 'SameSite=None without Secure' }],
    ['a=1; SameSite=None; Secure', { sameSite: 'none', secure: true, rejected: null }],
    ['a=1; SameSite=lAx', { sameSite: 'lax' }],
    [
      'a=1; SameSite=bogus',
      {
        sameSite: 'unspecified',
        warnings: ['unknown SameSite value "bogus" treated as unspecified'],
      },
    ],
    ['a=1; Partitioned; Secure; SameSite=None', { partitioned: true, rejected: null }],
    ['a=1; Partitioned', { rejected: 'Partitioned without Secure' }],
    ['__Host-id=1; Secure; Path=/', { rejected: null }],
    [
      '__Host-id=1; Secure; Path=/; Domain=example.co.uk',
      { rejected: '__Host- prefix requires Secure, no Domain and Path=/' },
    ],
    ['__Secure-id=1', { rejected: '__Secure- prefix without Secure over HTTPS' }],
    ['a=b=c; HttpOnly', { name: 'a', value: 'b=c', httpOnly: true }],
    // A nameless cookie (browsers accept it).
    ['justavalue', { name: '', value: 'justavalue' }],
  ])('%s', (header, expected) => {
    expect(parseCookieString(header, ctx)).toMatchObject(expected);
  });

  it('refuses a Secure cookie from plain HTTP', () => {
    expect(parseCookieString('a=1; Secure', { url: 'http://shop.test/', now: NOW })?.rejected).toBe(
      'Secure cookie set from an insecure URL',
    );
  });

  it('refuses HttpOnly from document.cookie', () => {
    const c = parseCookieString('a=1; HttpOnly', { ...ctx, fromScript: true });
    expect(c?.rejected).toBe('HttpOnly cannot be set from script');
  });

  it('refuses an oversized cookie', () => {
    const c = parseCookieString(`a=${'x'.repeat(5000)}`, ctx);
    expect(c?.rejected).toBe('name and value exceed 4096 bytes');
  });

  it("splits Firefox's newline-joined headers but never on commas", () => {
    expect(
      splitSetCookieHeaders(['a=1; Expires=Wed, 01 Jan 2031 12:00:00 GMT\nb=2', 'c=3', '']),
    ).toEqual(['a=1; Expires=Wed, 01 Jan 2031 12:00:00 GMT', 'b=2', 'c=3']);
  });

  it('parses every cookie of a response and skips unreadable lines with a note', () => {
    const r = parseSetCookieHeaders(['a=1\n=\n;;;', 'b=2; Max-Age=60'], ctx);
    expect(r.cookies.map((c) => c.name)).toEqual(['a', 'b']);
    expect(r.skipped).toEqual([
      { header: '=', reason: 'no name=value pair' },
      { header: ';;;', reason: 'no name=value pair' },
    ]);
  });

  it('never throws on hostile input', () => {
    const junk = [
      '\u0000',
      '=;=;=',
      'a=1; Domain=',
      'a=1; Path',
      'a=1; Max-Age=-1',
      ';'.repeat(10000),
    ];
    expect(() => parseSetCookieHeaders(junk, { url: 'not a url', now: NOW })).not.toThrow();
  });
});
