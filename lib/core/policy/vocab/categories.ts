// Category vocabulary (SPEC "Vocabulary"), as data. Patterns are regular
// expression sources matched on normalised text (lower case, straight quotes,
// ASCII hyphens); they must not contain capturing groups.
//
// Matching rules (applied in categories.ts):
// - CATEGORY_TERMS name a category only when attached to a technology noun:
//   before it ("analytics and advertising cookies", "Analyse-Cookies"), or
//   after it through a connector ("cookies for analytics purposes",
//   "cookies de mesure d'audience"); `post` terms may also follow the noun
//   directly ("cookies analytiques", "cookies necesarias"). A heading made of
//   category words only ("Strictly necessary") counts under a cookie heading.
// - Purpose phrases (purposes.ts) describe what cookies do; see there.
import type { Category } from '../../types.ts';

export type Lang = 'en' | 'fr' | 'de' | 'es' | 'it' | 'nl' | 'pt';

export interface CategoryTerm {
  id: string;
  value: Category;
  re: string;
  lang: Lang;
  /** May follow the noun with no connector (Romance adjectives). */
  post?: boolean;
  /** Contains its own noun ("tracking cookies", "Werbecookies"). */
  full?: boolean;
  /**
   * Unambiguous as a purpose on its own: counts anywhere in a statement of
   * use that names cookies ("we use these technologies to personalise and
   * for marketing and advertising"), not only next to the noun.
   */
  loose?: boolean;
}

const LOOSE = new Set([
  'en.advertising',
  'en.targeting',
  'en.marketing',
  'en.retargeting',
  'en.analytics',
  'en.statistics',
  'en.audience-measurement',
  'en.personalisation',
  'fr.mesure-audience',
  'fr.statistiques',
  'fr.publicitaires',
  'fr.publicite',
  'fr.ciblage',
  'fr.personnalisation',
  'de.statistik',
  'es.estadisticas',
  'es.publicitarias',
  'es.segmentacion',
  'es.personalizacion',
  'it.statistici',
  'it.analitici',
  'it.profilazione',
  'it.pubblicitari',
  'it.marketing',
  'pt.analiticos',
  'pt.publicitarios',
  'pt.marketing',
]);

const t = (
  lang: Lang,
  value: Category,
  id: string,
  re: string,
  opts: { post?: boolean; full?: boolean; loose?: boolean } = {},
): CategoryTerm => ({
  id: `${lang}.${id}`,
  value,
  re,
  lang,
  ...opts,
  ...(LOOSE.has(`${lang}.${id}`) ? { loose: true } : {}),
});

export const CATEGORY_TERMS: CategoryTerm[] = [
  // English
  t(
    'en',
    'necessary',
    'strictly-necessary',
    '(?:strictly|absolutely|technically) (?:necessary|required|essential)',
    { post: true },
  ),
  t('en', 'necessary', 'necessary', 'necessary', { post: true }),
  t('en', 'necessary', 'essential', 'essential', { post: true }),
  t('en', 'necessary', 'required', 'required', { post: true }),
  t('en', 'necessary', 'technical', 'technical'),
  t('en', 'necessary', 'security', 'security'),
  t('en', 'necessary', 'authentication', 'authentication|log-?in|sign-?in'),
  t('en', 'preferences', 'functional', 'functional'),
  t('en', 'preferences', 'functionality', 'functionality'),
  t('en', 'preferences', 'personalisation', 'personali[sz]ation'),
  t('en', 'preferences', 'preference', 'preferences?'),
  t('en', 'preferences', 'customisation', 'customi[sz]ation'),
  t('en', 'analytics', 'audience-measurement', 'audience measurement'),
  t('en', 'analytics', 'analytics', 'analytics?|analytical'),
  t('en', 'analytics', 'performance', 'performance'),
  t('en', 'analytics', 'statistics', 'statistics?|statistical'),
  t('en', 'analytics', 'measurement', 'measurement'),
  t('en', 'analytics', 'analysis', 'analysis'),
  t('en', 'advertising', 'advertising', 'advertising|advertisements?|ads?'),
  t('en', 'advertising', 'targeting', 'targeting|targeted'),
  t('en', 'advertising', 'marketing', 'marketing', { post: true }),
  t('en', 'advertising', 'profiling', 'profiling'),
  t('en', 'advertising', 'behavioural', 'behaviou?ral (?:advertising|targeting)'),
  t('en', 'advertising', 'retargeting', 're-?targeting|re-?marketing'),
  t('en', 'unknown', 'tracking-cookies', 'tracking cookies?', { full: true }),
  t('en', 'social', 'social-media', 'social[- ](?:media|networks?|networking)'),
  t('en', 'social', 'social', 'social'),
  t('en', 'social', 'sharing', 'sharing'),
  t('en', 'unknown', 'unclassified', 'unclassified|uncategori[sz]ed'),
  // French
  t('fr', 'necessary', 'strictement-necessaires', '(?:strictement|absolument) n[ée]cessaires?', {
    post: true,
  }),
  t('fr', 'necessary', 'necessaires', 'n[ée]cessaires?', { post: true }),
  t('fr', 'necessary', 'essentiels', 'essentiel(?:le)?s?', { post: true }),
  t('fr', 'necessary', 'indispensables', 'indispensables?', { post: true }),
  t('fr', 'necessary', 'techniques', 'techniques?', { post: true }),
  t('fr', 'necessary', 'securite', 's[ée]curit[ée]', { post: true }),
  t('fr', 'necessary', 'authentification', 'authentification', { post: true }),
  t('fr', 'preferences', 'fonctionnels', 'fonctionnel(?:le)?s?', { post: true }),
  t('fr', 'preferences', 'fonctionnalite', 'fonctionnalit[ée]s?', { post: true }),
  t('fr', 'preferences', 'preferences', 'pr[ée]f[ée]rences?', { post: true }),
  t('fr', 'preferences', 'personnalisation', 'personnalisation', { post: true }),
  t(
    'fr',
    'analytics',
    'mesure-audience',
    "mesure d'audience|mesure de l'audience|mesure de fr[ée]quentation",
    { post: true },
  ),
  t('fr', 'analytics', 'analytiques', 'analytiques?', { post: true }),
  t('fr', 'analytics', 'statistiques', 'statistiques?', { post: true }),
  t('fr', 'analytics', 'performance', 'performances?', { post: true }),
  t('fr', 'analytics', 'analyse', 'analyses?', { post: true }),
  t('fr', 'analytics', 'mesure', 'mesure', { post: true }),
  t('fr', 'advertising', 'publicitaires', 'publicitaires?', { post: true }),
  t('fr', 'advertising', 'publicite', 'publicit[ée]s?', { post: true }),
  t('fr', 'advertising', 'ciblage', 'ciblage', { post: true }),
  t('fr', 'social', 'reseaux-sociaux', 'r[ée]seaux sociaux|m[ée]dias sociaux', { post: true }),
  t('fr', 'social', 'sociaux', 'sociaux', { post: true }),
  t('fr', 'social', 'partage', 'partage', { post: true }),
  // German (compounds: "Analyse-Cookies", "Marketingcookies")
  t(
    'de',
    'necessary',
    'unbedingt-notwendig',
    '(?:unbedingt|technisch|zwingend) (?:notwendig|erforderlich|n[öo]tig)(?:e[nrs]?)?',
    { post: true },
  ),
  t(
    'de',
    'necessary',
    'notwendig',
    '(?:notwendig|erforderlich|essenziell|essentiell)(?:e[nrs]?)?',
    { post: true },
  ),
  t('de', 'necessary', 'sicherheit', 'sicherheits'),
  t('de', 'preferences', 'funktional', '(?:funktional|funktionell)(?:e[nrs]?)?|funktions'),
  t('de', 'preferences', 'praeferenz', 'pr[äa]ferenz|personalisierungs|komfort'),
  t('de', 'analytics', 'statistik', 'statistik|statistische[nrs]?'),
  t('de', 'analytics', 'analyse', 'analyse|analytische[nrs]?'),
  t('de', 'analytics', 'leistung', 'leistungs'),
  t('de', 'advertising', 'werbe', 'werbe|werbungs'),
  t(
    'de',
    'advertising',
    'werbe-cookies',
    'werbe-?cookies?|marketing-?cookies?|targeting-?cookies?|tracking-?cookies?',
    { full: true },
  ),
  t(
    'de',
    'social',
    'soziale-netzwerke',
    'soziale[nr]? (?:netzwerke|medien)|sozialer netzwerke|sozialer medien',
    { post: true },
  ),
  // Spanish
  t('es', 'necessary', 'estrictamente-necesarias', 'estrictamente necesari[ao]s?', { post: true }),
  t('es', 'necessary', 'necesarias', 'necesari[ao]s?', { post: true }),
  t('es', 'necessary', 'tecnicas', 't[ée]cnic[ao]s?', { post: true }),
  t('es', 'necessary', 'esenciales', 'esenciales?|imprescindibles?', { post: true }),
  t('es', 'necessary', 'seguridad', 'seguridad', { post: true }),
  t('es', 'preferences', 'preferencias', 'preferencias?', { post: true }),
  t('es', 'preferences', 'personalizacion', 'personalizaci[óo]n', { post: true }),
  t('es', 'preferences', 'funcionales', 'funcionales?|funcionalidad(?:es)?', { post: true }),
  t('es', 'analytics', 'analiticas', 'anal[íi]tic[ao]s?|an[áa]lisis', { post: true }),
  t('es', 'analytics', 'estadisticas', 'estad[íi]stic[ao]s?', { post: true }),
  t('es', 'analytics', 'rendimiento', 'rendimiento|medici[óo]n', { post: true }),
  t('es', 'advertising', 'publicitarias', 'publicitari[ao]s?|publicidad', { post: true }),
  t('es', 'advertising', 'segmentacion', 'segmentaci[óo]n|comportamentales?', { post: true }),
  t('es', 'social', 'redes-sociales', 'redes sociales|sociales', { post: true }),
  // Italian ("cookie tecnici", "cookie di profilazione", "cookie analitici")
  t('it', 'necessary', 'strettamente-necessari', 'strettamente necessari[oaie]?', { post: true }),
  t('it', 'necessary', 'tecnici', 'tecnic[oaie]|tecnich[ei]|tecnici', { post: true }),
  t('it', 'necessary', 'necessari', 'necessari[oaie]?', { post: true }),
  t('it', 'necessary', 'essenziali', 'essenzial[ie]|indispensabil[ie]', { post: true }),
  t('it', 'necessary', 'navigazione', 'di navigazione', { post: true }),
  t('it', 'preferences', 'funzionalita', 'di funzionalit[àa]|funzional[ie]', { post: true }),
  t('it', 'preferences', 'preferenze', 'di preferenz[ae]|di personalizzazione', { post: true }),
  t('it', 'analytics', 'analitici', 'analitic[oaie]|analitich[ei]|analytics|di analisi', {
    post: true,
  }),
  t('it', 'analytics', 'statistici', 'statistic[oaie]|statistich[ei]|di statistica', {
    post: true,
  }),
  t('it', 'analytics', 'prestazione', 'di prestazion[ei]|di performance|di misurazione', {
    post: true,
  }),
  t('it', 'advertising', 'profilazione', 'di profilazione|profilanti', { post: true }),
  t('it', 'advertising', 'pubblicitari', 'pubblicitari[oaie]?|di pubblicit[àa]', { post: true }),
  t('it', 'advertising', 'marketing', 'di marketing|di (?:re)?targeting', { post: true }),
  t('it', 'social', 'social', '(?:dei |di )?social (?:network|media)|di condivisione social', {
    post: true,
  }),
  // Dutch: adjectives before the noun, or one compound word ("marketingcookies")
  t(
    'nl',
    'necessary',
    'noodzakelijk',
    '(?:strikt |strikte |technisch |functioneel )?noodzakelijke?|essentiele?|technische|vereiste|benodigde',
  ),
  // Dutch law calls the cookies a site needs "functionele cookies" (exempt
  // from consent): the word names necessary cookies, not preference ones.
  t('nl', 'necessary', 'functioneel', 'functionele'),
  t('nl', 'preferences', 'voorkeur', 'voorkeurs?|personalisatie'),
  t('nl', 'analytics', 'analytisch', 'analytische|statistische|analyse|prestatie|meet'),
  t('nl', 'advertising', 'marketing', 'advertentie|reclame|gerichte|profilerings?'),
  t('nl', 'social', 'sociale-media', 'sociale media|social media'),
  t(
    'nl',
    'advertising',
    'marketing-cookies',
    '(?:marketing|advertentie|reclame|tracking|targeting|volg)-?cookies?',
    { full: true },
  ),
  t(
    'nl',
    'analytics',
    'analytische-cookies',
    '(?:analytische|analyse|statistiek|statistische|prestatie)-?cookies?',
    { full: true },
  ),
  t('nl', 'preferences', 'functionele-cookies', '(?:voorkeurs|functionaliteits)-?cookies?', {
    full: true,
  }),
  t('nl', 'social', 'social-media-cookies', 'social[- ]media-?cookies?', { full: true }),
  // Portuguese ("cookies estritamente necessários", "cookies de desempenho")
  t('pt', 'necessary', 'estritamente-necessarios', 'estritamente necess[áa]ri[oa]s?', {
    post: true,
  }),
  t(
    'pt',
    'necessary',
    'necessarios',
    'necess[áa]ri[oa]s?|essenciais|essencial|obrigat[óo]ri[oa]s?',
    {
      post: true,
    },
  ),
  t('pt', 'necessary', 'tecnicos', 't[ée]cnic[oa]s?', { post: true }),
  t('pt', 'preferences', 'funcionais', 'funcionais|funcional|de funcionalidades?', { post: true }),
  t('pt', 'preferences', 'preferencias', 'de prefer[êe]ncias?|de personaliza[çc][ãa]o', {
    post: true,
  }),
  t('pt', 'analytics', 'analiticos', 'anal[íi]tic[oa]s?|de an[áa]lises?|estat[íi]stic[oa]s?', {
    post: true,
  }),
  t('pt', 'analytics', 'desempenho', 'de desempenho|de performance|de medi[çc][ãa]o', {
    post: true,
  }),
  t(
    'pt',
    'advertising',
    'publicitarios',
    'publicit[áa]ri[oa]s?|de publicidade|de an[úu]ncios|(?:de )?propaganda',
    {
      post: true,
    },
  ),
  t(
    'pt',
    'advertising',
    'marketing',
    'de marketing|de segmenta[çc][ãa]o|de direcionamento|de rastreamento|de (?:re)?targeting',
    { post: true },
  ),
  t('pt', 'social', 'redes-sociais', '(?:de )?redes sociais|de m[íi]dias? sociais|sociais', {
    post: true,
  }),
];

/** What may remain of a heading besides category terms for it to be a category heading. */
export const CATEGORY_WORD_ONLY =
  /^[\s\d().:,/&+-]*(?:(?:and|or|und|oder|et|ou|y|o|e|en|of|de|des|du|di|dei|del|da|do|cookies?|technologies|tags?|pixels?|type|types|typ|tipo|tipos|tipologia|category|categories|categorie|categoria|kategorie|own|first|third|party|first-party|third-party|propia|propias|propio|propre|propres|propria|proprie|eigene|terceros|tiers|terzi|derden|terceiros)(?![\p{L}])[\s\d().:,/&+-]*)*$/u;

/** "Functional" in each language: necessary when the text says they are required (SPEC). */
export const FUNCTIONAL_TERMS = new Set([
  'en.functional',
  'fr.fonctionnels',
  'de.funktional',
  'es.funcionales',
  'it.funzionalita',
  'nl.functioneel',
  'pt.funcionais',
]);
