// Does a sentence speak of the site's own practice? Definitions, type lists
// and generic statements describe cookies in general; hypotheticals describe
// what the site might do one day. Neither declares anything (rules and
// vocabulary in vocab/scope.ts). Computed once per document.
import type { Analysis } from './analysis.ts';
import { type Doc, NO_STOP, labelLike, shortLineAlone } from './doc.ts';
import { has, join, wordRe } from './match.ts';
import { AGENTS } from './vocab/cues.ts';
import {
  DEFINES,
  DEFINES_THOSE,
  DEFINITION_HEADINGS,
  EXAMPLE_CUES,
  GENERIC_MODAL,
  HYPOTHETICAL,
  INDEFINITE_SITE,
  OWN_LISTING,
  TYPE_LIST,
  TYPE_LIST_OPENER,
  USED,
} from './vocab/scope.ts';

export type Scope = 'own' | 'definition' | 'hypothetical';

const DEF_HEADING_RE = new RegExp(`(?:${DEFINITION_HEADINGS})`, 'u');
export const USED_RE = wordRe(USED, 'u');
const TYPE_LIST_RE = wordRe(TYPE_LIST, 'u');
const TYPE_LIST_OPENER_RE = wordRe(TYPE_LIST_OPENER, 'u');
const GENERIC_MODAL_RE = new RegExp(`(?:${GENERIC_MODAL})`, 'u');
const DEFINES_RE = new RegExp(`(?:${DEFINES})`, 'u');
const DEFINES_THOSE_RE = new RegExp(`(?:${DEFINES_THOSE})`, 'u');
const HYPOTHETICAL_RE = new RegExp(`(?:${HYPOTHETICAL})`, 'u');
const EXAMPLE_RE = wordRe(EXAMPLE_CUES, 'u');
export const OWN_LISTING_RE = wordRe(OWN_LISTING, 'u');
const INDEFINITE_RE = wordRe(INDEFINITE_SITE, 'u');
/** "Some cookies are … our website …", "some of our cookies are". */
const SOME_OF_OURS_RE =
  /^(?:some|certain)(?: of our)? cookies (?:are|may be)\b.{0,160}\b(?:our|this) (?:web ?site|site|service|app|application|platform|store|shop)s?\b|^(?:some|certain) of our cookies\b/u;
const THIRD_AGENT_RE = wordRe(join(AGENTS.filter((g) => g.id === 'third-parties')), 'u');

/** The site itself (not its third parties) states a use ("we use", "Acme uses"). */
export function selfSpeaks(a: Analysis): boolean {
  return a.sc.clauses.some(
    (c) =>
      c.use &&
      (c.useRule === 'use-phrase' ||
        a.sc.agents.some(
          (g) =>
            g.start >= c.start &&
            g.start < c.end &&
            !has(THIRD_AGENT_RE, a.norm.slice(g.start, g.end)),
        )),
  );
}

/** The site in the first person or by its own name (not a third party). */
function speaksOfItself(a: Analysis): boolean {
  return a.agents.some((g) => !has(THIRD_AGENT_RE, a.norm.slice(g.start, g.end)));
}

/** A heading that only names a category ("Cookie tecnici", "I cookies di profilazione"). */
function categoryHeading(a: Analysis): boolean {
  return (a.cats.length > 0 || a.catWords.length > 0) && a.agents.length === 0 && !a.has(USED_RE);
}
/** A heading naming cookies of a kind that is no category ("Session cookies", "Cookies van derden"). */
function otherKindHeading(a: Analysis): boolean {
  return (
    a.cookieContext &&
    a.cats.length === 0 &&
    a.catWords.length === 0 &&
    a.agents.length === 0 &&
    !a.has(USED_RE) &&
    a.norm.length <= 60
  );
}

/** Kinds by lifetime or origin: "Persistent cookies", "Cookies de terceros", "Sitzungs-Cookies". */
const LIFETIME_OR_ORIGIN_RE =
  /\b(?:session|persistent|permanent|temporary|first[- ]party|third[- ]party|sitzungs|persistente[n]?|permanente[n]?|dauerhafte[n]?|temporare[n]?|drittanbieter|erstanbieter|sesion|persistentes|permanentes|propias|terceros|temporales|permanents?|tiers|propres|sessione|persistenti|permanenti|temporanei|terze parti|prima parte|sessie|tijdelijke|blijvende|eigen|derden|sessao|proprios|terceiros|temporarios)(?![\p{L}])/u;

/** "Some of them …": a share of cookies named just before. */
const OF_THEM_RE = /^(?:some|certain|other|many|most|several) of (?:them|these|those)(?![\p{L}])/u;

/** The sentence before, in the same block, is the site saying it uses something. */
function afterOwnUse(doc: Doc, i: number): boolean {
  const s = doc.sents[i];
  const prev = doc.an[i - 1];
  return (
    s !== undefined &&
    prev !== undefined &&
    doc.sents[i - 1]?.block === s.block &&
    prev.sc.clauses.some((c) => c.use && c.agent) &&
    prev.sc.negations.length === 0
  );
}

/** Heading numbering and bullets: "3.2 ", "(a) ", "- ". */
const NUMBERING = /^[\s\d.)(\-–*•]{0,12}/u;
const NUMBERED = /^[\s\d.)(\-–*•]/u;

/** The text without its numbering (the same string when it has none). */
function unnumbered(norm: string): string {
  return NUMBERED.test(norm) ? norm.replace(NUMBERING, '') : norm;
}

const CACHE = new WeakMap<Doc, Scope[]>();
/** A cookie's own name: "_ga", "test_cookie", "__utmz", "rc::a", "wp-settings-1". */
const COOKIE_ROW_RE =
  /(?<![\p{L}\p{N}])(?:_{1,2}[\p{L}\p{N}]{2,40}|[\p{L}\p{N}]{2,40}_[\p{L}\p{N}_]{1,40}|[\p{L}]{2,40}::[\p{L}])/u;
/** …in a row: table cells, arrows or a lifetime. */
const ROW_SHAPE_RE =
  /\||->|→|\b\d{1,4}\s?(?:years?|months?|days?|hours?|minutes?|ans?|mois|jours?|jahre?|monate?|tage?|a[ñn]os?|meses|d[íi]as|anni|mesi|giorni|jaar|maanden|dagen|anos|dias)\b|session|sesi[óo]n|sessione|sess[ãa]o|sitzung|sessie/iu;

function headingScope(a: Analysis): Scope | null {
  const norm = unnumbered(a.norm);
  if (HYPOTHETICAL_RE.test(norm)) return 'hypothetical';
  if (a.has(TYPE_LIST_OPENER_RE)) return 'definition';
  if (a.agents.length > 0 || a.has(USED_RE)) return 'own';
  if (DEF_HEADING_RE.test(norm)) return 'definition';
  return null;
}

/** Categories the sentence names (attached to a noun, or a heading of category words). */
function categoriesOf(a: Analysis): string[] {
  return [...new Set([...a.cats, ...a.catWords].map((m) => m.value))];
}

/** Distinct categories the sentence names or describes. */
function categoryCount(a: Analysis): number {
  // Purpose phrases only where cookies are spoken of.
  const purposes = a.cookieContext ? a.purposes : [];
  // No two mentions, no set to build.
  const n = a.cats.length + a.catWords.length + purposes.length;
  if (n <= 1) return n;
  return new Set([...a.cats, ...a.catWords, ...purposes].map((m) => m.value)).size;
}

/** Distinct categories named as such (not purposes). */
function namedKinds(a: Analysis): number {
  return new Set([...a.cats, ...a.catWords].map((m) => m.value)).size;
}

function ownScope(a: Analysis, heading = false): Scope | null {
  const norm = unnumbered(a.norm);
  if (HYPOTHETICAL_RE.test(norm)) return 'hypothetical';
  // The wording cues first: clause analysis (costly) only where one fires.
  // A heading "Tipologie di cookie utilizzate" / "Types of cookies used" lists
  // the site's own kinds, not kinds in general.
  // "Some cookies are required … for our website to operate" (the Termly
  // template): a kind of the site's own cookies, not a kind in general.
  const defines =
    DEFINES_RE.test(norm) ||
    (a.has(TYPE_LIST_RE) && !(heading && a.has(USED_RE)) && !SOME_OF_OURS_RE.test(norm));
  // "Necessary cookies help make a website usable …" describes a declared
  // category (consent managers' standard wording), not the web in general.
  const describesCategory = a.cats.some((m) => m.start <= 3);
  const generic =
    !defines && !describesCategory && (GENERIC_MODAL_RE.test(norm) || a.has(INDEFINITE_RE));
  // "Cookies can be technical, analytical or advertising": a list of kinds, nobody using them.
  const kinds = defines || generic ? 0 : categoryCount(a);
  // With "for example", two kinds named as kinds ("e.g. analytics or
  // advertising cookies"); two purposes ("for example, cookies remember your
  // language or show you ads") are what the site's cookies do.
  const kindList = kinds >= 3 || (kinds >= 2 && namedKinds(a) >= 2 && a.has(EXAMPLE_RE));
  if (!defines && !generic && !kindList) return null;
  // "Le tableau indique les types de fichiers témoins (nécessaires, fonctionnels …)".
  if (kindList && !defines && !generic && a.has(OWN_LISTING_RE)) return null;
  if (a.sc.clauses.some((c) => c.use)) return null;
  if (defines) return 'definition';
  return a.sc.agents.length > 0 ? null : 'definition';
}

/**
 * A short line alone in its block that reads like a heading ("1. Was sind
 * Cookies?" parsed as a list item): what it says holds until the next one.
 */
function pseudoHeading(doc: Doc, i: number): boolean {
  const s = doc.sents[i];
  if (!s || (s.kind !== 'item' && s.kind !== 'para') || !shortLineAlone(s, NO_STOP)) return false;
  const next = doc.sents[i + 1];
  return next !== undefined && (next.kind === 'para' || next.kind === 'cell');
}

/** The same shape of line, without a colon, before a list. */
function headingLine(doc: Doc, i: number): boolean {
  const s = doc.sents[i];
  if (!s || (s.kind !== 'item' && s.kind !== 'para') || !shortLineAlone(s)) return false;
  return doc.sents[i + 1]?.kind === 'item';
}

/** A row or line naming an actual cookie with its lifetime or in table form ("_ga | 2 years"). */
export function listsCookies(text: string): boolean {
  // Cookie names have "_" or "::"; test that before the expressions.
  if (!text.includes('_') && !text.includes('::')) return false;
  return COOKIE_ROW_RE.test(text) && ROW_SHAPE_RE.test(text);
}

/** Scope of every sentence: its own wording first, then its nearest telling heading. */
export function scopes(doc: Doc): Scope[] {
  const cached = CACHE.get(doc);
  if (cached) return cached;
  const heads = new Map<number, Scope | null>();
  const headOf = (j: number): Scope | null => {
    if (!heads.has(j)) {
      const a = doc.an[j];
      heads.set(j, a ? headingScope(a) : null);
    }
    return heads.get(j) ?? null;
  };
  let region: Scope | null = null;
  let regionParent = -1;
  // Once the site speaks of its own use in a definition section ("Nous
  // utilisons des témoins internes …"), the rest of that section is its own.
  let speaking = false;
  // Under "Cookies can be:", each paragraph is one kind: the site speaking
  // of its own in one ("analitici: … Li utilizziamo …") does not in the next.
  let kindsOpened = false;
  let speakingBlock = -1;
  // After "Cookies are divided into two kinds:", headings that only name a
  // kind ("Technical cookies", "Profiling cookies") go on classifying.
  let classifying = new Set<string>();
  /** The heading of a kind that is no category ("Persistent cookies") while classifying. */
  let kindHead = -1;
  const worded: boolean[] = [];
  /** Told by a line read as a heading ("¿Qué son las cookies?" alone on its line). */
  const byRegion: number[] = [];
  let regionHead = -1;
  /** What the nearest telling heading says (one function, not a closure per sentence). */
  const toldBy = (parents: number[]): Scope | null =>
    parents.map(headOf).find((h) => h !== null) ?? null;
  const out: Scope[] = doc.sents.map((s, i) => {
    const a = doc.an[i];
    if (!a) return 'own';
    // What a line read as a heading said before this sentence (a label resets it).
    const regionBefore = region !== null && (s.parents[0] ?? -1) === regionParent ? region : null;
    const pseudo =
      s.kind !== 'heading' &&
      s.kind !== 'label' &&
      (pseudoHeading(doc, i) ||
        // "2. Tipos de cookies utilizados" over a list: a line that tells whose
        // cookies follow ends the section above it even when a list follows.
        (headingLine(doc, i) && headOf(i) !== null));
    if (s.kind === 'heading' || s.kind === 'label' || pseudo) {
      // A label is a sub-heading: the site speaking above it still speaks.
      if (s.kind === 'label' && speaking) return 'own';
      speaking = false;
      region = null;
      kindsOpened = false;
      // "Cookie d'analyse : ce cookie nous permet de …" in a list of kinds:
      // "us" as the object of what such a cookie does is not the site using it.
      const describesKind =
        s.kind === 'label' && classifying.size > 0 && !a.sc.clauses.some((c) => c.use);
      const kinds = categoryHeading(a) || describesKind ? categoriesOf(a) : [];
      if (kinds.length > 0 && kinds.every((k) => classifying.has(k) || classifying.has('*'))) {
        heads.set(i, 'definition');
        if (!pseudo) return 'definition';
      } else if (classifying.size > 0 && otherKindHeading(a) && headOf(i) === null) {
        // "Types of cookies" goes on classifying through the kinds that follow it,
        // and through kinds that are no category ("a. Consent-free cookies",
        // "Third-party cookies"): what is said under such a kind explains it.
        kindHead = LIFETIME_OR_ORIGIN_RE.test(a.norm) ? i : -1;
      } else {
        classifying = headOf(i) === 'definition' ? new Set(['*']) : new Set();
        kindHead = -1;
      }
      if (pseudo) {
        region = headOf(i);
        regionHead = i;
        regionParent = s.parents[0] ?? -1;
        kindsOpened = region === 'definition' && a.has(TYPE_LIST_OPENER_RE);
        return region ?? 'own';
      }
    }
    let own = ownScope(a, s.kind === 'heading' || s.kind === 'label' || pseudo);
    // "We use cookies on our website. Some of them are essential …": "them"
    // are the cookies the site just said it uses, not kinds in general.
    if (own === 'definition' && OF_THEM_RE.test(a.norm) && afterOwnUse(doc, i)) own = null;

    // "Technical cookies are those that …" under "Which cookies does this site use?".
    if (!own && DEFINES_THOSE_RE.test(a.norm))
      own = toldBy(s.parents) === 'own' ? null : 'definition';
    // "Cookies técnicos: são os que permitem … a navegação através de um site"
    // under "Que tipo de cookies usa este site?": the site describing its
    // categories in general words.
    // The same under a line read as a heading ("¿Qué tipo de cookies utilizamos?"
    // alone on its line in a plain-text policy).
    if (
      own === 'definition' &&
      (s.kind === 'label' || labelLike(s, a)) &&
      !DEFINES_RE.test(a.norm) &&
      !a.has(TYPE_LIST_RE) &&
      (toldBy(s.parents) ?? regionBefore) === 'own'
    )
      own = null;
    if (own) {
      worded[i] = true;
      // "There are three kinds of cookies:" opens a list of kinds it does not name…
      if (own === 'definition' && a.has(TYPE_LIST_RE))
        // …and so does "What types of cookies are there?".
        classifying = new Set(/[:?]$/u.test(s.text) ? ['*'] : categoriesOf(a));
      else if (own === 'definition' && s.lead >= 0 && classifying.size > 0)
        categoriesOf(a).forEach((k) => classifying.add(k));
      return own;
    }
    let told: Scope | null = null;
    for (const p of s.parents) {
      told = headOf(p);
      if (told) break;
    }
    // "Persistente Cookies" under "Nach Lebensdauer": "Sie ermöglichen es der
    // Website, … Ihre Präferenzen zu speichern" explains that kind (unless the
    // site speaks, below).
    if (!told && kindHead >= 0 && s.parents[0] === kindHead && classifying.size > 0)
      told = 'definition';
    if (!told && region && (s.parents[0] ?? -1) === regionParent) {
      told = region;
      byRegion[i] = regionHead;
    }
    // Whether the site speaks matters only where that ends a definition or a classification.
    if (speaking && kindsOpened && s.block !== speakingBlock) speaking = false;
    if ((told === 'definition' || classifying.size > 0) && !speaking && selfSpeaks(a)) {
      speaking = true;
      speakingBlock = s.block;
      classifying = new Set();
    }
    if (speaking) return 'own';
    return told ?? 'own';
  });
  // A paragraph that starts defining goes on defining until somebody acts:
  // "Cookies are typically categorised as … Session cookies help you …".
  doc.sents.forEach((s, i) => {
    const prev = doc.sents[i - 1];
    if (!prev || prev.block !== s.block || out[i - 1] !== 'definition' || out[i] !== 'own') return;
    if (!worded[i - 1]) return;
    const a = doc.an[i];
    // "… Le but principal de nos cookies est …": the site speaking of its own stops it.
    if (a && !a.sc.clauses.some((c) => c.use) && !speaksOfItself(a)) {
      out[i] = 'definition';
      worded[i] = true;
    }
  });
  // A section that lists actual cookies ("_ga | Google | 2 years",
  // "test_cookie -> doubleclick.net -> 1 day") declares them, whatever the
  // heading before it classified.
  const listed = new Set<number>();
  doc.sents.forEach((s, i) => {
    if (!listsCookies(s.text)) return;
    for (const p of s.parents) listed.add(p);
    const h = byRegion[i];
    if (h !== undefined) listed.add(h);
  });
  doc.sents.forEach((s, i) => {
    if (listed.has(i) && out[i] === 'definition' && !worded[i]) out[i] = 'own';
    // (A cookie list further down the section does not undo what the line
    // read as a heading above this sentence said.)
    if (
      out[i] === 'definition' &&
      !worded[i] &&
      (byRegion[i] === undefined
        ? s.parents.some((p) => listed.has(p))
        : listed.has(byRegion[i] as number))
    )
      out[i] = 'own';
  });
  // A category heading whose whole section defines ("Technical cookies" /
  // "Technical cookies are those that …") is part of the definition.
  const content = new Map<number, Scope[]>();
  doc.sents.forEach((s, i) => {
    const h = s.parents[0];
    if (h === undefined) return;
    const list = content.get(h);
    if (list) list.push(out[i] ?? 'own');
    else content.set(h, [out[i] ?? 'own']);
  });
  for (const [h, scopesIn] of content) {
    const a = doc.an[h];
    if (out[h] === 'own' && a && categoryHeading(a) && scopesIn.every((x) => x === 'definition'))
      out[h] = 'definition';
  }
  // A list introduced by a definition ("There are three types of cookies:") defines too.
  doc.sents.forEach((s, i) => {
    if ((s.kind === 'item' || s.kind === 'cell') && s.lead >= 0 && out[s.lead] === 'definition') {
      const a = doc.an[i];
      if (out[i] === 'own' && a && !selfSpeaks(a)) out[i] = 'definition';
    }
  });
  CACHE.set(doc, out);
  return out;
}

export function scopeOf(doc: Doc, i: number): Scope {
  return scopes(doc)[i] ?? 'own';
}
