// Sentence patterns that decide whether a mention is a statement of use, a
// negation or a definition. Regular expression sources on normalised text
// (lower case, diacritics stripped, "n't" expanded to " not"); no capturing
// groups.
//
// Rule (clauses.ts), per clause (CLAUSE_BREAKS cut a sentence): the clause
// states use when an AGENT (the site: we/our/this website/the site's own
// name/its third parties) comes up to 12 words before a USE verb (German
// also "… verwenden wir"), or a passive USE participle has an agent in the
// clause ("are set by our partners"), or a USE_PHRASE says so (first-person
// verb forms "utilisons"/"utilizamos", "our use of", "consent to the use
// of", "allow us"). A NEGATION shortly before the verb, between the verb and
// the mention, right before the mention ("no advertising cookies") or, in
// German, closing the clause ("… verwenden wir nicht") negates it — unless the
// sentence is CONDITIONAL ("… unless you consent", "when we receive a DNT
// signal …"). Only negated USE_CORE verbs deny use. Everything else (generic
// subjects: "websites can use cookies", definitions: "Flash cookies are small
// files") is not a statement of use.

export interface Cue {
  id: string;
  re: string;
}

/** Words that name the site or its partners as the actor. */
export const AGENTS: Cue[] = [
  { id: 'en.first-person', re: 'we|us|our|ours|ourselves' },
  // Personal sites speak in the singular; "i" only before a verb (Italian "i cookie").
  {
    id: 'en.first-person-singular',
    re: "i(?= (?:use|also|only|do|may|might|have|collect|run|track|rely|set|store|load|embed|employ|place|host|will|would|can|never|currently|just|don't|do not|self-host|keep|added|chose|respect|honou?r))|my|myself",
  },
  { id: 'fr.first-person', re: 'nous|notre|nos' },
  // French "on" is "we" before a verb ("on a décidé", "on utilise", "on ne dépose").
  {
    id: 'fr.on',
    re: "on(?= (?:a |n'|ne |utilis|depos|collect|mesur|peut|souhait|decid|recueill|conserv|install|stock|enregistr|s'engage))",
  },
  { id: 'de.first-person', re: 'wir|uns|unser|unsere|unserer|unseren|unserem|unseres' },
  { id: 'es.first-person', re: 'nosotros|nuestr[oa]s?' },
  { id: 'it.first-person', re: 'noi|nostr[oaie]' },
  { id: 'nl.first-person', re: 'wij|ons|onze' },
  { id: 'pt.first-person', re: 'nos|nosso|nossa|nossos|nossas' },
  {
    id: 'en.this-site',
    re: '(?:this|our|these) (?:web ?sites?|sites?|web ?pages?|pages?|online services?|services?|apps?|applications?|platforms?|portals?|stores?|shops?)',
  },
  {
    id: 'fr.this-site',
    re: '(?:ce|cet|cette|notre|nos) (?:sites?|services?|applications?|plateformes?)',
  },
  {
    id: 'de.this-site',
    re: '(?:diese|dieser|diesem|dieses|unsere|unserer|unserem|unseren) (?:website|webseiten?|internetseiten?|seiten?|homepage|onlineangebote?s?|apps?|dienste?s?|angebote?s?)',
  },
  {
    id: 'es.this-site',
    re: '(?:este|esta|estos|nuestr[oa]s?|(?:el|la) presente) (?:sitios?|web|p[áa]ginas?|portal|aplicaci[óo]n|servicios?)',
  },
  {
    id: 'it.this-site',
    re: "(?:questo|quest'|il nostro|la nostra|nostro|nostra|i nostri|il presente) ?(?:sito|siti|sito web|sito internet|portale|servizio|servizi|applicazione|app|piattaforma|negozio online|e-commerce)|^il sito(?: web| internet)? che (?:stai|state|sta) (?:visitando|consultando|navigando)",
  },
  {
    id: 'nl.this-site',
    re: '(?:deze|onze|dit|ons) (?:website|websites|site|webwinkel|webshop|dienst|diensten|app|applicatie|platform|portaal|online ?winkel)',
  },
  {
    id: 'pt.this-site',
    re: '(?:este|esta|o nosso|a nossa|nosso|nossa|os nossos|o presente) (?:site|sites|sitio|website|portal|aplicacao|aplicativo|app|servico|servicos|plataforma|loja)',
  },
  {
    id: 'third-parties',
    re: 'third[- ]part(?:y|ies)|(?:advertising|analytics|marketing|trusted|selected|business) partners|partners|service providers|vendors|advertisers|tiers|partenaires|prestataires|dritt(?:anbieter|e|en)|partner|terceros|socios|proveedores|terze parti|terzi|fornitori|derden|derde partijen|leveranciers|terceiros|parceiros|fornecedores',
  },
];

/**
 * Verb endings of the first person plural ("utilizamos", "usiamo"): the verb
 * names its subject. Matched by their ending, then checked for length in code
 * (a class-led pattern would be tried at every letter).
 */
export const FIRST_PERSON_ENDINGS = 'amos|emos|imos|iamo';

/** Verbs of use; CORE ones are the only ones whose negation denies use. */
export const USE_CORE: Cue[] = [
  {
    id: 'en.use',
    re: 'use|uses|used|using|utili[sz]e[sd]?|utili[sz]ing|employ|employs|employed|employing|place|places|placed|placing|deploy|deploys|deployed|deploying|install|installs|installed|installing|work with|works with|partner with|make use|makes use|authori[sz]e[sd]?|permits?|include[sd]?|includes',
  },
  {
    id: 'fr.use',
    re: 'utilis\\p{L}*|emploi\\p{L}*|employ\\p{L}*|d[ée]pos\\p{L}*|pla[cç]\\p{L}*|install\\p{L}*|recour\\p{L}*|a recours|ont recours',
  },
  {
    id: 'de.use',
    re: 'verwende\\p{L}*|verwendet|verwendung|nutze\\p{L}*|nutzt|genutzt|benutze\\p{L}*|benutzt|einsetz\\p{L}*|eingesetzt|setzen|setzt|einsatz',
  },
  {
    id: 'es.use',
    re: 'utiliz\\p{L}*|usa|usan|usamos|usar|usado|usados|usada|usadas|emple\\p{L}*|instal\\p{L}*|recurr\\p{L}*',
  },
  {
    id: 'it.use',
    re: 'utilizz\\p{L}*|usa|usano|usiamo|usati|usate|usato|usata|impieg\\p{L}*|install\\p{L}*|fa uso|fanno uso|facciamo uso|si avvale|si avvalgono|avvaliamo|ricorr\\p{L}*',
  },
  {
    id: 'nl.use',
    re: 'gebruik|gebruikt|gebruiken|gebruikte|maakt gebruik|maken gebruik|plaats|plaatst|plaatsen|geplaatst|inzet\\p{L}*|ingezet|zetten in|zet in|installeer\\p{L}*|geinstalleerd|toepass\\p{L}*|toegepast',
  },
  {
    id: 'pt.use',
    re: 'utiliz\\p{L}*|usa|usam|usamos|usad[oa]s?|empreg\\p{L}*|instal\\p{L}*|recorr\\p{L}*',
  },
];

export const USE_AUX: Cue[] = [
  {
    id: 'en.aux',
    re: 'save|saves|saved|saving|set|sets|setting|serve|serves|served|store|stores|stored|storing|embed|embeds|embedded|integrate[sd]?|rely on|relies on|collect|collects|collected|collecting|gather|gathers|obtain|obtains|receive|receives|track|tracks|record|records|process|processes|drop|drops|load|loads|activate|activates|run|runs',
  },
  { id: 'fr.aux', re: 'collect\\p{L}*|stock\\p{L}*|enregistr\\p{L}*|trait\\p{L}*|activ\\p{L}*' },
  {
    id: 'de.aux',
    re: 'speicher\\p{L}*|gespeichert|erhebe\\p{L}*|erhoben|platzier\\p{L}*|aktivier\\p{L}*|sammel\\p{L}*|eingebunden|binden',
  },
  {
    id: 'es.aux',
    re: 'recopil\\p{L}*|almacen\\p{L}*|coloc\\p{L}*|recab\\p{L}*|trat\\p{L}*|activ\\p{L}*',
  },
  {
    id: 'it.aux',
    re: 'raccogl\\p{L}*|raccolt\\p{L}*|memorizz\\p{L}*|archivi\\p{L}*|salv\\p{L}*|tratt\\p{L}*|attiv\\p{L}*|impost\\p{L}*|rilasci\\p{L}*',
  },
  {
    id: 'nl.aux',
    re: 'verzamel\\p{L}*|verzameld|opslaan|opgeslagen|slaan|slaat|bewaar\\p{L}*|bewaard|verwerk\\p{L}*|activeer\\p{L}*|geactiveerd|laden|geladen',
  },
  {
    id: 'pt.aux',
    re: 'colet\\p{L}*|recolh\\p{L}*|armazen\\p{L}*|guard\\p{L}*|trat\\p{L}*|ativ\\p{L}*|registr\\p{L}*|coloc\\p{L}*',
  },
];

/** Whole phrases that state use on their own. */
export const USE_PHRASES: Cue[] = [
  {
    id: 'en.our-use-of',
    re: 'our use of|(?:consent|agree|agreeing|accept|accepting) to (?:the|our) use of',
  },
  { id: 'en.helps-us', re: '(?:allows?|enables?|helps?|lets?|permits?) us' },
  // "Where needed, the site may use a strictly necessary session cookie": the
  // site of the policy, by its common noun.
  {
    id: 'en.the-site-uses',
    re: '(?<!(?:a|any|another|each|every) )the (?:web ?site|site) (?:also |only |currently )?(?:may |might |will )?(?:use|uses|employ|employs)',
  },
  // "A web beacon sends information about your visit to our servers": the site receives it.
  {
    id: 'en.sends-to-us',
    re: "(?:sends?|transmits?|reports?|returns?|passes?|delivers?|tells?) (?:[\\p{L}'-]{1,20} ){0,6}(?:to )?(?:us|our (?:servers?|systems?|web ?sites?|analytics))",
  },
  {
    id: 'intl.sends-to-us',
    re: 'nous (?:envoie|envoient|transmet|transmettent|renvoie|renvoient)|(?:an uns|uns) (?:ubermittelt|gesendet|ubertragen)|nos (?:envia|envian|transmite|transmiten)|ci (?:invia|inviano|trasmette|trasmettono)|naar ons (?:verstuurd|gestuurd|verzonden)|stuurt ons|(?:nos envia|envia-nos|nos transmite|transmite-nos)',
  },
  {
    id: 'fr.first-person-verb',
    re: 'utilisons|employons|d[ée]posons|pla[cç]ons|installons|recourons|collectons|stockons|utiliserons|d[ée]poserons|installerons|placerons',
  },
  { id: 'fr.this-site-uses', re: 'ce site (?:web |internet )?(?:utilise|emploie|d[ée]pose)' },
  { id: 'de.permits-us', re: '(?:erm[öo]glich|helf|erlaub)\\p{L}* uns' },
  {
    id: 'es.first-person-verb',
    re: 'utilizamos|usamos|empleamos|instalamos|recurrimos|recopilamos|almacenamos|colocamos|trabajamos con|utilizaremos|usaremos|emplearemos|instalaremos',
  },
  { id: 'es.this-site-uses', re: '(?:este|nuestro) sitio (?:web )?(?:utiliza|usa|emplea|instala)' },
  {
    id: 'it.first-person-verb',
    re: 'utilizziamo|usiamo|installiamo|impieghiamo|facciamo uso|ci avvaliamo|raccogliamo|memorizziamo|salviamo|conserviamo|archiviamo|utilizzeremo|useremo|installeremo',
  },
  {
    id: 'it.this-site-uses',
    re: "(?:questo|il (?:presente|nostro)) sito (?:web |internet )?(?:utilizza|usa|installa|fa uso|si avvale)|quest'applicazione (?:utilizza|usa)",
  },
  {
    id: 'nl.we-use',
    re: '(?:wij|we) (?:gebruiken|plaatsen|maken gebruik|zetten|verzamelen)|(?:gebruiken|plaatsen|verzamelen) (?:wij|we)|maken (?:wij|we) gebruik',
  },
  // A blog or a one-person business speaks in the singular ("maak ik gebruik
  // van", "ich verwende", "j'utilise"); the bare pronoun is not enough ("Ik ga
  // akkoord", "J'accepte", "Mein Konto" are buttons and menus).
  {
    id: 'singular.i-use',
    // Spanish and Portuguese "utilizo" and "instalo" are only verbs; Italian
    // "utilizzo" and "uso" are nouns too ("l'utilizzo dei cookie"): verbs only
    // with no article before them and an object after them.
    re: "ik (?:gebruik|plaats|maak gebruik)|(?:gebruik|plaats) ik|maak ik gebruik|ich (?:verwende|nutze|benutze|setze)|(?:verwende|nutze|benutze|setze) ich|j'utilise|j'installe|je (?:depose|place|installe|collecte)|j'ai (?:installe|ajoute|integre|active|mis en place)|(?:yo )?(?:utilizo|instalo)|empleo(?= (?:cookies|galletas))|(?<!(?:l'|il |un |lo |del |dell'|nell'|all'|sull'|dall'))(?:io )?(?:utilizzo|uso)(?= (?:(?:i |gli |alcuni |questi )?cookie|google|matomo|facebook|hotjar|(?:il|lo|la|un|uno|una) (?:servizio|plugin|sistema|software|programma|tool|codice)))|(?:io )?installo|(?:eu )?utilizo|eu (?:uso|instalo)",
  },
  {
    id: 'nl.this-site-uses',
    re: '(?:deze|onze) (?:website|site|webwinkel|webshop) (?:gebruikt|maakt gebruik|plaatst)',
  },
  {
    id: 'pt.first-person-verb',
    re: 'utilizamos|usamos|empregamos|instalamos|coletamos|recolhemos|armazenamos|utilizaremos|usaremos|instalaremos',
  },
  {
    id: 'pt.this-site-uses',
    re: '(?:este|o nosso|nosso) (?:site|sitio|website|portal) (?:utiliza|usa|instala|emprega)',
  },
  { id: 'it.permits-us', re: 'ci (?:permett|consent|aiut)\\p{L}*' },
  // The impersonal passive with the cookies after the verb, as a site says
  // what it runs ("Vengono utilizzati esclusivamente cookie tecnici", "Se
  // utilizan cookies propias", "Es werden nur notwendige Cookies gesetzt");
  // "I cookie vengono utilizzati per …" (cookies first) stays a description.
  {
    id: 'intl.impersonal-passive',
    re: '(?:vengono|verranno|sono|saranno) (?:utilizzati|usati|installati|impiegati)(?: \\p{L}{1,15}){0,2} (?:i |dei |degli |solo |soltanto )?cookie|si (?:utilizzano|usano|installano)(?: \\p{L}{1,15}){0,2} (?:i |dei )?cookie|se (?:utilizan|usan|instalan|emplean)(?: \\p{L}{1,15}){0,2} (?:las |unas )?cookies|(?:sao|serao) (?:utilizados|usados|instalados)(?: \\p{L}{1,15}){0,2} (?:os )?cookies|(?:utilizam|usam)-se(?: \\p{L}{1,15}){0,2} cookies|(?:sont|seront) (?:utilises|deposes|installes)(?: \\p{L}{1,15}){0,2} (?:des |les )?(?:cookies|traceurs|temoins)|es werden(?: [\\p{L}-]{1,25}){0,3} cookies (?:verwendet|eingesetzt|gesetzt|genutzt)|er worden(?: \\p{L}{1,15}){0,3} cookies (?:gebruikt|geplaatst|ingezet)',
  },
  // A passive with the site as the place ("Des cookies sont activés et
  // utilisés durant votre navigation sur le site", "Cookies are used on the
  // website"): in its own policy, "the site" is the site speaking.
  {
    id: 'intl.passive-on-the-site',
    re: "(?:are|is|sont|est) (?:(?:also|only|aussi|egalement|uniquement|seulement) )?(?:used|set|placed|stored|activated|enabled|utilises?|deposes?|installes?|places?|actives?|enregistres?)(?: (?:and|et) (?:used|set|placed|stored|utilises?|deposes?|installes?))?(?: \\p{L}{1,15}){0,4} (?:on|sur) (?:the|le) (?:web ?site|site)(?! (?:you|que|qui|of|d'un|d'une|de tiers|tiers|visited|visite))",
  },
  { id: 'nl.helps-us', re: '(?:helpt|helpen|stelt|stellen) ons' },
  // "Le site utilise …", "Il sito utilizza …", "Die Website verwendet …": the
  // site of the policy by its common noun with the definite article, as
  // en.the-site-uses ("un site", "einer Website" stay the web in general).
  // Dutch puts the verb last in a clause ("terwijl je de site gebruikt": you
  // use the site), so its "de website gebruikt" counts only opening a sentence.
  {
    id: 'intl.the-site-uses',
    re: 'le site (?:web |internet )?(?:utilise|emploie|d[ée]pose|a recours)|(?:die|diese) (?:website|webseite|internetseite|seite) (?:verwendet|nutzt|benutzt|setzt)|el (?:sitio(?: web)?|portal) (?:utiliza|usa|emplea|instala)|la (?:web|p[áa]gina web) (?:utiliza|usa|emplea|instala)|il (?:sito(?: web| internet)?|portale) (?:utilizza|usa|installa|fa uso|si avvale)|^de (?:website|site|webwinkel|webshop) (?:gebruikt|maakt gebruik|plaatst)|de (?:website|site|webwinkel|webshop) (?:maakt gebruik|plaatst)|o (?:site|s[íi]tio|website|portal) (?:utiliza|usa|instala|emprega)',
  },
  // "Our newsletters contain web beacons", "Unsere Newsletter enthalten Zählpixel":
  // the site's own mailings or pages carrying a tracker.
  {
    id: 'intl.our-messages-contain',
    re: '(?:our|nos|unsere|nuestros|nuestras|(?:i )?nostri|(?:le )?nostre|onze|(?:os |as )?noss[oa]s) (?:e-?mails?|newsletters?|courriels|messages|nieuwsbrieven|correos|boletines|mensajes|berichten|mails|mensagens|pages|pagine|p[áa]ginas|webseiten|seiten)(?: \\p{L}{1,15})? (?:contain|contains|contiennent|enthalten|contienen|contengono|bevatten|cont[êe]m)',
  },
  { id: 'pt.permits-us', re: '(?:nos )?(?:permit|ajud|auxili)\\p{L}*(?:-nos| nos)' },
];

/** Negation words. French "ne" counts only with pas/jamais/aucun/plus (see clauses.ts). */
export const NEGATIONS: Cue[] = [
  {
    id: 'en.not',
    re: 'not|never|no|none|neither|nor|cannot|without|no longer|used to (?:use|run|have|rely on)|stopped (?:using|running)|removed|binned',
  },
  { id: 'fr.pas', re: 'pas|jamais|aucun|aucune|aucuns|ni|sans' },
  { id: 'de.nicht', re: 'nicht|kein|keine|keinen|keinem|keiner|keines|niemals|nie|ohne' },
  { id: 'es.no', re: 'nunca|ning[úu]n|ninguna|ninguno|jam[áa]s|tampoco|sin' },
  { id: 'it.non', re: 'non|mai|nessun|nessuno|nessuna|alcun|senza' },
  { id: 'nl.niet', re: 'niet|geen|nooit|noch|zonder' },
  { id: 'pt.nao', re: 'n[ãa]o|nunca|nenhum|nenhuma|nem|sem' },
];

/**
 * Function words of Portuguese that Spanish does not use, and the reverse:
 * they tell a Portuguese "no" ("in the": "no caso de", "no site") from a
 * Spanish one (a negation) where a sentence reads as both.
 */
export const PT_ONLY_WORDS =
  'os|as|e|em|um|uma|umas|uns|do|da|dos|das|na|nas|ao|aos|pelo|pela|pelos|pelas|seu|sua|seus|suas|nosso|nossa|nao|sao|voce|tem|ja|isso|pode|ter|com';
export const ES_ONLY_WORDS =
  'el|los|las|del|y|una|unos|unas|su|sus|es|son|nuestro|nuestra|al|lo|un|en|usted|puede|hay|con|ya|eso';

/** Phrases that look negative but are not ("not only"). */
export const NOT_NEGATION =
  // "non-essential cookies", "cookie non necessari": a prefix, not a denial of use
  // (the category word after it is dropped in analysis.ts).
  'non-\\p{L}{1,30}|niet-\\p{L}{1,30}|nicht-\\p{L}{1,30}|nao-\\p{L}{1,30}|non (?:essential|necessary|strictly|functional|essentiel\\p{L}{0,3}|n[ée]cessaire\\p{L}{0,2}|indispensable\\p{L}{0,2}|essenzial\\p{L}{0,2}|necessar\\p{L}{0,2}|strettamente|tecnic\\p{L}{0,2}|techniques?)|not only|not just|no longer required|nicht nur|non seulement|no s[óo]lo|no solamente|no matter|non solo|non soltanto|niet alleen|niet enkel|n[ãa]o s[óo]|n[ãa]o apenas|non appena|' +
  // The visitor choosing not to receive them ("you can opt not to receive cookies from …"): an opt-out, no denial of use.
  '(?:choose|chooses|opt|opts|elect|decide|prefer) not to|(?:optar|opte|optes|escolher|decidir) (?:por |de )?n[ãa]o|(?:optar|opte) por no|elegir no|scegliere di non|(?:ervoor )?kiezen om (?:niet|geen)';

/** A negated use that still happens under a condition ("… unless you consent"). */
export const CONDITIONAL =
  "if (?:the |a )?(?:reader|user|visitor|person)s? (?:reject|refuse|decline|opt|do not|does not|withdraw|disable|block)\\p{L}*|unless|without (?:your|prior|first|obtaining)|until (?:you|we)|before (?:you|we|obtaining|receiving)|prior to|except (?:with|where|if|for)|if you (?:do not|refuse|reject|decline|opt|withdraw)|subject to your consent|sans (?:votre|ton|leur) (?:consentement|accord)|sauf|avant (?:de|d'|votre)|[àa] moins (?:que|de)|ohne (?:ihre|deine|vorherige|ihre vorherige) (?:einwilligung|zustimmung)|es sei denn|bevor|sofern (?:sie|du) nicht|sin (?:su|tu|el) (?:previo )?(?:consentimiento|permiso)|salvo|a menos que|antes de|excepto|when (?:you|your|we receive|we detect)|whenever|if (?:you|your)|once you|in (?:this|that) case|dans ce cas|lorsque|si vous|si votre|wenn|falls|in diesem fall|cuando|si usted|si tu|en ese caso|senza (?:il )?(?:tuo|suo|vostro) (?:previo )?consenso|a meno che|prima (?:di|che)|qualora|nel caso|se (?:l'utente|tu|lei|non|acconsenti)|tenzij|zonder (?:uw|jouw|je) (?:voorafgaande )?toestemming|voordat|als u|als je|indien|in dat geval|wanneer u|wanneer je|sem (?:o )?seu (?:previo )?consentimento|a menos que|caso (?:voce|o utilizador|o usuario)|se (?:voce|o utilizador|o usuario)|quando (?:voce|o utilizador|o usuario)";

/** "We only use …" restricts the declaration to what it names. */
export const EXCLUSIVE =
  'only|solely|exclusively|uniquement|seulement|exclusivement|nur|ausschlie[ßs]lich|lediglich|[úu]nicamente|s[óo]lo|solamente|exclusivamente|soltanto|esclusivamente|unicamente|alleen|uitsluitend|enkel|slechts|apenas|somente';

/**
 * Consent conditions make an "only" clause not exclusive ("only with your
 * consent"); so does a default ("by default, only necessary cookies are
 * used": others follow once the visitor agrees).
 */
export const CONSENT =
  'consent|agree|accept|opt[- ]in|consentement|einwilligung|zustimmung|consentimiento|consenso|acconsent\\p{L}*|toestemming|consentimento|by default|par defaut|standardma(?:ss|ß)ig|voreingestellt|por defecto|de forma predeterminada|per impostazione predefinita|di default|standaard|por padrao|por defeito';

/** Where a clause ends inside a sentence. */
export const CLAUSE_BREAKS =
  ';|, but |, however|, whereas|, although|, while | but |, mais | mais |, cependant|, toutefois|, aber | aber |, jedoch|, sondern|, pero | pero |, sin embargo|, aunque|, ma | ma |, tuttavia|, mentre |, maar | maar |, echter|, terwijl |, mas | mas |, porem|, no entanto|, embora|' +
  // "sets no tracking cookie and only strictly necessary ones": what follows is said positively.
  ' and only | et seulement | et uniquement | und nur | y solo | y solamente | y [úu]nicamente | e solo | e soltanto | en alleen | en enkel | e apenas | e somente ';

/** Words that name somebody as a third party (for vendors). */
export const THIRD_PARTY_CUES =
  'third[- ]part(?:y|ies)|partners?|providers?|vendors?|(?:provided|offered|operated|powered|supplied|set|placed|served|dropped|run) by|services? (?:of|from|by)|tools? (?:of|from|by)|plug-?ins? (?:of|from|by)|we work with|tiers|partenaires|prestataires|fournis? par|dritt(?:anbieter|e|en)|anbieter|partner|bereitgestellt|terceros|proveedor(?:es)?|proporcionad[oa]s?|terze parti|terzi|fornit[oiae] da|gestit[oiae] da|fornitori|derden|derde partijen|aangeboden door|geplaatst door|leveranciers?|aanbieders?|terceiros|fornecid[oa]s? por|parceiros?|fornecedores?';

/** Listing words that name vendors when the sentence is about cookies or tracking. */
export const LIST_CUES =
  'such as|including|include|includes|like|e\\.g\\.?|for example|for instance|notamment|comme|wie|z\\.b\\.?|como|por ejemplo|ad esempio|ad es\\.?|tra cui|per esempio|zoals|bijvoorbeeld|bijv\\.?|waaronder|tais como|incluindo|por exemplo';

/** "Third-party cookies … are often used for advertising": what such cookies usually do. */
export const USUALLY_USED =
  '(?:are|is) (?:generally|typically|commonly|often|usually|normally|frequently|mostly) used (?:for|to|by|in)|(?:sont|est) (?:generalement|souvent|couramment) utilises?|werden (?:haufig|oft|meist|in der regel|ublicherweise) (?:verwendet|eingesetzt)|(?:se )?(?:suelen|suele) (?:utilizar|usar|emplear)(?:se)?|(?:vengono|sono) (?:solitamente|generalmente|spesso|comunemente) (?:utilizzati|usati)|worden (?:vaak|meestal|doorgaans) gebruikt|(?:sao|e) (?:geralmente|frequentemente|normalmente) (?:utilizad|usad)\\p{L}*';

/**
 * The site using "them": the cookies its paragraph is about ("Analytics: …
 * We use them to …", "analitici: … Li utilizziamo per …").
 */
export const ANAPHORIC_USE = [
  '(?:we|i) (?:also |only )?(?:use|set|place|employ|deploy|rely on) (?:them|these|those|such cookies|this (?:type|kind|category))',
  'nous (?:les|en) (?:utilisons|deposons|employons)|(?:nous )?utilisons ces (?:cookies|temoins|traceurs)',
  '(?:verwenden|nutzen|setzen|benutzen) wir (?:sie|diese)|wir (?:verwenden|nutzen|setzen) (?:sie|diese)',
  '(?:las|los) (?:utilizamos|usamos|empleamos|instalamos)|utilizamos (?:estas|estos|dichas|dichos)',
  '(?:li|le) (?:utilizziamo|usiamo|impieghiamo|installiamo)|utilizziamo (?:questi|queste|tali)',
  '(?:wij|we) (?:gebruiken|plaatsen) (?:ze|deze|die)|(?:gebruiken|plaatsen) (?:wij|we) (?:ze|deze|die)',
  '(?:utilizamo|usamo)-(?:los|las)|(?:os|as) (?:utilizamos|usamos)|utilizamos (?:estes|estas|esses|essas)',
].join('|');

/**
 * The visitor offered a way out of a named tool's cookies ("You can opt out
 * of Google Analytics here", "Pode optar por não receber cookies do Google
 * Analytics"): the site runs it.
 */
export const OPT_OUT_OFFER =
  'opt(?:-| )?out (?:of|from)|(?:choose|opt|elect) not to (?:receive|accept|allow)|refuse (?:the )?cookies (?:from|of|set by)|(?:optar|opte) por n[ãa]o (?:receber|aceitar|permitir)|desativ\\p{L}{1,4} (?:os )?cookies d[oa]|(?:optar|opte) por no (?:recibir|aceptar)|desactiv\\p{L}{1,4} (?:las )?cookies de|vous opposer (?:au|aux|a l)|d[ée]sactiver (?:les )?(?:cookies|temoins) d[eu]|widerspr\\p{L}{1,6} (?:der|dem)|deaktivier\\p{L}{0,4} (?:der|die|von)|(?:disattivare|rifiutare) (?:i )?cookie di|opporsi (?:a|al|all)|(?:afmelden|uitschakelen|weigeren) (?:voor|van) ';

/**
 * The kind its passage describes, named by a demonstrative ("Profiling
 * cookies. … This site does not use cookies of this type.", "Cookie tecnici.
 * … Questo sito utilizza cookie di questo tipo."): used or denied by the site.
 */
export const THIS_KIND = [
  '(?:cookies?|trackers) of (?:this|these|that) (?:type|kind|category|sort)s?|(?:this|these|such) (?:type|kind|category|sort)s? of (?:cookies?|trackers)',
  '(?:ce|ces|cette) (?:types?|categories?|genres?|sortes?) de (?:cookies|temoins|traceurs)|(?:cookies|temoins|traceurs) de (?:ce|cette) (?:type|categorie|nature|sorte)',
  '(?:diese|solche|derartige) (?:art|arten|kategorie) von cookies|cookies dieser (?:art|kategorie)|derartige cookies',
  '(?:este|estos|ese|esos|dicho|dichos) tipos? de cookies|cookies de (?:este|ese|dicho|tal) tipo|(?:esta|esa|dicha) (?:categoria|clase) de cookies',
  'cookies? di (?:questo|quel|tale) (?:tipo|genere)|cookies? di (?:questa|quella|tale) (?:tipologia|categoria)|(?:questo|quel|tale) tipo di cookies?|(?:questa|quella|tale) (?:tipologia|categoria) di cookies?',
  '(?:dit|deze|dat|die) (?:soort|type|categorie) cookies|dergelijke cookies|zulke cookies',
  '(?:este|esse|estes|esses|tal) tipos? de cookies|cookies (?:deste|desse|de tal) tipo|(?:esta|essa) categoria de cookies',
].join('|');

/**
 * The visitor switching cookies off, and what follows ("if you disable
 * cookies, some services may not work properly", "ao desativar os cookies,
 * pode impedir que alguns serviços funcionem corretamente"): a consequence,
 * not what the site's cookies are for.
 */
export const VISITOR_DISABLES = [
  '(?:if|should|when|once) you (?:[\\p{L}-]{1,20} ){0,2}(?:disable|block|refuse|reject|decline|delete|remove|turn off|switch off)|(?:disabling|blocking|refusing|rejecting|declining|deleting|turning off|switching off) (?:all |the |these |our |some )?cookies (?:will|may|might|can|could)',
  'en (?:desactivant|bloquant|refusant|supprimant)|si vous (?:[\\p{L}-]{1,20} ){0,2}(?:desactivez|bloquez|refusez|supprimez)',
  'wenn sie (?:[\\p{L}-]{1,20} ){0,3}(?:deaktivieren|blockieren|ablehnen|loschen)|bei (?:deaktivierung|blockierung|ablehnung) (?:von|der)',
  'al (?:desactivar|bloquear|rechazar|eliminar)|si (?:usted )?(?:desactiva|bloquea|rechaza|elimina)',
  "disattivando|bloccando|rifiutando|(?:se|qualora) (?:l'utente )?(?:disattiv|blocc|rifiut|cancell)\\p{L}{1,4}",
  'als (?:u|je) (?:[\\p{L}-]{1,20} ){0,3}(?:uitschakelt|blokkeert|weigert|verwijdert)',
  'ao (?:desativar|bloquear|recusar|rejeitar|eliminar)|se (?:voce )?(?:desativar|bloquear|recusar|rejeitar)',
  // A browser's menu path ("Settings → Privacy → Cookies and site data",
  // "Einstellungen > Datenschutz"): how the visitor manages cookies.
  '(?:settings|preferences|options|tools|privacy|einstellungen|datenschutz|parametres|reglages|confidentialite|configuracion|ajustes|privacidad|impostazioni|opzioni|instellingen|opties|definicoes|configuracoes|preferencias|privacidade) ?(?:→|->|>|»)',
].join('|');

/** Subjects that make a sentence about the web in general, not this site. */
export const GENERIC_SUBJECTS = [
  '(?:some|many|most|other|certain) (?:organi[sz]ations|companies|providers|advertisers|networks|industry groups?) (?:provide|offer|allow|let|use|may|can)|opt(?:-| )?out (?:of|from)',
  '(?:many|most|other|some|certain) (?:web ?sites|sites|companies|services) (?:can|may|might|could|use|will|often|also|are|do)|(?:used|set|placed) by (?:many|most|other|some|certain|a|any) (?:web ?sites?|sites?|companies)|(?:a|any) (?:web ?site|site) (?:can|may|might|could|uses?|will)|web ?sites (?:can|may|often|use)|(?:web )?browsers (?:can|may|allow|provide|offer)|(?:web ?site |web )?servers (?:set|use|place|store|send|create|can|may)',
  '(?:in general|generally|typically|usually|most of the time|in most cases),? cookies|cookies are (?:generally|typically|commonly|often|usually|normally) used|when you visit (?:a|any) (?:web ?site|site)',
  '(?:les|la plupart des|la majorite des|beaucoup de|certains) sites (?:web |internet )?(?:peuvent|utilisent)|un site (?:web |internet )?(?:peut|utilise)|de nombreux sites|(?:en general|en regle generale|generalement|la plupart du temps|le plus souvent),? les cookies|lorsque vous visitez un site',
  '(?:im allgemeinen|in der regel|meistens|normalerweise),? (?:werden|sind|dienen|speichern|helfen|enthalten) cookies|websites (?:konnen|verwenden|nutzen)|eine (?:website|webseite) (?:kann|verwendet)|(?:viele|die meisten) (?:websites|webseiten)|wenn sie eine (?:website|webseite) besuchen',
  '(?:en general|por lo general|normalmente|generalmente),? las cookies|los sitios web (?:pueden|utilizan|usan)|un sitio web (?:puede|utiliza|usa)|muchos sitios|la mayoria de (?:los )?sitios|cuando (?:usted )?visita un sitio',
  '(?:in genere|in generale|generalmente|di solito|solitamente),? i cookie|i siti (?:web |internet )?(?:possono|utilizzano|usano)|un sito (?:web |internet )?(?:puo|utilizza|usa)|molti siti|la maggior parte dei siti|quando (?:si )?visit\\p{L}* un sito',
  '(?:over het algemeen|meestal|doorgaans|in het algemeen),? (?:worden|zijn|dienen|helpen) cookies|websites (?:kunnen|gebruiken)|een website (?:kan|gebruikt)|(?:veel|de meeste) websites|wanneer (?:u|je) een website bezoekt|als (?:u|je) een website bezoekt',
  '(?:em geral|geralmente|normalmente|na maioria das vezes),? os cookies|os sites (?:e (?:aplicativos|apps|aplica[çc][õo]es) )?(?:podem|utilizam|usam)|um site (?:pode|utiliza|usa)|muitos sites|a maioria dos sites|quando (?:voce )?visita um site',
  // Companies and organisations in general, either order: "Zo kunnen bedrijven
  // bijvoorbeeld advertenties laten zien", "Daarmee kunnen organisaties …".
  '(?:companies|businesses|advertisers|organi[sz]ations) (?:can|may|could)|(?:les )?(?:entreprises|annonceurs|organisations|organismes) (?:peuvent|pourront)|(?:unternehmen|werbetreibende|organisationen) (?:konnen|durfen)|(?:konnen|durfen) (?:unternehmen|werbetreibende|organisationen)|(?:las )?(?:empresas|anunciantes|organizaciones) (?:pueden|podran)|pueden (?:las )?(?:empresas|anunciantes|organizaciones)|(?:le )?(?:aziende|imprese|inserzionisti|organizzazioni) (?:possono|potranno)|possono (?:le )?(?:aziende|imprese|inserzionisti|organizzazioni)|(?:bedrijven|adverteerders|organisaties) (?:kunnen|mogen)|(?:kunnen|mogen) (?:bedrijven|adverteerders|organisaties)|(?:as )?(?:empresas|anunciantes|organiza[cç][oõ]es) (?:podem|poderao)|podem (?:as )?(?:empresas|anunciantes|organiza[cç][oõ]es)',
].join('|');

/** Kept by the server, not on the visitor's device: no cookie is declared by it. */
export const NOT_ON_DEVICE =
  "not (?:stored |kept |saved )?(?:on|in) (?:your|the user's|the visitor's) (?:device|browser|computer)|(?:only|solely) (?:stored |kept )?(?:on|in) (?:our|the) (?:servers?|database)|server-side|pas (?:stocke\\p{L}* )?sur votre (?:appareil|navigateur|terminal)|nicht auf ihrem (?:gerat|endgerat|computer)|no (?:se almacena\\p{L}* )?en su (?:dispositivo|navegador)|non (?:viene memorizzat\\p{L}* )?sul (?:tuo|suo) dispositivo|niet op (?:uw|je) (?:apparaat|computer)|nao (?:e armazenad\\p{L}* )?no seu (?:dispositivo|navegador)|" +
  // Server logs: what the web server records of each request is no cookie
  // ("I sistemi informatici e le procedure software preposte al funzionamento
  // di questo sito acquisiscono …", the Italian data-protection authority's
  // wording for navigation data, copied into most Italian policies).
  'sistemi informatici e (?:le )?procedure software';

/**
 * A consent-record cookie's purpose names the kinds it records a choice for
 * ("stores your consent choices for marketing cookies", "enregistre votre
 * choix concernant les cookies de mesure d'audience"): not a use of them.
 * Read just before the category's mention.
 */
export const CONSENT_RECORD = [
  "(?:record|records|recording|store|stores|storing|save|saves|saving|remember|remembers|keep|keeps)(?: the| your| the user'?s| users?'?| visitors?'?| a)?(?: cookie)? (?:consent|choices?|preferences?|decisions?)(?: choices?| status| state| settings?)? (?:for|regarding|about|on|to|of)(?: the)?(?: use of)?(?: any)?",
  "(?:enregistr|stock|conserv|memoris|sauvegard)\\p{L}{0,6}(?: votre| vos| le| les| la| l'utilisateur)?(?: consentement| choix| preferences?| refus)(?: de l'utilisateur)? (?:pour|concernant|relatifs? aux?|quant aux?|aux?|sur)(?: les| le| l'utilisation des| le depot des)?(?: cookies?| temoins| traceurs)?",
  '(?:speicher|merk|protokollier)\\p{L}{0,4}(?: ihre| die| ihren| den)? (?:einwilligung|zustimmung|auswahl|praferenzen?|entscheidung)(?: des nutzers)? (?:fur|zu|zur|zum|bezuglich|in)(?: die| den| das)?(?: verwendung von| nutzung von)?',
  '(?:registr|almacen|guard|record)\\p{L}{0,5}(?: su| sus| el| las| los| del usuario)? (?:consentimiento|eleccion|elecciones|preferencias?|decision)(?: del usuario)? (?:para|sobre|respecto a|de|en cuanto a)(?: las| los| el uso de)?(?: cookies?)?',
  '(?:registr|memorizz|salv|conserv)\\p{L}{0,5}(?: il| i| le| la)? (?:consenso|scelt[ae]|preferenz[ae]|decision[ei])(?: dell.utente)? (?:per|sui|sugli|relativ[oaie] ai|riguardo ai|ai|all.uso dei)(?: i| gli)?(?: cookie)?',
  '(?:sla|slaat|onthoud|onthoudt|registreer|registreert|bewaar|bewaart)\\p{L}{0,2}(?: uw| je| jouw| de)? (?:toestemming|keuzes?|voorkeuren?)(?: op)? (?:voor|over|met betrekking tot|ten aanzien van)(?: de| het gebruik van)?',
  '(?:regist|armazen|guard|memoriz|salv)\\p{L}{0,5}(?: o| os| as| a| seu| suas| seus| do utilizador| do usuario)? (?:consentimento|escolhas?|preferencias?|decisao)(?: do utilizador| do usuario)? (?:para|sobre|relativas? a|quanto a|dos|de|aos)(?: os| as| o uso de)?(?: cookies?)?',
].join('|');
