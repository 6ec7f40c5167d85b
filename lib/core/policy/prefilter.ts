// Required literals of a vocabulary pattern: strings one of which occurs in
// every match. A phrase is then tried only on the sentences that contain one
// of them, found with indexOf (a native substring search), instead of being
// tried at every position of the whole text. Only the syntax the vocabulary
// uses is understood (literals, groups, alternation, classes, escapes,
// quantifiers, anchors); anything else gives up, and a pattern without a
// usable literal is simply run everywhere. Correct by construction: a
// literal is kept only where a match must contain it.

/** One of these occurs in every match; null when that cannot be said. */
export type Required = string[] | null;

/** Shortest literal worth searching for: shorter ones are found in nearly every sentence. */
const MIN_LITERAL = 3;

interface Parser {
  src: string;
  at: number;
}

class GiveUp extends Error {}

function parseAlt(p: Parser): Required {
  const alts: Required[] = [parseSeq(p)];
  while (p.src[p.at] === '|') {
    p.at++;
    alts.push(parseSeq(p));
  }
  if (alts.some((a) => a === null)) return null;
  return [...new Set(alts.flat() as string[])];
}

interface Quantifier {
  /** Fewest times the atom occurs. */
  min: number;
  /** A quantifier was written (the atom may repeat or be absent). */
  present: boolean;
}

function quantifier(p: Parser): Quantifier {
  const c = p.src[p.at];
  let min = 1;
  if (c === '?' || c === '*') {
    min = 0;
    p.at++;
  } else if (c === '+') p.at++;
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/u.exec(p.src.slice(p.at, p.at + 12));
    if (!m) throw new GiveUp();
    min = Number(m[1]);
    p.at += m[0].length;
  } else return { min: 1, present: false };
  if (p.src[p.at] === '?') p.at++; // lazy
  return { min, present: true };
}

/** Best of several required sets: the one whose shortest literal is longest. */
function better(a: Required, b: Required): Required {
  if (!a) return b;
  if (!b) return a;
  const score = (r: string[]): number => Math.min(...r.map((x) => x.length)) - r.length / 100;
  return score(b) > score(a) ? b : a;
}

function parseSeq(p: Parser): Required {
  let best: Required = null;
  let run = '';
  const endRun = (): void => {
    if (run.length >= MIN_LITERAL) best = better(best, [run]);
    run = '';
  };
  while (p.at < p.src.length) {
    const c = p.src[p.at] as string;
    if (c === '|' || c === ')') break;
    if (c === '(') {
      p.at++;
      let look = false;
      if (p.src.startsWith('?:', p.at)) p.at += 2;
      else if (/^\?(?:=|!|<=|<!)/u.test(p.src.slice(p.at, p.at + 3))) {
        look = true;
        p.at += p.src[p.at + 1] === '<' ? 3 : 2;
      } else if (p.src[p.at] === '?') throw new GiveUp();
      const inner = parseAlt(p);
      if (p.src[p.at] !== ')') throw new GiveUp();
      p.at++;
      const q = quantifier(p);
      endRun();
      // A lookaround's text need not be part of the match; an optional group need not occur.
      if (!look && q.min >= 1 && inner) best = better(best, inner);
      continue;
    }
    // One atom: a literal character, or something that matches other characters.
    let lit: string | null = null;
    if (c === '[') {
      const end = classEnd(p.src, p.at);
      const chars = classChars(p.src.slice(p.at + 1, end));
      p.at = end + 1;
      lit = chars && chars.length === 1 ? (chars[0] as string) : null;
    } else if (c === '\\') {
      const n = p.src[p.at + 1] ?? '';
      if (n === 'b' || n === 'B') {
        p.at += 2;
        continue; // zero-width: the run goes on
      }
      if (n === 'p' || n === 'P') {
        const close = p.src.indexOf('}', p.at);
        if (close < 0) throw new GiveUp();
        p.at = close + 1;
      } else if (/[dDsSwW]/u.test(n)) p.at += 2;
      else if (/[.*+?^${}()|[\]\\/'"-]/u.test(n)) {
        lit = n;
        p.at += 2;
      } else throw new GiveUp();
    } else if (c === '^' || c === '$') {
      p.at++;
      continue;
    } else if (c === '.') {
      p.at++;
    } else {
      lit = c;
      p.at++;
    }
    const q = quantifier(p);
    if (lit !== null && !q.present) run += lit;
    else {
      // Repeated at least once: it occurs, but what follows need not be adjacent.
      if (lit !== null && q.min >= 1) run += lit;
      endRun();
    }
  }
  endRun();
  return best;
}

function classEnd(src: string, from: number): number {
  for (let i = from + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  throw new GiveUp();
}

/** The characters of a simple class ("ee", "a-z" gives up), or null. */
function classChars(body: string): string[] | null {
  if (body.startsWith('^') || body.includes('\\') || /.-./u.test(body)) return null;
  return [...new Set(body.split(''))];
}

/**
 * Literals one of which every match of `source` contains (lower-case text,
 * as matched), or null when none of at least three characters can be named.
 */
export function requiredLiterals(source: string): Required {
  try {
    const p: Parser = { src: source, at: 0 };
    const r = parseAlt(p);
    if (p.at !== source.length) return null;
    return r && r.every((x) => x.length >= MIN_LITERAL) ? r : null;
  } catch (e) {
    if (e instanceof GiveUp) return null;
    throw e;
  }
}
