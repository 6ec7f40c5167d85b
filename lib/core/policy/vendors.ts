// Named third parties. A vendor from the vocabulary counts where the text
// says it is used ("we use Google Analytics"), presents it as a third party
// or partner ("the third parties providing these services, Google
// Analytics, …"), lists it under such a statement or in a cookie table —
// not where it is defined ("Google Analytics is a web analytics service …"
// with nobody using it), negated, or only linked to in page chrome.
import type { Category } from '../types.ts';
import { clauseAt, negation } from './clauses.ts';
import { type Doc, cookieNear, leadUse, quote } from './doc.ts';
import { has, wordRe } from './match.ts';
import { scopeOf } from './scope.ts';
import type { DeclaredEvidence } from './types.ts';
import { GENERIC_SUBJECTS, OPT_OUT_OFFER } from './vocab/cues.ts';

const GENERIC = wordRe(GENERIC_SUBJECTS, 'u');
const OPT_OUT_RE = wordRe(OPT_OUT_OFFER, 'u');
/**
 * A vendor doing something on the site ("Google Analytics 4 records
 * anonymous traffic data", "GoatCounter counts page views", "Matomo wird
 * verwendet"): it is in use there.
 */
const OPERATES =
  /^(?: \(?[\p{L}\p{N}.'-]{1,20}\)?){0,2} (?:records?|counts?|collects?|tracks?|measures?|sets?|stores?|runs?|uses?|loads?|processes|analy[sz]es|anonymi[sz]es|respects?|is (?:loaded|used|installed|embedded|enabled|active|configured|self-hosted|hosted)|collecte|mesure|enregistre|depose|utilise|utilisent|place|est (?:utilise|installe|charge|heberge)|erfasst|sammelt|speichert|setzt|misst|verwendet|nutzt|benutzt|platziert|zahlt|wird (?:verwendet|eingesetzt|genutzt|geladen|gehostet)|recopila|mide|almacena|registra|utiliza|utilizan|instala|coloca|se (?:utiliza|usa|carga)|es utilizado|raccoglie|misura|memorizza|utilizza|utilizzano|installa|imposta|viene (?:utilizzato|usato|caricato)|verzamelt|meet|registreert|gebruikt|plaatst|installeert|wordt (?:gebruikt|geladen|ingezet)|recolhe|coleta|mede|armazena|regista|utiliza|instala|coloca|e (?:utilizado|usado|carregado))(?![\p{L}])/u;
/** "Page views are counted by Simple Analytics", "mesurée par Matomo": the same, passive. */
const OPERATED_BY =
  /(?:counted|measured|tracked|collected|recorded|analy[sz]ed|powered|handled|gathered|compiled|comptee?s?|mesuree?s?|collectee?s?|enregistree?s?|erfasst|gezahlt|gemessen|ausgewertet|medid[ao]s?|contad[ao]s?|recopilad[ao]s?|registrad[ao]s?|misurat[oaie]|contat[oaie]|raccolt[oaie]|rilevat[oaie]|gemeten|geteld|verzameld|bijgehouden|recolhid[ao]s?|coletad[ao]s?|erfolgt|takes place|is (?:done|carried out|performed)|se (?:realiza|efect[úu]a|lleva a cabo)|s'effectue|est (?:realisee?|effectuee?)|avviene|viene (?:effettuat[ao]|svolt[ao])|gebeurt|vindt plaats|(?:e|é) (?:feit[ao]|realizad[ao]|efetuad[ao])) (?:by|par|durch|von|mit|mittels|por|con|da|tramite|door|via|pelo|pela|with|using|avec|met|com)(?: the| la| le| l'| el| il| de| die| der| dem| het| o| a)?(?: (?:open-source-tool|open source tool|tool|outil|herramienta|strumento|software|logiciel|dienst|service|servizio|servi[çc]o|ferramenta)s?)? ?$/u;
/**
 * "Wir analysieren die Besuche mit Matomo", "Nous mesurons l'audience avec
 * Matomo", "nehme ich mit dem Open-Source-Tool Matomo vor": the site does
 * something with the vendor as its tool (the clause has the site as agent).
 */
const WITH_TOOL =
  /(?:with|using|via|through|by means of|mit|mittels|uber|avec|au moyen de|grace a|con|mediante|a traves de|tramite|attraverso|met|door middel van|com|atraves de|por meio de)(?: (?:the|le|la|l'|dem|der|die|den|el|il|lo|de|het|o|a|our|unserem|notre|nuestro|nostro|ons|onze|nosso))?(?: [\p{L}\p{N}-]{1,20}){0,2} ?$/u;

const DEFINITION =
  /^\s*(?:\([^)]{0,60}\)\s*)?(?:is|are|est|ist|es|son) (?:a|an|the|un|une|ein|eine|una?|el|la|der|die|das)\s/u;
const PROVIDER_HEADER =
  /provider|vendor|third|company|service|host|domain|source|set by|anbieter|fournisseur|[ée]metteur|proveedor|titular|empresa/iu;
const DURATION_CELL = /\d|session|sitzung|sesi[óo]n/iu;

export interface VendorResult {
  vendors: string[];
  evidence: DeclaredEvidence[];
  /** Categories implied by the declared vendors' line of business. */
  categories: Map<Category, { i: number; rule: string; strong?: boolean }>;
  /** A declared vendor's line of business, if known. */
  categoryOf(name: string): { category?: Category };
}

function rowQualifies(doc: Doc, i: number): boolean {
  const s = doc.sents[i];
  if (!s || s.row === 0) return false;
  if (PROVIDER_HEADER.test(s.header)) return true;
  for (let j = Math.max(0, i - 8); j < Math.min(doc.sents.length, i + 9); j++) {
    const o = doc.sents[j];
    const a = doc.an[j];
    if (j === i || !o || !a || o.row !== s.row) continue;
    if (a.cats.length || a.catWords.length || a.techs.length || DURATION_CELL.test(o.text))
      return true;
  }
  return false;
}

export function readVendors(doc: Doc): VendorResult {
  const found = new Map<
    string,
    { i: number; rule: string; category?: Category; strong?: boolean }
  >();
  doc.sents.forEach((s, i) => {
    const a = doc.an[i];
    if (!a || scopeOf(doc, i) === 'hypothetical') return;
    for (const m of a.vendors) {
      if (found.has(m.value)) continue;
      if (negation(a.sc, m.start).negated) continue;
      const clause = clauseAt(a.sc, m.start);
      const defined = DEFINITION.test(a.norm.slice(m.end)) && !clause?.agent;
      let why = '';
      if (clause?.use) why = `use statement (${clause.useRule})`;
      else if (defined) continue;
      else if (a.thirdParty) why = 'named as a third party';
      else if (clause?.participle && a.techs.length > 0) why = 'named as setting cookies';
      else if (clause?.participle && clause.core && !has(GENERIC, a.norm)) why = 'named as used';
      else if (
        scopeOf(doc, i) === 'own' &&
        (OPERATES.test(a.norm.slice(m.end, m.end + 80)) ||
          OPERATED_BY.test(a.norm.slice(Math.max(0, m.start - 40), m.start))) &&
        !has(GENERIC, a.norm)
      )
        why = 'described as running on the site';
      else if (
        scopeOf(doc, i) === 'own' &&
        clause?.agent &&
        WITH_TOOL.test(a.norm.slice(Math.max(0, m.start - 50), m.start)) &&
        !has(GENERIC, a.norm)
      )
        why = 'the site works with it';
      else if (a.listCue && cookieNear(doc, i) && a.agents.length > 0) why = 'listed with cookies';
      else if (s.kind === 'item' && (leadUse(doc, i) || doc.an[s.lead]?.thirdParty)) {
        why = 'listed under a statement of use';
      } else if (s.kind === 'cell' && rowQualifies(doc, i)) why = 'cookie table';
      else if (
        scopeOf(doc, i) === 'own' &&
        cookieNear(doc, i) &&
        !has(GENERIC, a.norm) &&
        has(OPT_OUT_RE, a.norm.slice(Math.max(0, m.start - 60), m.start))
      )
        why = 'an opt-out of its cookies offered';
      if (!why) continue;
      found.set(m.value, {
        i,
        rule: `${m.rule}; ${why}`,
        ...(m.category ? { category: m.category } : {}),
        ...(clause?.use ||
        why === 'named as used' ||
        why === 'described as running on the site' ||
        why === 'the site works with it'
          ? { strong: true }
          : {}),
      });
    }
  });
  const vendors = [...found.keys()].sort((x, y) => x.localeCompare(y, 'en'));
  const evidence: DeclaredEvidence[] = vendors.map((v) => {
    const f = found.get(v) as { i: number; rule: string };
    return { field: `vendors.${v}`, quote: quote(doc, f.i), rule: f.rule };
  });
  const categories = new Map<Category, { i: number; rule: string; strong?: boolean }>();
  for (const v of vendors) {
    const f = found.get(v);
    if (!f?.category) continue;
    const prev = categories.get(f.category);
    if (!prev || (f.strong && !prev.strong))
      categories.set(f.category, {
        i: f.i,
        rule: `${f.rule}; vendor's category`,
        ...(f.strong ? { strong: true } : {}),
      });
  }
  const categoryOf = (name: string): { category?: Category } => {
    const c = found.get(name)?.category;
    return c ? { category: c } : {};
  };
  return { vendors, evidence, categories, categoryOf };
}
