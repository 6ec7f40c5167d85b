// Joins the append-only event records of one or more page visits into the
// rows the popup and the report show. Pure: same records in, same view out.
import { readOptOutStrings, type OptOutStrings } from './cmp/optout.ts';
import { groupBy } from './group.ts';
import { hostOf, siteOf } from './party.ts';
import {
  cookieAttributes,
  storedCookieAttributes,
  type CookieAttributes,
  type CookieChangeRecord,
  type CookieRecord,
  type PageVisit,
  type RecordLists,
  type RequestRecord,
  type ResponseRecord,
  type StorageRecord,
} from './types.ts';
import { isIdentifierLike } from './value.ts';

/** What a view is built from: the records of some page visits, and cookie changes in their span. */
export type RecordSet = RecordLists;

export interface RequestRow
  extends
    Pick<
      RequestRecord,
      'url' | 'domain' | 'method' | 'type' | 'party' | 'initiator' | 'frameId' | 'beacon' | 'time'
    >,
    Pick<ResponseRecord, 'status' | 'contentType' | 'contentLength' | 'error' | 'pixel' | 'tk'> {
  host: string;
  page: string;
}

export interface CookieRow
  extends
    CookieAttributes,
    Pick<CookieRecord, 'party' | 'setBy' | 'setter' | 'value' | 'warnings'> {
  blocked: boolean;
  blockedReason: string | null;
  firstSeen: number;
  page: string;
  identifierLike: boolean;
  /** How many times it was written during the visit. */
  writes: number;
}

export interface StorageRow extends Pick<
  StorageRecord,
  'kind' | 'origin' | 'key' | 'party' | 'setter' | 'frameUrl'
> {
  /** A service worker's registration scope; null for other kinds. */
  scope: string | null;
  page: string;
  firstSeen: number;
  writes: number;
  removed: boolean;
}

export interface ThirdPartyRow {
  domain: string;
  hosts: string[];
  requests: number;
  cookies: number;
  beacons: number;
  pixels: number;
}

/** The opt-out strings one page gave, read (issue 12), with the signals its document request carried. */
export interface OptOutRow {
  page: string;
  time: number;
  /** Whether Sec-GPC / DNT went with the page's document request (null: not known). */
  gpcSent: boolean | null;
  dntSent: boolean | null;
  strings: OptOutStrings;
}

export interface AuditView {
  pages: PageVisit[];
  requests: RequestRow[];
  cookies: CookieRow[];
  storage: StorageRow[];
  thirdParties: ThirdPartyRow[];
  beacons: RequestRow[];
  pixels: RequestRow[];
  /** Oldest first. */
  optOut: OptOutRow[];
  timeRange: { from: number; to: number } | null;
}

/** How long after a Set-Cookie its cookies.onChanged insert may arrive. */
const CHANGE_WINDOW_MS = 30_000;

function changeConfirms(c: CookieRecord, ch: CookieChangeRecord): boolean {
  return (
    !ch.removed &&
    ch.name === c.name &&
    ch.domain === c.domain &&
    ch.path === c.path &&
    ch.time >= c.time - 2_000 &&
    ch.time <= c.time + CHANGE_WINDOW_MS
  );
}

function cookieKey(pageId: string, name: string, domain: string, path: string): string {
  return `${pageId}\u0000${name}\u0000${domain}\u0000${path}`;
}

function optOutRows(rs: RecordSet): OptOutRow[] {
  const pages = new Map(rs.pages.map((p) => [p.id, p]));
  return [...rs.optOut]
    .sort((a, b) => a.time - b.time)
    .map((r) => {
      const p = pages.get(r.pageId);
      return {
        page: p?.url ?? r.documentUrl,
        time: r.time,
        gpcSent: p?.signals ? p.signals.gpc : null,
        dntSent: p?.signals ? p.signals.dnt : null,
        strings: readOptOutStrings({ apis: r.apis, cookies: r.cookies }),
      };
    });
}

export function buildView(rs: RecordSet): AuditView {
  const pageUrl = new Map(rs.pages.map((p) => [p.id, p.url]));
  const pageSite = new Map(rs.pages.map((p) => [p.id, p.site]));
  // Cookie changes and cookie writes indexed by name/domain/path: matching
  // them stays linear on a tab with thousands of each.
  const changesByKey = groupBy(rs.cookieChanges, (ch) =>
    ch.removed ? null : cookieKey('', ch.name, ch.domain, ch.path),
  );
  const confirmed = (c: CookieRecord) =>
    (changesByKey.get(cookieKey('', c.name, c.domain, c.path)) ?? []).some((ch) =>
      changeConfirms(c, ch),
    );
  const writesByKey = groupBy(rs.cookies, (c) => cookieKey('', c.name, c.domain, c.path));

  const responses = new Map<string, ResponseRecord>();
  for (const r of rs.responses) {
    const k = `${r.pageId}\u0000${r.requestId}`;
    const prev = responses.get(k);
    // A redirect chain shares one requestId: keep the final response.
    if (!prev || r.time >= prev.time) responses.set(k, r);
  }

  const requests: RequestRow[] = [];
  const seenRequest = new Set<string>();
  for (const q of [...rs.requests].sort((a, b) => a.time - b.time)) {
    const k = `${q.pageId}\u0000${q.requestId}\u0000${q.url}`;
    if (seenRequest.has(k)) continue;
    seenRequest.add(k);
    const resp = responses.get(`${q.pageId}\u0000${q.requestId}`);
    requests.push({
      url: q.url,
      host: hostOf(q.url),
      domain: q.domain,
      method: q.method,
      type: q.type,
      party: q.party,
      initiator: q.initiator,
      frameId: q.frameId,
      status: resp?.status ?? null,
      contentType: resp?.contentType ?? null,
      contentLength: resp?.contentLength ?? null,
      error: resp?.error ?? null,
      beacon: q.beacon,
      pixel: resp?.pixel ?? false,
      ...(resp?.tk !== undefined ? { tk: resp.tk } : {}),
      page: pageUrl.get(q.pageId) ?? '',
      time: q.time,
    });
  }

  const cookies = new Map<string, CookieRow>();
  const sets = [...rs.cookies].sort((a, b) => a.time - b.time);
  for (const c of sets) {
    const k = cookieKey(c.pageId, c.name, c.domain, c.path);
    const prev = cookies.get(k);
    if (c.deletion) {
      if (prev) prev.writes++;
      continue;
    }
    let blocked = c.blocked;
    let blockedReason = blocked
      ? (c.warnings.find((w) => w.startsWith('refused: ')) ?? null)
      : null;
    if (blocked === null) {
      blocked = !confirmed(c);
      blockedReason = blocked ? 'the browser did not store it (no cookie change followed)' : null;
    }
    if (prev) {
      prev.writes++;
      // A later successful write means the cookie exists.
      if (prev.blocked && !blocked) {
        prev.blocked = false;
        prev.blockedReason = null;
      }
      continue;
    }
    cookies.set(k, {
      ...cookieAttributes(c),
      party: c.party,
      blocked,
      blockedReason: blockedReason?.replace(/^refused: /, '') ?? null,
      setBy: c.setBy,
      setter: c.setter,
      firstSeen: c.time,
      page: pageUrl.get(c.pageId) ?? '',
      value: c.value,
      identifierLike: isIdentifierLike(c.value, c.requestedLifetimeDays ?? c.lifetimeDays),
      writes: 1,
      warnings: c.warnings.filter((w) => !w.startsWith('refused: ')),
    });
  }

  // Cookies the browser stored that neither a Set-Cookie header nor the
  // script hook explained (e.g. set by a service worker): attribute them to
  // the page whose time span and hosts they fall in, setter unknown.
  const pagesByTime = [...rs.pages].sort((a, b) => a.startedAt - b.startedAt);
  const latestFirst = [...pagesByTime].reverse();
  const pageDomains = new Map<string, Set<string>>();
  for (const q of rs.requests) {
    const s = pageDomains.get(q.pageId) ?? new Set<string>();
    s.add(q.domain);
    pageDomains.set(q.pageId, s);
  }
  for (const ch of rs.cookieChanges) {
    if (ch.removed) continue;
    const writes = writesByKey.get(cookieKey('', ch.name, ch.domain, ch.path)) ?? [];
    if (writes.some((c) => changeConfirms(c, ch))) continue;
    const site = siteOf(ch.domain);
    const page = latestFirst.find(
      (p) => p.startedAt <= ch.time && (p.site === site || pageDomains.get(p.id)?.has(site)),
    );
    if (!page) continue;
    const k = cookieKey(page.id, ch.name, ch.domain, ch.path);
    if (cookies.has(k)) continue;
    cookies.set(k, {
      ...storedCookieAttributes(ch),
      party: site === pageSite.get(page.id) ? 'first' : 'third',
      lifetimeDays: ch.lifetimeDays,
      requestedLifetimeDays: null,
      blocked: false,
      blockedReason: null,
      setBy: 'unknown',
      setter: null,
      partitioned: ch.partitionKey !== null,
      firstSeen: ch.time,
      page: page.url,
      value: ch.value,
      identifierLike: isIdentifierLike(ch.value, ch.lifetimeDays),
      writes: 1,
      warnings: [`seen only through cookies.onChanged (cause: ${ch.cause})`],
    });
  }

  const storage = new Map<string, StorageRow>();
  for (const s of [...rs.storage].sort((a, b) => a.time - b.time)) {
    const k = `${s.pageId}\u0000${s.kind}\u0000${s.origin}\u0000${s.key}`;
    const prev = storage.get(k);
    if (prev) {
      prev.writes++;
      if (s.op === 'remove' || s.op === 'clear') prev.removed = true;
      else prev.removed = false;
      continue;
    }
    if (s.op !== 'set') continue;
    storage.set(k, {
      kind: s.kind,
      origin: s.origin,
      key: s.key,
      party: s.party,
      setter: s.setter,
      scope: s.scope ?? null,
      frameUrl: s.frameUrl,
      page: pageUrl.get(s.pageId) ?? '',
      firstSeen: s.time,
      writes: 1,
      removed: false,
    });
  }

  // Stable: cookies of one response keep their header order.
  const cookieRows = [...cookies.values()].sort((a, b) => a.firstSeen - b.firstSeen);
  const thirdParties = new Map<string, ThirdPartyRow>();
  const tp = (domain: string): ThirdPartyRow => {
    let row = thirdParties.get(domain);
    if (!row) {
      row = { domain, hosts: [], requests: 0, cookies: 0, beacons: 0, pixels: 0 };
      thirdParties.set(domain, row);
    }
    return row;
  };
  for (const r of requests) {
    if (r.party !== 'third') continue;
    const row = tp(r.domain);
    row.requests++;
    if (r.beacon) row.beacons++;
    if (r.pixel) row.pixels++;
    if (!row.hosts.includes(r.host)) row.hosts.push(r.host);
  }
  for (const c of cookieRows) if (c.party === 'third') tp(siteOf(c.domain)).cookies++;

  let from = Infinity;
  let to = -Infinity;
  const span = (t: number) => {
    if (t < from) from = t;
    if (t > to) to = t;
  };
  for (const p of rs.pages) span(p.startedAt);
  for (const r of requests) span(r.time);
  for (const c of cookieRows) span(c.firstSeen);
  return {
    pages: [...pagesByTime],
    requests,
    cookies: cookieRows,
    storage: [...storage.values()],
    thirdParties: [...thirdParties.values()].sort(
      (a, b) => b.requests - a.requests || a.domain.localeCompare(b.domain),
    ),
    beacons: requests.filter((r) => r.beacon),
    pixels: requests.filter((r) => r.pixel),
    optOut: optOutRows(rs),
    timeRange: from <= to ? { from, to } : null,
  };
}
