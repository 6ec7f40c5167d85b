// The literal prefilter of the purpose phrases: which literals a pattern
// requires, and that trying a phrase only where one occurs finds exactly
// what trying it everywhere finds, on every sentence of every policy fixture.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/core/policy/index.ts';
import { PhraseIndex, fold, spans, wordRe } from '../../lib/core/policy/match.ts';
import { requiredLiterals } from '../../lib/core/policy/prefilter.ts';
import { PURPOSE_PHRASES } from '../../lib/core/policy/vocab/purposes/index.ts';

describe('requiredLiterals', () => {
  it.each([
    ['cookies?', ['cookie']],
    ['remember me|keep you logged in', ['remember me', 'keep you logged in']],
    ['(?:the|our) (?:site|web ?site)s? works?', [' work']],
    ['ab(?:cde|fgh)ij', ['cde', 'fgh']],
    ['[ee]tudes', ['etudes']],
    ['statistics|statistical (?:data|analysis)', ['statistics', 'statistical ']],
    ['(?<![\\p{L}])pixels?', ['pixel']],
  ])('%s → %j', (src, expected) => {
    expect(requiredLiterals(src)).toEqual(expected);
  });

  it.each([
    '(?:a|b)c', // nothing of three letters
    'x(?: [\\p{L}]{1,20}){0,3} y',
    'ab(?:cde)?', // the only literal is optional
    'longer|x', // one alternative has none
    '(?<name>abc)', // named groups: not vocabulary syntax
  ])('gives up on %s', (src) => {
    expect(requiredLiterals(src)).toBeNull();
  });
});

describe('PhraseIndex.findIn', () => {
  it('finds with the prefilter what every phrase finds in every sentence', () => {
    const dir = new URL('../fixtures/policies/', import.meta.url);
    const sentences: string[] = [];
    for (const sub of ['dev', 'dev-extra', 'holdout', 'seeds', 'cases']) {
      for (const f of readdirSync(new URL(`${sub}/`, dir))) {
        if (!/\.(txt|md|html)$/u.test(f)) continue;
        const doc = readDocument(readFileSync(new URL(`${sub}/${f}`, dir), 'utf8'));
        sentences.push(...doc.an.map((a) => a.norm));
      }
    }
    expect(sentences.length).toBeGreaterThan(3000);
    const index = new PhraseIndex(PURPOSE_PHRASES);
    const fast = index
      .findIn(sentences)
      .map((h) => `${h.k}:${h.start}:${h.end}:${(h.term as { id: string }).id}`)
      .sort();
    const slow: string[] = [];
    for (const p of PURPOSE_PHRASES) {
      const re = wordRe(fold(p.re));
      sentences.forEach((s, k) => {
        for (const m of spans(re, s)) slow.push(`${k}:${m.start}:${m.end}:${p.id}`);
      });
    }
    expect(fast.length).toBeGreaterThan(300);
    expect(fast).toEqual(slow.sort());
  });
});
