// Statement-of-use analysis of one normalised sentence, clause by clause
// (rules in vocab/cues.ts): who acts, whether the act is a use, and whether
// it is negated for a given mention.
import { languagesOf } from './lang.ts';
import {
  type Finder,
  has,
  join,
  sentenceFinder,
  spans,
  wordAt,
  wordRe,
  wordStartOffsets,
} from './match.ts';
import {
  AGENTS,
  CLAUSE_BREAKS,
  CONDITIONAL,
  CONSENT,
  EXCLUSIVE,
  FIRST_PERSON_ENDINGS,
  GENERIC_SUBJECTS,
  NEGATIONS,
  NOT_NEGATION,
  PT_ONLY_WORDS,
  ES_ONLY_WORDS,
  USE_AUX,
  USE_CORE,
  USE_PHRASES,
} from './vocab/cues.ts';

type Span = { start: number; end: number };

export interface Clause {
  start: number;
  end: number;
  /** The clause states that the site (or its partners) uses something. */
  use: boolean;
  /** Which rule made it a use statement. */
  useRule: string;
  /** Offset of the use verb, or -1. */
  verb: number;
  /** The use verb is a core one (use, place, employ…), not collect/store. */
  core: boolean;
  agent: boolean;
  /** A passive use verb ("are set", "werden … gesetzt"). */
  participle: boolean;
  exclusive: number;
  consent: boolean;
}

export interface SentenceClauses {
  text: string;
  clauses: Clause[];
  conditional: boolean;
  /** Where the conditions are (their clause's negations deny nothing). */
  conditions: number[];
  negations: number[];
  starts: number[];
  /** Offsets of site agents (we, our site, the site's name). */
  agents: Span[];
  /** Offsets of core verbs of use, whoever their subject. */
  coreVerbs: number[];
}

const BREAK_RE = new RegExp(CLAUSE_BREAKS, 'gu');
const CONCESSIVE =
  /^(?:although|though|even though|while|whereas|unlike|bien que|quoique|alors que|contrairement|obwohl|wahrend|im gegensatz|aunque|mientras que|a diferencia|sebbene|benche|mentre|a differenza|hoewel|terwijl|in tegenstelling|embora|enquanto|ao contrario)\b/u;
const ENDING_RE = new RegExp(`(?:${FIRST_PERSON_ENDINGS})(?![\\p{L}\\p{N}])`, 'gu');
const LETTER = /\p{L}/u;

/** A word ending like a first-person plural verb, at least two letters before the ending. */
function firstPersonVerb(norm: string, ending: Span): Span | null {
  let start = ending.start;
  while (start > 0 && LETTER.test(norm[start - 1] ?? '')) start--;
  return ending.start - start >= 2 ? { start, end: ending.end } : null;
}
const CORE_RE = wordRe(join(USE_CORE));
const AUX_RE = wordRe(join(USE_AUX));
const PHRASE_RE = wordRe(join(USE_PHRASES));
const NEG_RE = wordRe(join(NEGATIONS));
const NOT_NEG_RE = wordRe(NOT_NEGATION);
const FR_NE_RE = /\bn(?:e(?![\p{L}\p{N}])|')/gu;
const FR_NE_END = /(?<![\p{L}])(?:pas|jamais|plus|aucun\p{L}*|rien)(?![\p{L}])/u;
const FR_NE_QUE = /(?<![\p{L}])que(?![\p{L}])/u;
const COND_RE = wordRe(CONDITIONAL, 'u');
const EXCL_RE = wordRe(EXCLUSIVE);
const CONSENT_RE = wordRe(CONSENT, 'u');
const GENERIC_RE = wordRe(GENERIC_SUBJECTS, 'u');
const PARTICIPLE = wordRe(
  'used|placed|set|stored|deployed|employed|installed|utili[sz]ed|served|eingesetzt|verwendet|genutzt|gesetzt|utilis[ée]e?s?|d[ée]pos[ée]e?s?|utilizad[ao]s?|usad[ao]s?|instalad[ao]s?',
);

const AGENT_SRC = join(AGENTS);
const WIR = /^wir$/u;
const PT_ONLY_RE = wordRe(PT_ONLY_WORDS, 'gu');
const ES_ONLY_RE = wordRe(ES_ONLY_WORDS, 'gu');

/** Portuguese possessives (Spanish has "su", "tu", "nuestro"). */
const PT_POSSESSIVE_NEXT = /^ (?:seus?|suas?|noss[oa]s?|teus?|tuas?)(?![\p{L}])/u;

/** At least two words only Portuguese has, and twice as many as words only Spanish has. */
function portugueseOverSpanish(norm: string): boolean {
  const pt = norm.match(PT_ONLY_RE)?.length ?? 0;
  if (pt < 2) return false;
  const es = norm.match(ES_ONLY_RE)?.length ?? 0;
  return pt >= 2 * es;
}

/** "… is in no way supported", "… are not used": a negation closing a passive. */
const NEGATED_PASSIVE =
  /^(?:in no way|no way|not|never|no longer|nicht|pas|no|non|niet|nao)(?: (?:currently|be|been|ever|at all|actually))? (?:supported|used|set|placed|employed|offered|allowed|present|loaded|enabled|installed|verwendet|eingesetzt|utilis\p{L}*|utiliz\p{L}*|usad\p{L}*|gebruikt|geplaatst)(?![\p{L}])(?! (?:for|to|as|in order|pour|para|per|zu|zur|zum|fur|voor|om|como|come)(?![\p{L}]))/u;
const COPULA_END = / (?:are|is|sind|ist|sont|est|son|sono|zijn|sao)\s?$/u;
const CLAUSE_BREAK = /[.;:()]|\b(?:that|which|who|because|if|when|where|while|but|we|you)\b/u;
/** Between a listed subject's first item and its negated verb: items and commas, then "are". */
function listSubject(between: string): boolean {
  return between.includes(',') && COPULA_END.test(between) && !CLAUSE_BREAK.test(between);
}
/** German negations that may follow the verb. */
export const DE_NEG = /^(?:nicht|kein\p{L}*|niemals|nie|niet|nooit)(?![\p{L}])/u;

/** Agent matcher including the site's own names found in the document. */
export function agentRegex(selfNames: string[]): RegExp {
  const names = selfNames.map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return wordRe([AGENT_SRC, ...names].join('|'));
}

function inside(s: Span[], a: number, b: number): Span[] {
  return s.filter((x) => x.start >= a && x.start < b);
}

/**
 * Offsets of the site's agents in a sentence: we, our site, the site's name,
 * first-person plural verbs, and `extraAgents` found by the caller ("Acme
 * uses …": the brand opening the sentence).
 */
export function siteAgents(
  norm: string,
  agentRe: RegExp,
  find: Finder = sentenceFinder(norm),
  extraAgents: Span[] = [],
): Span[] {
  const verbsOfWe = find
    .spans(ENDING_RE, true)
    .map((s) => firstPersonVerb(norm, s))
    .filter((s): s is Span => s !== null);
  return [...find.spans(agentRe), ...verbsOfWe, ...extraAgents].sort((x, y) => x.start - y.start);
}

/**
 * The subject and its verb around an aside set off by commas: "Ce site, dont
 * je loue l'existence à un CMS qui s'appelle Weebly (…), utilise …", "This
 * website, which is hosted by …, uses …".
 */
function inserted(norm: string, agent: Span, verb: Span): boolean {
  if (verb.start - agent.end > 240) return false;
  const between = norm.slice(agent.end, verb.start);
  return ASIDE.test(between);
}
const ASIDE = /^ ?,[^;:.!?]*, ?$/u;

/** Italian "ma" and Portuguese "mas" ("but"): also French "ma" ("my") and folded Spanish "más" ("more"). */
const MA = /^,? ma $/u;
const MAS = /^,? mas $/u;

/** A "but" of another language than the sentence's ("à ma connaissance", "más relevante"). */
function foreignBut(norm: string, cut: Span): boolean {
  const word = norm.slice(cut.start, cut.end);
  if (MA.test(word)) return !languagesOf(norm).includes('it');
  if (MAS.test(word)) {
    const langs = languagesOf(norm);
    return langs.includes('es') && !langs.includes('pt');
  }
  return false;
}

export function analyzeClauses(
  norm: string,
  agentRe: RegExp,
  find: Finder = sentenceFinder(norm),
  /** More agents found by the caller ("Acme uses …": the brand opening the sentence). */
  extraAgents: Span[] = [],
  /** siteAgents(norm, agentRe, find, extraAgents), when the caller has them. */
  agents: Span[] = siteAgents(norm, agentRe, find, extraAgents),
): SentenceClauses {
  const starts = wordStartOffsets(norm);
  const dist = (a: number, b: number): number => Math.abs(wordAt(starts, b) - wordAt(starts, a));
  const cuts = [
    0,
    ...find
      .spans(BREAK_RE, true)
      .filter((s) => !foreignBut(norm, s))
      .map((s) => s.start),
    norm.length,
  ];
  // "Although … cookies are used to offer advertising, we …": the concession
  // ends at its first comma.
  if (CONCESSIVE.test(norm)) {
    const comma = norm.indexOf(', ');
    if (comma > 0 && !cuts.includes(comma)) cuts.splice(1, 0, comma);
    cuts.sort((a, b) => a - b);
  }
  const core = find.spans(CORE_RE);
  const aux = find.spans(AUX_RE);
  const phrases = find.spans(PHRASE_RE);
  const participles = find.spans(PARTICIPLE);
  const excl = find.spans(EXCL_RE);
  const notNeg = find.spans(NOT_NEG_RE);
  // Portuguese "no" is "in the" ("no nosso site"): its negation is "não".
  let portuguese: boolean | undefined;
  const notPortugueseNo = (n: Span): boolean => {
    if (n.end - n.start !== 2 || norm.slice(n.start, n.end) !== 'no') return true;
    // "no seu dispositivo", "no nosso site": "in the" before a possessive only Portuguese has.
    if (PT_POSSESSIVE_NEXT.test(norm.slice(n.end, n.end + 8))) return false;
    if (portuguese === undefined) {
      // Told by its other words: "No advertising cookies." alone is not Portuguese.
      const rest = norm.replace(/\bno\b/gu, ' ');
      const langs = languagesOf(rest);
      // Portuguese and Spanish share many function words: a sentence read as
      // both is Portuguese when it has clearly more words only Portuguese has
      // ("em", "um", "do", "na") than words only Spanish has ("el", "y", "su").
      portuguese =
        langs.includes('pt') &&
        !langs.includes('en') &&
        (!langs.includes('es') || portugueseOverSpanish(rest));
    }
    return !portuguese;
  };
  const negations = find
    .spans(NEG_RE)
    .filter((n) => !notNeg.some((x) => n.start >= x.start && n.start < x.end))
    .filter(notPortugueseNo)
    .map((n) => n.start);
  // French "ne … pas": the negation sits at "ne"; "ne … que" means "only".
  for (const ne of find.spans(FR_NE_RE)) {
    const tail = norm.slice(ne.end, ne.end + 60);
    if (FR_NE_END.test(tail)) negations.push(ne.start);
    else if (FR_NE_QUE.test(tail)) excl.push(ne);
  }
  negations.sort((a, b) => a - b);

  const clauses: Clause[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k] ?? 0;
    const b = cuts[k + 1] ?? norm.length;
    const text = norm.slice(a, b);
    const inAgents = inside(agents, a, b);
    const verbs = [
      ...inside(core, a, b).map((s) => ({ ...s, core: true })),
      ...inside(aux, a, b).map((s) => ({ ...s, core: false })),
    ].sort((x, y) => x.start - y.start);
    let use = false;
    let useRule = '';
    let verb = -1;
    let isCore = false;
    const phrase = inside(phrases, a, b)[0];
    if (phrase) {
      use = true;
      useRule = 'use-phrase';
      verb = phrase.start;
      isCore = true;
    }
    for (const v of verbs) {
      if (use) break;
      // German puts the subject after the verb ("Cookies verwenden wir …").
      const after = (g: Span): boolean =>
        g.start > v.start && dist(v.start, g.start) <= 2 && WIR.test(norm.slice(g.start, g.end));
      if (
        inAgents.some(
          (g) =>
            (g.start < v.start && (dist(g.start, v.start) <= 12 || inserted(norm, g, v))) ||
            after(g),
        )
      ) {
        use = true;
        useRule = 'agent-verb';
        verb = v.start;
        isCore = v.core;
      }
    }
    const participle = inside(participles, a, b)[0];
    // The agent of a passive stands near it ("are set by our partners"), not
    // at the end of a long list of what cookies do in general.
    const near = (g: Span): boolean =>
      participle !== undefined && dist(g.start, participle.start) <= 12;
    if (!use && participle && inAgents.some(near)) {
      use = true;
      useRule = 'passive-with-agent';
      verb = participle.start;
      isCore = true;
    }
    // Elided subject: "we use X but do not use Y".
    const prev = clauses[clauses.length - 1];
    if (!use && prev?.use && prev.agent && verbs[0] && !has(GENERIC_RE, text)) {
      use = true;
      useRule = 'agent-verb';
      verb = verbs[0].start;
      isCore = verbs[0].core;
    }
    const exclusive = inside(excl, a, b)[0]?.start ?? -1;
    clauses.push({
      start: a,
      end: b,
      use,
      useRule,
      verb,
      core: isCore,
      agent: inAgents.length > 0 || useRule === 'use-phrase',
      participle: participle !== undefined,
      exclusive,
      consent: has(CONSENT_RE, text),
    });
  }
  // A negation under a condition or about a privacy signal ("when we receive
  // a DNT signal we do not set analytics cookies") does not deny use.
  const conditional = find.has(COND_RE) || norm.includes('-signal');
  // Where: a condition holds in its own clause ("We do not use advertising
  // SDKs, and we honor the GPC signal where …" still denies the SDKs).
  const conditions: number[] = [];
  if (conditional) {
    for (const m of spans(COND_RE, norm)) conditions.push(m.start);
    for (let k = norm.indexOf('-signal'); k >= 0; k = norm.indexOf('-signal', k + 1))
      conditions.push(k);
  }
  return {
    text: norm,
    clauses,
    conditional,
    conditions,
    negations,
    starts,
    agents,
    coreVerbs: core.map((v) => v.start),
  };
}

/** A condition in the clause, or a clause with no condition but a sentence too short to tell. */
function conditionIn(sc: SentenceClauses, c: Clause, pos: number): boolean {
  return sc.conditions.some(
    (k) =>
      k >= c.start &&
      k < c.end &&
      !NEW_SUBJECT.test(sc.text.slice(Math.min(k, pos), Math.max(k, pos))),
  );
}
/** A coordinated clause with its own subject: ", and we honor …", "; we …". */
const NEW_SUBJECT =
  /[;]|, (?:and|but|while|whereas|et|mais|und|aber|y|pero|e|ma|en|maar|mas) (?:we|i|nous|wir|ich|nosotros|noi|wij|nos)(?![\p{L}])/u;

export function clauseAt(sc: SentenceClauses, pos: number): Clause | undefined {
  return sc.clauses.find((c) => pos >= c.start && pos < c.end) ?? sc.clauses[sc.clauses.length - 1];
}

/**
 * Is the mention at `pos` negated? A negation shortly before the verb, between
 * the verb and the mention, or right before the mention ("no advertising
 * cookies"). `strong` when it denies use (core verb or "no X cookies").
 */
export function negation(sc: SentenceClauses, pos: number): { negated: boolean; strong: boolean } {
  const c = clauseAt(sc, pos);
  if (!c || (sc.conditional && conditionIn(sc, c, pos))) return { negated: false, strong: false };
  const words = (x: number): number => wordAt(sc.starts, x);
  for (const n of sc.negations) {
    if (n < c.start || n >= c.end) continue;
    const beforeMention = n < pos && words(pos) - words(n) <= 3;
    if (c.verb >= 0) {
      const plain = (x: number, y: number): boolean => !sc.text.slice(x, y).includes(',');
      // "No pixels or beacons are used": before a passive verb the whole subject is negated.
      const reach = c.useRule === 'passive-with-agent' ? 10 : 4;
      const beforeVerb = n < c.verb && words(c.verb) - words(n) <= reach && plain(n, c.verb);
      // "we use X and not Y" — not "… so you will not have to re-enter it, (2) tailor …".
      const between = c.verb < n && n < pos && plain(c.verb, n) && plain(n, pos);
      // German "… verwenden wir nicht": the negation closes the clause.
      const closing =
        pos < c.verb &&
        c.verb < n &&
        words(n) - words(c.verb) <= 3 &&
        DE_NEG.test(sc.text.slice(n, n + 8));
      if (beforeVerb || between || closing)
        return { negated: true, strong: c.core || beforeMention || closing };
    }
    if (beforeMention) return { negated: true, strong: true };
    // "The site does not currently include Google AdSense, display ad tags …":
    // a negated verb of use denies what follows it, whoever its subject.
    const negatedVerb = sc.coreVerbs.find(
      (v) =>
        n < v &&
        v < pos &&
        v < c.end &&
        words(v) - words(n) <= 3 &&
        !sc.text.slice(n, v).includes(','),
    );
    if (negatedVerb !== undefined) return { negated: true, strong: true };
    // "Personalised advertising is in no way supported": a negated passive after the mention.
    if (
      n > pos &&
      n < c.end &&
      NEGATED_PASSIVE.test(sc.text.slice(n, n + 40)) &&
      (words(n) - words(pos) <= 6 ||
        // "Advertising pixels, remarketing, broad third-party analytics, and
        // cross-site tracking are not enabled": a listed subject.
        (words(n) - words(pos) <= 16 && listSubject(sc.text.slice(pos, n))))
    )
      return { negated: true, strong: true };
    // "… are not connected to outside tracking networks or marketing tools":
    // a negation earlier in the same comma-free stretch keeps the mention from
    // counting as used, without denying it.
    if (n < pos && words(pos) - words(n) <= 8 && !sc.text.slice(n, pos).includes(',')) {
      return { negated: true, strong: false };
    }
  }
  return { negated: false, strong: false };
}
