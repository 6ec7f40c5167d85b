// Do Not Track / Global Privacy Control vocabulary and stance patterns.
// Signal names are replaced by the tokens `dnt-signal` / `gpc-signal` while
// normalising (so that "do not track" is not read as a negation); the other
// sources are regular expressions on normalised text, no capturing groups.
//
// Rule (signals.ts), per sentence that names a signal (or refers back to one
// named just before: "such signals") and in which the site speaks (we, our
// site, its name, or a passive "… are not honoured"):
//   RESERVES   "we reserve the right to respond"                → reserves
//   IGNORES    negation + IGNORE_VERBS ("do not respond to"), or
//              IGNORE_PHRASES ("regardless of", "continue to collect") → ignores
//   HONORS     HONOR_VERBS without negation ("we honor GPC"), or
//              negation + TRACK_VERBS ("we will not track you")  → honors
//   PARTIAL    honors + PARTIAL_CUES ("only in California")      → partial
// Per signal: partial if any partial or both honors and ignores; else
// honors; else ignores ("reserve the right … will not change" = ignores);
// else reserves; else silent.

/** "Do not track" in each language, masked only where it names the signal. */
export const DNT_PHRASES =
  '(?<![\\p{L}])(?:do[\\s-]*not[\\s-]*track|ne[\\s-]+pas[\\s-]+(?:me[\\s-]+)?(?:pister|suivre|tracer)|nicht[\\s-]+verfolgen|no[\\s-]+(?:rastrear|realizar[\\s-]+seguimiento)|non[\\s-]+tracciare|niet[\\s-]+volgen|n[ãa]o[\\s-]+(?:rastrear|rastreie|monitorar|seguir))(?![\\p{L}])';

/** Context that shows a "do not track" phrase is the signal's name. */
export const DNT_BEFORE =
  /(?:["“'‘«„(]|\b(?:a|the|your|any|browser'?s?|such|its|le|la|du|des|l'option|die|der|den|das|el|del|un|une|turning|turn on|enable|enabling|enabled|activate|activating|via|using|send|sends|sending|il|lo|een|het|o|a|uma|um))\s*$/iu;
export const DNT_AFTER =
  /^\s*(?:["”'’»)]|\(dnt\)|(?:-[\s-]*)?(?:signals?|settings?|features?|requests?|preferences?|options?|headers?|instructions?|functions?|functionality|mechanisms?|standards?|technolog\p{L}*|browser|choices?|polic\p{L}+|status|signal\p{L}*|einstellung\p{L}*|funktion\p{L}*|anfrage\p{L}*|signaux|param\p{L}*|fonction\p{L}*|se[ñn]al\p{L}*|configuraci\p{L}*|solicitud\p{L}*)\b)/iu;

export const GPC_PHRASES =
  '(?<![\\p{L}])(?:global[\\s-]+privacy[\\s-]+control|sec-gpc|gpc|opt[\\s-]+out[\\s-]+preference[\\s-]+signals?|(?:global[\\s-]+)?privacy[\\s-]+preference[\\s-]+signals?|universal[\\s-]+opt[\\s-]+out[\\s-]+mechanisms?|controllo[\\s-]+globale[\\s-]+della[\\s-]+privacy|controle[\\s-]+global[\\s-]+de[\\s-]+privacidade|contr[ôo]le[\\s-]+global[\\s-]+de[\\s-]+(?:la[\\s-]+)?confidentialit[ée]|control[\\s-]+global[\\s-]+de[\\s-]+(?:la[\\s-]+)?privacidad)(?![\\p{L}])';

/** Refers back to a signal named in a previous sentence or the heading. */
export const ANAPHORA =
  '(?:these|such|those) (?:particular )?(?:users|visitors|people)|(?:such|these|this|those|that|the|any|your) (?:signals?|requests?|settings?|features?|preferences?|instructions?|mechanisms?|headers?|functions?)|ces signaux|ce signal|ces demandes|cette (?:option|fonction|demande)|ce param[èe]tre|(?:diese|solche|dieses|diesen|solchen)\\p{L}* (?:signal\\p{L}*|einstellung\\p{L}*|anfrage\\p{L}*|funktion\\p{L}*)|(?:estas|esta|tales|dichas|dicha) (?:se[ñn]ales?|solicitudes|solicitud|configuraci[óo]n)';

export const RESERVES =
  'reserves? the right to|reserved the right to|r[ée]serv\\p{L}* le droit|behalten uns (?:\\p{L}+ ){0,4}vor|reserv\\p{L}* el derecho|ci riserviamo|behouden (?:ons|wij|we) het recht|reservamo-nos|may (?:in the future |later )?(?:decide to |choose to )?respond|(?:will|may) (?:continue to )?(?:monitor|evaluate|review|revisit|reassess|reconsider) (?:developments|our (?:approach|practices?|position|policy)|this (?:policy|practice|decision|approach)|the (?:standard|situation))|as (?:the |such )?standards? (?:develop|evolve|emerge|mature)|(?:once|when|if|until) (?:a|an|such a|the) (?:final |uniform |common |industry )?(?:standard|specification) (?:is|has been) (?:established|adopted|finali[sz]ed|agreed)';

/** Verbs that, negated, mean the signal is not acted on. */
export const IGNORE_VERBS =
  'respond\\p{L}*|react\\p{L}*|honou?r\\p{L}*|recogni[sz]\\p{L}*|support\\p{L}*|act|acting|comply|complies|accept\\p{L}*|process\\p{L}*|treat\\p{L}*|alter|change|modify|adjust|acknowledge|follow|observe|interpret|allow|affect|impact|effect|take|give|r[ée]pond\\p{L}*|r[ée]agi\\p{L}*|respect\\p{L}*|tenons|tient|prenons|pris|tenir|prendre|modifi\\p{L}*|chang\\p{L}*|reconn\\p{L}*|traitons|reagier\\p{L}*|ber[üu]cksichtig\\p{L}*|beacht\\p{L}*|respektier\\p{L}*|unterst[üu]tz\\p{L}*|befolg\\p{L}*|folgen|[äa]nder\\p{L}*|anpass\\p{L}*|erkenn\\p{L}*|verarbeit\\p{L}*|respet\\p{L}*|atend\\p{L}*|reconoc\\p{L}*|tenemos|cambi\\p{L}*|admit\\p{L}*|acept\\p{L}*|proces\\p{L}*|rispond\\p{L}*|rispett\\p{L}*|riconosc\\p{L}*|accett\\p{L}*|reageer\\p{L}*|reageren|respecteer\\p{L}*|respecteren|ondersteun\\p{L}*|honoreer\\p{L}*|herken\\p{L}*|verwerk\\p{L}*|respeit\\p{L}*|reconhec\\p{L}*|suport\\p{L}*';

export const IGNORE_PHRASES =
  'all other (?:tracking )?(?:information|data) (?:is|are|will be) (?:still )?(?:provided|collected|recorded|processed|tracked|shown|displayed)|ignores?|ignored|ignoring|disregard\\p{L}*|(?:continue|continues|still) (?:to )?(?:collect|track|use|process|operate|apply)|regardless of|irrespective of|ignor\\p{L}*|unabh[äa]ngig (?:von|davon)|independientemente|ind[ée]pendamment|quel que soit|sans effet';

export const HONOR_VERBS =
  // "we will disable any scripts which collect data": the tracking is switched off.
  '(?:remains?|stays?|is|are|will be|will remain|kept) (?:disabled|deactivated|turned off|switched off|blocked|suppressed|not loaded)|(?:disable|disables|deactivate|deactivates|turn off|turns off|switch off|switches off|stop|stops|block|blocks|suppress|suppresses|cease|ceases|skip|skips|d[ée]sactiv\\p{L}{0,6}|deaktivier\\p{L}{0,4}|desactiv\\p{L}{0,6}|disattiv\\p{L}{0,6}|uitschakel\\p{L}{0,4}|desativ\\p{L}{0,6}) (?:[\\p{L}-]{1,20} ){0,3}(?:scripts?|tracking|trackers?|analytics|cookies|data collection|pixels?|tags|measurement|traceurs?|tracker|analyse\\p{L}{0,3}|seguimiento|rastreamento|tracciamento|mesure\\p{L}{0,3}|statisti\\p{L}{1,4}|webanalyse|reichweitenmessung|anal[íi]tica|an[áa]lisis|an[áa]lise|analitic\\p{L}{1,2}|statistieken|metingen|suivi)|schakel\\p{L}{0,3} (?:wij |we )?(?:de |het |alle |onze )?(?:[\\p{L}-]{1,20} )?(?:tracking|statistieken|analyse\\p{L}{0,3}|cookies|metingen|trackers) uit|opt(?:-| )out(?: (?:of|from) [\\p{L} ]{1,40}?)? (?:via|through|by (?:enabling|using|sending|turning(?: on)?|activating|setting)|using|with)|treats? (?:it|this|them|the signal|such (?:a )?signals?) as|rispettiamo|rispett(?:a|ano|ato|ati)|onoriamo|rispondiamo|respecteren|respecteert|gerespecteerd|honoreren|gehonoreerd|reageren op|erkennen|erkent|respeitamos|respeita(?:m|do|dos)?|honramos|reconhecemos|reconhece|honou?r|honou?rs|honou?red|honou?ring|respect|respects|respected|recogni[sz]e[sd]?|respond to|responds to|comply with|complies with|abide by|support|supports|process|processes|accept|accepts|treat|treats|treated|act on|act upon|opt (?:you|users|the (?:user|browser|device)) out|apply|applies|applied|give effect|respectons|honorons|prenons en compte|tenons compte|r[ée]pondons|appliquons|respektieren|ber[üu]cksichtigen|beachten|reagieren auf|befolgen|respetamos|atendemos|honramos|respondemos|reconocemos|tenemos en cuenta|aplicamos';

/** Negated, these mean the site stops tracking when the signal is on. */
export const TRACK_VERBS =
  'track\\p{L}*|collect\\p{L}*|sell|sells|share|shares|set|sets|place|places|placed|load|loads|loaded|use|uses|used|serve|serves|fire|fires|fired|send|sends|sent|disclose\\p{L}*|activate\\p{L}*|record|records|recorded|log|logs|logged|store|stores|stored|write|writes|written|run|runs|execute[sd]?|include[sd]?|process|processes|processed|registr\\p{L}*|raccogl\\p{L}*|traccia\\p{L}*|volg\\p{L}*|verzamel\\p{L}*|rastre\\p{L}*|colet\\p{L}*|verfolg\\p{L}*|erheb\\p{L}*|setzen|laden|suivre|collecter|d[ée]poser|vendre|rastrear|recopilar|vender|compartir';

export const PARTIAL_CUES =
  'only|solely|limited to|to the extent (?:required|necessary)|where (?:legally )?required|where (?:applicable|possible|feasible|technically (?:possible|feasible))|as required by (?:applicable )?law|required by (?:applicable )?law|residents?|california|colorado|connecticut|virginia|utah|texas|oregon|montana|delaware|new jersey|in (?:certain|some) (?:jurisdictions|states|regions|countries|cases|circumstances)|for (?:certain|some) (?:services|features|products|browsers|purposes)|uniquement|seulement|dans certain\\p{L}*|nur|lediglich|in bestimmten|solo|s[óo]lo|[úu]nicamente|en (?:algunos|ciertos|determinados)';

/** A plan, not a practice: "… but plan to support it as soon as it is finalised". */
export const FUTURE_INTENT =
  '(?:plan|plans|planning|intend|intends|intending|aim|aims|hope|hopes|expect|expects|working|work|are looking) to|(?:prevoyons|envisageons|comptons) de|(?:planen|beabsichtigen) (?:[\\p{L}-]{1,20} ){0,4}zu|(?:planeamos|pretendemos|esperamos)|(?:prevediamo|intendiamo|contiamo) di|(?:zijn van plan|plannen) (?:om )?|(?:planejamos|pretendemos) ';

/** Enabling the signal, told to the visitor as a way out ("Activate the Do-Not-Track setting"). */
export const ENABLE_SIGNAL =
  '^(?:please |simply |just )?(?:activate|enable|turn on|switch on|set|use|send)|^(?:activez|activer|aktivieren sie|schalten sie|active|activa|attiva|activeer|ative)';

/** Passive statements of the site's practice ("… are not honored"). */
export const PASSIVE =
  "(?:is|are|will be|be) (?:not )?(?:currently )?(?:honou?red|recogni[sz]ed|supported|respected|processed|accepted|treated|acted upon)|(?:n'est|ne sont|ne seront) pas (?:pris|respect[ée]s?)|(?:wird|werden) (?:nicht )?(?:ber[üu]cksichtigt|beachtet|unterst[üu]tzt|respektiert)|(?:no )?(?:se )?(?:respeta|respetan|atiende|atienden|reconoce|reconocen)";

/** Whoever speaks of the site's handling besides "we": a tracker, the analytics, the user's browser. */
export const SPEAKERS =
  "(?:you|users|visitors) (?:can|may) opt(?:-| )out|users who|visitors who|if (?:your|a|the) browser|when (?:your|a|the) browser|if you (?:enable|have enabled|turn on|use|send|activate|switch on)|(?:the|our|this) (?:analytics|tracking|tracker|measurement|statistics)(?: (?:script|code|tool|service|software|cookies?|provider))?|analytics (?:is|are|will)|(?<!(?:if|when|whether|unless|whenever) )the (?:web ?site|site|platform|app|application)(?: (?:therefore|thus|hence|also|currently|consequently|itself))? (?:does|do|doesn't|will|won't|cannot|can't|is|responds?|supports?|honou?rs?|respects?|ignores?|recogni[sz]es?)\\b|^(?:respects?|honou?rs?|supports?|ignores?|recogni[sz]es?|treats?)\\b";

/** Statements about the signal or the law, not the site's practice. */
export const NOT_A_STANCE =
  // "Not all websites respect DNT", "Toutes les pages ne respectent pas encore ce standard":
  // other sites' practice, in each language.
  "(?:not all|few|many|most) (?:web ?sites|sites|web ?pages|pages|companies|services)|(?:toutes les pages|tous les sites(?: web| internet)?|la plupart des sites(?: web| internet)?) (?:ne|n')|no todos los (?:sitios|sitios web|portales)|(?:nicht alle|viele|die meisten) (?:websites|webseiten|internetseiten|seiten|anbieter)|non tutti i siti|(?:niet alle|veel|de meeste) (?:websites|sites)|nem todos os sites|" +
  "(?:companies|web ?sites|sites|operators|businesses|services) (?:should|must|to disclose)|how (?:companies|web ?sites|sites|operators|businesses) (?:should|must|respond)|requires? (?:[\\p{L}'-]{1,20} ){0,8}to disclose|(?:law|act|caloppa|statute) (?:requires|mandates)|^(?:dnt|gpc)-signal (?:is|was) (?:a|an)|(?:is|are) (?:a|an) (?:browser )?(?:setting|signal|feature|preference|mechanism|specification|proposal)";

/** A list of opt-out means: "You may opt out by: … enabling GPC". */
export const OPT_OUT_LEAD =
  'opt(?:-| )out|exercise (?:your|this|these|the) rights?|(?:submit|make) (?:a|your) requests?|opposition|desinscri\\p{L}*|widerspr\\p{L}*';

/** Restrictions of a section or list to some places ("If you are a California resident"). */
export const PLACE_LIMITS =
  'california|colorado|connecticut|virginia|utah|texas|oregon|montana|delaware|new jersey|nevada|residents?|where (?:legally )?required|(?:certain|some) (?:states|jurisdictions)';

/** The signal's users are treated like everyone else: nothing changes for them. */
export const SAME_AS_OTHERS =
  'treat\\p{L}{0,3} (?:you|them|users|visitors|such (?:users|visitors|requests)|it|these (?:users|visitors)) (?:just |exactly )?(?:like|the same (?:as|way as)|as) (?:all |any )?(?:of )?(?:our )?other (?:users|visitors|requests|people)|(?:in )?the same (?:way|manner) as (?:all |any )?(?:of )?(?:our )?other (?:users|visitors)|no differently (?:than|from)|comme tous (?:les )?autres (?:utilisateurs|visiteurs)|wie alle anderen (?:nutzer|besucher)\\p{L}{0,6}|como a cualquier otro (?:usuario|visitante)|come tutti gli altri (?:utenti|visitatori)|net als alle andere (?:gebruikers|bezoekers)|como qualquer outro (?:utilizador|usu[áa]rio|visitante)';
