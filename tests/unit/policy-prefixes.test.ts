// The phrase search from indexed positions must find exactly what the scan
// of every position finds: the prefixes are sound (every match starts with
// one), and the vocabularies' purpose phrases give the same hits on long
// real documents either way.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/core/policy/index.ts';
import {
  PhraseIndex,
  groupCount,
  has,
  join,
  leftBoundary,
  wordRe,
} from '../../lib/core/policy/match.ts';
import { matchPrefixes } from '../../lib/core/policy/prefixes.ts';
import {
  AGENTS,
  CONSENT,
  GENERIC_SUBJECTS,
  NEGATIONS,
  USE_AUX,
  USE_CORE,
  USE_PHRASES,
} from '../../lib/core/policy/vocab/cues.ts';
import { PURPOSE_PHRASES } from '../../lib/core/policy/vocab/purposes/index.ts';
import { INDEFINITE_SITE, TYPE_LIST, USED } from '../../lib/core/policy/vocab/scope.ts';

describe('matchPrefixes', () => {
  it('reads the start of alternatives, optional parts and classes', () => {
    expect(matchPrefixes(/\b(?:the|our|this) site/gu)?.sort()).toEqual(['our', 'the', 'thi']);
    expect(matchPrefixes(/(?:re-?)?target/u)?.sort()).toEqual(['re-', 'ret', 'tar']);
    expect(matchPrefixes(/analy[sz]e/u)).toEqual(['ana']);
    expect(matchPrefixes(/a[sz]e/u)?.sort()).toEqual(['ase', 'aze']);
    expect(matchPrefixes(/(?<![\p{L}])ads?/u)).toEqual(['ad']);
    expect(matchPrefixes(/x+yz/u)).toEqual(['x']);
  });

  it('gives up (null) where a match could start anywhere', () => {
    expect(matchPrefixes(/\p{L}+ cookies/u)).toBeNull();
    expect(matchPrefixes(/(?:a|)b/u)?.sort()).toEqual(['ab', 'b']);
    expect(matchPrefixes(/(?:x)?/u)).toBeNull();
    expect(matchPrefixes(/[^a]bc/u)).toBeNull();
    expect(matchPrefixes(/.bc/u)).toBeNull();
    expect(matchPrefixes(/abc/iu)).toBeNull();
    expect(matchPrefixes(/a\nb/u)).toBeNull();
  });

  it('is sound: every match of a generated expression starts with a prefix (3 or 8 characters)', () => {
    const atom: fc.Arbitrary<string> = fc.oneof(
      fc.constantFrom('a', 'b', 'c', ' ', '-', '\\b', '[ab]', '[a-c]', '\\p{L}', '.', '\\s'),
      fc.constantFrom('(?:a|bc)', '(?:ab|c|)', '(?=a)', '(?!b)', '(?<![a])'),
    );
    const piece = fc
      .tuple(atom, fc.constantFrom('', '', '?', '*', '+', '{0,2}', '{1,3}', '{2}'))
      .map(([a, q]) =>
        a.startsWith('\\b') || a.startsWith('(?=') || a.startsWith('(?!') || a.startsWith('(?<')
          ? a
          : a + q,
      );
    const source = fc
      .array(
        fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join('')),
        {
          minLength: 1,
          maxLength: 3,
        },
      )
      .map((alts) => alts.join('|'));
    fc.assert(
      fc.property(
        source,
        fc.stringMatching(/^[abc -]{0,30}$/),
        fc.constantFrom(3, 8),
        (src, text, k) => {
          const re = new RegExp(src, 'gu');
          const prefixes = matchPrefixes(re, k);
          if (!prefixes) return;
          for (let at = 0; at <= text.length; at++) {
            const sticky = new RegExp(src, 'uy');
            sticky.lastIndex = at;
            const m = sticky.exec(text);
            if (!m || m[0].length === 0) continue;
            expect(prefixes.some((p) => m[0].startsWith(p))).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('groupCount', () => {
  it('counts capturing groups as the engine does', () => {
    const cases = [
      'a(b)c',
      '(?:a)',
      '(?<n>x)',
      '(?<=a)b',
      '(?<!a)b',
      '\\(x\\)',
      '[(]x',
      '[\\]](y)',
    ];
    for (const c of cases) {
      expect(groupCount(c)).toBe((new RegExp(`${c}|`, 'u').exec('')?.length ?? 1) - 1);
    }
  });

  it('agrees with the engine on every vocabulary phrase', () => {
    for (const p of PURPOSE_PHRASES) expect(groupCount(p.re)).toBe(0);
  });
});

describe('PhraseIndex over a long document', () => {
  const dirs = ['seeds', 'dev'].map((d) => new URL(`../fixtures/policies/${d}/`, import.meta.url));
  const docs = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => readFileSync(new URL(f, dir), 'utf8')),
  );

  it('finds exactly the hits of the full scan, for every language', () => {
    expect(docs.length).toBeGreaterThan(20);
    const joined = docs.flatMap((d) => readDocument(d).an.map((a) => a.norm)).join('\n');
    expect(joined.length).toBeGreaterThan(100_000);
    const index = new PhraseIndex(PURPOSE_PHRASES);
    const indexed = index.find(joined);
    const scanned = index.find(joined, { scanAll: true });
    expect(indexed.length).toBeGreaterThan(200);
    expect(indexed).toEqual(scanned);
    for (const h of indexed) expect(leftBoundary(joined, h.start)).toBe(true);
  });
});

describe('has() with the alternatives gathered by first letter', () => {
  const dirs = ['seeds', 'dev'].map((d) => new URL(`../fixtures/policies/${d}/`, import.meta.url));
  const norms = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(txt|md)$/.test(f))
      .flatMap((f) => readDocument(readFileSync(new URL(f, dir), 'utf8')).an.map((a) => a.norm)),
  );
  /** has() as it reads without the gathered form: the expression itself, at every start. */
  const plain = (re: RegExp, text: string): boolean => {
    const own = new RegExp(re.source, re.flags);
    let m: RegExpExecArray | null;
    while ((m = own.exec(text)) !== null) {
      if (m[0].length > 0 && leftBoundary(text, m.index)) return true;
      own.lastIndex = m.index + 1;
    }
    return false;
  };

  it('answers as the expression itself does, on every sentence of the corpus', () => {
    const res = [
      wordRe(TYPE_LIST, 'u'),
      wordRe(INDEFINITE_SITE, 'u'),
      wordRe(USED, 'u'),
      wordRe(CONSENT, 'u'),
      wordRe(GENERIC_SUBJECTS, 'u'),
      wordRe(join(AGENTS)),
      wordRe(join(USE_CORE)),
      wordRe(join(USE_AUX)),
      wordRe(join(USE_PHRASES)),
      wordRe(join(NEGATIONS)),
    ];
    expect(norms.length).toBeGreaterThan(1000);
    let found = 0;
    for (const re of res) {
      for (const n of norms) {
        const expected = plain(re, n);
        expect(has(re, n)).toBe(expected);
        if (expected) found++;
      }
    }
    expect(found).toBeGreaterThan(500);
  });
});

describe('PhraseIndex over one sentence', () => {
  it('finds exactly the hits of the full scan', () => {
    const index = new PhraseIndex(PURPOSE_PHRASES);
    const dir = new URL('../fixtures/policies/seeds/', import.meta.url);
    const norms = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readDocument(readFileSync(new URL(f, dir), 'utf8')).an.map((a) => a.norm));
    let hits = 0;
    for (const n of norms) {
      const indexed = index.find(n);
      expect(indexed).toEqual(index.find(n, { scanAll: true }));
      hits += indexed.length;
    }
    expect(hits).toBeGreaterThan(20);
  });
});
