// Dutch purpose phrases (see types.ts for the rule).
import { type PurposePhrase, purpose } from './types.ts';

const p = purpose('nl');
const SITE = '(?:website|site|webwinkel|webshop|dienst|diensten|app|platform)';

export const NL: PurposePhrase[] = [
  p(
    'necessary',
    'werking',
    `(?:noodzakelijk|nodig|essentieel) (?:voor|om) (?:het )?(?:goed |correct )?(?:functioneren|werken)|(?:goed|correct|naar behoren|technisch) (?:laten )?(?:functioneren|werken)|(?:functioneren|werking|gebruik) van (?:de|onze|deze) ${SITE}|${SITE} (?:goed |naar behoren )?(?:te laten )?(?:werken|functioneren)|navigatie (?:te )?(?:vergemakkelijken|vereenvoudigen|verbeteren)|winkelwagen(?:tje)?|bestelproces|inloggen|ingelogd|(?:beveiliging|veiligheid) van (?:de|onze) ${SITE}|beveiligingsdoeleinden|(?:basis)?functionaliteit(?:en)? van (?:de|onze) ${SITE}|navigeren|sessie(?:-id| beheren| bijhouden)|fraude (?:te )?(?:voorkomen|detecteren)`,
  ),
  p(
    'preferences',
    'voorkeuren',
    '(?:voorkeuren|instellingen|taalkeuze|taalvoorkeur|keuzes|gegevens) (?:te )?(?:onthouden|opslaan|bewaren)|onthoud\\p{L}* (?:uw|je|jouw|de) (?:voorkeuren|instellingen|keuzes|gegevens|taal)|taalinstelling\\p{L}*|taalkeuze|taalvoorkeur|gepersonaliseerde (?:ervaring|inhoud)|(?:ervaring|website) (?:te )?personaliseren|personaliseren van',
    'cookie|toestemming',
  ),
  p(
    'analytics',
    'statistieken',
    'bezoekersstatistieken|(?:website|bezoek|gebruiks)statistieken|statistische (?:doeleinden|gegevens|informatie)|statistieken|(?:meten|bijhouden|analyseren|inzicht (?:in|krijgen in)|zien|begrijpen) (?:van )?(?:hoe|hoeveel|het gebruik|het aantal|het surfgedrag|het bezoek|welke pagina)|aantal (?:bezoekers|bezoeken|paginaweergaven|gebruikers)|hoe (?:bezoekers|gebruikers|u|je) (?:de|onze|deze) (?:website|site) gebruik\\p{L}*|(?:verbeteren|optimaliseren) van (?:de|onze) (?:website|site|dienstverlening)|(?:website|site|dienstverlening) (?:te )?(?:verbeteren|optimaliseren)|webanalyse|analytische doeleinden',
  ),
  p(
    'advertising',
    'advertenties',
    '(?:gerichte|gepersonaliseerde|relevante|persoonlijke) (?:advertenties|reclame|aanbiedingen)|advertenties (?:te )?(?:tonen|laten zien|afstemmen|weergeven)|interesseprofiel\\p{L}*|profiel\\p{L}* (?:op te bouwen|opbouwen|samenstellen|aan te maken)|retargeting|remarketing|advertentiedoeleinden|marketingdoeleinden|advertentiecampagnes|advertentienetwerken|adverteerders',
  ),
  p(
    'social',
    'delen',
    '(?:delen|deel) (?:via|op) (?:sociale|social)|deelknoppen|social (?:media )?buttons|sociale media (?:functies|knoppen|integratie)|inhoud (?:te )?delen',
  ),
];
