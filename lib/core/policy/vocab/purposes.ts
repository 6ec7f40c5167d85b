// Purpose phrases, as data: what cookies are said to do, mapped to the
// category it implies ("remember your language settings" → preferences).
// Regular expression sources on normalised text, no capturing groups.
//
// Rule (categories.ts): a purpose phrase counts only in cookie context (the
// sentence, its neighbours or its heading name cookies or tracking
// technologies), outside "What are cookies?" definitions and generic
// statements ("websites can use cookies to …"), and only where the passage
// names no category itself (003 lists preference storage under "Necessary
// cookies": that stays necessary).
import type { Category } from '../../types.ts';
import type { Lang } from './categories.ts';

export interface PurposePhrase {
  id: string;
  value: Category;
  re: string;
  lang: Lang;
}

const p = (lang: Lang, value: Category, id: string, re: string): PurposePhrase => ({
  id: `purpose.${lang}.${id}`,
  value,
  re,
  lang,
});

export const PURPOSE_PHRASES: PurposePhrase[] = [
  // necessary
  p(
    'en',
    'necessary',
    'site-works',
    '(?:our|the|this) (?:web ?site|site|service|platform)s? (?:works?|functions?|operates?|runs?) (?:correctly|properly|as intended|smoothly)',
  ),
  p(
    'en',
    'necessary',
    'keep-working',
    '(?:keep|keeps|keeping) (?:our|the|this) (?:web ?site|site|shop|store|service|platform|app)s? (?:working|running|secure)',
  ),
  p(
    'en',
    'necessary',
    'needed-to-function',
    'necessary for (?:the|our|this) (?:web ?site|site|service|platform)s? to (?:function|work|operate)',
  ),
  p(
    'en',
    'necessary',
    'logged-in',
    '(?:keep|keeps|keeping|remember|remembers) (?:you|users?) (?:logged|signed) in|log-?in and (?:verification|authentication)|authenticat(?:e|es|ion) (?:you|users?|your)',
  ),
  p(
    'en',
    'necessary',
    'cart',
    '(?:items|products) in your (?:shopping )?(?:cart|basket)|(?:shopping )?(?:cart|basket) (?:contents|items)',
  ),
  p(
    'en',
    'necessary',
    'security',
    'for security purposes|prevent(?:ing)? fraud|fraud[- ]prevention|load[- ]balanc(?:e|es|ing)',
  ),
  p('fr', 'necessary', 'fonctionnement', '(?:bon )?fonctionnement (?:du|de notre|de ce) site'),
  p('fr', 'necessary', 'panier', 'votre panier|authentification'),
  p(
    'de',
    'necessary',
    'betrieb',
    '(?:betrieb|funktionsf[äa]higkeit) (?:der|unserer|dieser) (?:website|webseite|seite)|warenkorb',
  ),
  p(
    'es',
    'necessary',
    'funcionamiento',
    'funcionamiento (?:correcto )?(?:del|de nuestro|de este) sitio|carrito de (?:la )?compra',
  ),
  // preferences
  p(
    'en',
    'preferences',
    'remember-settings',
    '(?:remember|remembers|store|stores|save|saves|retain|record|records|keep)(?: [\\p{L}]+){0,3} (?:preferences|settings)',
  ),
  p(
    'en',
    'preferences',
    'language',
    '(?:choice|selection|setting|preference)s? (?:of|for) (?:your )?language|language (?:choice|selection|settings?|preferences?)|record your choice of language',
  ),
  p(
    'en',
    'preferences',
    'personalise-experience',
    "personali[sz]e (?:your |the |a known visitor's |users'? |our )?(?:experience|visit|content|site)|customi[sz]e your experience",
  ),
  p(
    'fr',
    'preferences',
    'preferences',
    "(?:m[ée]moris\\p{L}*|enregistr\\p{L}*|retenir|conserver) (?:vos|les|tes) (?:pr[ée]f[ée]rences|choix de langue|param[èe]tres)|personnalis\\p{L}* (?:votre|l') ?exp[ée]rience",
  ),
  p(
    'de',
    'preferences',
    'einstellungen',
    '(?:speicher|merk)\\p{L}* (?:ihre |deine )?(?:einstellungen|pr[äa]ferenzen|spracheinstellung\\p{L}*|sprachauswahl)|personalisier\\p{L}* (?:ihr|dein|das) (?:nutzungs)?erlebnis',
  ),
  p(
    'es',
    'preferences',
    'preferencias',
    '(?:record\\p{L}*|guardar|almacenar) (?:sus|tus) (?:preferencias|ajustes|configuraci[óo]n)|personaliz\\p{L}* (?:su|tu) experiencia',
  ),
  // analytics
  p('en', 'analytics', 'statistics', 'statistics|statistical (?:data|analysis|information)'),
  p(
    'en',
    'analytics',
    'measure-usage',
    '(?:measure|measuring|analy[sz]e|analy[sz]ing|analysis of|monitor|monitoring|count|counting|understand) (?:(?:the|our|your|web|site|service|how|of) ){0,3}(?:usage|traffic|visits|visitors|audience|page views)',
  ),
  p(
    'en',
    'analytics',
    'behaviour',
    "(?:measure|measuring|analy[sz]e|analy[sz]ing|monitor|monitoring|understand|track|tracking)(?: [\\p{L}']+){0,3} (?:online |browsing )?(?:behaviou?r|effectiveness of (?:our|the|this) (?:web ?sites?|sites?|pages|content|services?))|information about (?:your|their|users'?|visitors'?) use of (?:our|the|this) (?:web ?sites?|sites?|services?|pages)",
  ),
  p(
    'en',
    'analytics',
    'how-visitors-use',
    '(?:record|recording|understand|see|learn|analy[sz]e) how (?:you|users|visitors|people) (?:use|interact|navigate|browse|move)',
  ),
  p(
    'en',
    'analytics',
    'track-visits',
    "track (?:your|their|users'?|visitors'?) visits?|number of (?:visits|visitors)|web analytics",
  ),
  p(
    'fr',
    'analytics',
    'audience',
    "mesur\\p{L}* (?:l'|la )?(?:audience|fr[ée]quentation)|statistiques de (?:visite|fr[ée]quentation)",
  ),
  p(
    'de',
    'analytics',
    'nutzung',
    '(?:analyse|auswertung) (?:des|der) (?:nutzungsverhaltens|nutzerverhaltens|nutzung)|reichweitenmessung|besucherstatistik\\p{L}*',
  ),
  p(
    'es',
    'analytics',
    'uso',
    '(?:analizar|medir|conocer) (?:el |la )?(?:uso|tr[áa]fico|audiencia|navegaci[óo]n)|estad[íi]sticas de (?:uso|visitas)',
  ),
  // advertising
  p(
    'en',
    'advertising',
    'targeted-ads',
    '(?:targeted|personali[sz]ed|interest[- ]based|relevant|tailored|behaviou?ral) (?:ads|advertising|advertisements?|marketing|offers)|personali[sz]e (?:content and )?(?:ads|advertising|advertisements)',
  ),
  p(
    'en',
    'advertising',
    'deliver-ads',
    '(?:show|serve|deliver|display|provide|present)s?(?: [\\p{L}]+){0,4} (?:ads|advertisements|advertising)',
  ),
  p(
    'en',
    'advertising',
    'ad-partners',
    '(?:advertising|ad) (?:partners|networks|campaigns|purposes)|marketing purposes|re-?targeting|re-?marketing',
  ),
  p(
    'fr',
    'advertising',
    'publicite',
    'publicit[ée]s? (?:cibl[ée]es?|personnalis[ée]es?|adapt[ée]es?)|ciblage publicitaire|fins publicitaires',
  ),
  p(
    'de',
    'advertising',
    'werbung',
    '(?:personalisierte|interessenbezogene|zielgerichtete|personalisierter) werbung|werbezwecke\\p{L}*|marketingzwecke\\p{L}*',
  ),
  p(
    'es',
    'advertising',
    'publicidad',
    'publicidad (?:personalizada|dirigida|comportamental)|fines publicitarios|anuncios personalizados',
  ),
  // social
  p(
    'en',
    'social',
    'plugins',
    "social (?:media|network|networking) (?:plug-?ins?|buttons?|features?|widgets?|sharing)|social plug-?ins?|'?(?:share|like|tweet)'? buttons?",
  ),
  p('fr', 'social', 'partage', 'boutons? de partage|modules? sociaux|plug-?ins? sociaux'),
  p(
    'de',
    'social',
    'plugins',
    'social[- ]media[- ]plug-?ins?|teilen-buttons?|like-buttons?|social plug-?ins?',
  ),
  p(
    'es',
    'social',
    'compartir',
    'botones? (?:de )?compartir|complementos? sociales|plug-?ins? sociales',
  ),
];
