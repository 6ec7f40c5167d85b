// Cookie lifetimes as CMPs write them → days. Same arithmetic as the policy
// reader (lib/core/policy/vocab/retention.ts): years × 365, months × 365/12
// rounded to whole days, hours/minutes/seconds to 2 decimals.

/**
 * Stand-in for "no stated limit" ("Persistent", an unreadable duration), so
 * that no observed lifetime exceeds it. `null` is not usable: it means
 * "session only" in a DeclaredPolicy. 36,500 days = 100 years.
 */
export const UNBOUNDED_DAYS = 36_500;

const UNITS: { days: number; re: RegExp }[] = [
  {
    days: 365,
    re: /^(?:years?|yrs?|jahre?n?|ans?|ann[ée]es?|a[ñn]os?|jaar|jaren|[åa]r|anno|anni|lat|rok|roku)$/u,
  },
  {
    days: 365 / 12,
    re: /^(?:months?|mos?|monate?n?|mois|mes|meses|maand(?:en)?|m[åa]ned(?:er)?|m[åa]nad(?:er)?|mese|mesi|miesi[ąę]c(?:e|y)?)$/u,
  },
  {
    days: 7,
    re: /^(?:weeks?|wks?|wochen?|semaines?|semanas?|we(?:e)?k(?:en)?|uger?|veckor?|settiman[ae])$/u,
  },
  { days: 1, re: /^(?:days?|tage?n?|jours?|d[íi]as?|dag(?:en|e|ar)?|giorn[oi]|dni|dzie[ńn])$/u },
  {
    days: 1 / 24,
    re: /^(?:hours?|hrs?|stunden?|heures?|horas?|uur|timer?|timm(?:e|ar)|or[ae]|godzin[ay]?)$/u,
  },
  {
    days: 1 / 1440,
    re: /^(?:minutes?|mins?|minuten?|minutos?|minuut|minut(?:ter|er)?|minut[io])$/u,
  },
  {
    days: 1 / 86_400,
    re: /^(?:seconds?|secs?|sekunden?|secondes?|segundos?|seconden|sekund(?:er)?|second[io])$/u,
  },
];

const SESSION_RE =
  /^(?:session|sitzung|s[ée]ance|sesi[óo]n|sessie|sessione|sess[ãa]o|sesja|sessionen?)$/u;
const PERSISTENT_RE =
  /^(?:persistent|persistant|permanent|forever|unlimited|dauerhaft|persistente|blijvend|vedvarende|best[åa]ende|permanente|trwa[łl]y)$/u;

function roundDays(n: number, unitDays: number): number {
  const days = n * unitDays;
  return unitDays >= 1 ? Math.round(days) : Math.round(days * 100) / 100;
}

/**
 * A CMP expiry text ("1 year", "13 months", "Session", "Persistent",
 * "400 days", "2 Jahre") in days: null = session cookie; UNBOUNDED_DAYS for
 * "Persistent"; undefined when the text is not understood.
 */
export function expiryTextToDays(text: string): number | null | undefined {
  const norm = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (norm.length === 0 || norm.length > 60) return undefined;
  if (SESSION_RE.test(norm)) return null;
  if (PERSISTENT_RE.test(norm)) return UNBOUNDED_DAYS;
  const m = /^(\d{1,9}(?:[.,]\d+)?) ?([\p{L}]+)\.?$/u.exec(norm);
  if (!m) return undefined;
  const n = Number((m[1] as string).replace(',', '.'));
  const unit = UNITS.find((u) => u.re.test(m[2] as string));
  if (!unit || !Number.isFinite(n)) return undefined;
  return roundDays(n, unit.days);
}
