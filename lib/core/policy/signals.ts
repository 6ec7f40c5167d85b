// Do Not Track / Global Privacy Control stance (rules in vocab/signals.ts).
import type { Category, Stance } from '../types.ts';
import { trimChar } from '../text.ts';
import { DE_NEG, type SentenceClauses, agentRegex, analyzeClauses } from './clauses.ts';
import { type Doc, quote } from './doc.ts';
import { has, normalize, spans, wordAt, wordRe } from './match.ts';
import type { DeclaredEvidence } from './types.ts';
import {
  ANAPHORA,
  ENABLE_SIGNAL,
  FUTURE_INTENT,
  HONOR_VERBS,
  IGNORE_PHRASES,
  IGNORE_VERBS,
  NOT_A_STANCE,
  OPT_OUT_LEAD,
  PARTIAL_CUES,
  PASSIVE,
  PLACE_LIMITS,
  RESERVES,
  SAME_AS_OTHERS,
  SPEAKERS,
  TRACK_VERBS,
} from './vocab/signals.ts';

export type Signal = 'dnt' | 'gpc';
const SIGNALS: Signal[] = ['dnt', 'gpc'];
const TOKEN: Record<Signal, string> = { dnt: 'dnt-signal', gpc: 'gpc-signal' };

const RESERVES_RE = wordRe(RESERVES);
const IGNORE_PHRASE_RE = wordRe(IGNORE_PHRASES, 'u');
const IGNORE_VERB_RE = wordRe(IGNORE_VERBS);
const HONOR_RE = wordRe(HONOR_VERBS);
const TRACK_RE = wordRe(TRACK_VERBS);
const PARTIAL_RE = wordRe(PARTIAL_CUES, 'u');
const PASSIVE_RE = wordRe(PASSIVE, 'u');
const ANAPHORA_RE = wordRe(ANAPHORA, 'u');
const SPEAKERS_RE = wordRe(SPEAKERS, 'u');
const NOT_A_STANCE_RE = wordRe(NOT_A_STANCE, 'u');
const OPT_OUT_LEAD_RE = wordRe(OPT_OUT_LEAD, 'u');
const PLACE_LIMITS_RE = wordRe(PLACE_LIMITS, 'u');
const SAME_AS_OTHERS_RE = wordRe(SAME_AS_OTHERS, 'u');
const FUTURE_INTENT_RE = wordRe(FUTURE_INTENT, 'u');
const ENABLE_SIGNAL_RE = wordRe(ENABLE_SIGNAL, 'u');

export interface StanceHit {
  stance: Exclude<Stance, 'silent'>;
  rule: string;
}

type Span = { start: number; end: number };

/** spans(re, text) of one sentence, each expression scanned once for all its clauses. */
function spansOnce(text: string): (re: RegExp) => Span[] {
  const seen = new Map<RegExp, Span[]>();
  return (re) => {
    let found = seen.get(re);
    if (!found) {
      found = spans(re, text);
      seen.set(re, found);
    }
    return found;
  };
}

/**
 * The words from a verb's end up to a signal token that follows it within
 * four words ("share | any dnt-signal"), or null. Token by token, not one
 * expression: quotes are both separators and word characters, and an
 * expression allowing both backtracks exponentially on a run of quotes.
 */
function signalObject(after: string): string | null {
  if (!/^[\s"'(]/u.test(after)) return null;
  let words = 0;
  for (const m of after.matchAll(/[^\s"(]+/gu)) {
    const word = trimChar(m[0], "'");
    if (word === '') continue;
    if (word.startsWith('dnt-signal') || word.startsWith('gpc-signal')) {
      // Leading quotes are all the word leaves out before its first letter.
      return after.slice(0, m.index + m[0].indexOf(word) + 10);
    }
    if (!/^[\p{L}'-]+$/u.test(word) || ++words > 4) return null;
  }
  return null;
}

/** The stance one stretch of normalised text takes, if any. */
function stanceIn(
  text: string,
  sc: SentenceClauses,
  a: number,
  b: number,
  all: (re: RegExp) => Span[] = spansOnce(text),
): StanceHit | null {
  const starts = sc.starts;
  const w = (x: number): number => wordAt(starts, x);
  const plain = (x: number, y: number): boolean => !text.slice(x, y).includes(',');
  // "… and you have not already accepted analytics": the visitor's negation, not the site's.
  const negs = sc.negations.filter(
    (n) => n >= a && n < b && !VISITOR_NEG.test(text.slice(Math.max(0, n - 24), n)),
  );
  const within = (re: RegExp): Span[] => all(re).filter((s) => s.start >= a && s.start < b);

  const reserves = within(RESERVES_RE);
  if (within(IGNORE_PHRASE_RE).length > 0) return { stance: 'ignores', rule: 'ignore phrase' };
  const ignoreVerbs = within(IGNORE_VERB_RE);
  const trackVerbs = within(TRACK_RE);
  // A negated response to the signal ("does not respond to") outweighs a
  // negated tracking verb ("does not track users … so it does not respond").
  let stops: StanceHit | null = null;
  // "won't follow your journey": following the visitor, not the signal.
  const followsVisitor = (v: Span): boolean =>
    text.startsWith('follow', v.start) && !SIGNAL_OBJECT.test(text.slice(v.end, v.end + 40));
  for (const n of negs) {
    const near = (v: { start: number }): boolean =>
      v.start > n && w(v.start) - w(n) <= 6 && plain(n, v.start);
    const iv = ignoreVerbs.find((v) => near(v) && !followsVisitor(v));
    const tv = trackVerbs.find(near) ?? ignoreVerbs.find((v) => near(v) && followsVisitor(v));
    if (iv && (!tv || iv.start <= tv.start)) {
      return { stance: 'ignores', rule: 'negated response verb' };
    }
    if (tv) {
      // "we do not share dnt-signal …": the signal is what is not acted on.
      // ("… not to be tracked via a DNT header": the signal is the means, not the object.)
      const object = signalObject(text.slice(tv.end, Math.min(b, tv.end + 160)));
      const objectIsSignal =
        object !== null && !/\b(?:via|through|by|with|using|in|when|if|from)\b/u.test(object);
      if (objectIsSignal) return { stance: 'ignores', rule: 'negated response verb' };
      stops ??= { stance: 'honors', rule: 'stops tracking on the signal' };
    }
  }
  // German "Wir berücksichtigen … Signale nicht": the negation follows the verb.
  for (const n of negs) {
    if (!DE_NEG.test(text.slice(n, n + 8))) continue;
    const before = (v: { start: number }): boolean =>
      v.start < n &&
      w(n) - w(v.start) <= 9 &&
      plain(v.start, n) &&
      // "… respektieren wir und setzen … keine Cookies": another verb's negation.
      !/ (?:und|oder|and|or|en|of|et|ou) /u.test(text.slice(v.start, n));
    if (ignoreVerbs.some(before) || within(HONOR_RE).some(before)) {
      return { stance: 'ignores', rule: 'negated response verb' };
    }
  }
  if (stops) return stops;
  const future = within(FUTURE_INTENT_RE);
  const honors = within(HONOR_RE).filter(
    (h) =>
      !negs.some((n) => n < h.start && w(h.start) - w(n) <= 4 && plain(n, h.start)) &&
      !reserves.some(
        (r) =>
          (r.start <= h.start && h.start < r.end) ||
          (r.end <= h.start && w(h.start) - w(r.end) <= 3),
      ) &&
      !future.some((r) => r.end <= h.start && w(h.start) - w(r.end) <= 2) &&
      // "you may disable the use of cookies in your browser": the visitor acts
      // (but "you can opt out via Do Not Track" is the site's offer).
      !(
        VISITOR_ACTS.test(text.slice(Math.max(0, h.start - 40), h.start)) &&
        !text.startsWith('opt', h.start)
      ),
  );
  if (honors.length > 0) {
    // A limitation of the response: after its verb ("we honour DNT only in
    // California") or just before it ("we only honour") — not "I only care
    // about aggregates, and respect DNT".
    const first = honors[0]?.start ?? a;
    if (within(PARTIAL_RE).some((p) => p.start >= first || w(first) - w(p.start) <= 3))
      return { stance: 'partial', rule: 'honoured with a limitation' };
    return { stance: 'honors', rule: 'response verb' };
  }
  if (reserves.length > 0) return { stance: 'reserves', rule: 'reserves the right to respond' };
  return null;
}

/** The visitor as the subject of the verb that follows ("you may disable"). */
const VISITOR_ACTS = /\byou(?: (?:may|can|could|might|also|still|always|should|will))* $/u;

/** What a verb of response acts on when it is the signal: "follow the DNT signal", "follow them". */
const SIGNAL_OBJECT =
  /^ (?:the |this |that |such |these |those |any |your |a )?(?:browser'?s? )?(?:(?:dnt|gpc)-signal|signals?|requests?|settings?|them|it)\b/u;

/** Just before a negation: its subject is the visitor or the browser. */
const VISITOR_NEG =
  /\b(?:you|your browser|users?|visitors?) (?:have |has |had |do |does |did |are |is )?(?:already |yet )?$/u;

/** Where the site's own practice follows a statement about the standard: ", and this site …", ", so we …". */
const STANCE_AFTER_GENERAL =
  /[,;] (?:and|so|but|therefore|thus|hence|which is why|for this reason|as a result)[, ]/u;

/** Stances per signal in one sentence; `inherited` are signals referred back to. */
function sentenceStances(
  norm: string,
  sc: SentenceClauses,
  inherited: Signal[],
  namesVendor = false,
): { signal: Signal; hit: StanceHit }[] {
  // Who speaks: the site ("we", its name), a passive of its practice, a
  // tracker it names ("Matomo respects DNT"), its analytics, or a condition
  // on the user's browser ("If your browser sends DNT, the script is not loaded").
  const speaks =
    sc.agents.length > 0 || namesVendor || has(PASSIVE_RE, norm) || has(SPEAKERS_RE, norm);
  if (!speaks) return [];
  // "There is no standard for how sites should respond to DNT, and this site
  // does not change its behavior": a statement about the standard, then the
  // site's own practice. Only the part about the standard says nothing.
  const general = has(NOT_A_STANCE_RE, norm) ? spans(NOT_A_STANCE_RE, norm) : [];
  if (general.length > 0 && !STANCE_AFTER_GENERAL.test(norm)) return [];
  const out: { signal: Signal; hit: StanceHit }[] = [];
  const sentenceSignals = SIGNALS.filter((g) => norm.includes(TOKEN[g]));
  // "We will treat you just like all our other users, because we do not
  // track anyone": whatever the reason given, the signal changes nothing.
  if (has(SAME_AS_OTHERS_RE, norm)) {
    const hit: StanceHit = { stance: 'ignores', rule: 'treated like any other visitor' };
    return (sentenceSignals.length > 0 ? sentenceSignals : inherited).map((g) => ({
      signal: g,
      hit,
    }));
  }
  const all = spansOnce(norm);
  for (const c of sc.clauses) {
    const part = norm.slice(c.start, c.end);
    let signals = SIGNALS.filter((g) => part.includes(TOKEN[g]));
    if (signals.length === 0) signals = sentenceSignals.length > 0 ? sentenceSignals : inherited;
    if (signals.length === 0) continue;
    // The clause less any stretch about the standard in general.
    let from = c.start;
    for (const g of general)
      if (g.start >= c.start && g.start < c.end) {
        const cut = norm.slice(g.end, c.end).search(STANCE_AFTER_GENERAL);
        from = cut < 0 ? c.end : g.end + cut;
      }
    if (from >= c.end) continue;
    const hit = stanceIn(norm, sc, from, c.end, all);
    if (hit) for (const g of signals) out.push({ signal: g, hit });
  }
  return out;
}

/** Combine the stances found for one signal (see vocab/signals.ts). */
export function combineStances(found: Set<Stance>): Stance {
  if (found.has('partial') || (found.has('honors') && found.has('ignores'))) return 'partial';
  if (found.has('honors')) return 'honors';
  if (found.has('ignores')) return 'ignores';
  if (found.has('reserves')) return 'reserves';
  return 'silent';
}

/** The stance a single sentence expresses about the signal(s) it names. */
export function stanceOf(text: string): Stance {
  const norm = normalize(text);
  const sc = analyzeClauses(norm, agentRegex([]));
  const found = new Set<Stance>(sentenceStances(norm, sc, []).map((x) => x.hit.stance));
  return combineStances(found);
}

export interface SignalResult {
  dnt: Stance;
  gpc: Stance;
  evidence: DeclaredEvidence[];
}

export interface SignalVendor {
  name: string;
  category?: Category;
}

interface Found {
  i: number;
  rule: string;
  /** Vendors the sentence names when it is about them ("Matomo respects DNT"). */
  vendors: string[];
}

/** A place limit on the passage: its headings, its list's lead-in, the sentence before. */
function limitedByPlace(doc: Doc, i: number): boolean {
  const s = doc.sents[i];
  if (!s) return false;
  const near = [...s.parents, s.lead, i - 1].filter((j) => j >= 0);
  return near.some((j) => {
    const o = doc.sents[j];
    if (!o || (j === i - 1 && o.block !== s.block && !s.parents.includes(j))) return false;
    return has(PLACE_LIMITS_RE, doc.an[j]?.norm ?? '');
  });
}

/**
 * @param vendors the third parties the policy declares (a promise made only
 *   for one of them, "GoatCounter respects DNT", is partial when others track).
 */
export function readSignals(doc: Doc, vendors: SignalVendor[] = []): SignalResult {
  const found: Record<Signal, Map<Stance, Found>> = { dnt: new Map(), gpc: new Map() };
  const vendorScoped: Record<Signal, { all: boolean; names: Set<string> }> = {
    dnt: { all: true, names: new Set() },
    gpc: { all: true, names: new Set() },
  };
  const named = (j: number): Signal[] => SIGNALS.filter((g) => doc.an[j]?.norm.includes(TOKEN[g]));
  const naming = doc.an.map((a) => a.norm.includes('dnt-signal') || a.norm.includes('gpc-signal'));
  if (!naming.includes(true)) return { dnt: 'silent', gpc: 'silent', evidence: [] };
  const record = (g: Signal, st: Stance, f: Found): void => {
    if (!found[g].has(st)) found[g].set(st, f);
  };
  const carried: Signal[][] = [];
  /**
   * A signal named or carried just before, or named by a heading: all the
   * rest of this loop looks at for a sentence that names none (a quick way
   * past most sentences, without the arrays and closures below).
   */
  const signalNear = (i: number, parents: number[]): boolean => {
    if (naming[i - 1] || naming[i - 2] || naming[i - 3]) return true;
    if ((carried[i - 1]?.length ?? 0) > 0 || (carried[i - 2]?.length ?? 0) > 0) return true;
    for (const p of parents) if (naming[p]) return true;
    return false;
  };
  doc.sents.forEach((s, i) => {
    const a = doc.an[i];
    if (!a) return;
    if (!naming[i] && !signalNear(i, s.parents)) return;
    let inherited: Signal[] = [];
    if (!naming[i]) {
      // "… to such signals": only just after, or under a heading, that names one;
      // or right after one in the same paragraph ("If he is, we do not record …").
      const sameBlock = [1, 2].find(
        (d) =>
          (naming[i - d] || (carried[i - d]?.length ?? 0) > 0) &&
          doc.sents[i - d]?.block === s.block,
      );
      const near = [1, 2, 3].some((d) => naming[i - d]) || s.parents.some((p) => naming[p]);
      if (sameBlock !== undefined)
        inherited = naming[i - sameBlock] ? named(i - sameBlock) : (carried[i - sameBlock] ?? []);
      else {
        if (!near || !has(ANAPHORA_RE, a.norm)) return;
        const section = s.parents[0] ?? -1;
        for (let j = i - 1; j >= Math.max(0, i - 3) && inherited.length === 0; j--) {
          if ((doc.sents[j]?.parents[0] ?? -1) === section) inherited = named(j);
        }
        if (inherited.length === 0 && section >= 0) inherited = named(section);
      }
      if (inherited.length === 0) return;
      carried[i] = inherited;
    }
    const ownVoice = a.agents.length > 0;
    const about = ownVoice ? [] : a.vendors.map((v) => v.value);
    const hits = sentenceStances(a.norm, a.sc, inherited, about.length > 0);
    // "You may opt out by: … enabling GPC": a means of opting out the site accepts.
    // "You can opt out of the data collection. Activate the Do-Not-Track setting …": the same, told.
    const prev = doc.sents[i - 1];
    const toldAfterOptOut =
      prev !== undefined &&
      prev.block === s.block &&
      has(ENABLE_SIGNAL_RE, a.norm) &&
      has(OPT_OUT_LEAD_RE, doc.an[i - 1]?.norm ?? '');
    if (hits.length === 0 && naming[i] && ((s.kind === 'item' && s.lead >= 0) || toldAfterOptOut)) {
      if (toldAfterOptOut || has(OPT_OUT_LEAD_RE, doc.an[s.lead]?.norm ?? '')) {
        for (const g of named(i))
          hits.push({ signal: g, hit: { stance: 'honors', rule: 'listed as a way to opt out' } });
      }
    }
    for (const { signal, hit } of hits) {
      let stance: Stance = hit.stance;
      let rule = hit.rule;
      if (stance === 'honors' && limitedByPlace(doc, i)) {
        stance = 'partial';
        rule = `${rule}, limited to some places by its context`;
      }
      if (stance === 'honors') {
        const scope = vendorScoped[signal];
        if (about.length === 0) scope.all = false;
        about.forEach((v) => scope.names.add(v));
      }
      record(signal, stance, { i, rule, vendors: about });
    }
  });
  const evidence: DeclaredEvidence[] = [];
  const result = (g: Signal): Stance => {
    let stance = combineStances(new Set(found[g].keys()));
    const scope = vendorScoped[g];
    if (stance === 'honors' && scope.all && scope.names.size > 0) {
      const others = vendors.filter(
        (v) =>
          !scope.names.has(v.name) &&
          (v.category === 'analytics' || v.category === 'advertising' || v.category === 'social'),
      );
      if (others.length > 0) {
        stance = 'partial';
        const f = found[g].get('honors');
        if (f) {
          found[g].set('partial', {
            ...f,
            rule: `${f.rule}; promised for ${[...scope.names].join(', ')} only, not for ${others.map((v) => v.name).join(', ')}`,
          });
        }
      }
    }
    const deciding: Stance[] =
      stance === 'partial' && !found[g].has('partial') ? ['honors', 'ignores'] : [stance];
    for (const st of deciding) {
      const f = found[g].get(st);
      if (f) evidence.push({ field: g, quote: quote(doc, f.i), rule: `${st}: ${f.rule}` });
    }
    return stance;
  };
  return { dnt: result('dnt'), gpc: result('gpc'), evidence };
}
