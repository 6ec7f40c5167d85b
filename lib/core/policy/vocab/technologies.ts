// Technology vocabulary (SPEC "Vocabulary"), as data: regular expression
// sources on normalised text, no capturing groups. A technology is declared
// when it is named in a statement of use (see clauses.ts); naming it in a
// definition ("Flash cookies are …") is not enough.
import type { Technology } from '../../types.ts';

export interface TechTerm {
  id: string;
  /** null: a generic noun that category words attach to ("analytics tools"). */
  value: Technology | null;
  re: string;
  /** Matches at the end of compounds ("Analyse-Cookies", "Marketingcookies"). */
  suffix?: boolean;
  /** Mentions it put a passage in "cookie context" (for purpose phrases). */
  context?: boolean;
}

const t = (
  id: string,
  value: Technology | null,
  re: string,
  opts: { suffix?: boolean; context?: boolean } = {},
): TechTerm => ({ id: `tech.${id}`, value, re, context: value !== null, ...opts });

export const TECH_TERMS: TechTerm[] = [
  // Flash local shared objects first: "Flash cookies" are not HTTP cookies.
  t(
    'flash-cookies',
    'flash_lso',
    'flash[- ]?cookies?|cookies? flash|local shared objects?|flash lsos?|lsos?',
  ),
  t(
    'flash-fr-de-es',
    'flash_lso',
    'objets? locaux partag[ée]s|objetos? locales compartidos|flash-speicher',
  ),
  t(
    'local-storage',
    'local_storage',
    '(?:html5? )?local ?storage(?: technolog(?:y|ies))?|html5? (?:web )?storage|session ?storage|web storage|browser storage|locally (?:on|in) (?:your|the) (?:device|browser)|indexeddb|indexed db|cache ?storage|service workers?',
  ),
  t(
    'local-storage-intl',
    'local_storage',
    'stockage (?:local|web)|lokale[nr]? speicher(?:ung)?|web-storage|almacenamiento (?:local|web)|archiviazione locale|memoria locale|lokale opslag|armazenamento (?:local|web)',
  ),
  t(
    'web-beacons',
    'web_beacons',
    'web[- ]?beacons?|beacons?|clear gifs?|web ?bugs?|invisible gifs?',
  ),
  t('web-beacons-intl', 'web_beacons', 'balises? web|balizas? web|balizas?|web beacon|webbakens?'),
  t('pixel-tags', 'pixel_tags', 'pixel tags?|tracking[- ]pixels?|conversion pixels?|pixels?'),
  t(
    'pixel-tags-intl',
    'pixel_tags',
    'pixels? espions?|z[äa]hlpixel|tracking-?pixels?|p[íi]xe(?:l(?:es|s)?|is)(?: de (?:seguimiento|rastreamento|tracciamento))?|pixeltags?',
  ),
  t(
    'fingerprinting',
    'fingerprinting',
    'fingerprinting|(?:device|browser|digital|canvas) fingerprints?|empreintes? num[ée]riques?|digitale[nr]? fingerabdr[üu]cke?|huellas? digitales? del (?:dispositivo|navegador)',
  ),
  t('sdk', 'sdk', 'sdks?|software development kits?'),
  t('cookies', 'cookies', 'cookies?', { suffix: true }),
  // Canadian French: "témoins (cookies)", "témoins de connexion".
  t('temoins', 'cookies', 't[ée]moins?(?: de connexion| de navigation)?'),
  // Generic nouns: category words attach to them; only the tracking ones set cookie context.
  t(
    'tracking-tech',
    null,
    '(?:similar |other |tracking )+technolog(?:y|ies)|traceurs?|rastreadores?|tracking-technologien|strumenti di tracciamento|tecnologie (?:simili|analoghe)|traccianti|vergelijkbare (?:technieken|technologieen)|tracking ?technologieen|tecnologias (?:semelhantes|similares)|rastreadores',
    { context: true },
  ),
  t(
    'generic',
    null,
    'technolog(?:y|ies)|technologien|tecnolog[íi]as?|tecnologie|technieken|technologieen|strumenti|tools?|outils|herramientas|ferramentas|werkzeuge?|hulpmiddelen|trackers?|tags?|storage',
  ),
];
