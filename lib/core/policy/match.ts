// Normalisation and vocabulary matching. Every vocabulary table is compiled
// once into a single alternation (one pass per sentence, linear in its
// length); term patterns carry no capturing groups, so group k ↔ term k.
import { matchPrefixes } from './prefixes.ts';
import { DNT_AFTER, DNT_BEFORE, DNT_PHRASES, GPC_PHRASES } from './vocab/signals.ts';

// The left word boundary is checked in code, not with a lookbehind: a
// pattern that starts with plain letters lets the engine skip quickly to
// candidate positions, which a leading lookbehind prevents.
const R = '(?![\\p{L}\\p{N}])';
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `pos` does not continue a word. */
export function leftBoundary(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const c = text.charCodeAt(pos - 1);
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  return !WORD_CHAR.test(text[pos - 1] ?? '');
}

/**
 * Word-bounded matcher from a source (or a `|` list of them). Use it through
 * `spans`/`has`, which check the left boundary.
 */
export function wordRe(src: string, flags = 'gu'): RegExp {
  return new RegExp(`\\b(?:${fold(src)})${R}`, flags.includes('g') ? flags : `${flags}g`);
}

/**
 * Any character outside ASCII. Without the u flag (a UTF-16 unit above 0x7f
 * is exactly a code point above it): the engine scans several times faster.
 */
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Strip diacritics (matching text and vocabulary alike are folded), so that
 * the ASCII `\b` works as a fast pre-filter for the left word boundary.
 */
export function fold(s: string): string {
  return NON_ASCII.test(s) ? s.normalize('NFD').replace(/\p{M}/gu, '') : s;
}

export function join(items: { re: string }[]): string {
  return items.map((c) => c.re).join('|');
}

/**
 * Capturing groups in a pattern source, counted by reading it (compiling
 * every vocabulary expression to ask the engine cost ~100 ms at each start
 * of the worker).
 */
export function groupCount(src: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (
      c === '(' &&
      (src[i + 1] !== '?' || (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!'))
    )
      n++;
  }
  return n;
}

export interface Hit<T> {
  term: T;
  start: number;
  end: number;
}

/**
 * A vocabulary table compiled to one regular expression. At one position the
 * first term of the table wins: tables list longer phrases first ("flash
 * cookies" before "cookies").
 */
export class TermIndex<T extends { re: string }> {
  /** The table with one capturing group per term, anchored where `scan` matched. */
  private readonly re: RegExp;
  /**
   * The same alternation without capturing groups, to find the matches:
   * the engine saves and restores a group's bounds at every alternative it
   * tries, which doubled the time of a scan of the category and vendor tables.
   */
  private readonly scan: RegExp;
  private readonly terms: T[];
  private readonly suffix: boolean[];

  /** Sticky per-term expressions, for tables whose terms may overlap. */
  private readonly each: RegExp[] | null;

  constructor(
    terms: T[],
    opts: { suffix?: (t: T) => boolean; flags?: string; overlapping?: boolean } = {},
  ) {
    // Terms that may end a compound ("Analyse-Cookies") go last, without `\b`.
    const isSuffix = (t: T): boolean => opts.suffix?.(t) === true;
    this.terms = [...terms.filter((t) => !isSuffix(t)), ...terms.filter(isSuffix)];
    this.suffix = this.terms.map(isSuffix);
    for (const t of this.terms) {
      if (groupCount(t.re) !== 0) {
        throw new Error(`vocabulary pattern has a capturing group: ${t.re}`);
      }
    }
    const source = (open: string): string => {
      const part = (t: T): string => `${open}${fold(t.re)})`;
      // One right-boundary check for the whole alternation keeps the compiled
      // expression small (each \p{L} class is a large table).
      const bounded = this.terms.filter((t) => !isSuffix(t)).map(part);
      const free = this.terms.filter(isSuffix).map(part);
      const alternatives = [
        ...(bounded.length > 0 ? [`\\b(?:${bounded.join('|')})`] : []),
        ...free,
      ];
      return `(?:${alternatives.join('|')})${R}`;
    };
    const flags = opts.flags ?? 'gu';
    // The scan needs only where some term matches, not which: every term's
    // alternatives in one list, those starting with the same letter behind it.
    const scanAlts = (ts: T[]): string =>
      byFirstLetter(ts.flatMap((t) => topAlternatives(fold(t.re))));
    const boundedTerms = this.terms.filter((t) => !isSuffix(t));
    const freeTerms = this.terms.filter(isSuffix);
    const scanSource = [
      ...(boundedTerms.length > 0 ? [`\\b(?:${scanAlts(boundedTerms)})`] : []),
      ...(freeTerms.length > 0 ? [`(?:${scanAlts(freeTerms)})`] : []),
    ].join('|');
    this.scan = new RegExp(`(?:${scanSource})${R}`, flags.includes('g') ? flags : `${flags}g`);
    this.re = new RegExp(source('('), `${flags.replace('g', '').replace('y', '')}y`);
    this.each = opts.overlapping
      ? this.terms.map((t) => new RegExp(`(?:${fold(t.re)})${R}`, 'uy'))
      : null;
  }

  /** The matches, in order; one shared empty list (not to be added to) when there are none. */
  find(text: string): Hit<T>[] {
    let hits: Hit<T>[] | null = null;
    const scan = this.scan;
    scan.lastIndex = 0;
    let f: RegExpExecArray | null;
    while ((f = scan.exec(text)) !== null) {
      // The table itself, with groups, matches here (the scan matches exactly
      // where it does): which term, and how far. The scan goes on from there.
      this.re.lastIndex = f.index;
      const m = this.re.exec(text);
      if (m === null || m[0].length === 0) {
        scan.lastIndex = f.index + 1;
        continue;
      }
      const end = m.index + m[0].length;
      scan.lastIndex = end;
      let k = 1;
      while (k < m.length && m[k] === undefined) k++;
      const term = this.terms[k - 1];
      if (!term) continue;
      if (!this.suffix[k - 1] && !leftBoundary(text, m.index)) {
        scan.lastIndex = m.index + 1;
        continue;
      }
      hits ??= [];
      hits.push({ term, start: m.index, end });
      // Other terms matching at the same place ("personalise content and ads").
      if (this.each) {
        for (let j = k; j < this.terms.length; j++) {
          const re = this.each[j] as RegExp;
          re.lastIndex = m.index;
          const o = re.exec(text);
          const other = this.terms[j];
          if (o && other) hits.push({ term: other, start: m.index, end: m.index + o[0].length });
        }
      }
    }
    return hits ?? NO_HITS;
  }
}

const NO_HITS: never[] = [];

/** The top-level alternatives of an expression's source ("a|b(?:c|d)|[|]": three). */
export function topAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/**
 * One alternation of the alternatives, those that start with the same plain
 * letter or digit gathered behind it ("google ads|google maps" → "g(?:oogle
 * ads|oogle maps)"): what it matches is the same, but the engine tries a few
 * letters at each position instead of every alternative. The order of the
 * alternatives changes, so only where a match starts is to be read from it.
 */
export function byFirstLetter(alternatives: string[]): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const a of alternatives) {
    const c = a[0] ?? '';
    if (/^[a-z0-9]$/u.test(c) && !'?*+{'.includes(a[1] ?? '')) {
      const tails = groups.get(c);
      if (tails) tails.push(a.slice(1));
      else groups.set(c, [a.slice(1)]);
    } else rest.push(a);
  }
  const gathered = [...groups].map(([c, tails]) =>
    tails.length === 1 ? `${c}${tails[0] ?? ''}` : `${c}(?:${tails.join('|')})`,
  );
  return [...gathered, ...rest].join('|');
}

/**
 * A table of phrases matched one expression per phrase, every match of every
 * phrase reported (overlaps included). V8 scans for a single phrase with its
 * fast literal search; one alternation of many long phrases is tried
 * alternative by alternative at every position, several times slower. A
 * phrase whose match prefixes are known runs only where one of them starts a
 * word (on short texts too: a language's few sentences of a document cost
 * one scan of every phrase each, several times the indexed search).
 */
export class PhraseIndex<T extends { re: string }> {
  private readonly res: RegExp[];
  private readonly sticky: RegExp[];
  private table: PrefixTable | undefined;

  constructor(private readonly terms: T[]) {
    this.res = terms.map((t) => {
      if (groupCount(t.re) !== 0)
        throw new Error(`vocabulary pattern has a capturing group: ${t.re}`);
      return new RegExp(`\\b(?:${fold(t.re)})${R}`, 'gu');
    });
    this.sticky = this.res.map((re) => new RegExp(re.source, 'uy'));
  }

  /** Computed on first use (about a millisecond for all the purpose phrases). */
  private prefixTable(): PrefixTable {
    this.table ??= new PrefixTable(this.res.map((re) => matchPrefixes(re, PHRASE_PREFIX)));
    return this.table;
  }

  find(text: string, opts: { scanAll?: boolean } = {}): Hit<T>[] {
    if (opts.scanAll === true) {
      const hits: Hit<T>[] = [];
      this.res.forEach((re, k) => {
        const term = this.terms[k] as T;
        for (const s of spans(re, text)) hits.push({ term, start: s.start, end: s.end });
      });
      return hits.sort((a, b) => a.start - b.start);
    }
    // The matches spans() finds, phrase by phrase: the leftmost start on or
    // after the phrase's last match's end with a word boundary on its left,
    // each in turn. All phrases are tried in one pass over the word starts,
    // each only where one of its prefixes starts.
    const table = this.prefixTable();
    const hits: (Hit<T> & { k: number })[] = [];
    for (const k of table.unbounded) {
      const term = this.terms[k] as T;
      for (const s of spans(this.res[k] as RegExp, text))
        hits.push({ term, start: s.start, end: s.end, k });
    }
    const lastEnd = new Array<number>(this.terms.length).fill(0);
    const tryAt = (entries: PrefixEntry[] | undefined, at: number): void => {
      if (entries === undefined) return;
      for (let x = 0; x < entries.length; x++) {
        const { k, p, c3 } = entries[x] as PrefixEntry;
        if (at < (lastEnd[k] as number)) continue;
        // An entry with a fourth character was looked up by it: its first four
        // characters are the text's (the buckets'); the rest of it is compared
        // here, character by character (cheaper than a startsWith call).
        if (c3 >= 0 && !restMatches(text, at, p)) continue;
        const sticky = this.sticky[k] as RegExp;
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (!m || m[0].length === 0) continue;
        hits.push({ term: this.terms[k] as T, start: at, end: at + m[0].length, k });
        lastEnd[k] = at + m[0].length;
      }
    };
    // Positions with a word boundary on their left (as leftBoundary tells),
    // read in one pass: whether each character continues a word. The ASCII
    // tables are read directly (most text is ASCII).
    const n = text.length;
    const asciiFirst = table.asciiFirst;
    const asciiPair = table.asciiPair;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const boundary = !prevWord;
      prevWord = c < 128 ? ASCII_WORD[c] === 1 : WORD_CHAR.test(text[i] as string);
      if (!boundary) continue;
      const d = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      let bucket: PairBucket | undefined;
      if (c < 128) {
        const entries = asciiFirst[c];
        if (entries !== undefined) tryAt(entries, i);
        if (d < 0) continue;
        bucket = d < 128 ? asciiPair[c * 128 + d] : table.pair(c, d);
      } else {
        tryAt(table.first(c), i);
        if (d < 0) continue;
        bucket = table.pair(c, d);
      }
      if (bucket !== undefined) {
        if (bucket.short.length > 0) tryAt(bucket.short, i);
        if (i + 2 < n) {
          const e = text.charCodeAt(i + 2);
          const third = e < 128 ? bucket.asciiThird[e] : bucket.thirds.get(e);
          if (third !== undefined) {
            if (third.short.length > 0) tryAt(third.short, i);
            if (i + 3 < n) tryAt(third.byFourth.get(text.charCodeAt(i + 3)), i);
          }
        }
      }
    }
    // As the phrase-by-phrase search sorted by start (stably): ties in phrase order.
    hits.sort((a, b) => a.start - b.start || a.k - b.k);
    return hits.map(({ term, start, end }) => ({ term, start, end }));
  }
}

/** Whether the text at `at` goes on as `p` does from its fifth character. */
function restMatches(text: string, at: number, p: string): boolean {
  for (let j = 4; j < p.length; j++) if (text.charCodeAt(at + j) !== p.charCodeAt(j)) return false;
  return true;
}

/** ASCII letters and digits: 1, other ASCII characters: 0. */
const ASCII_WORD = new Uint8Array(128).map((_, c) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0,
);

/**
 * Prefix length read from each phrase: long enough that a phrase is tried
 * at a few positions in a document, not at every "the" or "de".
 */
const PHRASE_PREFIX = 8;

interface PrefixEntry {
  k: number;
  p: string;
  /** The prefix's third character (-1 when shorter): entries are looked up by it. */
  c2: number;
  /** The fourth character, when the first three are the bucket's and more follow (else -1). */
  c3: number;
}

/** The prefixes that start with one pair of characters: two long, or by their third. */
interface PairBucket {
  short: PrefixEntry[];
  byThird: Map<number, PrefixEntry[]>;
  /** byThird's entries by their third character, then by their fourth. */
  thirds: Map<number, ThirdBucket>;
  /** thirds' ASCII entries, by code. */
  asciiThird: (ThirdBucket | undefined)[];
}

/** The prefixes that start with the same three characters: three long, or by their fourth. */
interface ThirdBucket {
  short: PrefixEntry[];
  byFourth: Map<number, PrefixEntry[]>;
}

/** Phrases by the first one, two or three characters of their match prefixes. */
class PrefixTable {
  /** One-character prefixes, by their character. */
  private readonly byFirst = new Map<number, PrefixEntry[]>();
  /** Longer prefixes, by their first two characters. */
  private readonly byPair = new Map<number, PairBucket>();
  /** The same for ASCII characters, by code (and code × 128 + code). */
  readonly asciiFirst: (PrefixEntry[] | undefined)[] = new Array(128).fill(undefined);
  readonly asciiPair: (PairBucket | undefined)[] = new Array(128 * 128).fill(undefined);
  /** Phrases whose matches may start anywhere. */
  readonly unbounded: number[] = [];

  first(c: number): PrefixEntry[] | undefined {
    return c < 128 ? this.asciiFirst[c] : this.byFirst.get(c);
  }

  pair(c: number, d: number): PairBucket | undefined {
    return c < 128 && d < 128 ? this.asciiPair[c * 128 + d] : this.byPair.get(c * 65536 + d);
  }

  constructor(prefixes: (string[] | null)[]) {
    prefixes.forEach((list, k) => {
      if (!list) {
        this.unbounded.push(k);
        return;
      }
      for (const p of list) {
        const first = p.charCodeAt(0);
        const c2 = p.length > 2 ? p.charCodeAt(2) : -1;
        const entry = { k, p, c2, c3: c2 >= 0 && p.length > 3 ? p.charCodeAt(3) : -1 };
        if (p.length === 1) {
          const entries = this.byFirst.get(first);
          if (entries) entries.push(entry);
          else this.byFirst.set(first, [entry]);
          continue;
        }
        const key = first * 65536 + p.charCodeAt(1);
        let bucket = this.byPair.get(key);
        if (!bucket) {
          bucket = {
            short: [],
            byThird: new Map(),
            thirds: new Map(),
            asciiThird: new Array(128).fill(undefined),
          };
          this.byPair.set(key, bucket);
        }
        if (entry.c2 < 0) bucket.short.push(entry);
        else {
          const entries = bucket.byThird.get(entry.c2);
          if (entries) entries.push(entry);
          else bucket.byThird.set(entry.c2, [entry]);
        }
      }
    });
    for (const [c, entries] of this.byFirst) if (c < 128) this.asciiFirst[c] = entries;
    for (const [key, bucket] of this.byPair) {
      // Looked up by the fourth character too: a bucket of three may hold many.
      for (const [e, entries] of bucket.byThird) {
        const third: ThirdBucket = { short: [], byFourth: new Map() };
        for (const entry of entries) {
          if (entry.c3 < 0) third.short.push(entry);
          else {
            const list = third.byFourth.get(entry.c3);
            if (list) list.push(entry);
            else third.byFourth.set(entry.c3, [entry]);
          }
        }
        bucket.thirds.set(e, third);
        if (e < 128) bucket.asciiThird[e] = third;
      }
      const c = Math.floor(key / 65536);
      const d = key % 65536;
      if (c < 128 && d < 128) this.asciiPair[c * 128 + d] = bucket;
    }
  }
}

type Span = { start: number; end: number };

/** Finds matches in one sentence. */
export interface Finder {
  spans(re: RegExp, raw?: boolean): Span[];
  has(re: RegExp): boolean;
}

export function sentenceFinder(norm: string): Finder {
  return {
    spans: (re, raw = false) => (raw ? rawSpans(re, norm) : spans(re, norm)),
    has: (re) => has(re, norm),
  };
}

/** All word-bounded matches of a global regular expression. */
export function spans(re: RegExp, text: string): { start: number; end: number }[] {
  return matches(re, text, true);
}

/** All matches of a global expression that is not word-bounded (punctuation, spaces). */
export function rawSpans(re: RegExp, text: string): { start: number; end: number }[] {
  return matches(re, text, false);
}

function matches(re: RegExp, text: string, bounded: boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (bounded && !leftBoundary(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Offsets where words start (letters or digits, hyphenated compounds one
 * word), scanned by character: called for every sentence.
 */
export function wordStartOffsets(text: string): number[] {
  const out: number[] = [];
  const isWord = (i: number): boolean => {
    const c = text.charCodeAt(i);
    if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    const cp = text.codePointAt(i) ?? 0;
    return WORD_CHAR.test(String.fromCodePoint(cp));
  };
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    // A code point beyond 16 bits: a high surrogate (the pair is read as one).
    const c = text.charCodeAt(i);
    const wide = c >= 0xd800 && c <= 0xdbff && (text.codePointAt(i) ?? 0) > 0xffff;
    if (isWord(i)) {
      if (!inWord) out.push(i);
      inWord = true;
    } else if (text.charCodeAt(i) === 45 && inWord) {
      // "opt-out": the hyphen joins when a letter or digit follows.
      inWord = i + 1 < text.length && isWord(i + 1);
    } else inWord = false;
    if (wide) i++;
  }
  return out;
}

/** Does a word-bounded matcher match anywhere in the text? */
export function has(given: RegExp, text: string): boolean {
  const re = existence(given);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length > 0 && leftBoundary(text, m.index)) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

const EXISTENCE = new WeakMap<RegExp, RegExp>();

/**
 * For has(): a word-bounded expression (wordRe) with its alternatives
 * gathered by first letter. has() asks only whether a non-empty match starts
 * at a word boundary somewhere, which does not depend on the order of the
 * alternatives as long as none can match the empty text; an expression with
 * such an alternative, or of another shape, is used as it is.
 */
function existence(re: RegExp): RegExp {
  let out = EXISTENCE.get(re);
  if (out === undefined) {
    out = re;
    const src = re.source;
    if (src.startsWith('\\b(?:') && src.endsWith(`)${R}`) && re.global) {
      const alts = topAlternatives(src.slice(5, src.length - R.length - 1));
      const nonEmpty = alts.every((a) => {
        try {
          return matchPrefixes(new RegExp(`(?:${a})`, 'u')) !== null;
        } catch {
          return false;
        }
      });
      // The inner part must be one alternation ("\\b(?:a)|(?:b)" is two).
      const whole = topAlternatives(src.slice(2, src.length - R.length)).length === 1;
      if (nonEmpty && whole && alts.length > 1)
        out = new RegExp(`\\b(?:${byFirstLetter(alts)})${R}`, re.flags);
    }
    EXISTENCE.set(re, out);
  }
  return out;
}

const DNT_RE = new RegExp(DNT_PHRASES, 'giu');
const GPC_RE = new RegExp(GPC_PHRASES, 'giu');
const DNT_ABBR = /(?<![\p{L}\p{N}])DNT(?![\p{L}\p{N}])/gu;

/**
 * Replace the names of the privacy signals by tokens. "Do not track" names
 * the signal when capitalised, quoted, or followed by "signal", "setting"…;
 * "we do not track you" stays a sentence.
 */
export function maskSignals(s: string): string {
  let out = s.replace(DNT_RE, (m: string, offset: number, all: string) => {
    const before = all.slice(Math.max(0, offset - 14), offset);
    const after = all.slice(offset + m.length, offset + m.length + 40);
    const named = /\p{Lu}/u.test(m.slice(2)) || DNT_BEFORE.test(before) || DNT_AFTER.test(after);
    return named ? ' dnt-signal ' : m;
  });
  out = out.replace(DNT_ABBR, ' dnt-signal ');
  out = out.replace(GPC_RE, ' gpc-signal ');
  return out;
}

const PUNCT: Record<string, string> = {
  '‘': "'",
  '’': "'",
  ʼ: "'",
  '`': "'",
  '´': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '«': '"',
  '»': '"',
  '″': '"',
};
const PUNCT_RE = /[‘’ʼ`´′“”„‟«»″‐‑‒–—―−]/gu;
const NOT_RE = /(?:\bwon't|\bcan't|\bcannot|n't)(?![\p{L}])/gu;
const SIGNAL_HINT =
  /track|pister|suivre|tracer|verfolgen|rastrear|rastreie|monitorar|seguimiento|tracciare|volgen|dnt|gpc|privacy control|privacy preference|preference signal|opt.out|contr[ôo]l/u;

/** Lower case without diacritics, straight quotes, ASCII hyphens, expanded "n't", signals masked. */
export function normalize(s: string): string {
  let t = s.toLowerCase();
  let masked = false;
  if (SIGNAL_HINT.test(t)) {
    const m = maskSignals(s);
    if (m !== s) {
      t = m.toLowerCase();
      masked = true;
    }
  }
  if (NON_ASCII.test(t)) t = fold(t.replace(PUNCT_RE, (c) => PUNCT[c] ?? '-'));
  if (t.includes("'")) {
    t = t.replace(NOT_RE, (m) => (m === "won't" ? 'will not' : m === "n't" ? ' not' : 'can not'));
  } else if (t.includes('cannot')) t = t.replace(NOT_RE, 'can not');
  // Sentences come whitespace-collapsed; masking may add spaces.
  return masked ? t.replace(/\s+/gu, ' ').trim() : t;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** Word start offsets, to measure distances in words. */
export function wordStarts(text: string): number[] {
  return spans(WORD, text).map((s) => s.start);
}

/** Index of the word at or before `pos`. */
export function wordAt(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
