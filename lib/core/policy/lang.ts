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
// `\b` (not a lookbehind) lets the engine skip to word starts; a match
// inside a word of accented letters is caught by the boundary check below.
const FUNCTION_WORD_RE = new RegExp(
  `\\b(?:${[...FUNCTION_WORD_LANGS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'gu',
);

/** The languages one normalised sentence may be in; none when it has no function word. */
export function languagesOf(norm: string): Lang[] {
  const score = new Array<number>(LANGS.length).fill(0);
  // The first words tell the language; a long sentence need not be read to its end.
  const head = norm.length > 240 ? norm.slice(0, 240) : norm;
  FUNCTION_WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FUNCTION_WORD_RE.exec(head)) !== null) {
    if (!leftBoundary(head, m.index)) continue;
    for (const k of FUNCTION_WORD_LANGS.get(m[0]) ?? []) score[k] = (score[k] ?? 0) + 1;
  }
  const best = Math.max(...score);
  return LANGS.filter((_, k) => best > 0 && (score[k] ?? 0) * 2 >= best);
}
