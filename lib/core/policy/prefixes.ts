// Where can a phrase match start? From a vocabulary expression's own source,
// the short strings one of which every match starts with. Over a long text,
// a phrase then runs only at the positions that start with one of them,
// instead of being tried at every character: the purpose phrases of a whole
// document are found in a fraction of the time. Anything the analysis does
// not understand gives null (scan everything), never a wrong answer.
//
// The vocabularies use a small part of the syntax (groups, alternation,
// quantifiers, classes, \b, \p{…}, lookarounds); a full parser (regexpp)
// costs 20-130 ms for them at each start of the worker, this one about 1 ms.

/** Prefix length sought, and the most prefixes kept for one expression. */
const K = 3;
const MAX = 64;
const MAX_CLASS = 16;

/** A prefix of a match; `complete` when it is the whole match of the part (so it can be extended). */
interface Item {
  s: string;
  complete: boolean;
}

const EMPTY: Item[] = [{ s: '', complete: true }];
const UNKNOWN: Item[] = [{ s: '', complete: false }];

function dedupe(items: Item[]): Item[] {
  const seen = new Map<string, Item>();
  for (const it of items) {
    const key = `${it.complete ? 1 : 0}${it.s}`;
    if (!seen.has(key)) seen.set(key, it);
  }
  return [...seen.values()];
}

/** Keep the set small: shorten every prefix until few enough remain. */
function shrink(items: Item[]): Item[] {
  let out = dedupe(items);
  while (out.length > MAX) {
    const longest = Math.max(...out.map((i) => i.s.length));
    if (longest === 0) return UNKNOWN;
    out = dedupe(
      out.map((i) =>
        i.s.length === longest ? { s: i.s.slice(0, longest - 1), complete: false } : i,
      ),
    );
  }
  return out;
}

/** Nothing left to extend: the rest of a sequence cannot change its prefixes. */
function settled(cur: Item[], k: number): boolean {
  return cur.every((a) => !a.complete || a.s.length >= k);
}

function extend(cur: Item[], items: Item[], k: number): Item[] {
  const next: Item[] = [];
  for (const a of cur) {
    if (!a.complete || a.s.length >= k) {
      next.push({ s: a.s, complete: false });
      continue;
    }
    for (const b of items) {
      const s = a.s + b.s;
      next.push(s.length > k ? { s: s.slice(0, k), complete: false } : { s, complete: b.complete });
    }
  }
  return shrink(next);
}

class Unsupported extends Error {}

const PUNCT_ESCAPE = new Set([...'\\^$.*+?()[]{}|/-\'"#&,:;<=>!@%~` ']);

/**
 * Read the expression only as far as the prefixes need: each alternative
 * up to its first few characters, the rest skipped to the next `|` or `)`.
 * Throws Unsupported on syntax the vocabularies do not use.
 */
function analyse(src: string, k: number): Item[] {
  let i = 0;

  /** Skip a character class starting at `i` ("[…]"). */
  const skipClass = (): void => {
    i++;
    if (src[i] === '^') i++;
    if (src[i] === ']') i++;
    while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    if (i >= src.length) throw new Unsupported();
    i++;
  };
  /** Skip to the `|` or `)` that ends the current alternative. */
  const skipRest = (): void => {
    let depth = 0;
    while (i < src.length) {
      const c = src[i];
      if (c === '\\') i += 2;
      else if (c === '[') skipClass();
      else if (c === '(') {
        depth++;
        i++;
      } else if (c === ')') {
        if (depth === 0) return;
        depth--;
        i++;
      } else if (c === '|' && depth === 0) return;
      else i++;
    }
  };
  const alternation = (): Item[] => {
    const all: Item[] = [];
    for (;;) {
      all.push(...sequence());
      if (src[i] !== '|') return shrink(all);
      i++;
    }
  };
  const sequence = (): Item[] => {
    let cur = EMPTY;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      if (settled(cur, k)) {
        skipRest();
        break;
      }
      cur = extend(cur, quantified(atom()), k);
    }
    return cur.map((a) => (a.s.length >= k ? { s: a.s, complete: false } : a));
  };
  const quantified = (items: Item[]): Item[] => {
    const c = src[i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/u.exec(src.slice(i, i + 12));
      if (!m) throw new Unsupported();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length - 1;
    } else return items;
    i++;
    if (src[i] === '?') i++; // lazy
    if (max === 0) return EMPTY;
    // After one repetition another may follow: the prefix cannot be extended past it.
    const once = max > 1 ? items.map((x) => ({ s: x.s, complete: false })) : items;
    return min === 0 ? shrink([...EMPTY, ...once]) : once;
  };
  /** An escape outside a class: zero width, a set, or a literal. */
  const escape = (): Item[] => {
    const e = src[i + 1];
    if (e === undefined) throw new Unsupported();
    i += 2;
    if (e === 'b' || e === 'B') return EMPTY;
    if (e === 'p' || e === 'P') {
      const close = src.indexOf('}', i);
      if (src[i] !== '{' || close < 0) throw new Unsupported();
      i = close + 1;
      return UNKNOWN;
    }
    if ('dDsSwW'.includes(e)) return UNKNOWN;
    if (PUNCT_ESCAPE.has(e)) return [{ s: e, complete: true }];
    // \n, \t, \uXXXX, back-references…: not used by the vocabularies.
    throw new Unsupported();
  };
  /** A class of a few plain characters or ranges; anything else is "some character". */
  const charClass = (): Item[] => {
    const start = i;
    skipClass();
    const body = src.slice(start + 1, i - 1);
    if (body.startsWith('^') || body.includes('\\')) return UNKNOWN;
    const chars: string[] = [];
    const cps = [...body];
    for (let k = 0; k < cps.length; k++) {
      const c = cps[k] as string;
      if (cps[k + 1] === '-' && k + 2 < cps.length) {
        const lo = c.codePointAt(0) ?? 0;
        const hi = (cps[k + 2] as string).codePointAt(0) ?? 0;
        if (hi - lo >= MAX_CLASS) return UNKNOWN;
        for (let x = lo; x <= hi; x++) chars.push(String.fromCodePoint(x));
        k += 2;
      } else chars.push(c);
    }
    if (chars.length === 0 || chars.length > MAX_CLASS) return UNKNOWN;
    return chars.map((s) => ({ s, complete: true }));
  };
  const atom = (): Item[] => {
    const c = src[i] as string;
    if (c === '(') {
      i++;
      let look = false;
      if (src[i] === '?') {
        const k = src[i + 1];
        if (k === ':') i += 2;
        else if (k === '=' || k === '!') [look, i] = [true, i + 2];
        else if (k === '<' && (src[i + 2] === '=' || src[i + 2] === '!')) [look, i] = [true, i + 3];
        else throw new Unsupported();
      }
      let items: Item[];
      if (look) {
        // Zero width: ignoring a constraint only widens the set.
        skipRest();
        while (src[i] === '|') {
          i++;
          skipRest();
        }
        items = EMPTY;
      } else items = alternation();
      if (src[i] !== ')') throw new Unsupported();
      i++;
      return items;
    }
    if (c === '[') return charClass();
    if (c === '\\') return escape();
    if (c === '^' || c === '$') {
      i++;
      return EMPTY;
    }
    if (c === '.') {
      i++;
      return UNKNOWN;
    }
    if ('?*+{}])'.includes(c)) throw new Unsupported();
    const ch = String.fromCodePoint(src.codePointAt(i) ?? 0);
    i += ch.length;
    return [{ s: ch, complete: true }];
  };

  const items = alternation();
  if (i !== src.length) throw new Unsupported();
  return items;
}

/**
 * Strings (each at most k characters, K unless asked) one of which every match of the
 * expression starts with, or null when that cannot be bounded.
 */
export function matchPrefixes(re: RegExp, k = K): string[] | null {
  if (re.flags.includes('i') || re.flags.includes('v')) return null;
  let items: Item[];
  try {
    items = analyse(re.source, k);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  if (items.some((x) => x.s.length === 0)) return null;
  const all = [...new Set(items.map((x) => x.s))];
  // "ad" covers "ads": a position starting with "ads" starts with "ad".
  return all.filter((p) => !all.some((q) => q !== p && p.startsWith(q)));
}
