// languagesOf reads function words by hand (one pass over the characters,
// numeric keys) instead of one regular expression: it must say exactly what
// the expression says, on generated text and on every sentence of the
// development corpora.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/core/policy/index.ts';
import { LANGS, languagesOf } from '../../lib/core/policy/lang.ts';
import { leftBoundary } from '../../lib/core/policy/match.ts';
import { FUNCTION_WORDS } from '../../lib/core/policy/vocab/languages.ts';

/** The earlier implementation: one word-bounded alternation of the words. */
function byRegex(norm: string): string[] {
  const langsOf = new Map<string, number[]>();
  LANGS.forEach((l, k) => {
    for (const w of FUNCTION_WORDS[l]) langsOf.set(w, [...(langsOf.get(w) ?? []), k]);
  });
  const re = new RegExp(
    `\\b(?:${[...langsOf.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
    'gu',
  );
  const score = LANGS.map(() => 0);
  const head = norm.length > 240 ? norm.slice(0, 240) : norm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head)) !== null) {
    if (!leftBoundary(head, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    for (const k of langsOf.get(m[0]) ?? []) score[k] = (score[k] ?? 0) + 1;
  }
  const best = Math.max(0, ...score);
  return best === 0 ? [] : LANGS.filter((_, k) => (score[k] ?? 0) * 2 >= best);
}

const WORDS = [...new Set(Object.values(FUNCTION_WORDS).flat())];

describe('languagesOf', () => {
  it('reads the languages of sentences in each language', () => {
    expect(languagesOf('we use cookies to understand how you use the site')).toEqual(['en']);
    expect(languagesOf('nous utilisons des cookies pour mesurer l audience')).toEqual(['fr']);
    expect(languagesOf('wir verwenden cookies, um die nutzung zu analysieren')).toEqual(['de']);
    expect(languagesOf('utilizzo di cookie per finalita statistiche e per')).toContain('it');
    expect(languagesOf('_ga 2 years')).toEqual([]);
    // "_the" and "the2": an underscore joins the word, a digit after it does not.
    expect(languagesOf('_the')).toEqual([]);
    expect(languagesOf('the2')).toEqual(['en']);
    // A function word cut at the 240th character counts as what is left of it.
    expect(languagesOf(`${'x'.repeat(237)} nos${'otros'}`)).toEqual(
      byRegex(`${'x'.repeat(237)} nosotros`),
    );
  });

  it('agrees with the word-bounded expression on generated text (10,000 inputs)', () => {
    const piece = fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(' ', '-', '_', '2', 'é', 'ß', 'x', "'", '.', '𝐀', '\u0301', 'A'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 90 }), (parts) => {
        const s = parts.join('');
        expect(languagesOf(s)).toEqual(byRegex(s));
      }),
      { numRuns: 10_000 },
    );
  });

  it('agrees with it on every sentence of the development corpora', () => {
    const root = new URL('../fixtures/policies/', import.meta.url);
    let n = 0;
    for (const dir of readdirSync(root).filter((d) => d.startsWith('dev'))) {
      for (const f of readdirSync(new URL(`${dir}/`, root)).filter((x) => x.endsWith('.txt'))) {
        const doc = readDocument(readFileSync(new URL(`${dir}/${f}`, root), 'utf8'));
        for (const a of doc.an) {
          expect(languagesOf(a.norm), a.norm).toEqual(byRegex(a.norm));
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(5_000);
  });
});
