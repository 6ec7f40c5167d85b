// HTML → blocks with a maintained parser (node-html-parser), never regexes
// over markup. Page chrome (scripts, styles, navigation, site header/footer,
// asides, hidden elements) is dropped; headings, list items and table cells
// become blocks of their own so that sentence splitting never glues them.
import { HTMLElement, NodeType, TextNode, parse, type Node } from 'node-html-parser';
import {
  BLOCK,
  CHROME,
  CHROME_NAMES,
  CHROME_ROLES,
  CONTENT,
  DROP,
  LAYOUT_CHILDREN,
} from './html-tags.ts';
import { type Block, capInput, hasLetters, squash } from './blocks.ts';

/** Lower-case tag name ('' for the parser's root). */
function tagOf(el: HTMLElement): string {
  return (el.rawTagName ?? '').toLowerCase();
}

function isChrome(el: HTMLElement, insideContent: boolean): boolean {
  const tag = tagOf(el);
  if (DROP.has(tag)) return true;
  if (CHROME.has(tag) && !insideContent) return true;
  // Attributes are parsed on first access: look only when they can matter.
  const raw = el.rawAttrs;
  if (!raw) return false;
  if (raw.includes('role')) {
    const role = el.getAttribute('role')?.toLowerCase();
    if (role && CHROME_ROLES.has(role)) return true;
  }
  if (raw.includes('hidden')) {
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  }
  if (raw.includes('class') || raw.includes('id')) {
    const names = `${el.classNames} ${el.id}`.toLowerCase();
    for (const name of names.split(/\s+/u)) if (CHROME_NAMES.has(name)) return true;
  }
  return false;
}

interface Walker {
  blocks: Block[];
  inline: string[];
  row: number;
  /** Header texts of the table being walked, by column. */
  headers: string[][];
}

function flush(w: Walker, kind: Block['kind'] = 'para', extra: Partial<Block> = {}): void {
  const text = squash(w.inline.join(''));
  w.inline = [];
  if (hasLetters(text) || (kind === 'cell' && /\d/u.test(text)))
    w.blocks.push({ text, kind, ...extra });
}

/** Text of an element as one line (for headings and cells); iterative, so any depth is safe. */
function textOf(el: HTMLElement, insideContent: boolean): string {
  const parts: string[] = [];
  const stack: Node[] = [...el.childNodes].reverse();
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (n.nodeType === NodeType.TEXT_NODE) parts.push(n.text);
    else if (n instanceof HTMLElement && !isChrome(n, insideContent)) {
      const tag = tagOf(n);
      if (tag === 'br' || BLOCK.has(tag) || tag === 'li' || /^h[1-6]$/u.test(tag)) parts.push(' ');
      for (let k = n.childNodes.length - 1; k >= 0; k--) stack.push(n.childNodes[k] as Node);
    }
  }
  return squash(parts.join(''));
}

/** Length of all text under an element (iterative). */
function textLength(el: HTMLElement): number {
  let total = 0;
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (n.nodeType === NodeType.TEXT_NODE) total += n.rawText.length;
    else if (n instanceof HTMLElement) {
      const tag = tagOf(n);
      if (tag !== 'script' && tag !== 'style') for (const c of n.childNodes) stack.push(c);
    }
  }
  return total;
}

/** Deeper than this, an element's content is read as plain text (no stack overflow). */
const MAX_DEPTH = 200;

function onlyStrong(el: HTMLElement): boolean {
  const kids = el.childNodes.filter((n) => n.nodeType !== NodeType.TEXT_NODE || n.text.trim());
  return (
    kids.length === 1 && kids[0] instanceof HTMLElement && ['strong', 'b'].includes(tagOf(kids[0]))
  );
}

/** Elements under `el` with one of the tags, not inside a nested table (iterative). */
function ownDescendants(el: HTMLElement, tags: Set<string>): HTMLElement[] {
  const out: HTMLElement[] = [];
  const stack: Node[] = [...el.childNodes].reverse();
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (!(n instanceof HTMLElement)) continue;
    const tag = tagOf(n);
    if (tags.has(tag)) out.push(n);
    if (tag === 'table') continue;
    for (let k = n.childNodes.length - 1; k >= 0; k--) stack.push(n.childNodes[k] as Node);
  }
  return out;
}

/** Does a cell hold block content (paragraphs, lists, tables)? Iterative. */
function holdsBlocks(cell: HTMLElement): boolean {
  const stack: Node[] = [...cell.childNodes];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    if (!(n instanceof HTMLElement)) continue;
    if (LAYOUT_CHILDREN.has(tagOf(n))) return true;
    for (const c of n.childNodes) stack.push(c);
  }
  return false;
}

function isLayoutTable(table: HTMLElement): boolean {
  const rows = ownDescendants(table, new Set(['tr']));
  if (rows.length === 0) return true;
  let maxCells = 0;
  for (const row of rows) {
    const cells = row.childNodes.filter(
      (c): c is HTMLElement => c instanceof HTMLElement && ['td', 'th'].includes(tagOf(c)),
    );
    maxCells = Math.max(maxCells, cells.length);
    for (const cell of cells) {
      if (holdsBlocks(cell) || textLength(cell) > 400) return true;
    }
  }
  return maxCells < 2;
}

function walk(w: Walker, el: HTMLElement, insideContent: boolean, depth = 0): void {
  if (depth > MAX_DEPTH) {
    w.inline.push(' ', textOf(el, insideContent), ' ');
    return;
  }
  for (const node of el.childNodes) {
    if (node.nodeType === NodeType.TEXT_NODE) {
      w.inline.push(node.text);
      continue;
    }
    if (!(node instanceof HTMLElement) || isChrome(node, insideContent)) continue;
    const tag = tagOf(node);
    const content = insideContent || CONTENT.has(tag);
    const heading = /^h([1-6])$/u.exec(tag);
    if (heading) {
      flush(w);
      w.inline.push(textOf(node, content));
      flush(w, 'heading', { level: Number(heading[1]) });
    } else if (tag === 'br') {
      flush(w);
    } else if (tag === 'li' || tag === 'dd') {
      flush(w);
      walk(w, node, content, depth + 1);
      flush(w, 'item');
    } else if (tag === 'dt') {
      flush(w);
      w.inline.push(textOf(node, content));
      flush(w, 'para', { emphasis: true });
    } else if (tag === 'tr') {
      flush(w);
      const cells = node.childNodes.filter(
        (c): c is HTMLElement => c instanceof HTMLElement && ['td', 'th'].includes(tagOf(c)),
      );
      const isHeader =
        cells.length > 0 && (cells.every((c) => tagOf(c) === 'th') || tagOf(el) === 'thead');
      const texts = cells.map((c) => textOf(c, content));
      if (isHeader && w.headers.length > 0) {
        w.headers[w.headers.length - 1] = texts;
        continue;
      }
      w.row++;
      const headers = w.headers[w.headers.length - 1] ?? [];
      texts.forEach((text, col) => {
        w.inline.push(text);
        flush(w, 'cell', { row: w.row, header: headers[col] ?? '' });
      });
    } else if (tag === 'table' && isLayoutTable(node)) {
      // Page layout done with a table: its cells are ordinary page blocks.
      flush(w);
      for (const cell of ownDescendants(node, new Set(['td', 'th']))) {
        walk(w, cell, content, depth + 1);
        flush(w);
      }
    } else if (tag === 'table') {
      flush(w);
      w.headers.push([]);
      walk(w, node, content, depth + 1);
      w.headers.pop();
      flush(w);
    } else if (tag === 'p' && onlyStrong(node)) {
      flush(w);
      walk(w, node, content, depth + 1);
      flush(w, 'para', { emphasis: true });
    } else if (BLOCK.has(tag)) {
      flush(w);
      walk(w, node, content, depth + 1);
      flush(w);
    } else {
      w.inline.push(' ');
      walk(w, node, content, depth + 1);
      w.inline.push(' ');
    }
  }
}

const PARSE_OPTIONS = {
  comment: false,
  // Keep script/style content as raw text (so markup inside strings is not
  // parsed as elements); the walker drops those elements anyway.
  blockTextElements: { script: true, noscript: true, style: true, pre: true },
  // Its own repair of unclosed elements is quadratic in their nesting; the
  // same repair is done below in one pass.
  parseNoneClosedTags: true,
};

/**
 * Marks the end of the input, to find the elements still open there. ASCII,
 * so that a Latin-1 page stays one byte a character.
 */
const END = '\u0001\u0002\u0003';
const RAW_TEXT = /^(?:script|noscript|style|pre)$/iu;

/**
 * `<!--` / `<![CDATA[` that nothing closes, as text: node-html-parser looks
 * for the end of each one to the end of the input (quadratic). Unclosed, they
 * are text to it anyway, and `&lt;` reads back as the same `<`.
 */
function neutraliseUnclosed(html: string, open: string, close: string): string {
  const last = html.lastIndexOf(close);
  // A section opening at p is closed when `close` starts at p + open.length or later.
  const from = Math.max(0, last - open.length + 1);
  const tail = html.slice(from);
  if (!tail.includes(open)) return html;
  return html.slice(0, from) + tail.split(open).join(`&lt;${open.slice(1)}`);
}

function moveChildren(from: HTMLElement, to: HTMLElement, skip: Node | null): void {
  for (const child of from.childNodes) {
    if (child === skip) continue;
    child.parentNode = to;
    to.childNodes.push(child);
  }
  from.childNodes = [];
}

/**
 * Attribute names the library cannot hold: it collects attributes in a plain
 * object, so a name that Object.prototype already has (`valueOf`,
 * `constructor`, …) reads back the inherited function and the first
 * `getAttribute` or attribute selector on that element throws. Any page can
 * write `<div valueOf>`; such attributes mean nothing to us and are dropped.
 */
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).filter((n) => n !== '__proto__');
const PROTO_NAME_RE = new RegExp(PROTO_NAMES.join('|'), 'u');

function dropPrototypeAttributes(root: HTMLElement): void {
  const stack: HTMLElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as HTMLElement;
    for (const child of el.childNodes) if (child instanceof HTMLElement) stack.push(child);
    if (!el.rawAttrs || !PROTO_NAME_RE.test(el.rawAttrs)) continue;
    const raw = el.rawAttributes;
    const kept: Record<string, string> = {};
    let inherited = false;
    for (const name of Object.keys(raw)) {
      const value: unknown = raw[name];
      if (value === null || typeof value === 'string') kept[name] = value ?? 'null';
      else inherited = true;
    }
    if (inherited) el.setAttributes(kept);
  }
}

/** The tree of `html` (see repairedTree), safe to query. */
export function parseHtml(html: string): HTMLElement {
  const root = repairedTree(html);
  if (PROTO_NAME_RE.test(html)) dropPrototypeAttributes(root);
  return root;
}

/**
 * node-html-parser's tree, in time linear in the input. Its parser leaves
 * the elements still open at the end of the input on a stack, then moves the
 * content of each up into its parent, one level at a time (quadratic when
 * thousands are nested). The same moves are made here in one pass: the open
 * elements are the path from the root to the marker appended to the input,
 * and every moved child goes straight to where the library's repeated moves
 * would leave it (the unit tests compare both trees).
 */
export function repairedTree(html: string): HTMLElement {
  let data = neutraliseUnclosed(capInput(html), '<!--', '-->');
  if (data.includes('<![CDATA[')) data = neutraliseUnclosed(data, '<![CDATA[', ']]>');
  const root = parse(data + END, PARSE_OPTIONS);
  const open: HTMLElement[] = [root];
  let node = root.lastChild;
  while (node instanceof HTMLElement) {
    open.push(node);
    node = node.lastChild;
  }
  const top = open[open.length - 1] as HTMLElement;
  if (node instanceof TextNode && node.rawText.endsWith(END)) {
    const text = node.rawText.slice(0, -END.length);
    const kept = RAW_TEXT.test(top.rawTagName ?? '') ? /\S/u.test(text) : text.length > 0;
    if (kept) node.rawText = text;
    else top.childNodes.pop();
  } else if (top.rawAttrs.includes(END)) {
    // The input ended inside a tag.
    top.rawAttrs = top.rawAttrs.replace(END, '');
  }
  // The library's repair, from the innermost open element out: one nested in
  // an element of the same name goes up two levels (and its parent stays),
  // any other up one; children of the outermost are not moved.
  const target = new Array<number>(open.length).fill(-1);
  for (let j = open.length - 1; j >= 2; j--) {
    const same = (open[j] as HTMLElement).tagName === (open[j - 1] as HTMLElement).tagName;
    target[j] = same ? j - 2 : j - 1;
    if (same) j--;
  }
  // Where each moved element's children end: the nearest target not moved itself.
  const dest = target.map((t) => t);
  for (let j = 2; j < open.length; j++) {
    const t = dest[j] as number;
    if (t >= 0 && (dest[t] as number) >= 0) dest[j] = dest[t] as number;
  }
  for (let j = 2; j < open.length; j++) {
    const d = dest[j] as number;
    if (d < 0) continue;
    const el = open[j] as HTMLElement;
    const parent = open[j - 1] as HTMLElement;
    if (parent.lastChild === el) parent.childNodes.pop();
    moveChildren(
      el,
      open[d] as HTMLElement,
      (target[j + 1] ?? -1) >= 0 ? (open[j + 1] ?? null) : null,
    );
  }
  return root;
}

export function htmlToBlocks(html: string): Block[] {
  const root = parseHtml(html);
  const body = root.querySelector('body') ?? root;
  const main = body.querySelector('main') ?? body.querySelector('[role="main"]');
  // Prefer <main> when it holds most of the page's text (some sites use an empty one).
  const start = main && textLength(main) >= 0.3 * textLength(body) ? main : body;
  const w: Walker = { blocks: [], inline: [], row: 0, headers: [] };
  walk(w, start, start === main);
  flush(w);
  return w.blocks;
}
