// Cookiebot's cookie declaration. consent.cookiebot.com/<cbid>/cc.js ends
// with one assignment per category (shape verified on captured files, see
// tests/fixtures/cmp/SHAPES.md):
//   CookieConsentDialog.cookieTableStatistics = [["_ga","example.com","Registers …",
//     "2 years","HTTP","1","","www.googletagmanager.com"], …];
// row = [name, provider domain(s) joined by "<br/>", purpose, expiry text,
//        type name (HTTP | HTML | Pixel), type id ("1" | "2" | "5"),
//        name pattern (regex, "" if none), initiating host(s)]
// and CookieConsentDialog.privacyPolicies = [['doubleclick.net','Google','https://…'], …]
// names the vendors. The page's runtime object Cookiebot.dialog carries the
// same arrays, for callers that read it instead of fetching cc.js.
import type { Category, Technology } from '../types.ts';
import type { DeclaredPolicy } from '../policy/types.ts';
import { declaredBuilder } from './declared.ts';
import { UNBOUNDED_DAYS, expiryTextToDays } from './durations.ts';
import { readJsLiteral, type JsValue } from './jsliteral.ts';
import { LIMITS, clip, fail, isRecord, ok } from './result.ts';
import type { CmpResult } from './types.ts';

export const COOKIEBOT_TABLES = {
  Necessary: 'necessary',
  Preference: 'preferences',
  Statistics: 'analytics',
  Advertising: 'advertising',
  Unclassified: 'unknown',
} as const satisfies Record<string, Category>;
export type CookiebotTable = keyof typeof COOKIEBOT_TABLES;

export type CookiebotRowKind = 'cookie' | 'storage' | 'pixel' | 'flash' | 'other';

export interface CookiebotRow {
  table: CookiebotTable;
  category: Category;
  name: string;
  domains: string[];
  purpose: string;
  expiry: string;
  /** Days; null = session; undefined = expiry text not understood. */
  maxDays: number | null | undefined;
  type: string;
  kind: CookiebotRowKind;
}

export interface CookiebotVendor {
  domain: string;
  name: string;
  url: string;
}

export interface CookiebotDeclaration {
  rows: CookiebotRow[];
  vendors: CookiebotVendor[];
}

const TABLE_RE =
  /(?:\bCookieConsentDialog|\b(?:Cookiebot|CookieConsent)\.dialog)\.cookieTable(Necessary|Preference|Statistics|Advertising|Unclassified)\s*=\s*(?=\[)/g;
const POLICIES_RE =
  /(?:\bCookieConsentDialog|\b(?:Cookiebot|CookieConsent)\.dialog)\.privacyPolicies\s*=\s*(?=\[)/;

const str = (v: JsValue | undefined): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

function kindOf(type: string, id: string): CookiebotRowKind {
  const t = type.trim().toLowerCase();
  if (t === 'http' || (!t && id === '1')) return 'cookie';
  if (t === 'html' || t === 'idb' || t === 'indexeddb' || (!t && id === '2')) return 'storage';
  if (t === 'pixel' || (!t && id === '5')) return 'pixel';
  if (t.includes('flash')) return 'flash';
  return 'other';
}

function domainsOf(cell: string): string[] {
  return cell
    .split(/<br\s*\/?>/i)
    .map((d) => d.trim().toLowerCase().replace(/^\./, ''))
    .filter((d) => d.length > 0);
}

function readRows(table: CookiebotTable, value: JsValue, notes: string[]): CookiebotRow[] {
  if (!Array.isArray(value)) {
    notes.push(`cookieTable${table} is not an array: skipped`);
    return [];
  }
  if (value.length > LIMITS.rows)
    notes.push(`cookieTable${table}: only the first ${LIMITS.rows} rows read`);
  const rows: CookiebotRow[] = [];
  value.slice(0, LIMITS.rows).forEach((row, i) => {
    const name = Array.isArray(row) ? str(row[0]).trim() : '';
    if (!Array.isArray(row) || row.length < 4 || !name) {
      notes.push(`cookieTable${table} row ${i + 1}: not a [name, domain, purpose, expiry, …] row`);
      return;
    }
    const expiry = str(row[3]).trim();
    const maxDays = expiryTextToDays(expiry);
    if (maxDays === undefined)
      notes.push(`"${clip(name)}": expiry "${clip(expiry)}" not understood`);
    const type = str(row[4]).trim();
    rows.push({
      table,
      category: COOKIEBOT_TABLES[table],
      name,
      domains: domainsOf(str(row[1])),
      purpose: str(row[2]),
      expiry,
      maxDays,
      type,
      kind: kindOf(type, str(row[5]).trim()),
    });
  });
  return rows;
}

function readVendors(value: JsValue, notes: string[]): CookiebotVendor[] {
  if (!Array.isArray(value)) return [];
  const out: CookiebotVendor[] = [];
  for (const entry of value.slice(0, LIMITS.rows)) {
    const [domain, name, url] = Array.isArray(entry) ? entry.map(str) : [];
    if (name?.trim()) out.push({ domain: domain ?? '', name: name.trim(), url: url ?? '' });
    else notes.push('privacyPolicies: an entry without a vendor name was skipped');
  }
  return out;
}

/** The rows and vendors of a cc.js, without evaluating it. */
export function readCookiebotCcJs(text: string): CmpResult<CookiebotDeclaration> {
  if (typeof text !== 'string' || text.trim() === '') return fail('empty Cookiebot cc.js');
  if (text.length > LIMITS.ccJsChars) {
    return fail(`Cookiebot cc.js too large (${text.length} characters, limit ${LIMITS.ccJsChars})`);
  }
  const notes: string[] = [];
  const rows: CookiebotRow[] = [];
  let tables = 0;
  for (const m of text.matchAll(TABLE_RE)) {
    const table = m[1] as CookiebotTable;
    const read = readJsLiteral(text, (m.index ?? 0) + m[0].length, { maxDepth: 4 });
    if (!read.ok) {
      notes.push(`cookieTable${table} could not be read: ${read.error}`);
      continue;
    }
    tables++;
    rows.push(...readRows(table, read.value, notes));
  }
  if (tables === 0) {
    if (text.includes('CookieConsent.setOutOfRegion')) {
      return fail('Cookiebot answered "out of region": no cookie declaration for this referer');
    }
    const warning = /cookiedomainwarning\s*=\s*'([^']{0,200})/.exec(text)?.[1];
    if (warning) return fail(`Cookiebot refused the domain: ${clip(warning, 160)}`);
    const why = notes.length > 0 ? ` (${notes.join('; ')})` : '';
    return fail(`no Cookiebot cookie tables (CookieConsentDialog.cookieTable…) found${why}`);
  }
  const pm = POLICIES_RE.exec(text);
  let vendors: CookiebotVendor[] = [];
  if (pm) {
    const read = readJsLiteral(text, pm.index + pm[0].length, { maxDepth: 4 });
    if (read.ok) vendors = readVendors(read.value, notes);
    else notes.push(`privacyPolicies could not be read: ${read.error}`);
  }
  return ok({ rows, vendors }, notes);
}

/**
 * The same declaration from an object shaped like the page's
 * `Cookiebot.dialog` ({ cookieTableNecessary: [...], …, privacyPolicies }).
 */
export function readCookiebotDialog(dialog: unknown): CmpResult<CookiebotDeclaration> {
  if (!isRecord(dialog)) return fail('Cookiebot dialog data is not an object');
  const notes: string[] = [];
  const rows: CookiebotRow[] = [];
  let tables = 0;
  for (const table of Object.keys(COOKIEBOT_TABLES) as CookiebotTable[]) {
    const value = dialog[`cookieTable${table}`];
    // Cookiebot initialises the tables to "" before cc.js fills them in.
    if (value === undefined || value === '') continue;
    tables++;
    rows.push(...readRows(table, value as JsValue, notes));
  }
  if (tables === 0) return fail('no cookieTable… arrays in the Cookiebot dialog data');
  return ok({ rows, vendors: readVendors(dialog.privacyPolicies as JsValue, notes) }, notes);
}

const TECH: Record<Exclude<CookiebotRowKind, 'other'>, Technology> = {
  cookie: 'cookies',
  storage: 'local_storage',
  pixel: 'pixel_tags',
  flash: 'flash_lso',
};

/** DeclaredPolicy of a Cookiebot declaration. */
export function cookiebotPolicy(
  decl: CookiebotDeclaration,
  url: string | null = null,
): DeclaredPolicy {
  const b = declaredBuilder('cmp:cookiebot', url);
  for (const row of decl.rows) {
    const where = row.domains.length > 0 ? ` (${row.domains.join(', ')})` : '';
    const quote = `cookieTable${row.table}: "${clip(row.name)}"${where}, ${row.expiry || 'no expiry'}, ${row.type || '?'}`;
    b.category(row.category, quote, `cookiebot:cookieTable${row.table}`);
    // "other" (an unknown type) is kept as a cookie: better a name too many
    // in the list than an undeclared-cookie finding the site did not earn.
    b.technology(
      TECH[row.kind === 'other' ? 'cookie' : row.kind],
      quote,
      `cookiebot:type ${row.type || '?'}`,
    );
    if (row.kind !== 'cookie' && row.kind !== 'other') continue;
    const maxDays = row.maxDays === undefined ? UNBOUNDED_DAYS : row.maxDays;
    const retention =
      row.maxDays === undefined
        ? null
        : { quote: `"${clip(row.name)}"${where}: ${row.expiry}`, rule: 'cookiebot:expiry' };
    const domains = row.domains.length > 0 ? row.domains : [undefined];
    for (const domain of domains) {
      b.cookie(
        domain === undefined
          ? { name: row.name, category: row.category, maxDays }
          : { name: row.name, domain, category: row.category, maxDays },
        retention,
      );
    }
  }
  for (const v of decl.vendors) {
    b.vendor(v.name, `privacyPolicies: ${v.domain} → ${v.name}`, 'cookiebot:privacyPolicies');
  }
  return b.build();
}

/** Cookiebot cc.js text → DeclaredPolicy (source `cmp:cookiebot`). */
export function parseCookiebotCcJs(
  text: string,
  opts: { url?: string | null } = {},
): CmpResult<DeclaredPolicy> {
  const read = readCookiebotCcJs(text);
  return read.ok ? ok(cookiebotPolicy(read.value, opts.url ?? null), read.notes) : read;
}

/** `Cookiebot.dialog`-shaped object → DeclaredPolicy (source `cmp:cookiebot`). */
export function parseCookiebotDialog(
  dialog: unknown,
  opts: { url?: string | null } = {},
): CmpResult<DeclaredPolicy> {
  const read = readCookiebotDialog(dialog);
  return read.ok ? ok(cookiebotPolicy(read.value, opts.url ?? null), read.notes) : read;
}
