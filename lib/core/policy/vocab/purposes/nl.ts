// Dutch purpose phrases (see types.ts for the rule).
import { type PurposePhrase, purpose } from './types.ts';

const p = purpose('nl');
const SITE = '(?:website|site|webwinkel|webshop|dienst|diensten|app|platform)';

export const NL: PurposePhrase[] = [
  p(
    'necessary',
    'werking',
    `(?:noodzakelijk|nodig|essentieel) (?:voor|om) (?:het )?(?:goed |correct )?(?:functioneren|werken)|(?:goed|correct|naar behoren|technisch) (?:te )?(?:laten )?(?:functioneren|werken)|(?:functioneren|werking) van (?:de|onze|deze) ${SITE}|gebruik van (?:de|onze|deze) ${SITE} (?:mogelijk|te vergemakkelijken|te vereenvoudigen)|${SITE} (?:goed |naar behoren )?(?:te laten )?(?:werken|functioneren)|navigatie (?:te )?(?:vergemakkelijken|vereenvoudigen|verbeteren)|winkelwagen(?:tje)?|bestelproces|inloggen|ingelogd|(?:beveiliging|veiligheid) van (?:de|onze) ${SITE}|beveiligingsdoeleinden|(?:basis)?functionaliteit(?:en)? van (?:de|onze) ${SITE}|navigeren|sessie(?:-id| beheren| bijhouden)|fraude (?:te )?(?:voorkomen|detecteren)`,
  ),
  p(
    'preferences',
    'voorkeuren',
    '(?:voorkeuren|instellingen|taalkeuze|taalvoorkeur|taal|keuzes|gegevens) (?:te )?(?:onthouden|opslaan|op te slaan|bewaren)|onthoud\\p{L}* (?:uw|je|jouw|de) (?:voorkeuren|instellingen|keuzes|gegevens|taal)|taalinstelling\\p{L}*|taalkeuze|taalvoorkeur|gepersonaliseerde (?:ervaring|inhoud)|(?:ervaring|website) (?:te )?personaliseren|personaliseren van',
    'cookie|toestemming',
  ),
  p(
    'analytics',
    'statistieken',
    'bezoekersstatistieken|(?:website|bezoek|gebruiks)statistieken|statistische (?:doeleinden|gegevens|informatie)|statistieken|(?:meten|bijhouden|analyseren|inzicht (?:in|krijgen in)|zien|begrijpen) (?:van )?(?:hoe|hoeveel|het gebruik|het aantal|het surfgedrag|het bezoek|welke pagina)|aantal (?:bezoekers|bezoeken|paginaweergaven|gebruikers)|hoe (?:bezoekers|gebruikers|u|je) (?:de|onze|deze) (?:website|site) gebruik\\p{L}*|(?:verbeteren|optimaliseren) van (?:de|onze) (?:website|site|dienstverlening)|(?:website|site|dienstverlening) (?:te )?(?:verbeteren|optimaliseren)|webanalyse|analytische doeleinden|(?:het |de )?(?:website|site)?(?:bezoek|gebruik|verkeer|bezoekersaantallen|surfgedrag)(?: van (?:de|onze|deze) (?:website|site|webwinkel|webshop))? (?:te )?(?:analyseren|meten|bijhouden|monitoren)',
  ),
  p(
    'advertising',
    'advertenties',
    '(?:gerichte|gepersonaliseerde|relevante|persoonlijke) (?:advertenties|reclame|aanbiedingen)|advertenties (?:te )?(?:tonen|laten zien|afstemmen|weergeven)|interesseprofiel\\p{L}*|profiel\\p{L}* (?:op te bouwen|opbouwen|samenstellen|aan te maken)|retargeting|remarketing|advertentiedoeleinden|marketingdoeleinden|advertentiecampagnes|advertentienetwerken|adverteerders',
  ),
  p(
    'social',
    'delen',
    '(?:delen|deel) (?:via|op) (?:sociale|social)|deelknoppen|social (?:media )?buttons|sociale media (?:functies|knoppen|integratie)|functies (?:voor|van) (?:sociale|social) (?:media|netwerken)|inhoud (?:te )?delen',
  ),
  p(
    'advertising',
    'advertenties-interesses',
    '(?:advertenties|reclame|aanbiedingen) (?:die aansluiten|afgestemd|op basis van|gebaseerd op) (?:op |bij )?(?:uw|je|jouw) (?:interesses|voorkeuren|surfgedrag)|(?:advertenties|reclame) (?:\\p{L}{1,15} ){0,3}(?:tonen|weergeven|laten zien|aanbieden|personaliseren)|(?:effectiviteit|resultaten|succes) van (?:onze|de) (?:advertenties|campagnes|marketingcampagnes|reclame)|(?:gepersonaliseerde|gerichte|persoonlijke) marketing|surfgedrag (?:te )?(?:volgen|analyseren|bijhouden)',
  ),
  p(
    'analytics',
    'hoe-gebruikt',
    '(?:analyseren|meten|begrijpen|inzicht krijgen in|zien|bijhouden) hoe (?:u|je|bezoekers|gebruikers) (?:onze|de|deze) (?:website|site|webwinkel|dienst|diensten|app) (?:gebruik\\p{L}*|bezoek\\p{L}*)|prestaties van (?:de|onze) (?:website|site|webwinkel)|(?:anonieme|geaggregeerde|statistische) (?:gegevens|rapportages|rapporten|analyses)|(?:meest|minst) (?:bezochte|bekeken|populaire) pagina\\p{L}*|bezoekgedrag|klikgedrag',
  ),
  p(
    'preferences',
    'onthouden',
    '(?:gekozen|geselecteerde|voorkeurs)\\p{L}{0,2} (?:taal|valuta|regio)|(?:uw|je|jouw) (?:keuzes|voorkeuren|instellingen|inloggegevens) (?:te )?(?:onthouden|bewaren|opslaan)',
  ),
  p(
    'necessary',
    'beveiliging',
    '(?:beschermen|bescherming) (?:tegen|van) (?:fraude|misbruik|spam|aanvallen|onze (?:website|diensten))|(?:fraude|misbruik|spam) (?:te )?(?:voorkomen|detecteren|bestrijden)|load ?balanc\\p{L}*|(?:sessie|inlogsessie) (?:te )?(?:onderhouden|beheren|behouden)|ingelogd (?:te )?blijven',
  ),
  p(
    'social',
    'social',
    "(?:integratie|koppeling) met sociale (?:media|netwerken)|(?:inhoud|pagina's|artikelen|berichten) (?:te )?delen (?:via|op) (?:sociale media|social media)",
  ),
  p(
    'preferences',
    'weergave',
    'lettergrootte|tekstgrootte|weergave-?(?:instellingen|voorkeuren)|contrastinstellingen|(?:onthoud|bewaar)\\p{L}{0,4}: (?:uw |je |jouw )?(?:voorkeuren|instellingen|keuzes)',
  ),
  // How often and how many: "identify how many times you come back".
  p(
    'analytics',
    'counts',
    'hoe vaak (?:u|je|bezoekers|gebruikers) (?:de|onze|deze)|hoeveel (?:bezoekers|gebruikers|mensen)|terugkerende (?:bezoekers|gebruikers)|unieke bezoekers',
  ),
  p(
    'analytics',
    'beter-begrijpen',
    'beter (?:te )?begrijpen hoe (?:u|je|bezoekers|gebruikers)|(?:onze )?(?:bezoekers|gebruikers) beter (?:te )?(?:begrijpen|leren kennen)',
  ),
  // Not having to enter the same details again: what remembered choices spare.
  p(
    'preferences',
    'voorkeuren-invoeren',
    'niet (?:steeds|telkens|elke keer|iedere keer|opnieuw)(?: opnieuw)? (?:\\p{L}{1,15} ){0,6}(?:in (?:te )?voeren|invoeren|in te vullen|invullen|op te geven|opgeven)',
  ),
  // Following the visitor across other sites is what ad networks do (an
  // interest profile), not the site's own audience measurement.
  p(
    'advertising',
    'cross-site',
    'op andere websites|(?:over|via) (?:verschillende|meerdere|andere) websites|wanneer (?:u|je) andere websites bezoekt',
  ),
  // Keeping the visitor's session or account going: what a site needs to work.
  p(
    'necessary',
    'keep-session',
    '(?:sessie|inlogsessie) (?:te )?(?:behouden|onderhouden|beheren)|(?:behoud|beheer) van (?:de |je |uw )?sessie|sessie-?(?:id|identificatie)|registratieproces|(?:je|uw) account (?:te )?beheren|accountbeheer',
  ),
  // "onze formulieren te beschermen tegen cyberaanvallen", "zorgen ervoor dat
  // de site goed werkt".
  p(
    'necessary',
    'beschermen',
    '(?:beschermen|beveiligen) tegen (?:cyberaanvallen|aanvallen|misbruik|fraude|spam|hackers)|zorg\\p{L}{0,2} (?:er )?(?:voor )?dat (?:de|onze|deze) (?:site|website|webwinkel|webshop) (?:goed|correct|naar behoren|juist) (?:werkt|functioneert)',
  ),
  // "voor de analyse van de bezoeken".
  p(
    'analytics',
    'analyse-bezoeken',
    'analyse (?:van )?(?:de |het )?(?:bezoeken|bezoekers|bezoekersaantallen|websitebezoek|verkeer|gebruik)|(?:bezoekers|verkeers|gebruiks)analyse',
  ),
  // Producing statistics from the visits ("statistieken bijhouden").
  p(
    'analytics',
    'statistieken-maken',
    'statistieken (?:bij te houden|bijhouden|bij houden|op te stellen|opstellen|te maken|maken|samen te stellen|samenstellen|te genereren|genereren)',
  ),
  // Recognising the visitor's preferences ("uw voorkeuren te herkennen").
  p(
    'preferences',
    'recognise-preferences',
    '(?:uw|je|jouw) (?:voorkeuren|instellingen) (?:te )?herkennen|herkenn\\p{L}{0,3} (?:van )?(?:uw|je|jouw) (?:voorkeuren|instellingen)',
    'cookie|toestemming',
  ),
  // Analysing data ("data-analyse"), counted only where cookies are spoken of.
  p('analytics', 'data-analysis', 'data-?analyse|analyse van (?:de )?gegevens'),
  // Advertising campaigns, one compound word in Dutch ("reclamecampagnes", "advertentiecampagnes").
  p(
    'advertising',
    'reclamecampagnes',
    '(?:reclame|advertentie|marketing)-?campagnes?|campagnes? (?:voor|van) (?:reclame|advertenties)',
  ),
  // Browsing behaviour analysed; pages visited; ads matched to interests;
  // sharing on social media; the shopping basket.
  p(
    'analytics',
    'gedrag-pagina',
    "(?:surfgedrag|bezoekersgedrag|klikgedrag|gebruik) (?:van (?:de |onze )?(?:bezoekers|gebruikers) )?(?:te )?(?:analyseren|meten)|(?:bij te houden|bijhouden|bij houden|te meten|meten|zien) welke pagina'?s|welke pagina'?s (?:er )?(?:worden|zijn|werden) bezocht",
  ),
  p(
    'advertising',
    'afstemmen',
    '(?:advertenties|reclame|aanbiedingen) (?:af te stemmen|afstemmen|aan te passen|aanpassen) (?:op|aan) (?:uw|je|jouw) (?:interesses|voorkeuren|surfgedrag)',
  ),
  p(
    'social',
    'delen-knoppen',
    "delen van (?:content|inhoud|berichten|pagina's|artikelen|informatie) (?:via|op|met) (?:sociale media|social media|sociale netwerken)|social[- ]media[- ]?knoppen|deelknoppen|(?:sociale|social) media[- ]?(?:knoppen|plug-?ins)",
  ),
  p('necessary', 'winkelmand', 'winkelmand(?:je)?s?'),
  // The wording of consent managers' cookie tables: pages read, advertising
  // products, the language version chosen, the session's state, bots told apart.
  p(
    'analytics',
    'pages-read',
    "welke pagina'?s (?:de |een )?(?:bezoeker|gebruiker)s?(?: [\\p{L}-]{1,20}){0,4} (?:heeft |hebben )?(?:gelezen|bezocht|bekeken)",
  ),
  p('advertising', 'ad-products', 'advertentieproducten|real-?time bieden'),
  p('preferences', 'language-version', 'taalversie'),
  p('necessary', 'session-state', 'sessiestatus|sessie-?status|status van (?:de|uw|je) sessie'),
  p('necessary', 'bots', 'mensen en bots|(?:bescherming|detectie) (?:tegen |van )?bots'),
  // Time spent, where visitors come from, visits counted; how often an ad is
  // seen and the conversions of campaigns.
  p(
    'analytics',
    'time-origin',
    'hoe lang (?:\\p{L}{1,15} )?(?:bezoekers|gebruikers|u|je)|waar (?:onze |de )?(?:bezoekers|gebruikers) vandaan komen|herkomst van (?:onze |de )?(?:bezoekers|gebruikers)|bezoek(?:en|ers)? (?:te )?tellen',
  ),
  p('advertising', 'frequency', 'hoe vaak (?:u|je) (?:een |dezelfde )?advertentie'),
  p('advertising', 'conversions', 'conversies van (?:onze |de )?(?:campagnes|advertenties)'),
  // The social networks' own buttons ("Like").
  p('social', 'like-button', 'like-?knop(?:pen)?|vind-ik-leuk-?knop(?:pen)?'),
  // A consent banner's "some of them are essential" (the others are not).
  p(
    'necessary',
    'some-essential',
    'sommige (?:ervan |daarvan |hiervan )?zijn (?:strikt )?(?:essentieel|noodzakelijk)',
  ),
  // Improving this site ("others help us improve this website").
  p(
    'analytics',
    'improve-this-site',
    '(?:onze|de|deze) (?:website|site|webwinkel|dienstverlening) (?:[\\p{L}-]{1,20} ){0,4}(?:te )?(?:verbeteren|optimaliseren)',
  ),
  // Advertising that pays for what the site gives away ("to fund our free services").
  p(
    'advertising',
    'funds-free-services',
    'gratis (?:[\\p{L}-]{1,15} ){0,2}(?:diensten|content|inhoud|website) (?:te )?(?:financieren|bekostigen)',
  ),
  // "We use cookies only for essential purposes", "à des fins techniques".
  p(
    'necessary',
    'essential-purposes',
    'voor (?:puur |strikt |louter )?(?:technische|noodzakelijke|essentiele) (?:doeleinden|redenen)|om technische redenen',
  ),
  // Following how visitors interact with the site's services.
  p(
    'analytics',
    'user-interactions',
    'interacties van (?:de )?(?:gebruikers|bezoekers)(?: [\\p{L}-]{1,20}){0,4} (?:te )?(?:volgen|meten|analyseren)',
  ),
];
