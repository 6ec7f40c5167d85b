// Per-sentence reading: normalised text, clauses, and the vocabulary
// mentions (categories attached to a technology noun, technologies, purpose
// phrases, vendors). The fact readers (categories, technologies, vendors,
// retention, signals) work from these.
import type { Category, Technology } from '../types.ts';
import { type SentenceClauses, analyzeClauses, siteAgents } from './clauses.ts';
import {
  type Finder,
  type Hit,
  PhraseIndex,
  TermIndex,
  has,
  normalize,
  rawSpans,
  spans,
  wordAt,
  wordRe,
} from './match.ts';
import type { Sentence } from './sentences.ts';
import {
  CATEGORY_TERMS,
  CATEGORY_WORD_ONLY,
  type CategoryTerm,
  type Lang,
} from './vocab/categories.ts';
import { LANGS, languagesOf } from './lang.ts';
import { PURPOSE_PHRASES, type PurposePhrase } from './vocab/purposes/index.ts';
import { LIST_CUES, THIRD_PARTY_CUES } from './vocab/cues.ts';
import { TECH_TERMS, type TechTerm } from './vocab/technologies.ts';
import { VENDOR_TERMS, type VendorTerm } from './vocab/vendors.ts';

/**
 * One empty list shared by the sentences that have nothing to list (most of
 * them): nothing adds to these lists once read.
 */
const NONE: never[] = [];

export interface Mention<T> {
  value: T;
  start: number;
  end: number;
  /** Vocabulary entry that matched. */
  rule: string;
}

/** "non-essential", Dutch "niet-functionele", German "nicht-essenzielle", Portuguese "não-essenciais". */
const NON_PREFIX = /(?<![\p{L}])(?:non|niet|nicht|nao)[- ]$/u;
/** A term at `start` negated by the prefix before it ("non-essential"). */
const afterNonPrefix = (text: string, start: number): boolean =>
  NON_PREFIX.test(text.slice(Math.max(0, start - 6), start));
/**
 * English "ad" is also the Italian preposition ("ad esempio", "ad es.", "ad
 * alcuni"): it names advertising only in a sentence that may be English.
 */
function notEnglish(norm: string): boolean {
  return !languagesOf(norm).includes('en');
}
const CAT_INDEX = new TermIndex<CategoryTerm>(CATEGORY_TERMS);
const TECH_INDEX = new TermIndex<TechTerm>(TECH_TERMS, { suffix: (t) => t.suffix === true });
// Compiled on first use: it is the costliest table to compile (~150 ms
// here), and the service worker, restarted to answer the popup or an event,
// usually reads no policy before it stops again.
let purposeByLang: Map<Lang, PhraseIndex<PurposePhrase>> | undefined;
const purposeIndexes = () =>
  (purposeByLang ??= new Map<Lang, PhraseIndex<PurposePhrase>>(
    LANGS.map((l) => [l, new PhraseIndex(PURPOSE_PHRASES.filter((p) => p.lang === l))]),
  ));
const PURPOSE_UNLESS = new Map(
  PURPOSE_PHRASES.filter((p) => p.unless).map((p) => [p.id, wordRe(p.unless ?? '', 'u')]),
);
const VENDOR_INDEX = new TermIndex<VendorTerm>(
  VENDOR_TERMS.map((v) => (v.cs ? { ...v, re: v.re.toLowerCase() } : v)),
);
const VENDOR_CS = new Map(VENDOR_TERMS.filter((v) => v.cs).map((v) => [v.name, wordRe(v.re, 'u')]));
const THIRD_PARTY_RE = wordRe(THIRD_PARTY_CUES, 'u');
const LIST_RE = wordRe(LIST_CUES, 'u');

type Vendor = Mention<string> & { category?: Category };

/** Everything read from one sentence; the costly parts are computed on first use. */
export class Analysis {
  /** Category words attached to a technology noun ("analytics cookies"). */
  cats: (Mention<Category> & { term: CategoryTerm; attach: string; noun: string })[];
  /** Unambiguous purpose words not attached to a noun ("… for marketing and advertising"). */
  loose: Analysis['cats'];
  /** A heading made only of category words ("Strictly necessary"). */
  catWords: Mention<Category>[];
  techs: Mention<Technology>[];
  /** Names cookies or tracking technologies. */
  cookieContext: boolean;
  vendors: Vendor[];
  private _sc: SentenceClauses | null = null;
  private _purposes: Mention<Category>[] | null = null;
  private _thirdParty: boolean | null = null;
  private _listCue: boolean | null = null;

  constructor(
    readonly norm: string,
    private readonly agentRe: RegExp,
    parts: Pick<Analysis, 'cats' | 'loose' | 'catWords' | 'techs' | 'cookieContext' | 'vendors'>,
    /** The brand opening the sentence before a verb of use, as an agent. */
    private readonly brand: { start: number; end: number }[] = [],
  ) {
    this.cats = parts.cats;
    this.loose = parts.loose;
    this.catWords = parts.catWords;
    this.techs = parts.techs;
    this.cookieContext = parts.cookieContext;
    this.vendors = parts.vendors;
  }

  /** Finds matches in this sentence: the analysis is its own finder (no object per sentence). */
  get find(): Finder {
    return this;
  }

  spans(re: RegExp, raw = false): { start: number; end: number }[] {
    return raw ? rawSpans(re, this.norm) : spans(re, this.norm);
  }

  has(re: RegExp): boolean {
    return has(re, this.norm);
  }

  get sc(): SentenceClauses {
    this._sc ??= analyzeClauses(this.norm, this.agentRe, this.find, this.brand, this.agents);
    return this._sc;
  }

  /** The site's agents (sc.agents), without the rest of the clause analysis. */
  get agents(): { start: number; end: number }[] {
    this._agents ??= this._sc?.agents ?? siteAgents(this.norm, this.agentRe, this.find, this.brand);
    return this._agents;
  }

  /** Set by readDocument: the document's purposes are found in one pass. */
  shared: { doc: DocPurposes; i: number } | null = null;
  private _agents: { start: number; end: number }[] | null = null;

  get purposes(): Mention<Category>[] {
    this._purposes ??= this.shared
      ? this.shared.doc.of(this.shared.i)
      : new DocPurposes([this.norm]).of(0);
    return this._purposes;
  }

  get thirdParty(): boolean {
    this._thirdParty ??= this.has(THIRD_PARTY_RE);
    return this._thirdParty;
  }

  get listCue(): boolean {
    this._listCue ??= this.has(LIST_RE);
    return this._listCue;
  }
}

function purposeMentions(index: PhraseIndex<PurposePhrase>, text: string): Mention<Category>[] {
  return index
    .find(text)
    .filter((h) => {
      // "some non-essential functionality will be lost": the kind denied.
      if (afterNonPrefix(text, h.start)) return false;
      const unless = PURPOSE_UNLESS.get(h.term.id);
      return !unless || !has(unless, text.slice(h.start, h.end));
    })
    .map((h) => ({ value: h.term.value, start: h.start, end: h.end, rule: h.term.id }));
}

const ALL_LANGS = LANGS;

/**
 * The languages each sentence may be in, from its function words: those
 * scoring at least half the best score. A sentence with none (a table cell,
 * a name) may be in any language of the document.
 */
export function sentenceLanguages(norms: string[]): Lang[][] {
  const docScore = new Map<Lang, number>();
  const per = norms.map((n) => {
    const langs = languagesOf(n);
    for (const l of langs) docScore.set(l, (docScore.get(l) ?? 0) + 1);
    return langs;
  });
  const docBest = Math.max(0, ...docScore.values());
  const docLangs = [...docScore].filter(([, v]) => v * 10 >= docBest).map(([l]) => l);
  const fallback = docLangs.length > 0 ? docLangs : ALL_LANGS;
  return per.map((langs) => (langs.length > 0 ? langs : fallback));
}

/**
 * Purpose phrases of every sentence of a document, found by running each
 * phrase once over the whole text (sentences joined by newlines, which no
 * phrase matches): one scan per phrase instead of one per phrase and sentence.
 */
export class DocPurposes {
  private hits: Mention<Category>[][] | null = null;

  /**
   * @param wanted the sentences whose purposes anyone will ask for (the
   *   readers ask only near a mention of cookies); the others are not scanned.
   */
  constructor(
    private readonly norms: string[],
    private readonly wanted: (i: number) => boolean = () => true,
  ) {}

  of(i: number): Mention<Category>[] {
    this.hits ??= this.compute();
    return this.hits[i] ?? [];
  }

  private compute(): Mention<Category>[][] {
    const out: Mention<Category>[][] = this.norms.map(() => []);
    // Each language's phrases over that language's sentences only.
    const langs = sentenceLanguages(this.norms);
    const want = this.norms.map((_, i) => this.wanted(i));
    for (const [lang, index] of purposeIndexes()) {
      const starts: number[] = [];
      const which: number[] = [];
      const parts: string[] = [];
      let at = 0;
      this.norms.forEach((n, i) => {
        if (!langs[i]?.includes(lang) || !want[i]) return;
        starts.push(at);
        which.push(i);
        parts.push(n);
        at += n.length + 1;
      });
      if (parts.length === 0) continue;
      const text = parts.join('\n');
      for (const m of purposeMentions(index, text)) {
        const k = wordAt(starts, m.start);
        const base = starts[k] ?? 0;
        out[which[k] ?? -1]?.push({ ...m, start: m.start - base, end: m.end - base });
      }
    }
    for (const list of out) list.sort((a, b) => a.start - b.start);
    return out;
  }
}

/**
 * Between a category word and the noun after it: coordination only, or the
 * cookie's lifetime kind ("a strictly necessary session cookie").
 */
const PRE_GAP =
  /^[\s,/&+()"'-]*(?:(?:and|or|und|oder|et|ou|y|o|e|u|sowie|en|of|third-party|first-party|third party|first party|party|drittanbieter|session|persistent|permanent|temporary|http|als|optional|optionele|optionnels|optionnelles|optionale[nr]?|opcionales|opzionali|opcionais|facultatifs|facultatives)(?![\p{L}])[\s,/&+()"'-]*)*$/u;
/**
 * Between a noun and a category word after it: a connector. (Its separator
 * runs may meet when the middle part is absent: polynomial on a run of
 * spaces, harmless on a gap that `close` caps at 160 characters.)
 */
const POST_GAP =
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- gaps are capped at 160 characters
  /^[\s,"'()-]*(?:(?:and|or|und|oder|et|ou|y|o|e|sowie|en|of)(?![\p{L}])[\s,"'()/&-]*)*(?:(?:used |placed |set )?(?:for|pour|para|zu|zur|zum|f[üu]r)(?: the| des| de| la| los| las| die| der)?(?: purposes? of| fins? d[e'] ?| fines? de| finalit[ée]s?| zwecke?n? der)?|(?:that|which|qui|que|die|welche)(?: (?:are|is|sont|est|son|es|sind|ist))?(?: (?:used|utilis[ée]e?s|utilizad[ao]s|verwendet))?(?: for| pour| para| f[üu]r)?|de|d'|des|du|de la|del|de los|de las|[àa] des fins d[e']|[àa] finalit[ée]|con fines? de|con finalidad|de tipo|del tipo|dits|called|known as|so-called|per (?:finalita|scopi) (?:di )?|con finalita (?:di )?|a fini (?:di )?|ai fini (?:di )?|per fini (?:di )?|a scopo (?:di )?|a scopi|per|di tipo|voor|ten behoeve van|met het oog op|para (?:fins|efeitos) (?:de )?|com (?:a )?finalidade (?:de )?|do tipo|para)?[\s,"'()/&-]*(?:(?:and|or|und|oder|et|ou|y|o|e|sowie|as well as)(?![\p{L}])[\s,"'()/&-]*)*$/u;

/** A Romance category term led by its preposition ("di profilazione", "de mesure"). */
const PREPOSITION_LED = /^(?:di|de|do|da|del|della|des|du|d')(?: |(?<=')\p{L})/u;

/** "are", "sind", "sont": a predicate. */
const COPULA = /^ (?:are|is|sind|ist|sont|est|son|es|sono|e|zijn|sao|werden|vengono|worden) $/u;
/** Terms that say "strictly necessary" themselves: a predicate of the cookies, not a general need. */
const STRICT_TERMS = new Set([
  'en.strictly-necessary',
  'de.unbedingt-notwendig',
  'fr.strictement-necessaires',
  'es.estrictamente-necesarias',
  'it.strettamente-necessari',
  'pt.estritamente-necessarios',
]);
const BARE_AND = /^[\s,-]*(?:and|und|et|y|e|en|&)[\s,-]*$/u;

/** Between two coordinated kinds: ", de", " ou de", ", and", " e di". */
const COORDINATED =
  /^[\s,/]*(?:(?:and|or|et|ou|y|o|e|und|oder|en|of)(?![\p{L}])[\s]*)?(?:d'|(?:de|des|du|di|del|da|do|van|von)(?![\p{L}])\s*)?$/u;

const NAMES_A_PAGE = /^ (?:pages?|sections?|tabs?|menus?|links?)(?![\p{L}])/u;

function attachCategories(
  norm: string,
  cats: Hit<CategoryTerm>[],
  nouns: Hit<TechTerm>[],
  loose?: Analysis['cats'],
): Analysis['cats'] {
  if (cats.length === 0) return NONE;
  const masked = (a: number, b: number): string => {
    let s = norm.slice(a, b);
    for (const c of cats) {
      if (c.start >= a && c.end <= b)
        s = s.slice(0, c.start - a) + ' '.repeat(c.end - c.start) + s.slice(c.end - a);
    }
    return s;
  };
  const out: Analysis['cats'] = [];
  for (const c of cats) {
    const base = { value: c.term.value, start: c.start, end: c.end, rule: c.term.id, term: c.term };
    if (c.term.full) {
      out.push({
        ...base,
        attach: 'full-term',
        noun: /cookie/u.test(c.term.re) ? 'tech.cookies' : '',
      });
      continue;
    }
    // Coordinated categories stretch the gap ("analytics, advertising and
    // social media cookies"): measure it without the other category words.
    const close = (a: number, b: number): string | null => {
      if (b - a > 160) return null;
      const gap = masked(a, b);
      return gap.replace(/\s+/gu, ' ').length <= 40 ? gap : null;
    };
    const next = nouns.find((n) => n.start >= c.end);
    // "di navigazione", "de publicidade" qualify the noun before them: "dati di
    // navigazione e cookie" names no category of the cookies after it.
    const before =
      next && !PREPOSITION_LED.test(norm.slice(c.start, c.end)) ? close(c.end, next.start) : null;
    if (next && before !== null && PRE_GAP.test(before)) {
      out.push({ ...base, attach: 'before-noun', noun: next.term.id });
      continue;
    }
    let prev: Hit<TechTerm> | undefined;
    for (const n of nouns) if (n.end <= c.start) prev = n;
    const gap = prev ? close(prev.end, c.start) : null;
    if (prev && gap !== null) {
      // "Data Storage and Security", "Tools and Analytics": a generic noun
      // joined by "and" is a list of topics, not a kind of storage.
      const topics = prev.term.id === 'tech.generic' && BARE_AND.test(gap);
      // "Die eingesetzten Cookies sind technisch notwendig": said of the cookies.
      const predicate =
        STRICT_TERMS.has(c.term.id) && prev.term.id === 'tech.cookies' && COPULA.test(gap);
      if (
        !topics &&
        (predicate ||
          (gap.trim() === '' && c.term.post) ||
          (gap.trim() !== '' && POST_GAP.test(gap)))
      ) {
        out.push({ ...base, attach: 'after-noun', noun: prev.term.id });
        continue;
      }
    }
    // "des cookies strictement nécessaires, de performance, de publicité, de
    // médias sociaux": each kind coordinated with the one before it.
    const last = out[out.length - 1];
    if (last?.attach === 'after-noun' && c.start - last.end <= 14) {
      if (COORDINATED.test(norm.slice(last.end, c.start))) {
        out.push({ ...base, attach: 'after-noun', noun: last.noun });
        continue;
      }
    }
    // "… admin access for the statistics page": a page's name, not a purpose.
    if (c.term.loose && !NAMES_A_PAGE.test(norm.slice(c.end, c.end + 12)))
      loose?.push({ ...base, attach: 'loose', noun: '' });
  }
  return out;
}

const PARENTHESIS = /\([^()]{0,200}\)?/gu;

function categoryWordsOnly(
  norm: string,
  cats: Hit<CategoryTerm>[],
  nouns: Hit<TechTerm>[],
): Mention<Category>[] {
  if (cats.length === 0) return [];
  let rest = norm;
  for (const h of [...cats, ...nouns].sort((a, b) => b.start - a.start)) {
    rest = rest.slice(0, h.start) + ' ' + rest.slice(h.end);
  }
  // What a parenthesis adds ("analysis (to help us …)") is no part of the name.
  rest = rest.replace(PARENTHESIS, ' ');
  if (!CATEGORY_WORD_ONLY.test(rest)) return [];
  return cats.map((c) => ({ value: c.term.value, start: c.start, end: c.end, rule: c.term.id }));
}

/** "analitici: servono a …", "Analytics - …": the label a paragraph opens with. */
const LABEL_END = /:| - | – /u;

/** The categories a paragraph's opening label names ("analitici:"), if it names nothing else. */
export function labelCategories(norm: string): Category[] {
  const end = LABEL_END.exec(norm.slice(0, 60))?.index ?? -1;
  if (end <= 0) return [];
  const label = norm.slice(0, end);
  const words = categoryWordsOnly(label, CAT_INDEX.find(label), TECH_INDEX.find(label));
  return [...new Set(words.map((m) => m.value))];
}

/**
 * A capitalised name opening a sentence, right before a verb of use ("Acme
 * uses …", "GEA utilizza Google Analytics …"): in a site's policy, the site
 * or a tool it runs. Common words and known vendors' names are not brands of
 * the site; the vendor readers handle those. "Standard uses for cookies",
 * "Common uses of …": a noun, not a verb. The name may have an article and
 * lower-case particles ("El Área de Gestión Sanitaria Campo de Gibraltar
 * Oeste, utiliza …"), eight words at most.
 */
/** The verbs of a brand or institution using something, in each language. */
const BRAND_VERBS =
  'uses|use|employs|places|sets|installs|collects|relies on|utilise|utilisent|emploie|depose|verwendet|verwenden|nutzt|nutzen|setzt|setzen|utiliza|utilizan|usa|usan|emplea|utilizza|utilizzano|usano|gebruikt|gebruiken|plaatst|utilizam';
const BRAND_START = new RegExp(
  `^(?:(The|El|La|Le|Der|Die|Das|Il|Lo|O|A|Het|De) )?(\\p{Lu}[\\p{L}\\p{N}&'.-]{1,30}(?: (?:&|&amp;|(?:(?:de|del|de la|of|for|the|für|van|der|di|do|da|des|du|y|e|et|und|and) )?\\p{Lu}[\\p{L}\\p{N}&'.-]{1,30})){0,6}),? (?:also |only |currently |también |aussi |auch )?(?:${BRAND_VERBS})(?![\\p{L}])(?! (?:for|of|in)\\b)`,
  'u',
);
/**
 * An institution named by a common noun and its place or owner: "Le conseil
 * départemental du Gard utilise …", "La mairie de Lyon utilise …", "El
 * ayuntamiento de Bilbao utiliza …".
 */
const INSTITUTION_START = new RegExp(
  `^(Le|La|L'|Les|El|Los|Il|Lo|La|O|A|Os) ?(\\p{Ll}[\\p{L}-]{2,25}(?: \\p{Ll}[\\p{L}-]{2,25}){0,2} (?:de la|de los|de|du|des|del|della|dello|di|do|da|dos|das) \\p{Lu}[\\p{L}\\p{N}&'.-]{1,30}(?: \\p{Lu}[\\p{L}\\p{N}&'.-]{1,30}){0,3}),? (?:${BRAND_VERBS})(?![\\p{L}])`,
  'u',
);
const NOT_INSTITUTIONS = new Set(
  'plupart majorite mayoria maggior maioria totalite ensemble conjunto insieme'.split(' '),
);
const NOT_BRANDS = new Set(
  (
    'the this these that our we i you it they cookies cookie website site web page pages service services ' +
    'company companies google microsoft facebook meta apple amazon twitter linkedin tiktok some many most ' +
    'each every any all both which who when where if although while once this le la les ce cette nous ' +
    'der die das diese wir el la los las este esta il lo gli questo questa noi de het deze wij o a os as este esta nos ' +
    // Plural common nouns speak of the web in general ("Websites gebruiken analytische cookies …").
    'websites webseiten sites sitios siti sitos webshops browsers navigateurs companies businesses advertisers ' +
    'entreprises unternehmen empresas aziende imprese bedrijven adverteerders annonceurs anunciantes inserzionisti'
  ).split(' '),
);

/** A sentence adverb before the subject: "En particular, ", "In addition, ". */
const INTRO = /^\p{L}{2,15}(?: \p{L}{2,15})?, (?=\p{Lu})/u;

function brandAgent(text: string, norm: string): { start: number; end: number }[] {
  const found = brandAt(text, norm);
  if (found.length > 0) return found;
  // "En particular, GM Media SAS usa las cookies para …".
  const intro = INTRO.exec(text)?.[0];
  if (intro === undefined) return NONE;
  const lead = normalize(intro);
  if (!norm.startsWith(lead)) return NONE;
  return brandAt(text.slice(intro.length), norm.slice(lead.length)).map((g) => ({
    start: g.start + lead.length,
    end: g.end + lead.length,
  }));
}

function brandAt(text: string, norm: string): { start: number; end: number }[] {
  // "El Área de Gestión Sanitaria …, utiliza cookies": an article may lead the name.
  let m = BRAND_START.exec(text);
  if (m) {
    const first = (m[2]?.split(' ')[0] ?? '').toLowerCase();
    if (NOT_BRANDS.has(first) || VENDOR_FIRST_WORDS.has(first)) return [];
  } else {
    m = INSTITUTION_START.exec(text);
    const first = normalize(m?.[2]?.split(' ')[0] ?? '');
    if (!m || NOT_INSTITUTIONS.has(first)) return [];
  }
  const brand = m[2];
  if (!brand) return [];
  const lead = m[1] ? `${normalize(m[1])}${m[1].endsWith("'") ? '' : ' '}` : '';
  const key = normalize(brand);
  return norm.startsWith(lead + key) ? [{ start: lead.length, end: lead.length + key.length }] : [];
}
const VENDOR_FIRST_WORDS = new Set(
  VENDOR_TERMS.map((v) => v.name.toLowerCase().split(/[^\p{L}\p{N}]+/u)[0] ?? '').filter(Boolean),
);

export function analyze(s: Sentence, agentRe: RegExp): Analysis {
  const norm = normalize(s.text);
  const nouns = TECH_INDEX.find(norm);
  const techs =
    nouns.length === 0
      ? NONE
      : nouns
          .filter((n): n is Hit<TechTerm & { value: Technology }> => n.term.value !== null)
          .map((n) => ({ value: n.term.value, start: n.start, end: n.end, rule: n.term.id }));
  // A short list item may be a bare category too ("personalization (if you so choose)").
  const heading =
    s.kind === 'heading' ||
    s.kind === 'label' ||
    s.kind === 'cell' ||
    (s.kind === 'item' && s.text.length <= 80);
  // Category words count only next to a technology noun, or as a heading or table cell.
  // "non-essential cookies" names no category (and denies no use).
  const catFound = nouns.length > 0 || heading ? CAT_INDEX.find(norm) : NONE;
  const catHits =
    catFound.length === 0
      ? NONE
      : catFound.filter(
          (h) =>
            !afterNonPrefix(norm, h.start) &&
            !(h.end - h.start === 2 && norm.startsWith('ad', h.start) && notEnglish(norm)),
        );
  const vendorFound = VENDOR_INDEX.find(norm);
  const vendors =
    vendorFound.length === 0
      ? NONE
      : vendorFound
          .filter((h) => !h.term.cs || has(VENDOR_CS.get(h.term.name) as RegExp, s.text))
          .map((h) => ({
            value: h.term.name,
            start: h.start,
            end: h.end,
            rule: `vendor:${h.term.name}`,
            ...(h.term.category ? { category: h.term.category } : {}),
          }));
  // Filled by attachCategories, which has nothing to add without category words.
  const loose: Analysis['cats'] = catHits.length === 0 ? NONE : [];
  return new Analysis(
    norm,
    agentRe,
    {
      cats: attachCategories(norm, catHits, nouns, loose),
      loose,
      catWords: heading ? categoryWordsOnly(norm, catHits, nouns) : NONE,
      techs,
      cookieContext: nouns.length > 0 && nouns.some((n) => n.term.context),
      vendors,
    },
    s.first ? brandAgent(s.text, norm) : NONE,
  );
}
