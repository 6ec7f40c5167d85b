import { describe, expect, it } from 'vitest';
import {
  headerValues,
  isPixelCandidate,
  normaliseRequestType,
  parseContentLength,
} from '../../lib/core/requests.ts';

describe('request kinds', () => {
  it.each([
    ['ping', 'ping'],
    ['beacon', 'ping'], // Firefox names sendBeacon "beacon"
    ['imageset', 'image'],
    ['main_frame', 'main_frame'],
    ['xmlhttprequest', 'xmlhttprequest'],
    ['xslt', 'stylesheet'],
    ['speculative', 'other'],
    ['something-new', 'other'],
  ])('%s → %s', (raw, type) => {
    expect(normaliseRequestType(raw)).toBe(type);
  });

  const base = { type: 'image', party: 'third', contentType: 'image/gif', status: 200 } as const;
  it.each([
    [{ ...base, contentLength: 43 }, true],
    [{ ...base, contentLength: 100 }, true],
    [{ ...base, contentLength: 101 }, false],
    [{ ...base, contentLength: null }, false],
    [{ ...base, contentLength: null, status: 204 }, true],
    [{ ...base, contentLength: 43, party: 'first' as const }, false],
    [{ ...base, contentLength: 43, type: 'script' as const }, false],
    [{ ...base, contentLength: 0, status: 404 }, false],
  ])('pixel candidate %j → %s', (r, expected) => {
    expect(isPixelCandidate(r)).toBe(expected);
  });

  it('reads headers case-insensitively and keeps every Set-Cookie', () => {
    const h = [
      { name: 'Set-Cookie', value: 'a=1' },
      { name: 'set-cookie', value: 'b=2' },
      { name: 'Content-Length', value: '12' },
      { name: 'set-cookie' },
    ];
    expect(headerValues(h, 'SET-COOKIE')).toEqual(['a=1', 'b=2']);
  });

  it.each([
    ['42', 42],
    [' 7 ', 7],
    ['-1', null],
    ['12abc', null],
    [null, null],
  ])('content-length %s → %s', (raw, n) => {
    expect(parseContentLength(raw)).toBe(n);
  });
});
