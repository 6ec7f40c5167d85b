// Retention statements → maxDays per category (rules in vocab/retention.ts).
import { createCookieKnowledge, KNOWN_COOKIES } from '../known-cookies/index.ts';
import { POLICY_COOKIE_NAMES } from './cookie-names.ts';
import type { Category } from '../types.ts';
import { type Doc, contextCats, cookieInScope, quote } from './doc.ts';
import type { Analysis } from './analysis.ts';
import { scopeOf } from './scope.ts';
import { fold, has, leftBoundary, normalize, rawSpans, wordRe } from './match.ts';
import { CATEGORY_ORDER, type DeclaredEvidence, type RetentionClaim } from './types.ts';
import {
  DURATION_HEADERS,
  NUMBER_WORDS,
  PERSISTENT_CUES,
  RETENTION_CUES,
  SESSION_CUES,
  UNIT_DAYS,
} from './vocab/retention.ts';

const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const NUMBERS = new Map(Object.entries(NUMBER_WORDS).map(([w, n]) => [fold(w), n]));
const WORDS = [...NUMBERS.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const DURATION = new RegExp(
  `\\b(\\d+(?:[.,]\\d+)?|${WORDS})(?:\\s*\\(\\s*(?:\\d+|[\\p{L}-]{2,20})\\s*\\))?[\\s-]*(?:${UNIT_DAYS.map((u) => `(${fold(u.re)})`).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const CUE_RE = wordRe(RETENTION_CUES, 'u');
const HEADER_RE = wordRe(DURATION_HEADERS, 'u');
const SESSION_RE = new RegExp(`(?:^|\\b)(?:${fold(SESSION_CUES)})(?![\\p{L}\\p{N}])`, 'u');
const PERSISTENT_RE = wordRe(PERSISTENT_CUES, 'u');
/** Statements about personal data, not cookies, when no technology is named. */
/** Data, logs and records, as the subject of a retention sentence. */
const DATA_RE = wordRe(
  'data|logs?|log files|records|entries|information|donnees|journaux|informations|daten|protokoll\\p{L}*|datos|registros|dati|registri|gegevens|logbestanden|dados|registos',
  'u',
);
const KNOWN = createCookieKnowledge([...KNOWN_COOKIES, ...POLICY_COOKIE_NAMES]);
/** Tokens shaped like cookie names: "_ga", "__utmz", "test_cookie", "utma". */
const COOKIE_TOKEN = /(?<![\p{L}\p{N}_])_{0,2}[\p{L}\p{N}][\p{L}\p{N}_-]{1,40}/gu;

/**
 * Categories of the well-known cookies a row names (the project's own
 * known-cookie table, case-insensitive; "utma" for "__utma"), also from the
 * other cells of its table row.
 */
function knownCookieCategories(text: string, doc: Doc, i: number): Category[] {
  const s = doc.sents[i];
  const texts = [text];
  if (s && s.row > 0) {
    for (let j = i - 1; j >= 0 && doc.sents[j]?.row === s.row; j--)
      texts.push(doc.sents[j]?.text ?? '');
    for (let j = i + 1; j < doc.sents.length && doc.sents[j]?.row === s.row; j++)
      texts.push(doc.sents[j]?.text ?? '');
  }
  const out = new Set<Category>();
  for (const t of texts) {
    let seen = 0;
    for (const m of t.slice(0, 600).matchAll(COOKIE_TOKEN)) {
      if (++seen > 12) break;
      const name = m[0];
      if (!name.includes('_') && !/^utm[a-z]$/iu.test(name)) continue;
      const hit =
        KNOWN.lookup(name) ??
        KNOWN.lookup(name.toLowerCase()) ??
        (name.startsWith('_') ? null : KNOWN.lookup(`__${name.toLowerCase()}`));
      const c = hit?.entry.category;
      if (c && c !== 'unknown') out.add(c);
    }
  }
  return [...out];
}

const PERSONAL_DATA =
  /personal (?:data|information)|donn[ée]es personnelles|personenbezogene|datos personales/u;

function parseNumber(s: string): number {
  const word = NUMBERS.get(s);
  if (word !== undefined) return word;
  // "1,5" is a decimal comma; "1,000" a thousands separator.
  const t = /^\d+,\d{1,2}$/u.test(s) ? s.replace(',', '.') : s.replace(/,/gu, '');
  return Number(t);
}

/** Days in a duration: months are 365/12 days, hours and minutes are kept to 2 decimals. */
export function toDays(n: number, unit: string): number {
  const u = UNIT_DAYS.find((x) => x.id === unit);
  if (!u) return NaN;
  const days = n * u.days;
  return unit === 'hour' || unit === 'minute' ? Math.round(days * 100) / 100 : Math.round(days);
}

/** Every "<number> <unit>" in a text, in days ("from 24 hours to 24 months" → [1, 730]). */
export function parseDurations(text: string): number[] {
  return durationsIn(normalize(text));
}

function durationsIn(norm: string): number[] {
  const out: number[] = [];
  DURATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DURATION.exec(norm)) !== null) {
    if (!leftBoundary(norm, m.index)) {
      DURATION.lastIndex = m.index + 1;
      continue;
    }
    const n = parseNumber(m[1] ?? '');
    const k = m.slice(2).findIndex((g) => g !== undefined);
    const unit = UNIT_DAYS[k]?.id;
    if (unit && Number.isFinite(n)) out.push(toDays(n, unit));
  }
  return out;
}

/**
 * What a sentence says about a lifetime: the longest duration when it is a
 * retention statement (number), "session only" (null), or nothing (undefined).
 */
export function retentionOf(
  text: string,
  opts: { durationColumn?: boolean } = {},
): number | null | undefined {
  return retentionOfNorm(normalize(text), opts);
}

/** A short cell holding a number and a unit, nothing else ("2 years", "13 mois", "1 day"). */
const BARE_DURATION = /^\s{0,4}\d{1,4}\s{0,2}[\p{L}]{1,12}\.?\s{0,4}$/u;

const UNIT_RE = wordRe(UNIT_DAYS.map((u) => u.re).join('|'));

function retentionOfNorm(
  norm: string,
  opts: { durationColumn?: boolean },
): number | null | undefined {
  const days = has(UNIT_RE, norm) ? durationsIn(norm) : [];
  if (days.length > 0 && (opts.durationColumn || has(CUE_RE, norm))) return Math.max(...days);
  if (SESSION_RE.test(norm) && !has(PERSISTENT_RE, norm)) return null;
  return undefined;
}

export interface RetentionResult {
  retention: RetentionClaim[];
  evidence: DeclaredEvidence[];
  /** Categories given a lifetime, i.e. declared ("advertising cookies last 90 days"). */
  categories: Map<Category, { i: number; rule: string }>;
}

/** Where one sentence gives two lifetimes ("X last 2 days, and Y last a year"). */
const PART_BREAK = /[;,]\s+(?:and|while|whereas|but|or)\s+|;\s+|(?<!\s)\s+(?:whereas|while)\s+/gu;

/**
 * Per-category lifetimes of a sentence whose parts name different categories
 * with their own durations; null when the sentence speaks as one.
 */
function byPart(a: Analysis): [Category[], number][] | null {
  const cuts = [0, ...rawSpans(PART_BREAK, a.norm).map((x) => x.start), a.norm.length];
  if (cuts.length < 3) return null;
  const out: [Category[], number][] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k] ?? 0;
    const to = cuts[k + 1] ?? a.norm.length;
    const cats = a.cats.filter((m) => m.start >= from && m.start < to).map((m) => m.value);
    const days = durationsIn(a.norm.slice(from, to));
    if (cats.length > 0 && days.length > 0) out.push([cats, Math.max(...days)]);
  }
  return out.length >= 2 ? out : null;
}

export function readRetention(doc: Doc): RetentionResult {
  const best = new Map<Category, { maxDays: number | null; i: number }>();
  const claim = (c: Category, maxDays: number | null, i: number): void => {
    const prev = best.get(c);
    const better = !prev || (maxDays !== null && (prev.maxDays === null || maxDays > prev.maxDays));
    if (better) best.set(c, { maxDays, i });
  };
  doc.sents.forEach((s, i) => {
    const a = doc.an[i];
    if (!a || !cookieInScope(doc, i) || scopeOf(doc, i) !== 'own') return;
    // How long data or logs are kept is not a cookie lifetime ("Analytics
    // data is retained for 14 months", "Die Daten werden nach 2 Jahren gelöscht").
    if (!a.cookieContext && (PERSONAL_DATA.test(a.norm) || has(DATA_RE, a.norm))) return;
    // A cell that is only a duration ("2 years") is a lifetime column, whatever
    // its header says (captured tables often lose a column's alignment).
    const durationColumn =
      s.kind === 'cell' && (has(HEADER_RE, normalize(s.header)) || BARE_DURATION.test(a.norm));
    const maxDays = retentionOfNorm(a.norm, { durationColumn });
    if (maxDays === undefined) return;
    const parts = maxDays === null ? null : byPart(a);
    if (parts) {
      for (const [cats, days] of parts) for (const c of cats) claim(c, days, i);
      return;
    }
    // "… session cookies for authentication, analytics cookies and marketing
    // cookies": one kind of cookie being a session cookie says nothing of the
    // lifetime of every category the sentence names.
    if (maxDays === null && new Set(a.cats.map((m) => m.value)).size >= 2) return;
    let cats = contextCats(doc, i);
    // A row or line naming a well-known cookie ("_ga | 2 years") is about that cookie's category.
    if (cats.length === 0) cats = knownCookieCategories(s.text, doc, i);
    if (cats.length === 0) {
      // A lifetime for the site's cookies in general ("our cookies expire after 13 months").
      if (!a.cookieContext || a.agents.length === 0) return;
      cats = ['unknown'];
    }
    for (const c of cats) claim(c, maxDays, i);
  });
  const retention: RetentionClaim[] = [];
  const evidence: DeclaredEvidence[] = [];
  for (const c of CATEGORY_ORDER) {
    const b = best.get(c);
    if (!b) continue;
    const q = quote(doc, b.i);
    retention.push({ category: c, maxDays: b.maxDays, quote: q });
    evidence.push({
      field: `retention.${c}`,
      quote: q,
      rule:
        b.maxDays === null ? 'session-only statement' : 'longest duration in a retention statement',
    });
  }
  const categories = new Map<Category, { i: number; rule: string }>();
  for (const [c, b] of best)
    if (c !== 'unknown') categories.set(c, { i: b.i, rule: 'lifetime stated' });
  return { retention, evidence, categories };
}
