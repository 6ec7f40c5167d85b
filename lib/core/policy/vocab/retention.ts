// Retention vocabulary: duration units, number words, and the cues that make
// a duration a statement about how long cookies are kept. Sources are
// regular expressions on normalised text without capturing groups.
//
// Rule (retention.ts): in cookie context, a sentence with a RETENTION_CUE
// and durations states the longest of them ("from 24 hours to 24 months" →
// 730 days); a sentence with a SESSION_CUE and no PERSISTENT_CUE and no
// duration states "session only" (maxDays null). Days = years × 365,
// months × 365/12 (rounded), weeks × 7, hours / 24, minutes / 1440.

export const UNIT_DAYS: { re: string; days: number; id: string }[] = [
  {
    id: 'year',
    days: 365,
    re: 'years?|yrs?|ans?|ann[ée]es?|jahre?n?|jahres|a[ñn]os?|anni|anno|jaar|jaren',
  },
  {
    id: 'month',
    days: 365 / 12,
    re: 'months?|mos?|mois|monate?n?|monats|mes|meses|mesi|mese|maand(?:en)?',
  },
  { id: 'week', days: 7, re: 'weeks?|wks?|semaines?|wochen?|semanas?|settimane?|weken' },
  { id: 'day', days: 1, re: 'days?|jours?|tage?n?|tages|d[íi]as?|giorni|giorno|dagen|dag' },
  { id: 'hour', days: 1 / 24, re: 'hours?|hrs?|heures?|stunden?|horas?|ore|ora|uur|uren' },
  { id: 'minute', days: 1 / 1440, re: 'minutes?|mins?|minuten?|minutos?|minuti|minuto' },
];

/** Number words up to the durations policies use ("twenty-four months"). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  'twenty-four': 24,
  'twenty four': 24,
  thirty: 30,
  'thirty-six': 36,
  sixty: 60,
  ninety: 90,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  douze: 12,
  treize: 13,
  'vingt-quatre': 24,
  trente: 30,
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  zwölf: 12,
  dreizehn: 13,
  vierundzwanzig: 24,
  dreißig: 30,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  doce: 12,
  trece: 13,
  veinticuatro: 24,
  treinta: 30,
  due: 2,
  quattro: 4,
  cinque: 5,
  sei: 6,
  dodici: 12,
  tredici: 13,
  ventiquattro: 24,
  een: 1,
  twee: 2,
  vijf: 5,
  zes: 6,
  twaalf: 12,
  dertien: 13,
  vierentwintig: 24,
  dertig: 30,
  um: 1,
  dois: 2,
  duas: 2,
  três: 3,
  doze: 12,
  treze: 13,
  trinta: 30,
};

/** Words that make a duration a retention statement. */
export const RETENTION_CUES =
  "retain|retains|retained|retention|stor(?:e|es|ed|ing|age)|kept|keep|keeps|last|lasts|lasting|expire[sd]?|expiry|expiration|expiring|lifetime|life ?span|duration|persist\\p{L}*|remain\\p{L}*|deleted|erased|removed|valid|validity|up to|maximum|max\\.?|at most|no longer than|for a period of|period|conserv\\p{L}*|dur[ée]e|expir\\p{L}*|jusqu'[àa]|pendant|speicherdauer|gespeichert|speicher\\p{L}*|g[üu]ltig\\p{L}*|laufzeit|lebensdauer|ablauf\\p{L}*|aufbewahr\\p{L}*|gel[öo]scht|bis zu|h[öo]chstens|maximal|caduc\\p{L}*|duraci[óo]n|almacen\\p{L}*|vigencia|hasta|elimin\\p{L}*|supprim\\p{L}*|durante|w[äa]hrend|durata|scad\\p{L}*|fino a|massimo|bewaar\\p{L}*|looptijd|verloopt|verlopen|vervalt|verwijderd|opgeslagen|geldig\\p{L}*|maximaal|gedurende|dura[çc][ãa]o|armazenad\\p{L}*|validade|validez|validit[ée]|validit[àa]|m[áa]xim[ao]|massim[ao]|mantid\\p{L}*";

/** Table column headers that hold lifetimes. */
export const DURATION_HEADERS =
  'expir\\p{L}*|duration|lifetime|life ?span|retention|storage period|max(?:imum)? age|dur[ée]e|laufzeit|speicherdauer|ablauf|g[üu]ltigkeit|duraci[óo]n|caducidad|vencimiento|conservaci[óo]n|plazo|durata|scadenza|conservazione|looptijd|bewaartermijn|vervaldatum|dura[çc][ãa]o|validade|expira[çc][ãa]o';

/** "Session only" phrasings. */
export const SESSION_CUES =
  'session[- ]cookies?|session[- ]based|session only|session-only|end of (?:your|the|each) (?:browsing |browser )?(?:session|visit)|duration of (?:your|the|each) (?:visit|session|browsing session)|(?:when|once|after) you (?:close|quit|exit) (?:your|the) (?:browser|web browser)|(?:browser|web browser) is closed|deleted after each visit|cookies? de session|fin de (?:la|votre) (?:session|visite|navigation)|fermeture (?:du|de votre) navigateur|sitzungs-?cookies?|ende (?:der|ihrer|deiner) (?:sitzung|browsersitzung)|schlie[ßs]en (?:des|ihres|deines) browsers|cookies? de sesi[óo]n|final de (?:la|su|tu) sesi[óo]n|cierre (?:del|de su) navegador|^session$|^sitzung$|^sesi[óo]n$';

/** Phrasings that say cookies outlive the session (so "session" alone is no claim). */
export const PERSISTENT_CUES =
  'persistent|permanent|persistant\\p{L}*|dauerhaft\\p{L}*|persistente\\p{L}*|longer[- ]lived|across multiple visits|between visits|repeated visits|multiple visits';
