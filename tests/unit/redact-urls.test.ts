// The export option that leaves URL parameter values and fragments out
// (issue 14 item 6): exact rewrites, then properties on generated text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shape, withinBudget } from './hostile-helpers.ts';
import {
  REDACTED,
  redactUrl,
  redactUrlsDeep,
  redactUrlsInText,
} from '../../lib/core/redact-urls.ts';

describe('redactUrl', () => {
  it.each([
    ['https://t.example/p?cid=123.456&ev=view#top', 'https://t.example/p?cid=…&ev=…#…'],
    ['https://t.example/p?flag&x=', 'https://t.example/p?flag=…&x=…'],
    ['https://t.example/p?', 'https://t.example/p?'],
    ['https://t.example/p?a=1&&b=2', 'https://t.example/p?a=…&&b=…'],
    ['https://t.example/p#only', 'https://t.example/p#…'],
    ['https://t.example/p#frag?notquery=1', 'https://t.example/p#…'],
    ['https://t.example/a/b.js', 'https://t.example/a/b.js'],
  ])('%s → %s', (url, out) => {
    expect(redactUrl(url)).toBe(out);
  });
});

describe('redactUrlsInText', () => {
  it('rewrites every URL quoted in a sentence, and nothing else', () => {
    expect(
      redactUrlsInText(
        'Pixel https://px.example/i.gif?uid=42&p=%2Fcart fired after "HTTP://A.example/?s=1" (see x?y=2).',
      ),
    ).toBe(
      'Pixel https://px.example/i.gif?uid=…&p=… fired after "HTTP://A.example/?s=…" (see x?y=2).',
    );
    expect(redactUrlsInText('wss://live.example/socket?token=abc ws://b/?t=1')).toBe(
      'wss://live.example/socket?token=… ws://b/?t=…',
    );
    expect(redactUrlsInText('ftp://x/?a=1 and ://?a=1')).toBe('ftp://x/?a=1 and ://?a=1');
  });

  it('leaves no parameter value of any generated URL, and is idempotent', () => {
    const word = fc.stringMatching(/^[a-z0-9_%.-]{1,8}$/);
    const url = fc
      .tuple(
        fc.constantFrom('http://', 'https://', 'wss://'),
        word,
        fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 4 }),
      )
      .map(([s, host, ps]) => `${s}${host}.example/p?${ps.map(([k, v]) => `${k}=${v}`).join('&')}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(url, word), { maxLength: 6 }), (parts) => {
        const text = parts.join(' ');
        const out = redactUrlsInText(text);
        for (const p of out.split(' ').filter((x) => x.includes('://'))) {
          const query = p.slice(p.indexOf('?') + 1);
          for (const kv of query.split('&')) expect(kv.slice(kv.indexOf('=') + 1)).toBe(REDACTED);
        }
        expect(redactUrlsInText(out)).toBe(out);
      }),
    );
  });

  it('reads hostile text in linear time', () => {
    for (const unit of ['https://', 'http://a?', 'x://', '?&=#', 'https://a?b=1 ']) {
      const text = shape('', unit);
      withinBudget(unit, text, () => redactUrlsInText(text));
      withinBudget(unit, text, () => redactUrl(text));
    }
  });
});

describe('redactUrlsDeep', () => {
  it('rewrites strings at any depth, never keys, and copies', () => {
    const input = {
      url: 'https://shop.test/?session=s1',
      list: [{ 'https://k.example/?x=1': 'see https://t.example/c?id=9' }, 3, null, true],
    };
    const out = redactUrlsDeep(input);
    expect(out).toEqual({
      url: 'https://shop.test/?session=…',
      list: [{ 'https://k.example/?x=1': 'see https://t.example/c?id=…' }, 3, null, true],
    });
    expect(input.url).toBe('https://shop.test/?session=s1');
  });
});
