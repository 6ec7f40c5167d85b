// Per-sentence reading: normalised text, clauses, and the vocabulary
// mentions (categories attached to a technology noun, technologies, purpose
// phrases, vendors). The fact readers (categories, technologies, vendors,
// retention, signals) work from these.
import type { Category, Technology } from '../types.ts';
import { type SentenceClauses, analyzeClauses } from './clauses.ts';
import { type Hit, TermIndex, has, normalize, wordRe } from './match.ts';
import type { Sentence } from './sentences.ts';
import { CATEGORY_TERMS, CATEGORY_WORD_ONLY, type CategoryTerm } from './vocab/categories.ts';
import { PURPOSE_PHRASES, type PurposePhrase } from './vocab/purposes/index.ts';
import { LIST_CUES, THIRD_PARTY_CUES } from './vocab/cues.ts';
import { TECH_TERMS, type TechTerm } from './vocab/technologies.ts';
import { VENDOR_TERMS, type VendorTerm } from './vocab/vendors.ts';

export interface Mention<T> {
  value: T;
  start: number;
  end: number;
  /** Vocabulary entry that matched. */
  rule: string;
}

const CAT_INDEX = new TermIndex<CategoryTerm>(CATEGORY_TERMS);
const TECH_INDEX = new TermIndex<TechTerm>(TECH_TERMS, { suffix: (t) => t.suffix === true });
const PURPOSE_INDEX = new TermIndex<PurposePhrase>(PURPOSE_PHRASES, { overlapping: true });
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
  ) {
    this.cats = parts.cats;
    this.loose = parts.loose;
    this.catWords = parts.catWords;
    this.techs = parts.techs;
    this.cookieContext = parts.cookieContext;
    this.vendors = parts.vendors;
  }

  get sc(): SentenceClauses {
    this._sc ??= analyzeClauses(this.norm, this.agentRe);
    return this._sc;
  }

  get purposes(): Mention<Category>[] {
    this._purposes ??= PURPOSE_INDEX.find(this.norm)
      .filter((h) => {
        const unless = PURPOSE_UNLESS.get(h.term.id);
        return !unless || !has(unless, this.norm.slice(h.start, h.end));
      })
      .map((h) => ({ value: h.term.value, start: h.start, end: h.end, rule: h.term.id }));
    return this._purposes;
  }

  get thirdParty(): boolean {
    this._thirdParty ??= has(THIRD_PARTY_RE, this.norm);
    return this._thirdParty;
  }

  get listCue(): boolean {
    this._listCue ??= has(LIST_RE, this.norm);
    return this._listCue;
  }
}

/** Between a category word and the noun after it: coordination only. */
const PRE_GAP =
  /^[\s,/&+()"'-]*(?:(?:and|or|und|oder|et|ou|y|o|e|u|sowie|en|of|third-party|first-party|third party|first party|party|drittanbieter)[\s,/&+()"'-]*)*$/u;
/** Between a noun and a category word after it: a connector. */
const POST_GAP =
  /^[\s,"'()-]*(?:(?:used |placed |set )?(?:for|pour|para|zu|zur|zum|f[üu]r)(?: the| des| de| la| los| las| die| der)?(?: purposes? of| fins? d[e'] ?| fines? de| finalit[ée]s?| zwecke?n? der)?|(?:that|which|qui|que|die|welche)(?: (?:are|is|sont|est|son|es|sind|ist))?(?: (?:used|utilis[ée]e?s|utilizad[ao]s|verwendet))?(?: for| pour| para| f[üu]r)?|de|d'|des|du|de la|del|de los|de las|[àa] des fins d[e']|[àa] finalit[ée]|con fines? de|con finalidad|de tipo|del tipo|dits|called|known as|so-called|per (?:finalita|scopi) (?:di )?|con finalita (?:di )?|a fini (?:di )?|ai fini (?:di )?|per fini (?:di )?|a scopo (?:di )?|a scopi|per|di tipo|voor|ten behoeve van|met het oog op|para (?:fins|efeitos) (?:de )?|com (?:a )?finalidade (?:de )?|do tipo|para)?[\s,"'()/&-]*(?:(?:and|or|und|oder|et|ou|y|o|e|sowie|as well as)[\s,"'()/&-]*)*$/u;

function attachCategories(
  norm: string,
  cats: Hit<CategoryTerm>[],
  nouns: Hit<TechTerm>[],
  loose?: Analysis['cats'],
): Analysis['cats'] {
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
    const before = next ? close(c.end, next.start) : null;
    if (next && before !== null && PRE_GAP.test(before)) {
      out.push({ ...base, attach: 'before-noun', noun: next.term.id });
      continue;
    }
    let prev: Hit<TechTerm> | undefined;
    for (const n of nouns) if (n.end <= c.start) prev = n;
    const gap = prev ? close(prev.end, c.start) : null;
    if (prev && gap !== null) {
      if ((gap.trim() === '' && c.term.post) || (gap.trim() !== '' && POST_GAP.test(gap))) {
        out.push({ ...base, attach: 'after-noun', noun: prev.term.id });
        continue;
      }
    }
    if (c.term.loose) loose?.push({ ...base, attach: 'loose', noun: '' });
  }
  return out;
}

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
  if (!CATEGORY_WORD_ONLY.test(rest)) return [];
  return cats.map((c) => ({ value: c.term.value, start: c.start, end: c.end, rule: c.term.id }));
}

export function analyze(s: Sentence, agentRe: RegExp): Analysis {
  const norm = normalize(s.text);
  const nouns = TECH_INDEX.find(norm);
  const techs = nouns
    .filter((n): n is Hit<TechTerm & { value: Technology }> => n.term.value !== null)
    .map((n) => ({ value: n.term.value, start: n.start, end: n.end, rule: n.term.id }));
  const heading = s.kind === 'heading' || s.kind === 'label' || s.kind === 'cell';
  // Category words count only next to a technology noun, or as a heading or table cell.
  const catHits = nouns.length > 0 || heading ? CAT_INDEX.find(norm) : [];
  const vendors = VENDOR_INDEX.find(norm)
    .filter((h) => !h.term.cs || has(VENDOR_CS.get(h.term.name) as RegExp, s.text))
    .map((h) => ({
      value: h.term.name,
      start: h.start,
      end: h.end,
      rule: `vendor:${h.term.name}`,
      ...(h.term.category ? { category: h.term.category } : {}),
    }));
  const loose: Analysis['cats'] = [];
  return new Analysis(norm, agentRe, {
    cats: attachCategories(norm, catHits, nouns, loose),
    loose,
    catWords: heading ? categoryWordsOnly(norm, catHits, nouns) : [],
    techs,
    cookieContext: nouns.some((n) => n.term.context),
    vendors,
  });
}
