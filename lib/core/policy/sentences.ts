// Blocks → sentences, then the outline: which headings (from markup or
// guessed from layout) and category labels ("(2) Analytics cookies: …")
// each sentence sits under, and which lead-in ("We use the following:")
// introduces a list item.
import type { Block } from './blocks.ts';
import type { PolicyFormat } from './types.ts';

export type SentenceKind = 'heading' | 'label' | 'para' | 'item' | 'cell';

export interface Sentence {
  i: number;
  /** Original text (whitespace collapsed), used for quotes. */
  text: string;
  block: number;
  kind: SentenceKind;
  /** Outline level for headings and labels (1 = top); 0 otherwise. */
  level: number;
  /** First sentence of its block. */
  first: boolean;
  /** Only sentence of its block. */
  alone: boolean;
  /** Table row (cells of one row share it); 0 outside tables. */
  row: number;
  header: string;
  /** Enclosing headings/labels, nearest first. */
  parents: number[];
  /** The "…following:" sentence that introduces this list item, or -1. */
  lead: number;
}

const ABBREVIATIONS = new Set(
  (
    'e.g i.e etc inc ltd co corp llc gmbh ag sa sas sarl bv nv plc no nr vs mr mrs ms dr st art para ' +
    'approx incl excl min max fig cf al resp ca vgl bzw usw ggf evtl inkl z.b d.h u.a s.a p.ex ex cie ' +
    'av ave dept jan feb mar apr jun jul aug sep sept oct nov dec sec ch vol pp op sog sogen abs lit ziff ' +
    // Italian "ad es.", Spanish "p. ej." (for example).
    'es ej'
  ).split(' '),
);

/** End punctuation, closing quotes/brackets, then a space. */
const BREAK = /[.!?…。]["'”’)\]»]* /gu;
const OPENS = /[\p{Lu}\p{N}"“'‘(¿¡[«]/u;
const LOWER = /\p{Ll}/u;
const ENUMERATOR = /^(?:\(?[\p{N}ivx]{1,4}[.)]?|[\p{L}]\))\.?$/u;

/**
 * Split a block into sentences at . ! ? followed by a space and a capital,
 * digit or opening bracket — or any letter when the text has no capitals at
 * all (HTML-derived lowercase text). Abbreviations and enumerators ("1.",
 * "(a)") do not end a sentence.
 */
export function splitSentences(text: string): string[] {
  let anyUpper: boolean | undefined;
  const out: string[] = [];
  let start = 0;
  BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BREAK.exec(text)) !== null) {
    const i = m.index;
    const j = i + m[0].length - 1; // the space
    const next = text[j + 1] ?? '';
    if (!OPENS.test(next)) {
      // Lower-cased only when needed: a copy of the block per block was a
      // third of the time of sentence splitting.
      anyUpper ??= text !== text.toLowerCase();
      if (anyUpper || !LOWER.test(next)) continue;
    }
    const piece = text.slice(start, j).trim();
    if (text[i] === '.') {
      const word =
        /([\p{L}.]{1,12})\.$/u.exec(text.slice(Math.max(start, i - 12), i + 1))?.[1] ?? '';
      const bare = word.replace(/\.$/u, '').toLowerCase();
      // "… (idioma, país, etc.) Normalmente …": a closed parenthesis, or
      // "etc." before a capital, ends the sentence the abbreviation sat in.
      const closed = m[0].length > 2 && /[)\]]/u.test(m[0]);
      const ends = closed || (bare === 'etc' && /\p{Lu}/u.test(next));
      if (!ends && (ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare))) continue;
      // Enumerators and heading numbers: "1.", "(a).", "iv."
      if (ENUMERATOR.test(piece)) continue;
    }
    if (piece) out.push(piece);
    start = j + 1;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Until outline() fills them in (lists of parents are never changed, only replaced). */
const NO_PARENTS: number[] = [];

/** Longest sentence analysed as one; longer runs (lists glued by markup) are cut. */
const MAX_SENTENCE = 1500;

function cap(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > MAX_SENTENCE) {
    const window = rest.slice(0, MAX_SENTENCE);
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) {
      // No space at all: cut at the cap itself, not inside a surrogate pair.
      const last = window.charCodeAt(MAX_SENTENCE - 1);
      cut = last >= 0xd800 && last <= 0xdbff ? MAX_SENTENCE - 2 : MAX_SENTENCE - 1;
    }
    out.push(rest.slice(0, cut + 1).trim());
    rest = rest.slice(cut + 1);
  }
  if (rest.trim()) out.push(rest.trim());
  return out;
}

export function toSentences(blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as Block;
    const whole = block.kind === 'heading' || block.kind === 'cell';
    const split = whole ? [block.text] : splitSentences(block.text);
    const parts = split.some((t) => t.length > MAX_SENTENCE) ? split.flatMap(cap) : split;
    const level = block.kind === 'heading' ? (block.level ?? 1) : 0;
    for (let k = 0; k < parts.length; k++) {
      sentences.push({
        i: sentences.length,
        text: parts[k] as string,
        block: b,
        kind: block.kind,
        level,
        first: k === 0,
        alone: parts.length === 1,
        row: block.row ?? 0,
        header: block.header ?? '',
        parents: NO_PARENTS,
        lead: -1,
      });
    }
  }
  return sentences;
}

/** Words in whitespace-collapsed text. */
function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * Guess headings in unmarked text: a short line that does not end like a
 * sentence. Questions ("How long do we keep …?") nest under statements, and
 * category labels under both.
 */
export function guessHeadings(sentences: Sentence[], blocks: Block[], format: PolicyFormat): void {
  const base = format === 'text' ? 3 : 7;
  for (const s of sentences) {
    if (s.kind !== 'para' || !s.alone) continue;
    if (s.text.length > 160) continue;
    const words = wordCount(s.text);
    const block = blocks[s.block];
    if (block?.emphasis && words <= 15 && !/[.;,]$/u.test(s.text)) {
      s.kind = 'heading';
      s.level = base + 1;
      continue;
    }
    if (words > 12 || s.text.length > 100) continue;
    if (/[.;,:]$/u.test(s.text) || !/^[\p{Lu}\p{N}(]/u.test(s.text)) continue;
    s.kind = 'heading';
    s.level = s.text.endsWith('?') ? base + 1 : base;
  }
}

/** Label level, just below the guessed headings of the format. */
export function labelLevel(format: PolicyFormat): number {
  return format === 'text' ? 5 : 9;
}

/**
 * Fill `parents` and `lead`. A label that is a block of its own opens a
 * section like a heading; a label that starts a paragraph covers only that
 * paragraph.
 */
export function outline(sentences: Sentence[], isInlineLabel: (s: Sentence) => boolean): void {
  const stack: { level: number; i: number }[] = [];
  let inlineLabel = -1;
  let inlineBlock = -1;
  let lead = -1;
  // The sentences under the same headings share one (read-only) list of
  // them, rebuilt only when the stack of headings changes.
  let chain: number[] | null = null;
  let labelled = null as { label: number; base: number[]; list: number[] } | null;
  for (const s of sentences) {
    if (s.kind === 'heading' || (s.kind === 'label' && s.alone)) {
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= s.level) {
        stack.pop();
        chain = null;
      }
      s.parents = chain ??= stack.map((e) => e.i).reverse();
      stack.push({ level: s.level, i: s.i });
      chain = null;
      lead = -1;
      continue;
    }
    if (s.first && isInlineLabel(s)) {
      inlineLabel = s.i;
      inlineBlock = s.block;
    }
    const parents = (chain ??= stack.map((e) => e.i).reverse());
    if (inlineBlock === s.block && inlineLabel !== s.i) {
      if (labelled?.label !== inlineLabel || labelled.base !== parents)
        labelled = { label: inlineLabel, base: parents, list: [inlineLabel, ...parents] };
      s.parents = labelled.list;
    } else s.parents = parents;
    if (s.kind === 'item' || s.kind === 'cell') s.lead = lead;
    else if (s.first) lead = -1;
    if (s.text.endsWith(':') && s.kind !== 'cell') lead = s.i;
  }
}
