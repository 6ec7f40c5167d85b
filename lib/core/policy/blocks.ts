// The three input formats are first turned into the same thing: a flat list
// of blocks (headings, paragraphs, list items, table cells) in reading order.
import { pipeTable } from './pipes.ts';
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

/**
 * Longest input read, in characters: the background's fetch already stops at
 * 2 MB, and a text pasted by the user is cut here. Everything after it is
 * ignored, so no input of any size costs more than this much work.
 */
export const MAX_POLICY_CHARS = 2_000_000;

export function capInput(input: string): string {
  return input.length > MAX_POLICY_CHARS ? input.slice(0, MAX_POLICY_CHARS) : input;
}

/** How much of the input the format is guessed from. */
const HEAD_CHARS = 20_000;
const LINES = /\r\n?|[\n\u2028\u2029]/u;
const MD_LINK = /\[[^\]\n]{0,200}\]\([^)\s]{1,500}(?:\s{1,20}"[^"\n]{0,300}")?\)/u;
const MD_BOLD = /\*\*[^*\n]{1,200}\*\*/u;

/**
 * Guess the format from the content: HTML tags, then markdown syntax, else
 * text. Line by line, so that no expression's whitespace can run across lines
 * (`^\s*` under the m flag restarts at every line of a blank run: quadratic).
 */
export function detectFormat(input: string): PolicyFormat {
  const head = input.slice(0, HEAD_CHARS);
  if (/^\s*(?:<!doctype html|<html[\s>]|<\?xml)/iu.test(head)) return 'html';
  const tags = head.match(HTML_TAG)?.length ?? 0;
  if (tags >= 3) return 'html';
  let heading = false;
  let underline = false;
  let table = false;
  let items = 0;
  let pipeRow = false;
  for (const line of head.split(LINES)) {
    const t = line.trim();
    if (!t) continue; // a pipe row may be followed by blank lines, then its delimiter row
    if (pipeRow && /^\|?\s*:?-{3,}/u.test(t)) table = true;
    pipeRow = t.length >= 2 && t.startsWith('|') && t.endsWith('|');
    if (/^#{1,6}\s+\S/u.test(line)) heading = true;
    if (/^={3,}$/u.test(t)) underline = true;
    if (/^[*+-]\s+\S/u.test(t)) items++;
  }
  let md = 0;
  if (heading) md += 2;
  if (underline) md += 2;
  const link = MD_LINK.test(head);
  if (link) md += 2;
  const bold = MD_BOLD.test(head);
  if (bold) md += 1;
  if (table) md += 2;
  if (items >= 2) md += 1;
  // Pipe tables and dash bullets are also how a page captured as text keeps
  // its tables and lists ("1. Qu'est-ce qu'un cookie ?" / "Un cookie est …"
  // on the next line): markdown only with a sign of its own (a heading, a
  // link, bold), else the lines stay lines.
  return md >= 2 && (heading || underline || link || bold) ? 'markdown' : 'text';
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** Collapse whitespace (including no-break and zero-width spaces). */
export function squash(s: string): string {
  // No u flag: these are BMP sets, and the u flag makes the scans slower.
  const t = /[\u200b-\u200d\u2060\ufeff]/.test(s) ? s.replace(ZERO_WIDTH, '') : s;
  return /\s\s|[^\S ]/.test(t) ? t.replace(/\s+/g, ' ').trim() : t.trim();
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
export function textToBlocks(input: string): Block[] {
  const blocks: Block[] = [];
  // The paragraph being joined: its lines, and whether its last line ends a
  // sentence (tested on that line alone: testing the joined text again at
  // every line would make a long hard-wrapped paragraph quadratic).
  let lines: string[] | null = null;
  let ended = false;
  const close = (): void => {
    if (lines && lines.length > 1) (blocks[blocks.length - 1] as Block).text = lines.join(' ');
    lines = null;
  };
  const all = capInput(input).split(/\r\n?|\n|\u2028|\u2029/u);
  let row = 0;
  for (let i = 0; i < all.length; i++) {
    const line = squash(all[i] ?? '');
    if (!line) {
      close();
      continue;
    }
    // "Cookie | Purpose | Lifetime |": a table the capture left as lines.
    const table = line.endsWith('|') ? pipeTable(all, i, row + 1) : null;
    if (table) {
      close();
      blocks.push(...table.blocks);
      row += table.rows;
      i = table.end - 1;
      continue;
    }
    const marker = mayBeMarker(line) ? LIST_MARKER.exec(line) : null;
    if (lines && !marker && !ended && /^\p{Ll}/u.test(line)) {
      lines.push(line);
      ended = ENDS_SENTENCE.test(line);
      continue;
    }
    close();
    const body = marker ? line.slice(marker[0].length) : line;
    if (!hasLetters(body)) continue;
    blocks.push({ text: body, kind: marker ? 'item' : 'para' });
    lines = [body];
    ended = ENDS_SENTENCE.test(body);
  }
  close();
  return blocks;
}
