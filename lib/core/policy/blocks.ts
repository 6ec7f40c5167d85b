// The three input formats are first turned into the same thing: a flat list
// of blocks (headings, paragraphs, list items, table cells) in reading order.
import type { PolicyFormat } from './types.ts';

export type BlockKind = 'heading' | 'para' | 'item' | 'cell';

export interface Block {
  text: string;
  kind: BlockKind;
  /** Heading level from markup (1 = top). Guessed headings get theirs later. */
  level?: number;
  /** The whole block is bold/strong: a heading when short. */
  emphasis?: boolean;
  /** Table cells: cells of one row share `row`; `header` is the column's header cell. */
  row?: number;
  header?: string;
}

/** Bullets and numbering that start a list item in plain text and markdown. */
export const LIST_MARKER =
  /^(?:[*+•·‣▪◦●○■□➢➤►–—−-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))\s+/u;

const HTML_TAG =
  /<\/?(?:html|head|body|div|p|span|a|h[1-6]|ul|ol|li|table|tr|td|section|article|main|nav|br|strong|em)\b[^<>]{0,300}>/giu;

/** Guess the format from the content: HTML tags, then markdown syntax, else text. */
export function detectFormat(input: string): PolicyFormat {
  const head = input.slice(0, 20_000);
  if (/^\s*(?:<!doctype html|<html[\s>]|<\?xml)/iu.test(head)) return 'html';
  const tags = head.match(HTML_TAG)?.length ?? 0;
  if (tags >= 3) return 'html';
  let md = 0;
  if (/^#{1,6}\s+\S/mu.test(head)) md += 2;
  if (/^\s*={3,}\s*$/mu.test(head)) md += 2;
  if (/\[[^\]\n]{0,200}\]\([^)\s]{1,500}(?:\s+"[^"\n]*")?\)/u.test(head)) md += 2;
  if (/\*\*[^*\n]{1,200}\*\*/u.test(head)) md += 1;
  if (/^\s*\|.*\|\s*$\n^\s*\|?\s*:?-{3,}/mu.test(head)) md += 2;
  if ((head.match(/^\s*[*+-]\s+\S/gmu)?.length ?? 0) >= 2) md += 1;
  return md >= 2 ? 'markdown' : 'text';
}

/** Collapse whitespace (including no-break and zero-width spaces). */
export function squash(s: string): string {
  // eslint-disable-next-line no-control-regex
  const t = /[^\u0000-\u007f]/u.test(s) ? s.replace(/[\u200b-\u200d\u2060\ufeff]/gu, '') : s;
  return /\s\s|[^\S ]/u.test(t) ? t.replace(/\s+/gu, ' ').trim() : t.trim();
}

export function hasLetters(s: string): boolean {
  return /\p{L}/u.test(s);
}

const BULLETS = new Set('*+•·‣▪◦●○■□➢➤►–—−-('.split(''));

/** Cheap test before the list-marker expression. */
export function mayBeMarker(line: string): boolean {
  const c = line[0] ?? '';
  return BULLETS.has(c) || (c >= '0' && c <= '9') || line[1] === '.' || line[1] === ')';
}

const ENDS_SENTENCE = /[.!?:;。]["'”’)\]]*$/u;

/**
 * Plain text: one block per line, except hard-wrapped paragraphs (a line that
 * does not end a sentence followed by one starting in lower case) are joined.
 */
export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (const raw of text.split(/\r\n?|\n|\u2028|\u2029/u)) {
    const line = squash(raw);
    if (!line) {
      current = null;
      continue;
    }
    const marker = mayBeMarker(line) ? LIST_MARKER.exec(line) : null;
    if (
      current &&
      !marker &&
      current.kind !== 'heading' &&
      !ENDS_SENTENCE.test(current.text) &&
      /^\p{Ll}/u.test(line)
    ) {
      current.text += ' ' + line;
      continue;
    }
    const body = marker ? line.slice(marker[0].length) : line;
    if (!hasLetters(body)) {
      current = null;
      continue;
    }
    current = { text: body, kind: marker ? 'item' : 'para' };
    blocks.push(current);
  }
  return blocks;
}
