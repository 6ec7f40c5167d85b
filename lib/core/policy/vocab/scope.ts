// Whether a passage speaks of the site's own cookies at all: definitions
// ("What are cookies?", "There are several types of cookies: …"), generic
// statements and hypotheticals ("If we later add advertising …") declare
// nothing. Regular expression sources on normalised text (lower case,
// diacritics stripped), no capturing groups, bounded quantifiers only.

/** Headings of definition sections (unless they also name the site: "Types of cookies we use"). */
export const DEFINITION_HEADINGS = [
  "what (?:is|are) (?:a |an |the )?(?:cookies?|web beacons?|pixels?|tracking|similar|local storage|these)|what(?:'s| is) a cookie|what (?:do )?cookies (?:do|are used for)|what (?:is|are) the purposes? of cookies|why (?:are|do) (?:web ?sites|sites) use cookies|how are cookies used|(?:types|kinds|categories|classes|classification) of cookies|cookie (?:types|categories)|how (?:do )?cookies work|^(?:about|understanding) cookies$|^definitions?$|^general information|^(?:some )?examples of (?:[\\p{L}-]{1,20} )?cookies (?:are|include)|cookies? ?[-–—:]{1,3} ?what (?:are|is) (?:they|it|that)",
  "qu'est-ce qu|que sont (?:les )?(?:cookies|temoins|traceurs)|quelles? (?:est|sont) (?:la |les )?fonctions? des (?:cookies|temoins|traceurs)|a quoi serv\\p{L}* (?:les |un )?(?:cookies?|temoins?|traceurs?)|quels sont les (?:differents )?types|(?:les )?(?:differents |principaux )?types de (?:cookies|temoins|traceurs)|^definitions?$|comment fonctionnent les",
  'was (?:ist|sind) (?:ein |eine )?(?:cookies?|tracking)|cookies? ?[-–—:]{1,3} ?was (?:ist|sind) (?:das|sie)|arten von cookies|welche arten von|cookie-arten|^begriffsbestimmungen?$|^definitionen?$',
  'que (?:es|son) (?:una |las |los )?(?:cookies?|galletas)|tipos de cookies|tipologia de (?:las )?cookies|clases de cookies|^definicion(?:es)?$',
  "cosa sono|che cosa sono|cos'e (?:un|il) cookie|tipologi[ae] (?:di|dei) cookie|tipi di cookie|^definizion[ei]$|^(?:alcuni )?esempi di cookie",
  'wat (?:zijn|is) (?:een )?(?:cookies?|tracking)|soorten cookies|welke soorten|^definities?$',
  'o que (?:sao|e) (?:os |um )?(?:cookies?)|tipos de cookies|^definic(?:ao|oes)$',
  // The axes of a classification: "By lifetime", "Nach Herkunft", "Según la entidad que las gestione".
  "^(?:by|according to) (?:their |its )?(?:lifetime|duration|origin|provenance|owner|issuer)$|^(?:selon|par) (?:leur |la |l'|leur )?(?:duree|origine|provenance|emetteur)$|^nach (?:der |ihrer )?(?:lebensdauer|speicherdauer|dauer|herkunft|anbieter)$|^segun (?:la entidad que (?:las|los) gestion\\p{L}{1,3}|el plazo de tiempo que permanecen activ\\p{L}{1,4}|su (?:duracion|origen|titularidad))$|^in base (?:alla|al) (?:durata|provenienza|titolare)$|^naar (?:duur|herkomst|oorsprong)$|^(?:quanto a|segundo) (?:a |sua )?(?:duracao|origem|entidade que (?:os|as) gere)$",
].join('|');

/** Participles that make a heading about the site's own use ("Cookies used on this site"). */
export const USED =
  'used|utili[sz]ed|employed|placed|utilis[ee]e?s|deposes?|verwendet\\p{L}*|eingesetzt\\p{L}*|genutzt\\p{L}*|utilizad[ao]s|usad[ao]s|utilizzat[ioe]|usat[ioe]|installat[ioe]|gebruikt\\p{L}*|geplaatst\\p{L}*';

/**
 * "Se guardiamo alla loro finalità, i cookie possono essere:" opens a list of
 * kinds, even where the site speaks ("if we look at their purpose").
 */
export const TYPE_LIST_OPENER =
  '(?:cookies?|they|trackers) (?:can|may) be ?:|peuvent etre ?:|konnen (?:[\\p{L}-]{1,20} ){0,2}sein ?:|pueden ser ?:|possono essere ?:|kunnen (?:[\\p{L}-]{1,20} ){0,2}zijn ?:|podem ser ?:';

/** A sentence that classifies cookies in general rather than declaring any. */
export const TYPE_LIST = [
  // "Depending on their purpose, cookies can be:" opens a list of kinds.
  TYPE_LIST_OPENER,
  '^(?:some|certain|other|many|most)(?: cookies| trackers| of (?:these|them|the cookies))?(?: or trackers)? (?:are|can|may|might|could|track|help|collect|allow|will|serve)|^others (?:are|can|may|might|track|help|collect|allow|will|serve|to)|there (?:are|exist) (?:[\\p{L}\\p{N}-]{1,20} ){0,3}(?:types|kinds|categories|classes)|(?:can|may|are|is) (?:be )?(?:typically |generally |usually |commonly |often )?(?:divided|classified|categori[sz]ed|grouped|distinguished|split|broken down)|(?:types|kinds|categories) of cookies|^(?:(?:some|certain|other) cookies|others|some) (?:are|can|may|track|help|collect|allow)',
  'il existe|on (?:peut )?distingue|(?:peuvent|peut) etre (?:class|divis|regroup|distingu)\\p{L}*|(?:les )?(?:differents |principaux )?types de (?:cookies|temoins|traceurs)',
  'es gibt (?:[\\p{L}\\p{N}-]{1,20} ){0,2}(?:arten|kategorien|typen|formen)|lassen sich (?:[\\p{L}-]{1,20} ){0,3}(?:unterteilen|einteilen|unterscheiden)|man unterscheidet|unterschieden werden|arten von cookies',
  'existen (?:[\\p{L}\\p{N}-]{1,20} ){0,3}(?:tipos|clases|categorias|cookies)|se distinguen|(?:pueden|se pueden) (?:ser )?(?:clasificar|dividir|agrupar|distinguir)\\p{L}*|tipos de cookies|hay (?:[\\p{L}\\p{N}-]{1,20} ){0,2}tipos',
  'esistono (?:[\\p{L}\\p{N}-]{1,20} ){0,3}(?:tipi|tipologie|categorie|macro-?categorie|cookie)|le (?:finalita|tipologie|categorie) (?:dei|di) cookie sono|si distinguono|distingu\\p{L}* (?:tra|fra) (?:i |le |diversi |diverse |due |tre |varie |vari )?(?:cookies?|tipi|tipologie|categorie|macro-?categorie)|(?:ha|hanno|sono|vengono) (?:stati )?suddivis\\p{L}*|suddivis\\p{L}* in|classificat\\p{L}* in|(?:possono|si possono) (?:essere )?(?:suddivis|distint|classificat|divis|raggruppat)\\p{L}*|(?:possono|si) (?:suddivider|distinguer|classificar)\\p{L}*|tipologi[ae] di cookie|macro-?(?:categorie|aree)',
  'er zijn (?:[\\p{L}\\p{N}-]{1,20} ){0,2}(?:soorten|typen|categorieen)|(?:kunnen|worden) (?:[\\p{L}\\p{N}-]{1,20} ){0,2}(?:ingedeeld|onderverdeeld|onderscheiden)|soorten cookies',
  'existem (?:[\\p{L}\\p{N}-]{1,20} ){0,3}(?:tipos|categorias|cookies)|(?:podem|se podem) ser (?:classificad|divid|agrupad|distinguid)\\p{L}*|tipos de cookies|ha (?:[\\p{L}\\p{N}-]{1,20} ){0,2}tipos',
].join('|');

/** "Cookies can be used to …": cookies in general, with nobody using them. */
export const GENERIC_MODAL = [
  '^(?:(?:in general|generally|typically|usually|for example|similarly|likewise|also|additionally|moreover|furthermore),? )?(?:a |an )?(?:cookies?|web beacons?|pixels?|pixel tags?|they|such (?:cookies|technologies)|tracking technologies|these technologies|trackers?) (?:can|may|might|could|are (?:generally |commonly |often |typically |usually |normally )?used|is (?:generally |commonly |often |typically |usually |normally )?used)',
  '^(?:les |un |une |le )?(?:cookies?|temoins?|traceurs?) (?:peuvent|peut|permet|permettent|servent|sert|sont (?:generalement |souvent )?utilises|est (?:generalement |souvent )?utilise)',
  // "Ils peuvent être utilisés pour …", "Pueden utilizarse para …", "Possono essere utilizzati …".
  '^(?:ils|elles) (?:peuvent|peut) (?:etre )?(?:utilises|utilisees|deposes|employes)|^(?:pueden|puede) (?:ser )?(?:utilizad[ao]s|usad[ao]s|utilizarse|usarse|emplearse)|^(?:possono|puo) essere (?:utilizzat|usat|impiegat)\\p{L}{1,2}|^(?:eles|elas) podem|^podem ser (?:utilizad|usad)\\p{L}{1,2}',
  '^(?:cookies?|sie) (?:konnen|dienen (?:zum beispiel|beispielsweise|etwa)|werden (?:haufig|oft|meist|in der regel) (?:verwendet|eingesetzt))',
  '^(?:las )?cookies? (?:pueden|puede|permiten|sirven)',
  // "En general, estas tecnologías pueden servir para finalidades muy diversas"
  // (the AEPD guide's wording) and its kin: "these technologies can …" in each language.
  '^(?:en general,? )?(?:estas|dichas|tales) (?:tecnologias|herramientas) (?:pueden|puede|permiten|sirven)|^(?:en general,? )?(?:ces|de telles) (?:technologies|outils) (?:peuvent|permettent|servent)|^(?:in generale,? )?(?:queste|tali) tecnologie (?:possono|permettono|servono)|^(?:em geral,? )?(?:estas|essas|tais) (?:tecnologias|ferramentas) (?:podem|permitem|servem)|^(?:im allgemeinen,? )?(?:diese|solche) (?:technologien|werkzeuge) (?:konnen|dienen)|^(?:in het algemeen,? |over het algemeen,? )?(?:deze|zulke|dergelijke) (?:technologieen|technologien) (?:kunnen|dienen)',
  '^(?:i )?cookie (?:possono|puo|permettono|sono (?:generalmente |solitamente )?utilizzati)',
  '^(?:cookies?|ze) (?:kunnen|worden (?:vaak|meestal) gebruikt)',
  '^(?:os )?cookies? (?:podem|pode|permitem|servem)',
  // "Cookies do lots of different jobs, like …" (a common explanation of cookies in general).
  '^(?:cookies?|they) (?:do|perform|serve|have|fulfil+) (?:lots of|many|various|several|a (?:number|variety|range) of) (?:different )?(?:jobs|tasks|functions|purposes|roles)',
  '^(?:les )?(?:cookies?|temoins?) (?:ont|remplissent|jouent) (?:de nombreuses|plusieurs|diverses|differentes|de multiples) (?:fonctions|taches|roles|utilites)',
  '^(?:cookies?|sie) (?:erfullen|haben|ubernehmen) (?:viele|verschiedene|unterschiedliche|zahlreiche) (?:verschiedene |unterschiedliche )?(?:aufgaben|funktionen|zwecke)',
  '^(?:las )?cookies? (?:tienen|cumplen|realizan|desempenan) (?:muchas|varias|diversas|diferentes|multiples) (?:funciones|tareas|finalidades)',
  '^(?:i )?cookie (?:hanno|svolgono|assolvono) (?:molte|diverse|varie|numerose|differenti) (?:funzioni|finalita|compiti)',
  '^(?:cookies?|ze) (?:hebben|vervullen) (?:veel|verschillende|diverse) (?:functies|taken|doelen)',
  '^(?:os )?cookies? (?:tem|desempenham|cumprem|realizam) (?:muitas|varias|diversas|diferentes) (?:funcoes|tarefas|finalidades)',
].join('|');

/** "A cookie is a small text file …": a definition. */
export const DEFINES =
  '^(?:an? |the |les? |la |un |une |die |der |das |ein |eine |el |los |las |una? |il |i |gli |lo |een |de |het |o |os |as |um |uma |"|\')*(?:cookies?|web beacons?|pixel tags?|pixels?|local storage|temoins?|traceurs?|galletas|tracking[- ]technolog\\p{L}*)["\']?(?:[ -][\\p{L}"\'-]{1,20}){0,3}? (?:is|are|est|sont|ist|sind|es|son|e|sono|zijn|is|sao)\\b(?: (?:de |des |di |dei |van )?(?:a|an|un|une|ein|eine|una?|small|tiny|little|text|simple|piccoli|kleine\\p{L}*|petits?|pequen\\p{L}*|kleine|pequenos|information|bits?|files?|strings|data|fichiers|archivos|ficheiros|bestanden|dateien|textdateien|stringhe|piccole)\\b)';

/**
 * "Technical cookies are those that …": a definition, unless a heading
 * says these are the cookies the site uses ("What cookies does this site use?").
 */
export const DEFINES_THOSE =
  '^(?:an? |the |les? |la |die |der |das |el |los |las |il |i |gli |lo |de |het |o |os |as |"|\')*(?:cookies?|temoins?|galletas)["\']?(?:[ -][\\p{L}"\'-]{1,20}){0,3}? (?:are|sont|sind|son|sono|zijn|sao) (?:those|ceux|celles|quelli|quelle|aquell[oa]s|diejenigen|degene|aquel[ea]s|(?:las|los|os|as) que)\\b';

/** "For example", "such as": an illustration, when nobody uses what it lists. */
export const EXAMPLE_CUES =
  'for example|for instance|e\\.g\\.?|such as|par exemple|notamment|zum beispiel|beispielsweise|z\\.b\\.?|etwa|por ejemplo|como por ejemplo|ad esempio|per esempio|bijvoorbeeld|bijv\\.?|por exemplo|tais como';

/** An indefinite website: the web in general, not this site. */
export const INDEFINITE_SITE =
  "(?:a|any|another|each|every) (?:web ?site|site|web ?page|online service)|the (?:web ?site|site|web ?page|domain) (?:that )?(?:you are|you're|the user is|a user is) (?:currently )?(?:visiting|browsing|on)|" +
  'un (?:site|site web|site internet)|une page web|einer? (?:website|webseite|internetseite|seite)|einem (?:server|webserver)|un sitio(?: web)?|una (?:pagina web|web)|un sito(?: web| internet)?|una pagina web|een (?:website|site|webpagina)|um (?:site|sitio|website)|uma pagina(?: web)?';

/** "If we later introduce advertising …": not what the site does. */
export const HYPOTHETICAL = [
  "^(?:even )?if (?:we|this site|the site|advertising|analytics|ads|tracking|marketing|any)\\b(?: [\\p{L}'-]{1,20}){0,12} (?:later|ever|in the future|introduce[sd]?|add(?:ed)?|start(?:ed)?|decide[sd]?|favou?red|were to|begin)\\b|^should (?:we|this site) (?:ever |later |in the future )?(?:decide|start|introduce|add|begin|use)",
  "^(?:meme )?si (?:un jour |a l'avenir )?(?:nous|le site|ce site) (?:venions|devions|decidions|decid\\p{L}* (?:a l'avenir|un jour|ulterieurement))",
  '^(?:falls|sollten|wenn) wir (?:[\\p{L}-]{1,20} ){0,3}(?:kunftig|zukunftig|in zukunft|spater)',
  '^si (?:en el futuro|mas adelante)|^en caso de que (?:en el futuro|decidamos)',
  '^(?:se|qualora) in futuro|^nel caso in cui (?:in futuro|decidessimo)',
  '^(?:als|indien) (?:we|wij) (?:in de toekomst|later)|^mochten (?:we|wij)',
  '^se (?:no futuro|futuramente)|^caso (?:venhamos|no futuro)',
  // "For example, Acme might have embedded a Like button": a supposition, in the conditional perfect.
  '(?<!(?:you|i) )(?:could|might) have (?:\\p{L}{1,15} ){0,2}(?:embedded|integrated|installed|placed|included)|potrebbe(?:ro)? aver(?:e)? (?:\\p{L}{1,15} ){0,3}(?:integrato|inserito|installato|incorporato)|pourrai(?:t|ent) avoir (?:int[ée]gr[ée]|ajout[ée]|install[ée]|plac[ée])|podr[íi]an? haber (?:integrado|incluido|instalado|insertado)|poderiam? ter (?:integrado|inclu[íi]do|instalado|inserido)|k[öo]nnten? (?:\\p{L}{1,15} ){0,4}(?:eingebunden|integriert|installiert) haben|zou(?:den)? (?:\\p{L}{1,15} ){0,4}(?:kunnen|hebben) (?:ge[ïi]ntegreerd|geplaatst|toegevoegd)',
].join('|');

/** The site's own listing ("the table below", "le tableau ci-dessous"): what it lists is the site's. */
export const OWN_LISTING =
  '(?:the|this|our) (?:table|list|overview)(?: below| above)?|(?:the )?(?:table|list) below|le tableau|la liste ci-dessous|le tableau ci-dessous|die (?:folgende |nachstehende )?(?:tabelle|liste|ubersicht)|la tabla|la siguiente (?:tabla|lista)|la tabella|la seguente (?:tabella|lista)|de (?:onderstaande )?(?:tabel|lijst)|a tabela|a (?:seguinte |lista )(?:tabela|lista)';
