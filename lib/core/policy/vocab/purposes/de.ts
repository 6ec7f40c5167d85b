// German purpose phrases (see types.ts for the rule).
import { type PurposePhrase, purpose } from './types.ts';

const p = purpose('de');
const SITE =
  '(?:website|webseite|seite|internetseite|homepage|shops?|onlineshops?|dienste?s?|angebote?s?|plattform)';

export const DE: PurposePhrase[] = [
  p(
    'necessary',
    'betrieb',
    `(?:f[üu]r|zum) (?:den )?(?:reibungslosen |ordnungsgem[äa][ßs]en |technischen )?(?:betrieb|funktionieren)(?: [\\p{L}]{1,20}){0,3} (?:notwendig|erforderlich|unerl[äa]sslich)|grundlegende\\p{L}* funktion\\p{L}*|technisch notwendige\\p{L}* funktion\\p{L}*|sicherheit (?:zu )?gew[äa]hrleisten|sicherheitsmechanismen|session-verwaltung|(?:betrieb|funktionsf[äa]higkeit|funktionsweise|funktion|funktionieren|bereitstellung|grundfunktion\\p{L}*|nutzbarkeit|darstellung) (?:der|unserer|dieser|unseres|des) ${SITE}|navigation (?:zu )?(?:erleichtern|vereinfachen|verbessern)|warenkorb\\p{L}*|bestellvorgang|(?:anmeldung|login|einloggen|eingeloggt)|(?:sitzung|session)(?:en)? (?:aktiv|aufrecht|zu (?:verwalten|erkennen))|sitzungs-?(?:id|verwaltung|kennung)|sicherheits?(?:gr[üu]nde|zwecke\\p{L}*|funktionen)|(?:missbrauch|betrug|spam|angriffe)\\p{L}* (?:zu )?(?:verhindern|erkennen|abzuwehren)|lastverteilung|navigation (?:auf|innerhalb)`,
  ),
  p(
    'preferences',
    'einstellungen',
    'inhalte (?:zu )?personalisieren|personalisierung von inhalten|anpassung an (?:ihre|deine) (?:individuellen )?einstellungen|(?:speicher|merk|erinner)\\p{L}* (?:sich )?(?:an )?(?:ihre |deine |die )?(?:einstellungen|pr[äa]ferenzen|spracheinstellung\\p{L}*|sprachauswahl|auswahl|vorlieben|eingaben)|spracheinstellung\\p{L}*|sprachauswahl|personalisier\\p{L}* (?:ihr|dein|das) (?:nutzungs)?erlebnis|(?:bevorzugte|gew[äa]hlte) sprache|komfortfunktionen|benutzereinstellungen',
    'cookie|einwilligung|zustimmung',
  ),
  p(
    'analytics',
    'nutzung',
    'besuche (?:und [\\p{L}]{1,20} )?(?:zu )?zahlen|besucherzahlen|verkehrsquellen|statistisch (?:zu )?(?:erfassen|auswerten|analysieren)|verstehen,? wie (?:unsere|die|diese) [\\p{L}-]{1,30} (?:genutzt|verwendet|benutzt)|nutzung (?:unserer|unseres|der|des|dieser) [\\p{L}-]{1,30} (?:zu )?(?:analysieren|auswerten|messen)|nutzungsdaten|(?:analyse|auswertung|messung|erfassung) (?:des|der) (?:nutzungsverhaltens|nutzerverhaltens|surfverhaltens|nutzung|besucherzahlen|zugriffe|seitenaufrufe)|reichweitenmessung|reichweitenanalyse|besucherstatistik\\p{L}*|zugriffsstatistik\\p{L}*|statistische\\p{L}* (?:auswertung|zwecke\\p{L}*|daten|erhebung|analyse)|statistikzwecke\\p{L}*|webanalyse|datenanalyse|nutzungsanalyse|web-analyse|(?:auswert|analysier|mess|nachvollzieh|verstehen)\\p{L}* (?:wie|die nutzung|der nutzung)|anzahl der (?:besucher|aufrufe|seitenaufrufe(?! hinweg)|nutzer)|seitenaufrufe(?! hinweg)|(?:optimier|verbesser)\\p{L}* (?:unsere[rns]?|die|der|des) (?:website|webseite|angebot\\p{L}*|seite|internetauftritt\\p{L}*|dienste)',
  ),
  p(
    'advertising',
    'werbung',
    '(?:personalisierte|interessenbezogene|interessengerechte|zielgerichtete|personalisierter|interessenbasierte|nutzungsbasierte|relevante|ma[ßs]geschneiderte)[nr]? (?:werbung|werbeanzeigen|anzeigen|inhalte und anzeigen)|werbezwecke\\p{L}*|marketingzwecke\\p{L}*|werbeanzeigen|werbung (?:anzuzeigen|auszuspielen|einzublenden|auszuliefern)|(?:auslieferung|ausspielung|einblendung|anzeige) (?:von )?(?:personalisierter |interessenbezogener )?werbung|retargeting|remarketing|conversion-?tracking|nutzerprofile?|profile (?:zu )?erstell\\p{L}*|werbepartner|werbenetzwerk\\p{L}*|werbekampagnen',
  ),
  p(
    'social',
    'plugins',
    'social[- ]media[- ]plug-?ins?|teilen-buttons?|like-buttons?|social plug-?ins?|soziale[nr]? (?:netzwerke|medien) (?:zu )?(?:teilen|einzubinden)|inhalte (?:in sozialen netzwerken |auf sozialen medien )?(?:zu )?teilen',
  ),
  p(
    'advertising',
    'werbung-interessen',
    'werbung,? die (?:ihren|deinen|den) interessen|(?:auf ihre|auf deine|nach ihren|nach deinen) interessen (?:zugeschnitten\\p{L}*|abgestimmt\\p{L}*)|(?:anzeigen|werbung|werbeinhalte|angebote) (?:anzuzeigen|zu schalten|einzublenden|auszuspielen|zu personalisieren|zu optimieren)|(?:wirksamkeit|erfolg|effektivit[äa]t|reichweite) (?:unserer|von|der) (?:werbe)?(?:kampagnen|werbema[ßs]nahmen|anzeigen|werbung|marketingma[ßs]nahmen)|(?:zielgruppen|nutzer)(?:gerechte|spezifische|orientierte)\\p{L}{0,2} (?:werbung|anzeigen|ansprache)|online-?marketing|(?:personalisierte|interessenbezogene) (?:angebote|inhalte)',
  ),
  p(
    'analytics',
    'wie-genutzt',
    '(?:analysier|auswert|mess|versteh|erkenn|erfass|nachvollzieh)\\p{L}{0,4},? wie (?:sie|du|besucher|nutzer|nutzerinnen|unsere besucher|unsere nutzer|die besucher|die nutzer) (?:unsere|die|diese|das) [\\p{L}-]{1,30} (?:nutz|verwend|bedien|besuch)\\p{L}{0,4}|(?:anonymisierte|statistische|aggregierte)\\p{L}{0,2} (?:auswertung\\p{L}*|daten|analysen?|berichte)|(?:optimierung|verbesserung) (?:unserer|unseres|der|des) [\\p{L}-]{1,30} (?:anhand|auf basis|auf grundlage)|webanalyse|web-analyse|seitenaufrufe(?! hinweg)|verweildauer|absprungrate',
  ),
  p(
    'preferences',
    'merken',
    '(?:gew[äa]hlte|bevorzugte|ausgew[äa]hlte) (?:sprache|w[äa]hrung|region|l[äa]ndereinstellung)|wiedererkennung (?:ihrer|deiner) (?:einstellungen|pr[äa]ferenzen)',
  ),
  p(
    'necessary',
    'sicherheit',
    '(?:schutz|absicherung) (?:vor|gegen) (?:betrug|missbrauch|angriffen|spam|unbefugtem zugriff)|(?:betrug|missbrauch|angriffe|spam) (?:zu )?(?:verhindern|erkennen|abzuwehren)|lastverteilung|(?:sitzung|session) (?:aufrechtzuerhalten|aufrecht zu erhalten|zu verwalten)|(?:angemeldet|eingeloggt) (?:zu )?bleiben',
  ),
  p(
    'social',
    'teilen',
    '(?:einbindung|integration) (?:von |sozialer )?(?:sozialen netzwerken|social[- ]media|netzwerken)|inhalte (?:[\\p{L}]{1,20} )?(?:in|auf|über) (?:sozialen netzwerken|social media) (?:zu )?teilen',
  ),
  p(
    'preferences',
    'anzeige',
    'schriftgr[öo][ßs]e|anzeigeeinstellungen|darstellungseinstellungen|(?:kontrast|farb)einstellungen|(?:speicher|merk|erinner)\\p{L}{0,5}: (?:ihre |deine )?(?:einstellungen|pr[äa]ferenzen|auswahl)',
  ),
  // How often and how many: "identify how many times you come back".
  p(
    'analytics',
    'counts',
    'wie oft (?:sie|du|nutzer|besucher) (?:unsere|die|diese)|wie viele (?:besucher|nutzer|personen|menschen)|wiederkehrende (?:besucher|nutzer)|(?:besucher|zugriffs|nutzungs)(?:zahlen|metriken)',
  ),
  p(
    'analytics',
    'besser-verstehen',
    'besser (?:zu )?verstehen,? wie (?:sie|du|besucher|nutzer)|(?:unsere )?(?:besucher|nutzer) besser (?:zu )?verstehen',
  ),
  // Not having to enter the same details again: what remembered choices spare.
  p(
    'preferences',
    'nicht-erneut-eingeben',
    'nicht (?:jedes mal |bei jedem besuch )?(?:erneut|wieder|neu|nochmals) (?:\\p{L}{1,15} ){0,3}(?:eingeben|einzugeben|eingegeben|angeben|anzugeben)',
  ),
  // Following the visitor across other sites is what ad networks do (an
  // interest profile), not the site's own audience measurement.
  p(
    'advertising',
    'cross-site',
    '(?:über|uber|auf) (?:andere[nm]?|verschiedene[nm]?|mehrere[nm]?|weitere[nm]?) (?:websites|webseiten|seiten|internetseiten|plattformen)|(?:website|seiten|geräte|gerate)übergreifend|(?:website|seiten|gerate)ubergreifend',
  ),
  // Keeping the visitor's session or account going: what a site needs to work.
  p(
    'necessary',
    'keep-session',
    '(?:aufrechterhaltung|erhaltung|verwaltung) (?:der |ihrer )?(?:sitzung|session|anmeldung)|(?:sitzung|session|anmeldung) (?:aufrechtzuerhalten|aufrecht zu erhalten|zu verwalten)|sitzungs-?(?:id|kennung|verwaltung)|registrierungsprozess|kontoverwaltung|(?:ihr|ihres) (?:benutzer)?kontos? (?:zu )?verwalten',
  ),
  // Watching how the site runs: "die Performance … unserer Dienste zu
  // überwachen und zu analysieren", "für interne Analysen und
  // Nutzerzahlenmessungen", "zu verstehen, wie die Website funktioniert, wie
  // Sie mit unserer Website interagieren".
  p(
    'analytics',
    'ueberwachen-analysieren',
    `(?:zu )?(?:[üu]berwachen|messen|erfassen) und (?:zu )?(?:analysieren|auswerten)|interne\\p{L}{0,2} (?:analysen|auswertungen|statistiken)|(?:nutzer|besucher)zahl\\p{L}*|verstehen,? wie (?:die|unsere|diese) ${SITE} funktioniert|wie (?:sie|du|besucher|nutzer) mit (?:unserer|der|dieser) ${SITE} interagier\\p{L}*`,
  ),
  // Offers fitted to the visitor's interests: "unsere Angebote an Ihre
  // Interessenschwerpunkte anzupassen".
  p(
    'advertising',
    'an-interessen',
    '(?:angebote?|werbung|anzeigen|inhalte) an (?:ihre|deine) (?:pers[öo]nlichen )?interessen\\p{L}* an(?:zu)?pass\\p{L}*',
  ),
  // What the site needs: "notwendig, damit die Website richtig funktioniert",
  // "unsere Dienste sicher zu halten".
  p(
    'necessary',
    'damit-funktioniert',
    `(?:notwendig|erforderlich|n[öo]tig),? (?:damit|dass) (?:die|unsere|diese) ${SITE} (?:richtig |ordnungsgem[äa][ßs] |einwandfrei |korrekt )?funktionier\\p{L}*|(?:sicher|sicherer) zu (?:halten|machen)`,
  ),
  // The consent manager's standard sentence ("um Inhalte und Anzeigen zu
  // personalisieren, Funktionen für soziale Medien anbieten zu können und die
  // Zugriffe auf unsere Website zu analysieren").
  p(
    'social',
    'soziale-medien-funktionen',
    'funktionen (?:f[üu]r|von|der) soziale\\p{L}* (?:medien|netzwerke)',
  ),
  p(
    'analytics',
    'zugriffe-analysieren',
    '(?:zugriffe|besuche|traffic|verkehr) (?:auf|unserer|der) (?:[\\p{L}-]{1,20} ){0,2}(?:zu )?analysier\\p{L}*',
  ),
  // "Informationen darüber, wie Sie unsere Website nutzen".
  p(
    'analytics',
    'information-how-used',
    '(?:informationen|daten|erkenntnisse) (?:daruber|uber die art),? wie (?:sie|besucher\\p{L}*|nutzer\\p{L}*) (?:unsere|die|diese) (?:website|webseite|seite|internetseite|angebote?|dienste?|plattform) (?:nutzen|verwenden|besuchen|benutzen)',
  ),
  // "zur Analyse der Besuche", "Besucheranalyse".
  p(
    'analytics',
    'analyse-besuche',
    'analyse (?:der |des )?(?:besuche|besucher\\p{L}*|zugriffe|seitenaufrufe(?! hinweg)|reichweite|nutzung)|(?:besucher|zugriffs|reichweiten|nutzungs)analysen?',
  ),
  // Producing statistics from the visits ("Statistiken erstellen").
  p(
    'analytics',
    'statistiken-erstellen',
    'statistiken (?:zu )?(?:erstellen|erheben|fuhren|führen|generieren|auswerten)|(?:erstellung|erhebung|fuhrung|führung) (?:von |der )?(?:\\p{L}{1,20} )?statistiken',
  ),
  // Recognising the visitor's preferences ("Ihre Einstellungen wiederzuerkennen").
  p(
    'preferences',
    'recognise-preferences',
    '(?:ihre|deine) (?:einstellungen|pr[äa]ferenzen|vorlieben) (?:wieder )?(?:zu )?erkennen|(?:wieder)?erkenn\\p{L}{0,4} (?:ihrer|deiner|ihre|deine) (?:einstellungen|pr[äa]ferenzen|vorlieben)',
    'cookie|einwilligung|zustimmung',
  ),
  // The verb last: "Ihre Sucheinstellungen \"merken\"", "Ihre Spracheinstellungen zu speichern".
  p(
    'preferences',
    'einstellungen-merken',
    '(?:ihre|deine|die|ihrer|deiner) \\p{L}{0,20}(?:einstellungen|pr[äa]ferenzen|vorlieben|auswahl|sprache|w[äa]hrung) "?(?:zu )?"?(?:merken|merkt|speichern|speichert|erinnern|behalten|wiederherstellen)',
    'cookie|einwilligung|zustimmung',
  ),
  // Analysing data ("Datenanalyse"), counted only where cookies are spoken of.
  p('analytics', 'data-analysis', 'datenanalyse\\p{L}{0,2}|analyse (?:der|von) daten'),
  // The object first and the verb last, as German purpose clauses run
  // ("um die Nutzung unserer Website statistisch auszuwerten", "die Zahl der
  // Besucher zu erfassen", "das Nutzerverhalten analysieren").
  p(
    'analytics',
    'objekt-verb',
    '(?:nutzung|reichweite|nutzerverhalten|nutzungsverhalten|surfverhalten|besucherstr[öo]me|besucherzahl\\p{L}{0,2}|zugriffe|(?:zahl|anzahl) der (?:besucher|nutzer|zugriffe|seitenaufrufe))(?: [\\p{L}-]{1,25}){0,4} (?:zu )?(?:analysieren|auswerten|auszuwerten|messen|erfassen|ermitteln|z[äa]hlen|nachvollziehen|nachzuvollziehen|analysiert|ausgewertet|gemessen|erfasst)(?![\\p{L}])|(?:leistung|performance) (?:unserer|der|dieser|des) [\\p{L}-]{1,30} (?:zu )?(?:[üu]berwachen|messen|analysieren|auszuwerten)|(?:optimierung|verbesserung) (?:unseres|unserer|des|der) (?:web|online|internet)angebot\\p{L}{0,2}',
  ),
  p(
    'preferences',
    'erlebnis-auswahl',
    'personalisiert\\p{L}{0,2} (?:nutzungs|benutzer|surf|einkaufs)?erlebnis|an (?:ihre|deine) (?:auswahl|einstellungen|pr[äa]ferenzen|vorlieben) (?:zu )?erinner\\p{L}*|(?:einstellungen|angaben|eingaben) (?:nicht )?(?:erneut|wieder|nochmals) (?:vornehmen|vorzunehmen|eingeben|einzugeben|machen)|nicht (?:erneut|wieder|nochmals) (?:ihre|deine) (?:einstellungen|angaben|eingaben)',
    'cookie|einwilligung|zustimmung',
  ),
  p(
    'necessary',
    'sicherheit-website',
    'sicherheit (?:unserer|der|dieser|des) [\\p{L}-]{1,30} (?:zu )?(?:gew[äa]hrleisten|sicherzustellen|sicherstellen|erh[öo]hen)|gew[äa]hrleistung der sicherheit',
  ),
  // The wording of consent managers' cookie tables: pages read, advertising
  // products, the language version chosen, the session's state, bots told apart.
  p(
    'analytics',
    'pages-read',
    'welche seiten (?:der |die )?(?:besucher|nutzer|benutzer)?\\p{L}{0,3}(?: [\\p{L}-]{1,20}){0,4} (?:gelesen|besucht|aufgerufen|angesehen)|(?:gelesene|besuchte|aufgerufene) seiten',
  ),
  p(
    'advertising',
    'ad-products',
    'werbeprodukte\\p{L}{0,2}|echtzeitgebote\\p{L}{0,2}|gezielte\\p{L}{0,2} (?:anzeigen|werbung)',
  ),
  p('preferences', 'language-version', 'sprachversion\\p{L}{0,2}'),
  p('necessary', 'session-state', 'sitzungszust[äa]nd\\p{L}{0,2}|zustand der sitzung'),
  p(
    'necessary',
    'bots',
    'zwischen menschen und bots|menschen (?:und|von) bots|bot-?(?:schutz|erkennung|abwehr)|(?:vor|gegen) bots',
  ),
  // Time spent, where visitors come from, visits counted; how often an ad is
  // seen and the conversions of campaigns.
  p(
    'analytics',
    'time-origin',
    'wie lange (?:\\p{L}{1,15} )?(?:besucher|nutzer|sie|du)|woher (?:unsere |die )?(?:besucher|nutzer) kommen|herkunft (?:der|unserer) (?:besucher|nutzer)',
  ),
  p(
    'advertising',
    'frequency',
    'wie oft (?:sie|du) (?:eine |die |dieselbe )?(?:anzeige|werbung)|h[äa]ufigkeit (?:der|von) (?:anzeigen|werbung)',
  ),
  p(
    'advertising',
    'conversions',
    '(?:conversions?|konversionen) (?:unserer|der|von) (?:kampagnen|werbung|anzeigen|werbekampagnen)',
  ),
  // Load balancing, staying signed in, a site working properly.
  p(
    'necessary',
    'load-signed-in',
    '(?:website|webseite|seite|shop|dienst|angebot) (?:richtig|ordnungsgem[äa][ßs]|einwandfrei|korrekt|fehlerfrei) funktionier\\p{L}{0,2}',
  ),
  // The social networks' own buttons ("Like").
  p(
    'social',
    'like-button',
    '"?gef[äa]llt mir"?-?(?:button|schaltfl[äa]che|knopf)|like-?(?:button|schaltfl[äa]che)',
  ),
  // The verb last: "andere helfen uns, diese Website und Ihre Erfahrung zu verbessern".
  p(
    'analytics',
    'website-verbessern',
    '(?:unsere|diese|die) (?:website|webseite|internetseite|seite|angebot\\p{L}{0,2}|dienste?) (?:[\\p{L}-]{1,20} ){0,4}(?:zu )?(?:verbessern|optimieren)',
  ),
  // A consent banner's "some of them are essential" (the others are not).
  p(
    'necessary',
    'some-essential',
    'einige (?:von ihnen|davon) sind (?:technisch |unbedingt )?(?:essenziell|essentiell|notwendig|erforderlich)',
  ),
  // Advertising that pays for what the site gives away ("to fund our free services").
  p(
    'advertising',
    'funds-free-services',
    'kostenlose[n]? (?:[\\p{L}-]{1,15} ){0,2}(?:dienste|inhalte|angebote|leistungen) (?:zu )?finanzieren|finanzierung (?:unserer|der) kostenlosen',
  ),
  // "We use cookies only for essential purposes", "à des fins techniques".
  p(
    'necessary',
    'essential-purposes',
    '(?:zu|fur) (?:rein |ausschlie(?:ß|ss)lich |unbedingt )?(?:technischen|notwendigen|erforderlichen) zwecken|aus (?:rein )?technischen grunden',
  ),
  // Following how visitors interact with the site's services.
  p(
    'analytics',
    'user-interactions',
    'interaktionen (?:der|unserer) (?:nutzer|besucher|nutzerinnen und nutzer|benutzer)(?: [\\p{L}-]{1,20}){0,4} (?:zu )?(?:verfolgen|nachzuverfolgen|nachverfolgen|analysieren|messen|auswerten)',
  ),
];
