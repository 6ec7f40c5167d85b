// The read document: sentences with their outline and analyses, and the
// context questions the fact readers ask about a sentence (which category
// does this passage talk about? is it about cookies? is it introduced by a
// statement of use?).
import type { Category } from '../types.ts';
import type { Analysis } from './analysis.ts';
import { negation } from './clauses.ts';
import type { Sentence } from './sentences.ts';
import { has, wordRe } from './match.ts';
import { CONSENT_RECORD } from './vocab/cues.ts';

export interface Doc {
  sents: Sentence[];
  an: Analysis[];
}

const MAX_QUOTE = 400;

/** The sentence as quoted in evidence (a table cell with its row; long text is cut). */
export function quote(doc: Doc, i: number): string {
  const s = doc.sents[i];
  let text = s?.text ?? '';
  if (s && s.row > 0) {
    let a = i;
    let b = i;
    while (doc.sents[a - 1]?.row === s.row) a--;
    while (doc.sents[b + 1]?.row === s.row) b++;
    text = doc.sents
      .slice(a, b + 1)
      .map((c) => c.text)
      .join(' | ');
  }
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : text;
}

const OWN = new WeakMap<Analysis, Category[]>();

/** Ends just before a category's mention; read on at most 120 characters. */
const CONSENT_RECORD_RE = wordRe(`(?:${CONSENT_RECORD})\\s*$`, 'u');

/** "… stores your consent choices for <marketing> cookies": a kind named as what a consent record is about. */
export function recordsConsentFor(norm: string, at: number): boolean {
  return has(CONSENT_RECORD_RE, norm.slice(Math.max(0, at - 120), at));
}

/** Categories named (not negated) in the sentence itself. */
export function ownCats(doc: Doc, i: number): Category[] {
  const a = doc.an[i];
  if (!a) return [];
  if (a.cats.length === 0 && a.catWords.length === 0) return [];
  let out = OWN.get(a);
  if (!out) {
    const named = a.cats
      .filter((m) => !negation(a.sc, m.start).negated && !recordsConsentFor(a.norm, m.start))
      .map((m) => m.value);
    out = [...new Set([...named, ...a.catWords.map((m) => m.value)])];
    OWN.set(a, out);
  }
  return out;
}

/**
 * The categories a passage is about: named in the sentence, else in its table
 * row, else in the nearest enclosing label or heading that names any.
 */
export function contextCats(doc: Doc, i: number): Category[] {
  const own = ownCats(doc, i);
  if (own.length > 0) return own;
  const s = doc.sents[i];
  const a = doc.an[i];
  if (!s || !a) return [];
  // "Cookies set by Hotjar last 365 days": the named vendor's line of business.
  const byVendor = [...new Set(a.vendors.flatMap((v) => (v.category ? [v.category] : [])))];
  if (byVendor.length > 0) return byVendor;
  if (s.row > 0) {
    const row = new Set<Category>();
    // The row's other cells: the kinds they name, else their vendors' ("_ga |
    // 2 years | installed by Google Analytics").
    const mates: number[] = [];
    for (let j = i - 1; j >= 0 && doc.sents[j]?.row === s.row; j--) mates.push(j);
    for (let j = i + 1; j < doc.sents.length && doc.sents[j]?.row === s.row; j++) mates.push(j);
    for (const j of mates) ownCats(doc, j).forEach((c) => row.add(c));
    if (row.size === 0)
      for (const j of mates)
        for (const v of doc.an[j]?.vendors ?? []) if (v.category) row.add(v.category);
    if (row.size > 0) return [...row];
  }
  for (const p of s.parents) {
    const cats = ownCats(doc, p);
    if (cats.length > 0) return cats;
  }
  return [];
}

const COOKIE_HEADER = /cookie|t[ée]moin|traceur/iu;
/** Punctuation that closes a sentence or opens a list, not a heading. */
const CLOSES_LINE = /[.;,:]$/u;
/** The same without the colon: a heading line may end on one ("1. Cookies:"). */
export const NO_STOP = /[.;,]$/u;

/**
 * A line alone in its block, short, with no closing punctuation: it reads as
 * a heading ("2. Types of cookies used", "¿Qué son las cookies?"). `closing`
 * is what may not end it (the default also refuses a lead-in's colon).
 */
export function shortLineAlone(s: Sentence, closing: RegExp = CLOSES_LINE): boolean {
  return s.alone && s.text.length <= 90 && !closing.test(s.text);
}

/** Is the sentence about cookies or tracking technologies (itself, its neighbours, its heading)? */
export function cookieNear(doc: Doc, i: number): boolean {
  const s = doc.sents[i];
  if (!s) return false;
  if (doc.an[i]?.cookieContext) return true;
  // A cell of a table with a column of cookies ("Cookie | Duration | Purpose").
  if (s.row > 0) {
    for (let j = Math.max(0, i - 8); j < Math.min(doc.sents.length, i + 9); j++) {
      const o = doc.sents[j];
      if (o?.row === s.row && COOKIE_HEADER.test(o.header)) return true;
    }
  }
  // An item of a list led in by cookies ("Examples of cookies used:").
  if (s.lead >= 0 && doc.an[s.lead]?.cookieContext) return true;
  // An item of a list whose opening line speaks of cookies ("2. Types of
  // cookies used" / "3. Functional: remember your language").
  if (s.kind === 'item' && s.lead < 0)
    for (let j = i - 1; j >= 0 && j >= i - 12 && doc.sents[j]?.kind === 'item'; j--)
      if (doc.an[j]?.cookieContext && shortLineAlone(doc.sents[j] as Sentence, NO_STOP))
        return true;
  const section = s.parents[0] ?? -1;
  for (let j = Math.max(0, i - 2); j <= Math.min(doc.sents.length - 1, i + 1); j++) {
    if ((doc.sents[j]?.parents[0] ?? -1) === section && doc.an[j]?.cookieContext) return true;
  }
  return section >= 0 && doc.an[section]?.cookieContext === true;
}

/** Like cookieNear, but any enclosing heading about cookies also counts. */
export function cookieInScope(doc: Doc, i: number): boolean {
  if (cookieNear(doc, i)) return true;
  const s = doc.sents[i];
  return s ? s.parents.some((p) => doc.an[p]?.cookieContext) || s.row > 0 : false;
}

/** A list item or table cell introduced by a statement of use ("We use the following:"). */
export function leadUse(doc: Doc, i: number): boolean {
  const lead = doc.sents[i]?.lead ?? -1;
  const a = doc.an[lead];
  if (!a) return false;
  return a.sc.clauses.some((c) => c.use) && !a.sc.negations.length;
}

export function isHeadingLike(s: Sentence): boolean {
  return s.kind === 'heading' || s.kind === 'label';
}

/**
 * A category label starting a paragraph: "(2) Analytics cookies: …",
 * "Advertising cookies." or "Targeting cookies – …".
 */
export function labelLike(s: Sentence, a: Analysis): boolean {
  if (!s.first || (s.kind !== 'para' && s.kind !== 'item')) return false;
  const m = a.cats[0];
  if (!m || m.start > 30) return false;
  // "Cookies técnicos ou cookies essenciais para a prestação de serviços: São
  // aqueles que …": the colon may follow a second name of the same kind.
  const named = a.cats.filter((c) => c.start <= 40);
  const shape =
    s.text.endsWith(':') ||
    s.text.split(' ').length <= 8 ||
    named.some((c) => /^[^.:]{0,30}(?::| - )/u.test(a.norm.slice(c.end, c.end + 40)));
  return shape && !negation(a.sc, m.start).negated;
}
