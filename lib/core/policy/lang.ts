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
// `\b` (not a lookbehind) lets the engine skip to word starts; a match
// inside a word of accented letters is caught by the boundary check below.
const FUNCTION_WORD_RE = new RegExp(
  `\\b(?:${[...FUNCTION_WORD_LANGS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'gu',
);

/** The languages one normalised sentence may be in; none when it has no function word. */
export function languagesOf(norm: string): Lang[] {
  const score = SCORE.fill(0);
  // The first words tell the language; a long sentence need not be read to its end.
  const head = norm.length > 240 ? norm.slice(0, 240) : norm;
  // test(), not exec(): no match object per function word (a sentence has
  // many). A match is lower-case ASCII letters after `\b`, so its start is
  // where the letters before its end begin.
  FUNCTION_WORD_RE.lastIndex = 0;
  while (FUNCTION_WORD_RE.test(head)) {
    const end = FUNCTION_WORD_RE.lastIndex;
    let start = end;
    while (start > 0 && isLowerAscii(head.charCodeAt(start - 1))) start--;
    if (!leftBoundary(head, start)) continue;
    for (const k of FUNCTION_WORD_LANGS.get(head.slice(start, end)) ?? [])
      score[k] = (score[k] ?? 0) + 1;
  }
  let best = 0;
  for (const v of score) if (v > best) best = v;
  let set = 0;
  if (best > 0) score.forEach((v, k) => (set |= v * 2 >= best ? 1 << k : 0));
  return languageSet(set);
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
