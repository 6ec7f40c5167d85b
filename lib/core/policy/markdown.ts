// Markdown → blocks. Only the structure the reader needs: headings (ATX and
// setext), paragraphs, list items, pipe tables; inline syntax is stripped to
// its visible text (links keep their text, images and bare link targets go).
import { type Block, LIST_MARKER, capInput, hasLetters, mayBeMarker, squash } from './blocks.ts';
import { pipeTable } from './pipes.ts';

// Every expression here runs on site-controlled text: each quantifier is
// followed by something it cannot also match (no `\s*x?\s*` or `(.*?)\s*$`
// shapes, which backtrack quadratically or worse on a long run of spaces), and
// the rest is done by scanning in code. tests/unit/hostile-parsers.test.ts
// holds them to that.
const ATX_OPEN = /^#{1,6}\s/u;
const SETEXT = /^\s*(=+|-+)\s*$/u;
const RULE = /^\s*(?:[-*_]\s*){3,}$/u;
const FENCE = /^\s*(```|~~~)/u;
const SEP_CELL = /^:?-{2,}:?$/u;
/** `.` in the expressions this replaces stopped at these. */
const LINE_BREAKS = /[\u2028\u2029]/u;

/** An ATX heading (`## Title ##`): its level and text, else null. `line` is trimmed. */
export function atxHeading(line: string): { level: number; text: string } | null {
  if (!ATX_OPEN.test(line)) return null;
  let level = 0;
  while (line[level] === '#') level++;
  // The closing sequence: trailing #s (and the spaces around them) are not text.
  let end = line.length;
  while (end > level && line[end - 1] === '#') end--;
  const text = line.slice(level, end).trim();
  return LINE_BREAKS.test(text) ? null : { level, text };
}

/** A table's delimiter row (`| --- | :-: |`). */
export function isTableSeparator(line: string): boolean {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t.split('|').every((cell) => SEP_CELL.test(cell.trim()));
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu, (m, e: string) => {
    if (e[0] === '#') {
      const code =
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Visible text of one line of inline markdown. */
export function inlineText(s: string): string {
  // Bounded repetitions keep every pattern linear on hostile input, and link
  // text stops at a `[` (else each `[` of a long run scans 300 characters).
  let out = s
    .replace(/!\[[^[\]\n]{0,300}\]\([^()[\]\s]{0,1000}(?:\s{1,20}"[^"\n]{0,300}")?\)/gu, '') // images
    .replace(/\[([^[\]\n]{0,300})\]\([^()[\]\s]{0,1000}(?:\s{1,20}"[^"\n]{0,300}")?\)/gu, '$1') // links
    .replace(/\[([^[\]\n]{1,300})\]\[[^\]\n]{0,100}\]/gu, '$1') // reference links
    .replace(/<(https?:\/\/[^>\s<]{1,1000})>/gu, '$1') // autolinks
    .replace(/<\/?[a-z][a-z0-9]*\b[^<>]*>/giu, ' ') // inline HTML tags
    // A backtick run always closes on its own last backtick, and a lone one
    // scans once to the end: linear (the rule's attack string matches here).
    // eslint-disable-next-line regexp/no-super-linear-move -- see above
    .replace(/`+([^`]*)`+/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/gu, '$1');
  // Emphasis markers around words (not underscores inside identifiers like _ga_ID).
  out = out.replace(
    /(\*{1,3}|(?<![\p{L}\p{N}])_{1,3})(\S(?:[^*\n]{0,200}?\S)?)\1(?![\p{L}\p{N}])/gu,
    '$2',
  );
  out = out.replace(/\*{2,}/gu, '');
  return squash(decodeEntities(out));
}

function isBoldOnly(raw: string): boolean {
  const t = raw.trim();
  return /^(\*\*|__)[^*_]/u.test(t) && /[^*_](\*\*|__)$/u.test(t);
}

function splitRow(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  return t.split(/(?<!\\)\|/u).map((c) => inlineText(c));
}

const ENDS_SENTENCE = /[.!?:;。]["'”’)\]]*$/u;

export function markdownToBlocks(md: string): Block[] {
  const lines = capInput(md).split(/\r\n?|\n/u);
  const blocks: Block[] = [];
  let para: string[] = [];
  let paraKind: 'para' | 'item' = 'para';
  let row = 0;

  const flush = (): void => {
    if (para.length === 0) return;
    const raw = para.join(' ');
    const text = inlineText(raw);
    if (hasLetters(text)) {
      const block: Block = { text, kind: paraKind };
      if (paraKind === 'para' && isBoldOnly(raw.replace(/\s{2,}/gu, ' '))) block.emphasis = true;
      blocks.push(block);
    }
    para = [];
    paraKind = 'para';
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const trimmed = line.trim();
    if (FENCE.test(line)) {
      flush();
      const fence = FENCE.exec(line)?.[1] ?? '```';
      while (i + 1 < lines.length && !(lines[i + 1] ?? '').trim().startsWith(fence)) i++;
      i++;
      continue;
    }
    if (!trimmed) {
      flush();
      continue;
    }
    const atx = atxHeading(trimmed);
    if (atx) {
      flush();
      const text = inlineText(atx.text);
      if (hasLetters(text)) blocks.push({ text, kind: 'heading', level: atx.level });
      continue;
    }
    const setext = SETEXT.exec(line);
    if (setext && para.length > 0 && paraKind === 'para') {
      const text = inlineText(para.join(' '));
      para = [];
      if (hasLetters(text)) {
        blocks.push({ text, kind: 'heading', level: setext[1]?.startsWith('=') ? 1 : 2 });
      }
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    const next = lines[i + 1] ?? '';
    if (trimmed.includes('|') && isTableSeparator(next)) {
      flush();
      const headers = splitRow(trimmed);
      i++;
      while (i + 1 < lines.length && (lines[i + 1] ?? '').includes('|')) {
        i++;
        row++;
        splitRow(lines[i] ?? '').forEach((cell, col) => {
          if (hasLetters(cell) || /\d/u.test(cell)) {
            blocks.push({ text: cell, kind: 'cell', row, header: headers[col] ?? '' });
          }
        });
      }
      continue;
    }
    // A pipe table with no delimiter row, as page captures leave them.
    const loose = trimmed.endsWith('|') ? pipeTable(lines, i, row + 1) : null;
    if (loose) {
      flush();
      blocks.push(...loose.blocks);
      row += loose.rows;
      i = loose.end - 1;
      continue;
    }
    const quoted = trimmed.replace(/^(?:>\s?)+/u, '');
    const marker = mayBeMarker(quoted) ? LIST_MARKER.exec(quoted) : null;
    if (marker) {
      flush();
      para = [quoted.slice(marker[0].length)];
      paraKind = 'item';
      continue;
    }
    // A page captured with one line per block ("Tipos de Cookies" /
    // "Necessário" / "Os cookies necessários são …"): a short line with no
    // closing punctuation, or a finished sentence, followed by a capital is a
    // block of its own, as in plain text; a hard-wrapped line runs on.
    const prev = para[para.length - 1];
    if (
      prev !== undefined &&
      paraKind === 'para' &&
      /^\p{Lu}/u.test(quoted) &&
      (ENDS_SENTENCE.test(prev) || (para.length === 1 && prev.length <= 60))
    )
      flush();
    para.push(quoted);
  }
  flush();
  return blocks;
}
