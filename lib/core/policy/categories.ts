// Declared categories. Evidence comes in two strengths:
//   strong – a category named in a statement of use ("We use analytics
//            cookies"), or in a list introduced by one;
//   weak   – a category heading or label ("Essential cookies", "(3)
//            Advertising cookies."), a cookie-table cell, a purpose phrase in
//            cookie context ("cookies remember your language settings") where
//            the passage names no category, or a named vendor's business.
// Result: strong ∪ (weak − categories explicitly denied: "we do not use
// advertising cookies"); "we only use strictly necessary cookies" keeps only
// the strong ones and what it names.
import type { Category } from '../types.ts';
import { negation, clauseAt } from './clauses.ts';
import {
  type Doc,
  contextCats,
  cookieNear,
  isHeadingLike,
  labelLike,
  leadUse,
  ownCats,
  quote,
  recordsConsentFor,
  shortLineAlone,
} from './doc.ts';
import { labelCategories } from './analysis.ts';
import { has, wordRe } from './match.ts';
import { OWN_LISTING_RE, USED_RE, listsCookies, scopeOf, selfSpeaks } from './scope.ts';
import type { Sentence } from './sentences.ts';
import { CATEGORY_ORDER, type DeclaredEvidence } from './types.ts';
import { FUNCTIONAL_TERMS } from './vocab/categories.ts';
import {
  ANAPHORIC_USE,
  GENERIC_SUBJECTS,
  NOT_ON_DEVICE,
  THIS_KIND,
  USUALLY_USED,
  VISITOR_DISABLES,
} from './vocab/cues.ts';
import { EXAMPLE_CUES } from './vocab/scope.ts';

/** "Functional" cookies described as required are necessary ones (SPEC). */
const REQUIRED = wordRe(
  [
    'strictly necessary|necessary|required|essential|can not be (?:switched|turned) off|always active|exempt(?:ed)? from (?:the )?consent|(?:do|does) not require (?:your )?consent|without (?:your )?consent|(?:do|does) not need (?:your )?consent|no consent (?:is )?(?:needed|required)|(?:do|does) not (?:need|have) to (?:ask for|obtain) (?:your )?consent',
    'n[ée]cessaires?|indispensables?|essentiel(?:le)?s?|obligatoires?|exempt\\p{L}* (?:de|du) consentement|sans (?:votre )?consentement',
    'notwendig\\p{L}*|erforderlich\\p{L}*|essenziell\\p{L}*|essentiell\\p{L}*|einwilligungsfrei|ohne (?:ihre )?einwilligung|keine einwilligung (?:erforderlich|notwendig|n[öo]tig)',
    'necesari[ao]s?|obligatori[ao]s?|imprescindibles?|esenciales?|no requieren? (?:de )?(?:su |tu )?consentimiento|exent[ao]s? de consentimiento|sin (?:su )?consentimiento',
    'necessari[oaie]?|indispensabil[ie]|essenziali|obbligatori|esent[ie] dal consenso|senza (?:il )?(?:tuo |suo )?consenso',
    'noodzakelijke?|nodig|essentiele?|zonder (?:uw |jouw )?toestemming|vrijgesteld|(?:hoeven|hoeft|hoef) (?:we|wij|je|u) (?:niet|geen) (?:vooraf |eerst )?(?:om )?toestemming',
    'necess[áa]ri[oa]s?|essenciais|isent[oa]s? de consentimento|sem (?:o )?(?:seu )?consentimento',
  ].join('|'),
  'u',
);
const QUESTION_WITHOUT_USE = /\?$/u;
/** The site speaking of itself in the first person (not "you", not a third party). */
const FIRST_PERSON =
  /(?<![\p{L}])(?:we|us|our|i|my|nous|notre|nos|on a|wir|uns|unser\p{L}*|nosotros|nuestr[oa]s?|noi|nostr[oaie]|wij|ons|onze|nosso|nossa|nossos|nossas)(?![\p{L}'])/u;
/**
 * The site by the defined term of legal texts, capitalised mid-sentence
 * ("les Cookies utilisés sur le Site", "i cookie installati dal Sito", "las
 * cookies que utiliza el Sitio Web"): with a word of use, the site speaking.
 */
const DEFINED_SITE =
  /\b(?:the|this|le|du|au|ce|il|del|al|dal|sul|questo|el|este|o|do|no|pelo|este|het|de|deze|die|der|dem|diese[rm]?) (?:Site|Website|Web Site|Sito|Sitio|Sítio|Portal|Webseite|Plateforme|Platform|Piattaforma|Plataforma)(?: Web| Internet)?(?![\p{L}])/u;
/** "our cookies", "nos témoins", "unsere Cookies": the site's own. */
const OWN_COOKIES =
  /(?<![\p{L}])(?:our|nos|notre|unsere[nmrs]?|nuestr[ao]s|nostr[ie]|onze|noss[oa]s) (?:[\p{L}-]{1,20} ){0,2}(?:cookies?|temoins|trackers|traceurs)(?![\p{L}])/u;
/**
 * "our functional cookies", "nos fichiers témoins fonctionnels", "unsere
 * Analyse-Cookies", "nos outils d'analyse" (an elided article before the kind).
 */
const OUR =
  /(?<![\p{L}])(?:our|nos|notre|unsere[nmrs]?|nuestr[ao]s|nostr[ie]|onze|noss[oa]s)(?:\s+[\p{L}-]+){0,3}(?:\s+\p{L}{1,4}')?\s*$/u;
/**
 * "… and we refer to these as "essential" cookies", "nous les appelons
 * cookies essentiels" (the Termly template): the site naming a kind of its
 * own cookies.
 */
const WE_CALL =
  /(?:we (?:refer to|call) (?:these|them|those)(?: cookies)? as|nous les (?:appelons|nommons|d[ée]signons)|wir (?:bezeichnen|nennen) (?:diese|sie)(?: als)?|(?:los|las) (?:llamamos|denominamos)|le (?:chiamiamo|definiamo)|noemen we (?:deze|ze)|(?:os|as) (?:chamamos|designamos))(?: (?:cookies?|temoins?))?[\s"'“”«»]{0,4}(?:[\p{L}-]+[\s"'“”«»]{1,4}(?:or|ou|oder|o|of|ou) [\s"'“”«»]{0,3})?$/u;
/** The words before a category: "our …" or "we refer to these as …". */
const calledOwn = (before: string): boolean => OUR.test(before) || WE_CALL.test(before);
/** Behaviour, browsing, activity: what a purpose phrase says is followed. */
const BEHAVIOUR =
  /behaviou?r|habits|activit|interaction|comportement|verhalten|comportamiento|comportamento|gedrag|navigat|navegac|navigazion|surf/u;
const ZERO_COUNT = /\(\s*0\s*\)\s*$/u;
/** "Advertising cookies are small files …" defines; "… are used to show ads" describes. */
const DEFINITION =
  /^[\s-]*(?:(?:cookies?|technolog\p{L}*|trackers?|tags?|pixels?)\s*)?(?:is|are|sind|sont|son|es|est|ist)\s+(?:a|an|un|une|ein|eine|una?|small|tiny|text|simple|little|files?|pieces?|kleine\p{L}*|petits?|pequen\p{L}*)\b/u;

/** "Websites can use cookies to …" speaks of the web in general. */
const GENERIC = wordRe(GENERIC_SUBJECTS, 'u');
const NOT_ON_DEVICE_RE = wordRe(NOT_ON_DEVICE, 'u');
const USUALLY_USED_RE = wordRe(USUALLY_USED, 'u');
const ANAPHORIC_USE_RE = wordRe(ANAPHORIC_USE, 'u');
const EXAMPLE_RE = wordRe(EXAMPLE_CUES, 'u');
const THIS_KIND_RE = wordRe(THIS_KIND, 'u');
const VISITOR_DISABLES_RE = wordRe(VISITOR_DISABLES, 'u');

interface Found {
  i: number;
  rule: string;
  /** Read from "<category> cookies". */
  cookie?: boolean;
  /** Implied by a statement of use (a vendor the site says it uses). */
  strong?: boolean;
}

/** A heading's text with the first sentences of its section ("Functional cookies" / "These are exempt from consent"). */
function withSection(doc: Doc, i: number): string {
  const s = doc.sents[i];
  const a = doc.an[i];
  if (!s || !a) return '';
  // Another category's own word is not said of the functional cookies
  // ("necessary, functional or performance cookies").
  let norm = a.norm;
  for (const m of [...a.cats].sort((x, y) => y.start - x.start)) {
    if (m.value !== 'preferences')
      norm = norm.slice(0, m.start) + ' '.repeat(m.end - m.start) + norm.slice(m.end);
  }
  if (!isHeadingLike(s)) return norm;
  const parts = [norm];
  for (let j = i + 1; j < doc.sents.length && parts.length < 7; j++) {
    const o = doc.sents[j];
    if (!o || isHeadingLike(o)) break;
    if (o.parents[0] === i) parts.push(doc.an[j]?.norm ?? '');
  }
  return parts.join(' ');
}

/**
 * The categories a passage is about (contextCats), except a kind named by a
 * definition above the site's own statement: under "Advertising cookies:
 * permiten …" in a list of kinds, "La presente página web está utilizando
 * cookies que permiten facilitar la navegación" is about its own cookies.
 */
function passageCats(doc: Doc, i: number): Category[] {
  const cats = contextCats(doc, i);
  const s = doc.sents[i];
  const a = doc.an[i];
  if (cats.length === 0 || !s || !a || s.row > 0 || a.cats.length > 0 || a.catWords.length > 0)
    return cats;
  if (a.vendors.some((v) => v.category)) return cats;
  const p = s.parents.find((j) => ownCats(doc, j).length > 0);
  if (p === undefined) return cats;
  if (scopeOf(doc, p) === 'definition' && scopeOf(doc, i) === 'own') return [];
  // The page's title over sections of its own ("Cookies et Statistiques" /
  // "A. Qu'est-ce qu'un cookie ?" / "C. Pourquoi …"): the page's name, not a section.
  if (p === 0 && s.parents.length > 1 && isHeadingLike(doc.sents[s.parents[0] ?? -1] as Sentence))
    return [];
  return cats;
}

/**
 * A cookie the policy itself files as required: the sentence names only the
 * necessary kind ("Strictly necessary — required for … (security, language
 * preference)"), or its nearest heading naming a kind does ("Technical
 * cookies (always on)"), or is a functional heading whose first lines say so
 * ("Functional cookies" / "These cookies are required for browsing"). A preference purpose there (language, display,
 * "remember your choices") describes a necessary cookie (SPEC: a cookie the
 * policy calls essential stays necessary under a functional heading).
 */
/** The line just above a table that has no heading of its own ("Technical cookies (always on)"). */
function headingAbove(doc: Doc, i: number): number {
  let j = i - 1;
  while (j >= 0 && j > i - 200 && doc.sents[j]?.kind === 'cell') j--;
  return j;
}

function filedAsRequired(doc: Doc, i: number): boolean {
  const s = doc.sents[i];
  if (!s) return false;
  const mine = ownCats(doc, i);
  if (mine.length > 0) return mine.every((c) => c === 'necessary');
  if (listedAsNecessary(doc, s)) return true;
  for (const p of s.parents.length > 0 || s.kind !== 'cell' ? s.parents : [headingAbove(doc, i)]) {
    const ps = doc.sents[p];
    if (!ps || (!isHeadingLike(ps) && ps.kind !== 'para')) continue;
    const cats = ownCats(doc, p);
    if (cats.length === 0) continue;
    if (cats.every((c) => c === 'necessary')) return true;
    // "Functional cookies" / "These cookies are required …": its kind, read as necessary.
    const a = doc.an[p];
    return (
      !!a &&
      a.cats.length > 0 &&
      a.cats.every((m) => FUNCTIONAL_TERMS.has(m.rule.split(' ')[0] ?? '')) &&
      has(REQUIRED, withSection(doc, p))
    );
  }
  return false;
}

/**
 * An item of a list whose lead-in is itself negated ("Specifically, we do
 * not:", "Nous ne faisons pas :", "Wir setzen nicht ein:"): what the list
 * names is what the site does not do.
 */
function underNegatedLead(doc: Doc, i: number): boolean {
  const s = doc.sents[i];
  if (!s || (s.kind !== 'item' && s.kind !== 'cell') || s.lead < 0) return false;
  const l = doc.an[s.lead];
  if (!l || !/:\s*$/u.test(l.norm)) return false;
  const last = l.sc.negations[l.sc.negations.length - 1];
  if (last === undefined) return false;
  return NEAR_END.test(l.norm.slice(last));
}
/** A negation closing its lead-in: at most four words between it and the colon. */
const NEAR_END = /^[\p{L}'-]*(?:\s+[\p{L}'-]+){0,4}\s*:\s*$/u;

/** Purposes that are interest-based advertising in every reading (not "marketing emails"). */
const TARGETED_ADS = new Set(
  [
    'en.targeted-ads',
    'es.publicidad-interes',
    'fr.publicite-interets',
    'de.werbung-interessen',
    'de.an-interessen',
    'it.pubblicita-interessi',
    'nl.advertenties-interesses',
    'pt.publicidade-interesse',
    'pt.adaptados-interesses',
  ].map((id) => `purpose.${id}`),
);

const COOKIE_NAME_FIRST = /^_{0,2}[\p{L}\p{N}]{1,40}_[\p{L}\p{N}_]{1,60}(?![\p{L}\p{N}_])/u;

/**
 * For each list item, the categories of the vendors its list names ("_ga
 * cookie" / "- Provider: Google Analytics" / "- Purpose: Maintains session
 * state"): the list describes that vendor's cookie, so its purposes are the
 * vendor's kind. One pass over the document, one set per run of items.
 */
function listVendorCats(doc: Doc): (Set<Category> | undefined)[] {
  const out: (Set<Category> | undefined)[] = [];
  let run: Set<Category> | undefined;
  doc.sents.forEach((s, i) => {
    if (s.kind !== 'item') {
      run = undefined;
      return;
    }
    // An item opening with a cookie's own name ("woocommerce_recently_viewed
    // memorizes …") is another cookie: a run of its own.
    if (!run || COOKIE_NAME_FIRST.test(s.text)) run = new Set<Category>();
    for (const v of doc.an[i]?.vendors ?? []) if (v.category) run.add(v.category);
    out[i] = run;
  });
  return out;
}

function functionalAsRequired(
  value: Category,
  rule: string,
  norm: string,
  negated: boolean,
  necessaryList = false,
): Category {
  const id = rule.split(' ')[0] ?? '';
  return FUNCTIONAL_TERMS.has(id) && !negated && (necessaryList || has(REQUIRED, norm))
    ? 'necessary'
    : value;
}

/**
 * An item of a list the policy introduces as necessary ones ("Sono da
 * considerare tecnici i: … b) cookie di funzionalità", "Strictly necessary
 * cookies include: … functional cookies that …"): the policy's own filing.
 */
function listedAsNecessary(doc: Doc, s: Sentence): boolean {
  if ((s.kind !== 'item' && s.kind !== 'cell') || s.lead < 0) return false;
  const cats = contextCats(doc, s.lead);
  return cats.length > 0 && cats.every((c) => c === 'necessary');
}

/** A heading, or a short line alone that reads as one ("2. Types of cookies used"). */
function headingShaped(s: Sentence): boolean {
  return isHeadingLike(s) || shortLineAlone(s);
}

export interface CategoryResult {
  categories: Category[];
  evidence: DeclaredEvidence[];
  /** A declared category named as "<category> cookies": cookies are in use. */
  cookieCategory: Found | null;
  /** Categories named but not read as declared (DeclaredPolicy.mentioned). */
  mentioned: { category: Category; quote: string }[];
}

/**
 * @param implied weak evidence found by the other readers: a named vendor's
 *   line of business, a category given a lifetime.
 */
export function readCategories(doc: Doc, implied: Map<Category, Found>[] = []): CategoryResult {
  const strong = new Map<Category, Found>();
  const weak = new Map<Category, Found>();
  const denied = new Set<Category>();
  const only = new Set<Category>();
  let listKinds: (Set<Category> | undefined)[] | undefined;
  const add = (m: Map<Category, Found>, c: Category, f: Found): void => {
    if (!m.has(c)) m.set(c, f);
  };

  doc.sents.forEach((s, i) => {
    const a = doc.an[i];
    if (!a) return;
    const scope = scopeOf(doc, i);
    if (scope === 'hypothetical') return;
    const own = scope === 'own';
    // A heading closing the text, its section cut off ("… Cookies de
    // preferencias" as the last line of an excerpt): nothing is said under it.
    const emptyAtEnd = i === doc.sents.length - 1 && s.kind === 'heading';
    // A consent-manager declaration lists empty categories as "Preferences (0)".
    if (isHeadingLike(s) && ZERO_COUNT.test(s.text)) {
      for (const m of [...a.cats, ...a.catWords]) denied.add(m.value);
      return;
    }
    // Most sentences name no category: no iterator for an empty list.
    if (a.cats.length > 0)
      for (const m of a.cats) {
        const neg = negation(a.sc, m.start);
        const clause = clauseAt(a.sc, m.start);
        const value = functionalAsRequired(
          m.value,
          m.rule,
          withSection(doc, i),
          neg.negated,
          listedAsNecessary(doc, s),
        );
        const found = (why: string): Found => ({
          i,
          rule: `${m.rule} (${m.attach}); ${why}`,
          ...(m.noun === 'tech.cookies' ? { cookie: true } : {}),
        });
        if (neg.negated) {
          if (neg.strong) denied.add(value);
          continue;
        }
        if (underNegatedLead(doc, i) || recordsConsentFor(a.norm, m.start)) continue;
        if (clause?.use) {
          add(strong, value, found(`use statement (${clause.useRule})`));
          if (clause.exclusive >= 0 && clause.exclusive < m.start && !clause.consent)
            only.add(value);
        } else if ((s.kind === 'item' || s.kind === 'cell') && leadUse(doc, i)) {
          add(strong, value, found('listed under a statement of use'));
        } else if (!own || emptyAtEnd) {
          continue;
        } else if (isHeadingLike(s) && !QUESTION_WITHOUT_USE.test(s.text)) {
          add(weak, value, found('heading'));
        } else if (labelLike(s, a) || s.kind === 'cell') {
          add(weak, value, found(s.kind === 'cell' ? 'cookie table' : 'label'));
        } else if (
          m.start <= 30 &&
          m.attach !== 'full-term' &&
          !DEFINITION.test(a.norm.slice(m.end))
        ) {
          add(weak, value, found('description of the category'));
        } else if (calledOwn(a.norm.slice(Math.max(0, m.start - 40), m.start))) {
          add(weak, value, found('the site calls them its own'));
        } else if (a.has(OWN_LISTING_RE)) {
          add(weak, value, found("named by the site's own listing"));
        }
      }
    // "We use these technologies to personalise … and for marketing and
    // advertising": purpose words of a statement of use about cookies.
    if (a.loose.length > 0)
      for (const m of a.loose) {
        const clause = clauseAt(a.sc, m.start);
        if (!clause?.use || !clause.agent || !cookieNear(doc, i)) continue;
        // "Profiling cookies, sent by third parties: cookies used to track …" in a
        // list of kinds: what third parties do with such cookies, not the site.
        if (scope === 'definition' && !selfSpeaks(a)) continue;
        // "Third-party cookies … are often used for advertising": what such cookies usually do.
        if (a.has(USUALLY_USED_RE)) continue;
        if (negation(a.sc, m.start).negated) continue;
        add(strong, m.value, { i, rule: `${m.rule} (loose); purpose in a statement of use` });
      }
    // "analitici: servono a raccogliere … Li utilizziamo per …": the site
    // using "them", the kind its paragraph opens with.
    if (!s.first && a.has(ANAPHORIC_USE_RE)) {
      ANAPHORIC_USE_RE.lastIndex = 0;
      const m = ANAPHORIC_USE_RE.exec(a.norm);
      const at = m ? m.index + m[0].length : 0;
      let j = i;
      while (j > 0 && doc.sents[j - 1]?.block === s.block) j--;
      const head = doc.an[j];
      if (m && head && clauseAt(a.sc, m.index)?.use && !negation(a.sc, at).negated) {
        const opening = head.cats.filter((m) => m.start <= 3).map((m) => m.value);
        const named = opening.length > 0 ? opening : labelCategories(head.norm);
        for (const c of named)
          add(strong, c, { i, rule: `${c}; the paragraph's kind used by the site` });
      }
    }
    // "Cookie di profilazione. … Questo sito non utilizza cookie di questo
    // tipo.": the kind its passage names, used or denied by the site.
    if (scope === 'own' && a.cookieContext && a.has(THIS_KIND_RE)) {
      THIS_KIND_RE.lastIndex = 0;
      const m = THIS_KIND_RE.exec(a.norm);
      const clause = m ? clauseAt(a.sc, m.index) : undefined;
      if (m && clause?.use && (clause.agent || clause.useRule === 'use-phrase')) {
        const neg = negation(a.sc, m.index);
        for (const c of contextCats(doc, i)) {
          if (neg.negated) {
            if (neg.strong) denied.add(c);
          } else add(strong, c, { i, rule: `${c}; the kind its passage names, used by the site` });
        }
      }
    }
    // A list of bare categories under a statement of use or a use heading:
    // "What do we use cookies for?" / "- analysis (…)" / "- security".
    if (own && s.kind === 'item' && a.catWords.length > 0) {
      const underUse =
        leadUse(doc, i) || s.parents.some((p) => doc.an[p]?.sc.clauses.some((c) => c.use) === true);
      if (underUse)
        for (const m of a.catWords)
          add(strong, m.value, { i, rule: `${m.rule}; category listed under a statement of use` });
    }
    // A cell that only names a kind ("| Marketing | Show relevant content |")
    // in a table about cookies.
    if (own && s.kind === 'cell' && a.catWords.length > 0 && !emptyAtEnd) {
      const underUse = leadUse(doc, i);
      if (underUse || cookieNear(doc, i))
        for (const m of a.catWords) {
          const value = functionalAsRequired(m.value, m.rule, a.norm, false);
          add(underUse ? strong : weak, value, {
            i,
            rule: `${m.rule}; category cell of a cookie table${underUse ? ' under a statement of use' : ''}`,
          });
        }
    }
    // "Strictly necessary" as a heading under a cookie heading.
    if (
      own &&
      a.catWords.length > 0 &&
      isHeadingLike(s) &&
      !emptyAtEnd &&
      s.parents.some((p) => doc.an[p]?.cookieContext)
    ) {
      for (const m of a.catWords) {
        const value = functionalAsRequired(m.value, m.rule, withSection(doc, i), false);
        add(weak, value, { i, rule: `${m.rule}; category heading` });
      }
    }
    // "We use your personal information to provide you with targeted
    // advertisements": interest-based advertising is tracking whether or not
    // cookies are named.
    if (own && a.purposes.length > 0 && !cookieNear(doc, i) && selfSpeaks(a)) {
      for (const m of a.purposes) {
        if (!TARGETED_ADS.has(m.rule) || negation(a.sc, m.start).negated) continue;
        add(weak, m.value, { i, rule: `${m.rule}; targeted advertising the site says it does` });
      }
    }
    // Cheap tests first: most sentences have no purpose phrase.
    if (
      own &&
      cookieNear(doc, i) &&
      a.purposes.length > 0 &&
      !a.has(GENERIC) &&
      !a.has(USUALLY_USED_RE) &&
      !a.has(NOT_ON_DEVICE_RE) &&
      !a.has(VISITOR_DISABLES_RE) &&
      passageCats(doc, i).length === 0 &&
      !underNegatedLead(doc, i)
    ) {
      // "Necessary for the site to work, for example to (i) log you in, (ii)
      // remember your preferences": examples of the necessary ones, no kind of their own.
      const needed = a.purposes.find((m) => m.value === 'necessary');
      let required: boolean | undefined;
      const vendorKinds = s.kind === 'item' ? (listKinds ??= listVendorCats(doc))[i] : undefined;
      // "Google tracks your behaviour across the web to learn your interests":
      // behaviour followed across sites is an interest profile, not the
      // site's audience (no category of its own: embedded services "may track
      // you across websites" declares nothing).
      const acrossSites = a.purposes.some((m) => m.rule.endsWith('.cross-site'));
      for (const m of a.purposes) {
        if (negation(a.sc, m.start).negated) continue;
        if (m.rule.endsWith('.cross-site')) continue;
        if (vendorKinds && vendorKinds.size > 0 && !vendorKinds.has(m.value)) continue;
        if (acrossSites && m.value === 'analytics' && BEHAVIOUR.test(a.norm.slice(m.start, m.end)))
          continue;
        if (m.value === 'preferences' && (required ??= filedAsRequired(doc, i))) continue;
        if (
          needed &&
          m.value !== 'necessary' &&
          needed.end <= m.start &&
          (has(EXAMPLE_RE, a.norm.slice(needed.end, m.start)) ||
            a.norm.slice(needed.end, m.start).includes('('))
        )
          continue;
        add(weak, m.value, { i, rule: `${m.rule}; purpose in cookie context` });
      }
    }
  });
  for (const found of implied) for (const [c, f] of found) add(f.strong ? strong : weak, c, f);

  const chosen = new Map<Category, Found>(strong);
  // A text in which the site never once says it uses anything ("we use",
  // "this website uses", "Acme uses", "our cookies") only explains cookies:
  // its headings and purposes describe kinds, not the site's own.
  const speaks =
    implied.some((m) => [...m.values()].some((f) => f.strong)) ||
    doc.an.some(
      (a, i) =>
        scopeOf(doc, i) === 'own' &&
        (selfSpeaks(a) ||
          OWN_COOKIES.test(a.norm) ||
          FIRST_PERSON.test(a.norm) ||
          (headingShaped(doc.sents[i] as Sentence) && a.cookieContext && a.has(USED_RE)) ||
          (a.cookieContext && a.has(USED_RE) && DEFINED_SITE.test(doc.sents[i]?.text ?? '')) ||
          listsCookies(doc.sents[i]?.text ?? '')),
    );
  // …when it explains at all: a bare list of categories with no definition
  // ("Required cookies … Preference cookies …") is the site's own list.
  const explainsOnly = !speaks && doc.sents.some((_, i) => scopeOf(doc, i) === 'definition');
  for (const [c, f] of weak) {
    if (denied.has(c) || chosen.has(c)) continue;
    if (explainsOnly && doc.sents[f.i]?.kind !== 'cell') continue;
    if (only.size > 0 && !only.has(c)) continue;
    chosen.set(c, f);
  }
  const categories = CATEGORY_ORDER.filter((c) => chosen.has(c));
  const evidence: DeclaredEvidence[] = categories.map((c) => {
    const f = chosen.get(c) as Found;
    return { field: `categories.${c}`, quote: quote(doc, f.i), rule: f.rule };
  });
  const cookieCategory = [...chosen.values()].find((f) => f.cookie) ?? null;
  return {
    categories,
    evidence,
    cookieCategory,
    mentioned: mentionedOnly(doc, new Set([...chosen.keys(), ...denied])),
  };
}

/**
 * Categories the text names (a kind of cookie, a category word, a purpose
 * near cookies, a vendor's line of business) where the reader did not read
 * a declaration of the site's own: in a definition, a hypothetical, a
 * sentence nobody speaks in. Not where the text denies them ("we do not use
 * advertising cookies"): a denial is read whole. A finding that rests on
 * such a category's absence says the policy names it and should be checked.
 */
function mentionedOnly(doc: Doc, settled: Set<Category>): { category: Category; quote: string }[] {
  const out = new Map<Category, number>();
  doc.an.forEach((a, i) => {
    const found = (value: Category, start: number): void => {
      if (settled.has(value) || value === 'unknown' || out.has(value)) return;
      if (negation(a.sc, start).negated) return;
      out.set(value, i);
    };
    for (const m of a.cats) found(m.value, m.start);
    for (const m of a.catWords) found(m.value, m.start);
    for (const m of a.loose) found(m.value, m.start);
    if (a.cookieContext) for (const m of a.purposes) found(m.value, m.start);
    for (const v of a.vendors) if (v.category) found(v.category, v.start);
  });
  return CATEGORY_ORDER.filter((c) => out.has(c)).map((c) => ({
    category: c,
    quote: quote(doc, out.get(c) as number),
  }));
}
