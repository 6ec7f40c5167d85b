// The names a policy uses for its own site or company ("Huawei uses cookies"
// is a statement of use like "we use cookies"). Found from: the policy URL's
// domain, the usual definitions ('Acme Ltd. (collectively, "Acme", "we"…)'),
// headings such as "How Acme uses cookies", and a capitalised word that
// dominates the text and never appears in lower case (a proper noun).
import { leftBoundary } from './match.ts';
import type { Sentence } from './sentences.ts';
import { VENDOR_TERMS } from './vocab/vendors.ts';

/** 'Acme Ltd. (collectively, "Acme", "we" …)', '(hereinafter "Acme")'. */
const COLLECTIVELY =
  /\((?:(?:collectively|hereinafter|together|jointly)[,:]? )?(?:(?:referred to as|called) )?["“]([^"”()]{2,40})["”],? (?:(?:and|or) )?["“](?:we|us|our)["”]|\((?:collectively|hereinafter|together|jointly)[,:]? (?:(?:referred to as|called) )?["“]([^"”()]{2,40})["”]\)/giu;
const HOW_X =
  /^how (\p{L}[\p{L}\p{N}&'-]*) (?:uses|collects|processes|protects|shares|handles)\b/iu;

/** Capitalised words that are not organisation names. */
const COMMON = new Set(
  (
    'the this these our your you we cookie cookies policy privacy statement notice personal data information ' +
    'website websites site service services terms use online web internet email user users google chrome ' +
    'firefox safari opera explorer microsoft apple android ios windows european union europe eea gdpr ccpa ' +
    'california united states kingdom english global contact january february march april may june july ' +
    'august september october november december monday friday how what why when where which who if for ' +
    'and but please note all some any other third party partners analytics advertising marketing necessary ' +
    'essential functional performance inc ltd llc corp co gmbh ag sa sas bv plc limited corporation ' +
    'company group holdings'
  ).split(' '),
);
const VENDOR_WORDS = new Set(
  VENDOR_TERMS.flatMap((v) => v.name.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean),
);

function firstWord(name: string): string {
  return (name.toLowerCase().match(/[\p{L}\p{N}&]+/u)?.[0] ?? '').trim();
}

function hostName(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/iu.exec(url.trim());
  const labels = (m?.[1] ?? '').toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return null;
  // example.co.uk → example; www.example.com → example
  const second = labels[labels.length - 2] ?? '';
  const generic = ['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'gob', 'gouv'];
  const pick = generic.includes(second) && labels.length >= 3 ? labels[labels.length - 3] : second;
  return pick && pick.length >= 3 ? pick : null;
}

const CAPITALISED = /\b\p{Lu}[\p{L}\p{N}]{2,}/gu;

/** Not after a letter, digit, ".", "/", "@" or "-" (code point before `at`). */
const NAME_BEFORE = /[\p{L}\p{N}./@-]/u;

/**
 * Matches of `(?<![\p{L}\p{N}./@-])word(?![\p{L}\p{N}@]|\.\p{L})`, counted
 * as a global scan counts them. The word is searched for alone (a literal the
 * engine finds quickly; a leading lookbehind made it try every position)
 * and the lookbehind checked here: a rejected place moves the scan on by
 * one character (code point), an accepted one past the match.
 */
export function lowerCaseUses(text: string, word: string): number {
  const esc = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const re = new RegExp(`${esc}(?![\\p{L}\\p{N}@]|\\.\\p{L})`, 'gu');
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index;
    let before = '';
    if (at > 0) {
      const low = text.charCodeAt(at - 1);
      const high = at > 1 ? text.charCodeAt(at - 2) : 0;
      const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
      before = text.slice(pair ? at - 2 : at - 1, at);
    }
    if (before !== '' && NAME_BEFORE.test(before)) {
      re.lastIndex = at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    if (m[0].length === 0) re.lastIndex++;
    n++;
  }
  return n;
}

export function detectSelfNames(sentences: Sentence[], url?: string | null): string[] {
  const names = new Set<string>();
  const host = hostName(url);
  if (host) names.add(host);
  const counts = new Map<string, number>();
  // A proper noun that dominates the text shows in its first part already.
  let budget = 40_000;
  for (const s of sentences) {
    budget -= s.text.length;
    if (s.text.includes('(')) {
      COLLECTIVELY.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = COLLECTIVELY.exec(s.text)) !== null) {
        const w = firstWord(m[1] ?? m[2] ?? '');
        if (w.length >= 3 && !COMMON.has(w)) names.add(w);
      }
    }
    if (s.kind === 'heading' || s.text.length < 120) {
      const how = HOW_X.exec(s.text);
      if (how?.[1] && !COMMON.has(how[1].toLowerCase())) names.add(how[1].toLowerCase());
    }
    if (budget < 0) continue;
    CAPITALISED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CAPITALISED.exec(s.text)) !== null) {
      // Sentence-initial capitals say nothing; "Acme.com" is not "Acme"; \b is ASCII-only.
      if (m.index === 0 || s.text[m.index - 1] === '.' || !leftBoundary(s.text, m.index)) continue;
      const w = m[0];
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  // A proper noun: frequent, capitalised, and (almost) never written in lower case.
  const merged = new Map<string, number>();
  for (const [w, n] of counts) {
    const k = w.toLowerCase();
    if (!COMMON.has(k) && !VENDOR_WORDS.has(k)) merged.set(k, (merged.get(k) ?? 0) + n);
  }
  const candidates = [...merged]
    .filter(([, n]) => n >= 5)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  // The sentences in one text: a line break, like the end of a sentence,
  // neither continues a name nor is a domain's dot.
  let all: string | undefined;
  for (const [w, n] of candidates.slice(0, 5)) {
    // Lower-case uses, not counting domain names ("www.acme.com").
    all ??= sentences.map((s) => s.text).join('\n');
    const lower = lowerCaseUses(all, w);
    if (lower <= n / 10) {
      names.add(w);
      break;
    }
  }
  return [...names].sort();
}
