// Scoring the policy reader against hand-labelled policies (the
// `labels.json` convention of shared/policies-dev): per file, what differs;
// over the corpus, micro precision/recall/F1 of categories, accuracy of the
// DNT and GPC stance, and retention agreement. Pure: the caller reads the
// files and runs the reader.
import type { Category, Stance } from '../types.ts';
import type { DeclaredPolicy } from './types.ts';

const STANCES: readonly Stance[] = ['ignores', 'honors', 'partial', 'reserves', 'silent'];
const CATEGORIES: readonly Category[] = [
  'necessary',
  'preferences',
  'analytics',
  'advertising',
  'social',
];

export interface LabelRetention {
  category: Category;
  maxDays: number | null;
  quote: string;
}

/** One labelled policy (labels.json entry, retention keys normalised). */
export interface Label {
  file: string;
  url: string | null;
  lang: string;
  categories: Category[];
  vendors: string[];
  retention: LabelRetention[];
  technologies: string[];
  dnt: Stance;
  gpc: Stance;
}

export class LabelError extends Error {}

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function strings(x: unknown, where: string): string[] {
  if (x === undefined) return [];
  if (!Array.isArray(x) || !x.every((s) => typeof s === 'string'))
    throw new LabelError(`${where} must be an array of strings`);
  return x as string[];
}

function stance(x: unknown, where: string): Stance {
  if (x === undefined) return 'silent';
  if (typeof x !== 'string' || !(STANCES as readonly string[]).includes(x))
    throw new LabelError(`${where} must be one of ${STANCES.join(', ')}`);
  return x as Stance;
}

/**
 * Validate a parsed labels.json: an array of entries with `file`, and the
 * fields of the policies-dev convention (`max_days`/`text` for retention;
 * the seeds' `maxDays`/`quote` are accepted too).
 */
export function parseLabels(data: unknown): Label[] {
  if (!Array.isArray(data)) throw new LabelError('labels.json must hold an array');
  return data.map((raw, k) => {
    const where = `labels[${k}]`;
    if (!isObj(raw)) throw new LabelError(`${where} must be an object`);
    const file = raw.file;
    if (typeof file !== 'string' || file === '' || /(?:^|[\\/])\.\.(?:[\\/]|$)/u.test(file))
      throw new LabelError(`${where}.file must be a file name inside the folder`);
    const categories = strings(raw.categories, `${where}.categories`);
    for (const c of categories)
      if (!(CATEGORIES as readonly string[]).includes(c))
        throw new LabelError(`${where}.categories: unknown category ${c}`);
    const retention = (Array.isArray(raw.retention) ? raw.retention : []).map((r, j) => {
      if (!isObj(r)) throw new LabelError(`${where}.retention[${j}] must be an object`);
      const days = r.max_days !== undefined ? r.max_days : r.maxDays;
      if (days !== null && typeof days !== 'number')
        throw new LabelError(`${where}.retention[${j}]: max_days must be a number or null`);
      const q = r.text ?? r.quote;
      return {
        category: String(r.category) as Category,
        maxDays: days,
        quote: typeof q === 'string' ? q : '',
      };
    });
    return {
      file,
      url: typeof raw.url === 'string' ? raw.url : null,
      lang: typeof raw.lang === 'string' ? raw.lang : 'und',
      categories: categories as Category[],
      vendors: strings(raw.vendors, `${where}.vendors`),
      retention,
      technologies: strings(raw.technologies, `${where}.technologies`),
      dnt: stance(raw.dnt, `${where}.dnt`),
      gpc: stance(raw.gpc, `${where}.gpc`),
    };
  });
}

export interface FileResult {
  file: string;
  lang: string;
  /** Categories the reader found that the label does not have. */
  extraCategories: Category[];
  /** Categories of the label the reader missed. */
  missedCategories: Category[];
  dnt: { expected: Stance; got: Stance };
  gpc: { expected: Stance; got: Stance };
  /** Technologies the reader found that the label does not have, and the ones it missed. */
  extraTechnologies: string[];
  missedTechnologies: string[];
  /** Retention entries as `category:days` (`session` for null), label vs reader. */
  retention: { expected: string[]; got: string[] };
  /** The reader failed on this file (message). */
  error?: string;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalSummary {
  files: number;
  byLang: Record<string, number>;
  categories: Prf & { byLang: Record<string, Prf>; perCategory: Record<string, Prf> };
  dnt: { correct: number; total: number; accuracy: number };
  gpc: { correct: number; total: number; accuracy: number };
  /** Retention entries (category + lifetime) compared as sets. */
  retention: Prf & { filesExact: number };
  technologies: Prf;
  errors: number;
}

export interface EvalResult {
  summary: EvalSummary;
  files: FileResult[];
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const retKey = (r: { category: string; maxDays: number | null }): string =>
  `${r.category}:${r.maxDays === null ? 'session' : r.maxDays}`;

/** Compare one reading with its label. */
export function compareFile(label: Label, got: DeclaredPolicy | Error): FileResult {
  if (got instanceof Error) {
    return {
      file: label.file,
      lang: label.lang,
      extraCategories: [],
      missedCategories: [...label.categories],
      extraTechnologies: [],
      missedTechnologies: [...label.technologies],
      dnt: { expected: label.dnt, got: 'silent' },
      gpc: { expected: label.gpc, got: 'silent' },
      retention: { expected: label.retention.map(retKey).sort(), got: [] },
      error: got.message,
    };
  }
  const gotCats = got.categories.filter((c): c is Label['categories'][number] => c !== 'unknown');
  return {
    file: label.file,
    lang: label.lang,
    extraCategories: gotCats.filter((c) => !label.categories.includes(c)),
    missedCategories: label.categories.filter((c) => !gotCats.includes(c)),
    extraTechnologies: got.technologies.filter((t) => !label.technologies.includes(t)),
    missedTechnologies: label.technologies.filter(
      (t) => !(got.technologies as string[]).includes(t),
    ),
    dnt: { expected: label.dnt, got: got.dnt },
    gpc: { expected: label.gpc, got: got.gpc },
    retention: {
      expected: [...new Set(label.retention.map(retKey))].sort(),
      got: [...new Set(got.retention.filter((r) => r.category !== 'unknown').map(retKey))].sort(),
    },
  };
}

/** Does the reading differ from its label anywhere? */
export function differs(r: FileResult): boolean {
  return (
    r.error !== undefined ||
    r.extraCategories.length > 0 ||
    r.missedCategories.length > 0 ||
    r.extraTechnologies.length > 0 ||
    r.missedTechnologies.length > 0 ||
    r.dnt.expected !== r.dnt.got ||
    r.gpc.expected !== r.gpc.got ||
    r.retention.expected.join() !== r.retention.got.join()
  );
}

export function evaluate(labels: Label[], read: (l: Label) => DeclaredPolicy | Error): EvalResult {
  const files = labels.map((l) => compareFile(l, read(l)));
  const counts = { tp: 0, fp: 0, fn: 0 };
  const langCounts: Record<string, { tp: number; fp: number; fn: number }> = {};
  const catCounts: Record<string, { tp: number; fp: number; fn: number }> = {};
  const byLang: Record<string, number> = {};
  const ret = { tp: 0, fp: 0, fn: 0, exact: 0 };
  const tech = { tp: 0, fp: 0, fn: 0 };
  let dnt = 0;
  let gpc = 0;
  for (const [k, f] of files.entries()) {
    const label = labels[k] as Label;
    byLang[f.lang] = (byLang[f.lang] ?? 0) + 1;
    const lc = (langCounts[f.lang] ??= { tp: 0, fp: 0, fn: 0 });
    const tp = label.categories.length - f.missedCategories.length;
    for (const c of [counts, lc]) {
      c.tp += tp;
      c.fp += f.extraCategories.length;
      c.fn += f.missedCategories.length;
    }
    for (const c of CATEGORIES) {
      const cc = (catCounts[c] ??= { tp: 0, fp: 0, fn: 0 });
      if (f.extraCategories.includes(c)) cc.fp++;
      else if (f.missedCategories.includes(c)) cc.fn++;
      else if (label.categories.includes(c)) cc.tp++;
    }
    tech.tp += label.technologies.length - f.missedTechnologies.length;
    tech.fp += f.extraTechnologies.length;
    tech.fn += f.missedTechnologies.length;
    if (f.dnt.expected === f.dnt.got) dnt++;
    if (f.gpc.expected === f.gpc.got) gpc++;
    const exp = new Set(f.retention.expected);
    const got = new Set(f.retention.got);
    for (const e of exp) if (got.has(e)) ret.tp++;
    ret.fn += [...exp].filter((e) => !got.has(e)).length;
    ret.fp += [...got].filter((g) => !exp.has(g)).length;
    if (f.retention.expected.join() === f.retention.got.join()) ret.exact++;
  }
  const n = files.length;
  const acc = (c: number): { correct: number; total: number; accuracy: number } => ({
    correct: c,
    total: n,
    accuracy: n === 0 ? 1 : round(c / n),
  });
  const map = (m: Record<string, { tp: number; fp: number; fn: number }>): Record<string, Prf> =>
    Object.fromEntries(Object.entries(m).map(([k, c]) => [k, prf(c.tp, c.fp, c.fn)]));
  return {
    files,
    summary: {
      files: n,
      byLang,
      categories: {
        ...prf(counts.tp, counts.fp, counts.fn),
        byLang: map(langCounts),
        perCategory: map(catCounts),
      },
      dnt: acc(dnt),
      gpc: acc(gpc),
      retention: { ...prf(ret.tp, ret.fp, ret.fn), filesExact: ret.exact },
      technologies: prf(tech.tp, tech.fp, tech.fn),
      errors: files.filter((f) => f.error !== undefined).length,
    },
  };
}

/** Micro P/R/F1 over the files whose language is not English. */
export function nonEnglish(result: EvalResult): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [lang, p] of Object.entries(result.summary.categories.byLang)) {
    if (lang === 'en') continue;
    tp += p.tp;
    fp += p.fp;
    fn += p.fn;
  }
  return prf(tp, fp, fn);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}

/** The evaluation as plain text: one block per differing file, then the totals. */
export function formatEval(result: EvalResult): string {
  const out: string[] = [];
  for (const f of result.files) {
    if (!differs(f)) continue;
    const parts: string[] = [];
    if (f.error) parts.push(`  reader failed: ${f.error}`);
    if (f.missedCategories.length)
      parts.push(`  missed categories: ${f.missedCategories.join(', ')}`);
    if (f.extraCategories.length)
      parts.push(`  extra categories:  ${f.extraCategories.join(', ')}`);
    if (f.missedTechnologies.length)
      parts.push(`  missed technologies: ${f.missedTechnologies.join(', ')}`);
    if (f.extraTechnologies.length)
      parts.push(`  extra technologies:  ${f.extraTechnologies.join(', ')}`);
    if (f.dnt.expected !== f.dnt.got)
      parts.push(`  dnt: expected ${f.dnt.expected}, got ${f.dnt.got}`);
    if (f.gpc.expected !== f.gpc.got)
      parts.push(`  gpc: expected ${f.gpc.expected}, got ${f.gpc.got}`);
    if (f.retention.expected.join() !== f.retention.got.join())
      parts.push(
        `  retention: expected [${f.retention.expected.join(', ')}], got [${f.retention.got.join(', ')}]`,
      );
    out.push(`${f.file} (${f.lang})`, ...parts);
  }
  const s = result.summary;
  const langs = Object.entries(s.byLang)
    .sort((a, b) => b[1] - a[1])
    .map(([l, n]) => `${n} ${l}`)
    .join(', ');
  const same = result.files.filter((f) => !differs(f)).length;
  out.push(
    '',
    `${s.files} files (${langs}); ${same} read exactly as labelled${s.errors ? `; ${s.errors} failed` : ''}`,
    `categories  precision ${s.categories.precision.toFixed(3)}  recall ${s.categories.recall.toFixed(3)}  F1 ${s.categories.f1.toFixed(3)}  (tp ${s.categories.tp}, fp ${s.categories.fp}, fn ${s.categories.fn})`,
  );
  for (const [lang, p] of Object.entries(s.categories.byLang).sort())
    out.push(
      `  ${lang.padEnd(4)} F1 ${p.f1.toFixed(3)}  (P ${p.precision.toFixed(3)}, R ${p.recall.toFixed(3)})`,
    );
  const ne = nonEnglish(result);
  out.push(
    `  non-English F1 ${ne.f1.toFixed(3)}  (P ${ne.precision.toFixed(3)}, R ${ne.recall.toFixed(3)})`,
    `dnt stance  ${s.dnt.correct}/${s.dnt.total} (${pct(s.dnt.accuracy)})`,
    `gpc stance  ${s.gpc.correct}/${s.gpc.total} (${pct(s.gpc.accuracy)})`,
    `technologies precision ${s.technologies.precision.toFixed(3)}  recall ${s.technologies.recall.toFixed(3)}  F1 ${s.technologies.f1.toFixed(3)}`,
    `retention   precision ${s.retention.precision.toFixed(3)}  recall ${s.retention.recall.toFixed(3)}  F1 ${s.retention.f1.toFixed(3)}; ${s.retention.filesExact}/${s.files} files exact`,
  );
  return `${out.join('\n')}\n`;
}
