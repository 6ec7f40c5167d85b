// Pipe tables as page captures leave them, without markdown's delimiter row:
//   "Cookie | Description | Retention period |" one row per line, or
//   "| Category |" / "Purpose |" / "Consent required? |", one cell per line,
//   each row opened by a line that starts with a pipe.
// Read into table cells (kind 'cell', shared row number, the column's header)
// so that a row's category, purpose and lifetime are read together. Linear:
// each line is split once, and a table stops at the first line that cannot
// belong to it.
import { type Block, hasLetters, squash } from './blocks.ts';

/** Rows read per table at most (a hostile page cannot make one table unbounded). */
const MAX_ROWS = 2_000;

/** Cells of one row at most: more is no table a policy prints. */
const MAX_CELLS = 32;
/** Lines a table may take before its first row (a header broken over lines, a delimiter). */
const MAX_LINES_BEFORE_ROW = 40;
const DELIMITER = /^[|:\s]{0,20}-{3}[|:\s-]*$/u;

export interface PipeTable {
  blocks: Block[];
  /** Index of the first line after the table. */
  end: number;
  /** Rows emitted (the caller numbers the next table after them). */
  rows: number;
}

/** Cells closed by a pipe on this line, and what follows the last pipe. */
function cellsOf(line: string): { closed: string[]; open: string } {
  const parts = line.split('|');
  const open = (parts.pop() ?? '').trim();
  return { closed: parts.map((p) => p.trim()), open };
}

/**
 * The pipe table starting at `lines[start]`, or null when the line does not
 * open one: it must end with a pipe and the table must have a header of two
 * or more cells and at least one row after it.
 */
export function pipeTable(lines: string[], start: number, firstRow: number): PipeTable | null {
  const first = squash(lines[start] ?? '');
  if (first.length < 3 || !first.endsWith('|')) return null;
  const leading = first.startsWith('|');
  let i = start;
  let headers: string[];
  if (leading) {
    // "| Category |" / "Purpose |" / "Consent required? |": the header runs
    // until the next line that opens a row.
    headers = cellsOf(first.slice(1)).closed;
    for (i = start + 1; i < lines.length && i - start <= MAX_LINES_BEFORE_ROW; i++) {
      const t = squash(lines[i] ?? '');
      if (!t || t.startsWith('|') || !t.endsWith('|')) break;
      headers.push(...cellsOf(t).closed);
    }
  } else {
    headers = cellsOf(first).closed;
    i = start + 1;
  }
  if (headers.length < 2 || headers.length > MAX_CELLS || headers.some((h) => h.length > 80))
    return null;

  const rows: string[][] = [];
  let cur: string[] = [];
  let open = '';
  const emit = (): void => {
    if (open) cur.push(open);
    open = '';
    if (cur.some((c) => c !== '')) rows.push(cur);
    cur = [];
  };
  let delimiters = 0;
  // Each line squashed once: the next one is looked at before its turn.
  let next = squash(lines[i] ?? '');
  for (; i < lines.length && rows.length < MAX_ROWS; i++) {
    // A table with no row in its first lines is none: a failed attempt reads
    // a bounded number of lines, so trying at every line stays linear.
    if (rows.length === 0 && i - start > MAX_LINES_BEFORE_ROW) break;
    const t = next;
    if (!t) break;
    next = squash(lines[i + 1] ?? '');
    if (!t.includes('|')) {
      // A cell's text broken over lines ("_pk_ses" / "_pk_cvar |"): only when
      // the table goes on right after it.
      if (!next.includes('|')) break;
      open = open ? `${open} ${t}` : t;
      continue;
    }
    // A delimiter row left in ("---|---|") carries nothing; the line above
    // one is the header of the next table.
    if (DELIMITER.test(t)) {
      if (++delimiters > 2) break;
      continue;
    }
    delimiters = 0;
    if (DELIMITER.test(next)) break;
    let body = t;
    if (t.startsWith('|')) {
      if (leading) emit();
      body = t.slice(1);
    }
    const { closed, open: rest } = cellsOf(body);
    // "| Cookie | Type | Duration |" over rows of a line each without the
    // leading pipe ("dtt_admin | Strictly necessary | 7 days |"): a whole row.
    const wholeRow = leading && !t.startsWith('|') && !open && closed.length >= headers.length;
    if (wholeRow) emit();
    for (const [k, cell] of closed.entries()) {
      cur.push(k === 0 && open ? `${open} ${cell}`.trim() : cell);
      if (k === 0) open = '';
      if ((!leading && cur.length >= headers.length) || cur.length >= MAX_CELLS) emit();
    }
    if (rest) open = open ? `${open} ${rest}` : rest;
    if (wholeRow) emit();
  }
  emit();
  if (rows.length === 0) return null;
  const blocks: Block[] = [];
  rows.forEach((cells, r) => {
    cells.forEach((cell, col) => {
      if (hasLetters(cell) || /\d/u.test(cell))
        blocks.push({ text: cell, kind: 'cell', row: firstRow + r, header: headers[col] ?? '' });
    });
  });
  return { blocks, end: i, rows: rows.length };
}
