// Which of the reader's languages a sentence is in, from its function words
// (vocab/languages.ts): those scoring at least half the best score.
import { leftBoundary } from './match.ts';
import type { Lang } from './vocab/categories.ts';
import { FUNCTION_WORDS } from './vocab/languages.ts';

export const LANGS = Object.keys(FUNCTION_WORDS) as Lang[];
/** Function word → the indexes (in LANGS) of the languages it belongs to. */
const FUNCTION_WORD_LANGS = new Map<string, number[]>();
LANGS.forEach((lang, k) => {
  for (const w of FUNCTION_WORDS[lang]) {
    FUNCTION_WORD_LANGS.set(w, [...(FUNCTION_WORD_LANGS.get(w) ?? []), k]);
  }
});
// languagesOf finds where a match starts from its end: words of a-z only.
for (const w of FUNCTION_WORD_LANGS.keys()) {
  if (!/^[a-z]+$/u.test(w)) throw new Error(`function word not in a-z: ${w}`);
}
/**
 * Function words of up to six letters by a number read from their letters
 * (five bits a letter: a small integer, no string made per word); longer
 * ones by their text. Values: the languages' indexes in LANGS.
 */
const SHORT_WORDS = new Map<number, number[]>();
const LONG_WORDS = new Map<string, number[]>();
const SHORT_MAX = 6;
let longest = 0;
for (const [w, ks] of FUNCTION_WORD_LANGS) {
  if (w.length <= SHORT_MAX) SHORT_WORDS.set(wordKey(w, 0, w.length), ks);
  else LONG_WORDS.set(w, ks);
  longest = Math.max(longest, w.length);
}

function wordKey(s: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) key = key * 32 + (s.charCodeAt(i) - 96);
  return key;
}

/** Letters outside ASCII (the ASCII ones are tested by code). */
const LETTER = /\p{L}/u;

/**
 * The languages one normalised sentence may be in; none when it has no
 * function word. A function word is a whole run of a-z letters with no
 * letter or digit before it and no letter after it (a digit may follow:
 * "de2" holds "de"), read in one pass over the characters.
 */
export function languagesOf(norm: string): Lang[] {
  const score = SCORE.fill(0);
  // The first words tell the language; a long sentence need not be read to its end.
  const n = Math.min(norm.length, 240);
  let i = 0;
  while (i < n) {
    const c = norm.charCodeAt(i);
    if (!isLowerAscii(c)) {
      i++;
      continue;
    }
    // A run of a-z letters: is it a word of its own?
    const start = i;
    while (i < n && isLowerAscii(norm.charCodeAt(i))) i++;
    if (start > 0 && isWordChar(norm, start - 1)) continue;
    if (i < n && isLetter(norm, i)) continue;
    const len = i - start;
    if (len > longest) continue;
    const langs =
      len <= SHORT_MAX
        ? SHORT_WORDS.get(wordKey(norm, start, i))
        : LONG_WORDS.get(norm.slice(start, i));
    if (langs === undefined) continue;
    for (let j = 0; j < langs.length; j++) (score[langs[j] as number] as number)++;
  }
  let best = 0;
  for (const v of score) if (v > best) best = v;
  let set = 0;
  if (best > 0) score.forEach((v, k) => (set |= v * 2 >= best ? 1 << k : 0));
  return languageSet(set);
}

/**
 * Whether the unit at i joins a word on the left of a function word: what
 * leftBoundary reads as part of a word, and "_" (which `\b` also counts).
 */
function isWordChar(s: string, i: number): boolean {
  return s.charCodeAt(i) === 95 || !leftBoundary(s, i + 1);
}

function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(String.fromCodePoint(s.codePointAt(i) ?? c));
}

/** Language lists by bit set, built once each (callers only read them). */
const SETS = new Map<number, Lang[]>();

function languageSet(set: number): Lang[] {
  let langs = SETS.get(set);
  if (!langs) {
    langs = LANGS.filter((_, k) => (set & (1 << k)) !== 0);
    SETS.set(set, langs);
  }
  return langs;
}

/** Scores of one sentence, reused. */
const SCORE = new Int32Array(LANGS.length);

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}
