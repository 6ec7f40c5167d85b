// Italian purpose phrases (see types.ts for the rule). Italian policies
// follow the Garante's vocabulary: "cookie tecnici" (navigation, session,
// functionality, analytics "assimilati"), "cookie di profilazione".
import { type PurposePhrase, purpose } from './types.ts';

const p = purpose('it');
const SITE = '(?:sito|sito web|sito internet|portale|servizio|servizi|piattaforma|negozio)';

export const IT: PurposePhrase[] = [
  p(
    'necessary',
    'funzionamento',
    `(?:necessari[oaie]?|indispensabil[ie]|essenzial[ie]) (?:per|al|ai fini del) (?:il )?(?:corretto |normale |buon )?funzionamento|(?:corretto |normale |buon )?funzionamento (?:del|di questo|dello|del nostro) ${SITE}|(?:normale |corretta )?navigazione (?:e fruizione )?(?:del|sul|nel) ${SITE}|(?:facilitare|agevolare|migliorare) (?:la )?navigazione|navigazione e fruizione|autenticar\\p{L}*|autenticazione|aree riservate|carrello|sicurezza (?:del|della|dei) (?:sito|navigazione|servizi|pagamenti)|(?:mantenere|gestire) la sessione|sessione (?:di navigazione|utente)|effettuare (?:un )?acquist\\p{L}*|(?:accesso|accedere) (?:all'|al |ad )?(?:area|account|profilo)|log-?in|bilanciamento del carico|prevenire (?:frodi|abusi|spam)|(?:garantire|assicurare|consentire|permettere) (?:il )?(?:corretto|normale|buon) funzionamento|(?:fornire|erogare|offrire) (?:il |un |i )?servizi?o? (?:\\p{L}{1,15} ){0,2}richiest[oi] (?:dall'utente|dagli utenti|dall'interessato)`,
  ),
  p(
    'preferences',
    'preferenze',
    "(?:ricord|memorizz|salv|conserv|registr)\\p{L}* (?:le |la )?(?:tua |tue |sua |sue |vostra |vostre |le |proprie |relative )?(?:preferenze|scelte|impostazioni|lingua|valuta)|lingua (?:selezionata|prescelta|scelta|preferita)|personalizz\\p{L}* (?:la |l')?(?:esperienza|navigazione|contenuti)|(?:serie di )?criteri selezionati|migliorare il servizio reso|(?:esperienza|navigazione)(?: di navigazione)? personalizzat[ao]",
    'cookie|consenso',
  ),
  p(
    'analytics',
    'statistiche',
    "statistiche(?: (?:anonime|aggregate))?(?: (?:di|sul|sull'|sull|sugli|sulle|sui|dell'|del|delle|degli|dei))? ?(?:utilizzo|uso|accesso|accessi|visite|traffico|navigazione|utenti|visitatori)|statistiche (?:anonime|aggregate)|in forma aggregata|numero (?:degli |di |dei )?(?:utenti|visitatori|visite|accessi|pagine visitate)|come (?:gli utenti|i visitatori|questi|l'utente) (?:visitano|utilizzano|usano|navigano|interagiscono)|analizz\\p{L}* (?:il (?:nostro |suo )?traffico|l'utilizzo|l'uso|la navigazione|il comportamento|le visite)|(?:misur|monitor)\\p{L}* (?:le prestazioni|l'efficacia|il traffico|le visite|l'utilizzo|l'uso)|contare le visite|fonti di traffico|pagine (?:pi[uù] |meno )?(?:visitate|popolari)|migliorare (?:il |le |i )?(?:sito|prestazioni|servizi|contenuti)|finalit[àa] (?:\\p{L}{1,15} (?:e|o|ed|od) )?statistiche|(?:a |per )?fini (?:\\p{L}{1,15} (?:e|o|ed|od) )?statistici|scopi (?:\\p{L}{1,15} (?:e|o|ed|od) )?statistici|analisi statistic\\p{L}*",
  ),
  p(
    'advertising',
    'profilazione',
    "messaggi pubblicitari|pubblicit[àa] (?:mirata|personalizzata|comportamentale|in linea)|annunci (?:pubblicitari|personalizzati|mirati)|profil\\p{L}* (?:dell'utente|gli utenti|l'utente|degli utenti)|preferenze manifestate|abitudini di navigazione|remarketing|retargeting|campagne (?:pubblicitarie|di marketing)|finalit[àa] (?:\\p{L}{1,15} (?:e|o|ed|od) )?(?:di marketing|pubblicitarie|commerciali|promozionali)|(?:scopi|fini) (?:\\p{L}{1,15} (?:e|o|ed|od) )?(?:pubblicitari|di marketing|commerciali|promozionali)|(?:inviare|invio di) (?:messaggi|comunicazioni) (?:pubblicitari|promozionali)|concessionari\\p{L}* (?:di )?pubblicit\\p{L}*",
  ),
  p(
    'social',
    'social',
    'pulsanti (?:di condivisione|social)|condivi\\p{L}* (?:i contenuti )?(?:sui|su|nei) social|plugin social|(?:funzionalit[àa]|interazione) (?:dei |con i )?social(?: network| media)?',
  ),
  p(
    'advertising',
    'pubblicita-interessi',
    "pubblicit[àa] (?:in linea con|basata|in base|rilevante|pertinente|di terze parti)|annunci (?:in linea con|basati|in base|rilevanti|pertinenti)|(?:mostr|propor|offr|invi|present|personalizz|erog|adatt)\\p{L}{0,6} (?:\\p{L}{1,15} ){0,3}(?:pubblicit[àa]|annunci|messaggi pubblicitari|offerte personalizzate|contenuti pubblicitari)|(?:efficacia|rendimento) (?:delle|delle nostre|dei nostri) (?:campagne|pubblicit[àa]|annunci|inserzioni)|interessi (?:dell'utente|degli utenti|di navigazione)|marketing (?:mirato|personalizzato|comportamentale)",
  ),
  p(
    'analytics',
    'come-interagisce',
    "(?:analizz|misur|comprend|capi|conosc|valut|monitor|stud)\\p{L}{0,6} (?:meglio )?(?:come|in che modo|il modo in cui) (?:l'utente |gli utenti |i visitatori |si )?(?:interagisce|interagiscono|utilizza|utilizzano|usa|usano|naviga|navigano)|(?:analizz|misur|comprend|capi|conosc|valut|monitor|stud)\\p{L}{0,6} (?:meglio )?(?:come|in che modo) (?:viene|vengono) (?:utilizzat|usat|visitat)\\p{L}|prestazioni (?:del|di questo|del nostro) (?:sito|portale)|(?:misurazione|analisi) (?:dell'audience|del traffico|delle visite|dell'utilizzo|statistica)|finalit[àa] (?:statistiche|analitiche)|scopi (?:statistici|analitici)|dati statistici|report (?:statistici|sulle visite|di utilizzo)",
  ),
  p(
    'preferences',
    'ricordare',
    '(?:ricord|memorizz|salv)\\p{L}{0,6} (?:le |i )?(?:tue |sue |vostre )?(?:scelte|impostazioni|preferenze|dati di accesso)|(?:lingua|valuta|regione|paese) (?:scelt[ao]|selezionat[ao]|preferit[ao])|scelta della lingua',
  ),
  p(
    'necessary',
    'sicurezza',
    "(?:proteggere|protezione (?:de[il]|dell[ae']?)) (?:nostri |nostro |il |i |la )?(?:servizi|sito|account)|(?:prevenire|individuare|contrastare) (?:le |gli )?(?:frodi|spam|accessi non autorizzati|abusi)|bilanciamento del carico|(?:mantenere|gestire) la (?:tua |sua )?sessione|(?:funzioni|funzionare) (?:correttamente|in modo corretto)",
  ),
  p(
    'social',
    'condivisione',
    'condivi\\p{L}{0,6} (?:contenuti|pagine|articoli|post) (?:su|sui|tramite|attraverso)|integrazione con (?:i )?social(?: network| media)?|pulsanti dei social',
  ),
  p(
    'preferences',
    'visualizzazione',
    'preferenze (?:di|relative alla) visualizzazione|dimension[ei] (?:del |dei )?(?:carattere|caratteri|testo)|(?:colori|impostazioni) (?:di|del) contrasto|(?:ricord|memorizz)\\p{L}{0,6}: (?:le |i )?(?:tue |sue )?(?:preferenze|scelte|impostazioni)',
  ),
  // How often and how many: "identify how many times you come back".
  p(
    'analytics',
    'counts',
    'quante volte|quant[ie] (?:visitatori|utenti|accessi|persone)|metriche (?:di )?(?:accesso|audience|navigazione|utilizzo|traffico|visita)|(?:visitatori|utenti) (?:nuovi (?:e|o) )?(?:di ritorno|ricorrenti)',
  ),
  p(
    'analytics',
    'capire-meglio',
    "(?:capire|comprendere|conoscere) meglio (?:come (?:gli utenti |i visitatori |l'utente |si )?(?:utilizz|us|navig|interag)\\p{L}*|(?:i nostri|gli) (?:utenti|visitatori|lettori)|l'uso|l'utilizzo|l'esperienza)",
  ),
  // Not having to enter the same details again: what remembered choices spare.
  p(
    'preferences',
    'reinserire',
    '(?:non )?(?:dover )?(?:reinserire|inserire nuovamente|inserire di nuovo|digitare nuovamente)',
  ),
  // Following the visitor across other sites is what ad networks do (an
  // interest profile), not the site's own audience measurement.
  p(
    'advertising',
    'cross-site',
    'su altri siti(?: web| internet)?|attraverso (?:diversi|altri|pi[ùu]) siti(?: web)?|quando (?:visit\\p{L}{1,3}) altri siti',
  ),
  // Keeping the visitor's session or account going: what a site needs to work.
  p(
    'necessary',
    'keep-session',
    "manten(?:ere|imento) (?:la |della )?sessione|identificativ[io] di sessione|processo di registrazione|(?:gestire|gestione) (?:del |dell'|della )?(?:account|registrazione|sessione)|relativ[io] all'account",
  ),
  // "informazioni su come utilizzi il nostro sito".
  p(
    'analytics',
    'information-how-used',
    "(?:informazioni|dati) (?:su|sul|circa|riguardo a|in merito a) (?:come|il modo in cui) (?:gli utenti |i visitatori |l'utente |si )?(?:utilizz|us|navig|interag)\\p{L}*",
  ),
  // "adattare il sito ai gusti e alle preferenze dell'utente".
  p(
    'preferences',
    'gusti',
    '(?:adattare|adeguare|personalizzare)(?: \\p{L}{1,15}){0,4} (?:ai|alle) (?:suoi |sue |tuoi |tue )?(?:gusti|preferenze)|gusti e (?:le )?preferenze',
  ),
  // "per la presenza dei social plugin", "widget sociali", "pulsante Mi Piace".
  p(
    'social',
    'social-widget',
    'social (?:plugin|plug-in|widget|button)s?|(?:widget|plugin|pulsant[ei]) (?:dei )?social[ie]?|pulsante (?:mi piace|condividi)',
  ),
  // Producing statistics from the visits ("elaborare statistiche").
  p(
    'analytics',
    'elaborare-statistiche',
    '(?:elabor|raccogl|raccolt|ottene|ottien|gener|produ|redig|redatt|stil|fare|creare|compil)\\p{L}{0,5} (?:di |delle |le |alcune )?statistiche',
  ),
  // Recognising the visitor's preferences ("riconoscere le tue preferenze").
  p(
    'preferences',
    'recognise-preferences',
    'riconosc\\p{L}{0,6} (?:delle |le )?(?:tue |sue |vostre )?(?:preferenze|scelte|impostazioni)',
    'cookie|consenso',
  ),
  // Analysing data ("analisi dei dati"), counted only where cookies are spoken of.
  p('analytics', 'data-analysis', 'analisi (?:dei |di )?dati'),
  // A browsing experience made personal; profiles; a session kept active.
  p(
    'preferences',
    'esperienza',
    "personalizz\\p{L}{0,6} (?:la |l')?(?:tua |sua |vostra |propria )?esperienza",
  ),
  p(
    'advertising',
    'profili-annunci',
    "(?:crea|creare|costruire|costruisce|elaborare|definire) (?:dei |di )?profili (?:relativi|dell'utente|degli utenti|di navigazione|commerciali|pubblicitari)|annunci personalizzati|(?:mostr|propor|visualizz)\\p{L}{0,6} annunci",
  ),
  p(
    'necessary',
    'sessione-attiva',
    '(?:mantenere|mantiene|mantengono|tenere) (?:attiva )?la (?:tua |sua )?sessione(?: attiva| aperta)?',
  ),
  // The wording of consent managers' cookie tables: pages read, advertising
  // products, the language version chosen, the session's state, bots told apart.
  p(
    'analytics',
    'pages-read',
    "pagine (?:lette|visitate|visualizzate|consultate) (?:dal|dall'|durante|dagli)",
  ),
  p('advertising', 'ad-products', 'prodotti pubblicitari|offerte in tempo reale'),
  p('preferences', 'language-version', 'versione linguistica'),
  p('necessary', 'session-state', 'stato della (?:tua |sua )?sessione'),
  p(
    'necessary',
    'bots',
    '(?:persone|umani|esseri umani) e (?:i )?bot|(?:protezione|rilevamento) (?:dai |dei |contro i )?bot',
  ),
  // Time spent, where visitors come from, visits counted; how often an ad is
  // seen and the conversions of campaigns.
  p(
    'analytics',
    'time-origin',
    'quanto tempo (?:\\p{L}{1,15} )?(?:i |gli )?(?:visitatori|utenti)|da dove (?:provengono|arrivano|vengono) (?:i |gli )?(?:nostri )?(?:visitatori|utenti)|provenienza (?:dei|degli) (?:visitatori|utenti)',
  ),
  p(
    'advertising',
    'frequency',
    'numero di volte in cui (?:vedi|visualizzi|viene mostrato|vede) (?:un |lo stesso )?annuncio|frequenza (?:degli|di) annunci',
  ),
  p(
    'advertising',
    'conversions',
    'conversioni (?:delle|dei) (?:nostre |nostri )?(?:campagne|annunci)',
  ),
  // Load balancing, staying signed in, a site working properly.
  p(
    'necessary',
    'load-signed-in',
    'bilanciare (?:il )?carico|bilanciamento (?:del )?carico|(?:mantener|rimaner|restar)\\p{L}{0,3} conness[oaie]',
  ),
  // The social networks' own buttons ("Like").
  p('social', 'like-button', 'pulsante "? ?mi piace ?"?'),
  // A consent banner's "some of them are essential" (the others are not).
  p(
    'necessary',
    'some-essential',
    'alcuni (?:di (?:essi|questi) )?sono (?:strettamente )?(?:essenziali|necessari|indispensabili)',
  ),
  // The Garante's wording: session cookies "per consentire l'esplorazione sicura
  // ed efficiente del sito"; information "sull'utilizzo del sito".
  p('necessary', 'navigazione-sicura', '(?:navigazione|esplorazione) sicura(?: ed efficiente)?'),
  p(
    'analytics',
    'informazioni-utilizzo',
    "informazioni (?:aggregate |anonime |statistiche )?(?:sull'utilizzo|sull'uso|sulla navigazione|sulle modalit[àa] di (?:utilizzo|navigazione)) (?:del|dei|di questo|dello stesso) (?:sito|siti|portale)",
  ),
  // Advertising that pays for what the site gives away ("to fund our free services").
  p(
    'advertising',
    'funds-free-services',
    "finanziare (?:[\\p{L}'-]{1,15} ){0,3}(?:servizi|contenuti|siti) gratuiti",
  ),
  // "We use cookies only for essential purposes", "à des fins techniques".
  p(
    'necessary',
    'essential-purposes',
    '(?:per|a) (?:fini|scopi|finalita) (?:strettamente |puramente |esclusivamente )?(?:tecnic[ih]e?|necessari|essenziali)|per (?:ragioni|motivi) (?:strettamente |puramente )?tecnic[ih]e?',
  ),
  // Following how visitors interact with the site's services.
  p(
    'analytics',
    'user-interactions',
    '(?:monitorare|tracciare|analizzare|misurare|comprendere) (?:le )?interazioni (?:degli|dei) (?:utenti|visitatori)|monitoraggio delle interazioni',
  ),
];
