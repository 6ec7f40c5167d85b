// Cues for unmapped sentences (see unmapped.ts). Regular expression sources
// on normalised text, no capturing groups.

/** The sentence says what cookies are for ("… to remember …", "… pour mesurer …"). */
export const PURPOSE_CUES = [
  '(?:cookies?|technolog\\p{L}*|pixels?|beacons?|tags?|trackers?|local storage) (?:[\\p{L}-]{1,20} ){0,3}(?:in order )?to [\\p{L}]{3,20}|in order to|so that|so we can|for (?:the )?purposes? of|help(?:s|ing)? us|allow(?:s|ing)? us|enable(?:s|ing)? us|let(?:s)? us|used (?:to|for)|to (?:help|allow|enable|let|make|provide|improve|remember|understand|analy[sz]e|measure|count|show|deliver|serve|offer|track|collect|store|identify|recogni[sz]e|keep|save|record|see|know|learn|personali[sz]e|customi[sz]e|tailor|optimi[sz]e|ensure|support|prevent|protect|detect|display|present|target|monitor|compile|gather|distinguish|retain|move|access|log|sign)',
  'afin de|dans le but de|nous (?:aident|permettent)|servent a|pour (?:\\p{L}+ ){0,2}(?:\\p{L}+er|\\p{L}+ir|\\p{L}+re)',
  'damit|zum zweck|zwecke?n? der|helfen uns|ermoglichen (?:es )?uns|dienen (?:dazu|der|dem|zur|zum)|um (?:\\p{L}+ ){0,6}zu',
  'con el fin de|con la finalidad de|nos (?:permiten|ayudan)|sirven para|para (?:\\p{L}+ ){0,2}(?:\\p{L}+ar|\\p{L}+er|\\p{L}+ir)',
  'al fine di|allo scopo di|ci (?:permettono|aiutano|consentono)|servono (?:a|per)|per (?:\\p{L}+ ){0,2}(?:\\p{L}+are|\\p{L}+ere|\\p{L}+ire)',
  'om (?:\\p{L}+ ){0,6}te|zodat|helpen ons|stellen ons in staat|ten behoeve van',
  'a fim de|com o objetivo de|nos (?:permitem|ajudam)|ajudam-nos|permitem-nos|servem para|para (?:\\p{L}+ ){0,2}(?:\\p{L}+ar|\\p{L}+er|\\p{L}+ir)',
].join('|');

/** The user's controls, consent, and talk about the document itself: not a purpose. */
export const NOT_A_PURPOSE = [
  'browser|settings|disable|delete|block|refuse|reject|manage|withdraw|opt[- ]?out|consent|accept|preferences? cent(?:er|re)|banner|policy|notice|statement|this page|explains?|describes?|below|following|table|list|more information|learn more|read on|read more|contact|laws?|regulations?|gdpr|directive',
  'navigateur|parametres|supprimer|desactiver|bloquer|refuser|consentement|accepter|politique|avis|ci-dessous|suivants?|tableau|liste|loi',
  'browser\\p{L}*|einstellung\\p{L}*|loschen|deaktivieren|blockieren|ablehnen|einwilligung|zustimmung|richtlinie|erklarung|folgende\\p{L}*|tabelle|liste|gesetz\\p{L}*',
  'navegador|configuracion|eliminar|desactivar|bloquear|rechazar|consentimiento|aceptar|politica|siguientes?|tabla|lista|ley',
  'impostazioni|cancellare|disattivare|bloccare|rifiutare|consenso|accettare|informativa|seguenti?|tabella|elenco|legge',
  'instellingen|verwijderen|uitschakelen|blokkeren|weigeren|toestemming|accepteren|beleid|verklaring|volgende|tabel|lijst|wet',
  'definicoes|configuracoes|apagar|desativar|bloquear|recusar|consentimento|aceitar|politica|seguintes?|tabela|lista|lei',
].join('|');

/** "These cookies …": a sentence about the cookies its section introduces. */
export const THESE =
  '^(?:these|this|such|those|the) (?:cookies?|technologies|tools|trackers|tags)|^(?:ces|ce|cette|ces) (?:cookies?|temoins?|traceurs?|technologies)|^diese[rsn]? (?:cookies?|technologien)|^(?:estas|estos|esta|este) (?:cookies?|tecnologias)|^(?:questi|queste|questo) (?:cookies?|tecnologie)|^(?:deze|dit|die) (?:cookies?|technieken|technologieen)|^(?:estes|estas|esses|essas|este|esse) (?:cookies?|tecnologias)';
