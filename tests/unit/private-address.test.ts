import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPrivateHost,
  PRIVATE_URL_REGEXES,
  privateDestinationAllowed,
} from '../../lib/core/net/private-address.ts';

const blockedByRules = (url: string) => PRIVATE_URL_REGEXES.some((r) => new RegExp(r).test(url));
const host = (url: string) => new URL(url).hostname;

/** Reference: the ranges as numbers, straight from the RFCs. */
function referenceV4(a: number, b: number): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

describe('private destinations', () => {
  it.each([
    ['http://127.0.0.1:8080/', true],
    ['http://127.0.0.2/', true],
    ['http://10.1.2.3/', true],
    ['http://172.16.0.1/', true],
    ['http://172.32.0.1/', false],
    ['http://192.168.1.1/admin', true],
    ['http://169.254.169.254/latest/meta-data', true],
    ['http://100.64.0.1/', true],
    ['http://0.0.0.0/', true],
    ['http://8.8.8.8/', false],
    ['http://[::1]/', true],
    ['http://[fe80::1]/', true],
    ['http://[fd00::1]/', true],
    ['http://[::ffff:192.168.0.1]/', true],
    ['http://[::ffff:8.8.8.8]/', false],
    ['http://[2001:db8::1]/', false],
    ['http://localhost:3000/', true],
    ['http://app.localhost/', true],
    ['http://printer.local/', true],
    ['http://router/', true],
    ['http://nas.home.arpa/', true],
    ['https://10.example.com/', false],
    ['https://www.example.com/cookies', false],
    // WHATWG URL normalises the forms a hostile page would use to hide an address.
    ['http://0x7f000001/', true],
    ['http://2130706433/', true],
    ['http://0177.0.0.1/', true],
    ['http://127.1/', true],
  ])('%s → %s', (url, expected) => {
    expect(isPrivateHost(host(url))).toBe(expected);
    // The browser rules block at least what the judgement calls private (and
    // every IPv6 literal).
    if (expected) expect(blockedByRules(new URL(url).href)).toBe(true);
    else if (!url.includes('[')) expect(blockedByRules(new URL(url).href)).toBe(false);
  });

  it('IPv4: the judgement and the browser rules agree with the RFC ranges on any address', () => {
    fc.assert(
      fc.property(
        fc.ipV4(),
        fc.constantFrom('', ':8080'),
        fc.constantFrom('/', '/a?b', ''),
        (ip, port, path) => {
          const [a, b] = ip.split('.').map(Number) as [number, number];
          const url = `http://${ip}${port}${path}`;
          expect(isPrivateHost(host(url))).toBe(referenceV4(a, b));
          expect(blockedByRules(new URL(url).href)).toBe(referenceV4(a, b));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('public names are never blocked by the rules, whatever their labels', () => {
    fc.assert(
      fc.property(fc.domain(), (d) => {
        fc.pre(
          d.includes('.') &&
            !/(^|\.)(localhost|local|home\.arpa|internal|lan|intranet|localdomain)$/.test(d),
        );
        fc.pre(!/^[\d.]+$/.test(d));
        const url = `https://${d}/cookie-policy`;
        expect(isPrivateHost(host(url))).toBe(false);
        expect(blockedByRules(new URL(url).href)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('a private destination is allowed only when the audited page is on that same host', () => {
    expect(privateDestinationAllowed('http://127.0.0.1:5/p', 'http://127.0.0.1:5/')).toBe(true);
    expect(privateDestinationAllowed('http://192.168.1.1/', 'https://shop.example/')).toBe(false);
    expect(privateDestinationAllowed('http://localhost/x', 'http://127.0.0.1/')).toBe(false);
    expect(privateDestinationAllowed('https://shop.example/p', 'https://shop.example/')).toBe(true);
    expect(privateDestinationAllowed('not a url', 'https://shop.example/')).toBe(false);
  });

  it('judges huge hostile hostnames (an unparseable IPv6 literal counts as private)', () => {
    expect(isPrivateHost(`${'a.'.repeat(50_000)}local`)).toBe(true);
    expect(isPrivateHost(`${'a.'.repeat(50_000)}com`)).toBe(false);
    expect(isPrivateHost(`[${'1:'.repeat(10_000)}]`)).toBe(true);
  });
});
