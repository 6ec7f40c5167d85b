// OneTrust's consent JSON (cdn.cookielaw.org/consent/<id>/<ruleSetId>/<lang>.json):
//   { DomainData: { Language, Groups: [{ OptanonGroupId, GroupName, Parent,
//       FirstPartyCookies: [{ Name, Host, IsSession, Length: "730" (days) }],
//       Hosts: [{ HostName, DisplayName, Cookies: [...] }], GeneralVendorsIds,
//       IsDntEnabled, IsGpcEnabled, Type }], GeneralVendors: [{ VendorCustomId,
//       Name, Cookies }] }, CommonData: { OptanonGroupIdPerformanceCookies, … } }
// Shapes verified on captured files: tests/fixtures/cmp/SHAPES.md.
import type { Category } from '../types.ts';
import type { DeclaredPolicy } from '../policy/types.ts';
import { declaredBuilder } from './declared.ts';
import { UNBOUNDED_DAYS } from './durations.ts';
import { categoryOfGroupName, groupIdMap } from './onetrust-groups.ts';
import { LIMITS, clip, fail, isRecord, ok } from './result.ts';
import type { CmpResult } from './types.ts';

export interface OneTrustCookie {
  name: string;
  host: string;
  /** Days; null = session; undefined = Length not a number. */
  maxDays: number | null | undefined;
}

export interface OneTrustGroup {
  id: string;
  name: string;
  parent: string | null;
  category: Category;
  /** How the category was decided (name word, id, parent), for the evidence. */
  rule: string;
  cookies: OneTrustCookie[];
  /** Third-party hosts: display name (a vendor), host name (a domain). */
  hosts: { name: string; hostName: string; cookies: OneTrustCookie[] }[];
  /** Named general vendors linked to the group. */
  vendors: string[];
  dnt: boolean;
  gpc: boolean;
}

type Rec = Record<string, unknown>;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';

/** Accepts the parsed JSON or its text (truncated text gives a clear error). */
function toRoot(json: unknown): CmpResult<Rec> {
  let value = json;
  if (typeof json === 'string') {
    if (json.length > LIMITS.ccJsChars) return fail('OneTrust JSON too large');
    try {
      value = JSON.parse(json);
    } catch {
      // Not V8's message: it differs between engines and versions.
      return fail(
        `OneTrust consent JSON is not valid JSON (${json.length} characters: truncated or corrupt)`,
      );
    }
  }
  if (!isRecord(value)) return fail('OneTrust consent JSON is not an object');
  return ok(value);
}

function readCookies(list: unknown, notes: string[], where: string): OneTrustCookie[] {
  const out: OneTrustCookie[] = [];
  const all = arr(list);
  if (all.length > LIMITS.rows) notes.push(`${where}: only the first ${LIMITS.rows} cookies read`);
  for (const c of all.slice(0, LIMITS.rows)) {
    const name = isRecord(c) && typeof c.Name === 'string' ? c.Name.trim() : '';
    if (!isRecord(c) || !name) {
      notes.push(`${where}: a cookie entry without a Name was skipped`);
      continue;
    }
    const length = text(c.Length);
    const n = /^\d+(?:\.\d+)?$/.test(length) ? Number(length) : NaN;
    const maxDays = c.IsSession === true ? null : Number.isFinite(n) ? n : undefined;
    if (maxDays === undefined) notes.push(`${where}: "${clip(name)}" has no readable Length`);
    out.push({ name, host: text(c.Host).toLowerCase().replace(/^\./, ''), maxDays });
  }
  return out;
}

/** Every group of the declaration, with its category decided. */
export function readOneTrustGroups(json: unknown): CmpResult<OneTrustGroup[]> {
  const root = toRoot(json);
  if (!root.ok) return root;
  const r = root.value;
  if (!isRecord(r.DomainData) && Array.isArray(r.RuleSet)) {
    return fail(
      'this is the OneTrust rule-set index (<id>.json), not a consent declaration: ' +
        'fetch consent/<id>/<RuleSet[].Id>/<lang>.json (see oneTrustRuleSets)',
    );
  }
  const dd = isRecord(r.DomainData) ? r.DomainData : r;
  if (!Array.isArray(dd.Groups))
    return fail('OneTrust consent JSON has no DomainData.Groups array');
  const notes: string[] = [];
  const ids = groupIdMap(r.CommonData);
  const generalVendors = new Map<string, Rec>();
  for (const v of arr(dd.GeneralVendors)) {
    if (isRecord(v) && text(v.VendorCustomId)) generalVendors.set(text(v.VendorCustomId), v);
  }
  // Sub-groups are flat entries pointing at their parent; runtime objects may nest SubGroups.
  const raw: Rec[] = [];
  const visit = (list: unknown[], depth: number) => {
    for (const g of list) {
      if (raw.length >= LIMITS.rows) return;
      if (!isRecord(g)) notes.push('a group that is not an object was skipped');
      else {
        raw.push(g);
        if (depth < 2) visit(arr(g.SubGroups), depth + 1);
      }
    }
  };
  visit(dd.Groups, 0);
  let count = 0;
  let skippedGroups = 0;
  const groups = raw.map((g, i): OneTrustGroup => {
    const id = text(g.OptanonGroupId) || text(g.CustomGroupId) || `#${i + 1}`;
    const name = text(g.GroupName);
    const where = `group "${clip(name || id, 60)}"`;
    // Past the cap, later groups keep their name and category but no cookie list.
    const skip = count >= LIMITS.rows;
    const lists = [g.FirstPartyCookies, g.Cookies, g.Hosts, g.GeneralVendorsIds];
    if (skip && lists.some((l) => arr(l).length > 0)) skippedGroups++;
    const cookies = skip
      ? []
      : [
          ...readCookies(g.FirstPartyCookies, notes, where),
          ...readCookies(g.Cookies, notes, where),
        ];
    const hosts = (skip ? [] : arr(g.Hosts)).flatMap((h) => {
      if (!isRecord(h)) return [];
      const hostName = text(h.HostName).toLowerCase();
      const display = text(h.DisplayName) || hostName;
      return display
        ? [{ name: display, hostName, cookies: readCookies(h.Cookies, notes, where) }]
        : [];
    });
    const vendors: string[] = [];
    for (const vid of skip ? [] : arr(g.GeneralVendorsIds)) {
      const v = generalVendors.get(text(vid));
      if (!v) continue;
      if (text(v.Name)) vendors.push(text(v.Name));
      cookies.push(...readCookies(v.Cookies, notes, `${where} vendor "${clip(text(v.Name), 40)}"`));
    }
    count += cookies.length + hosts.reduce((n, h) => n + h.cookies.length, 0);
    const byName = name ? categoryOfGroupName(name) : null;
    const byId = ids[id];
    return {
      id,
      name,
      parent: text(g.Parent) || null,
      category: byName?.category ?? byId ?? 'unknown',
      rule: byName?.rule ?? (byId ? `onetrust:id ${id}` : 'onetrust:unrecognised group'),
      cookies,
      hosts,
      vendors,
      dnt: g.IsDntEnabled === true,
      gpc: g.IsGpcEnabled === true,
    };
  });
  if (skippedGroups > 0) {
    notes.push(`more than ${LIMITS.rows} cookies: ${skippedGroups} later group(s) not read`);
  }
  const byId = new Map(groups.map((g) => [g.id, g]));
  for (const g of groups) {
    const parent = g.parent ? byId.get(g.parent) : undefined;
    if (g.rule === 'onetrust:unrecognised group' && parent && parent.category !== 'unknown') {
      g.category = parent.category;
      g.rule = `onetrust:parent ${parent.id}`;
    }
  }
  return ok(groups, notes);
}

/** Group id → category for this site, to read its OptanonConsent cookie with. */
export function oneTrustGroupCategories(json: unknown): CmpResult<Record<string, Category>> {
  const read = readOneTrustGroups(json);
  if (!read.ok) return read;
  const root = toRoot(json);
  const map = groupIdMap(root.ok ? root.value.CommonData : undefined);
  for (const g of read.value) if (!g.id.startsWith('#')) map[g.id] = g.category;
  return ok(map, read.notes);
}

const hasContent = (g: OneTrustGroup) => g.cookies.length + g.hosts.length + g.vendors.length > 0;

function signal(groups: OneTrustGroup[], flag: 'dnt' | 'gpc') {
  const relevant = groups.filter((g) => hasContent(g) && g.category !== 'necessary');
  const on = relevant.filter((g) => g[flag]);
  if (on.length === 0) return null;
  const names = on.map((g) => `"${clip(g.name || g.id, 40)}" (${g.id})`).join(', ');
  const key = flag === 'dnt' ? 'IsDntEnabled' : 'IsGpcEnabled';
  return {
    stance: on.length === relevant.length ? 'honors' : 'partial',
    quote: `${key} on ${names}`,
  } as const;
}

/** DeclaredPolicy of a OneTrust consent JSON (source `cmp:onetrust`). */
export function parseOneTrustConsentJson(
  json: unknown,
  opts: { url?: string | null } = {},
): CmpResult<DeclaredPolicy> {
  const read = readOneTrustGroups(json);
  if (!read.ok) return read;
  const b = declaredBuilder('cmp:onetrust', opts.url ?? null);
  for (const g of read.value.filter(hasContent)) {
    const label = `Group "${clip(g.name || g.id, 60)}" (${g.id})`;
    const names = [...g.cookies, ...g.hosts.flatMap((h) => h.cookies)].map((c) => c.name);
    const listed = names.length > 0 ? `: ${clip(names.slice(0, 4).join(', '), 80)}` : '';
    b.category(g.category, `${label}${listed}`, g.rule);
    const all = [
      ...g.cookies,
      ...g.hosts.flatMap((h) => h.cookies.map((c) => ({ ...c, host: c.host || h.hostName }))),
    ];
    for (const c of all) {
      const lifetime = c.maxDays === null ? 'session' : `${c.maxDays} days`;
      const quote = `${label}: "${clip(c.name)}"${c.host ? ` (${c.host})` : ''}, ${lifetime}`;
      b.technology('cookies', quote, 'onetrust:cookie list');
      b.cookie(
        {
          name: c.name,
          ...(c.host ? { domain: c.host } : {}),
          category: g.category,
          maxDays: c.maxDays === undefined ? UNBOUNDED_DAYS : c.maxDays,
        },
        c.maxDays === undefined ? null : { quote, rule: 'onetrust:Length' },
      );
    }
    for (const h of g.hosts) b.vendor(h.name, `${label}: host ${h.name}`, 'onetrust:Hosts');
    for (const v of g.vendors) b.vendor(v, `${label}: vendor ${v}`, 'onetrust:GeneralVendors');
  }
  for (const flag of ['dnt', 'gpc'] as const) {
    const s = signal(read.value, flag);
    if (s)
      b.signal(
        flag,
        s.stance,
        s.quote,
        `onetrust:${flag === 'dnt' ? 'IsDntEnabled' : 'IsGpcEnabled'}`,
      );
  }
  return ok(b.build(), read.notes);
}
