// Records of a site's visits + its declarations + consent → the classified
// view and its discrepancies. Pure: the background and tests call it alike.
import type { CookieDeclaration } from '../classify/index.ts';
import {
  declaredNameMatches,
  findDiscrepancies,
  sortBySeverity,
  type Discrepancy,
  type SignalStatement,
} from '../discrepancies/index.ts';
import { groupBy } from '../group.ts';
import { hostOf } from '../party.ts';
import type { DeclaredPolicy } from '../policy/types.ts';
import { buildView, type RecordSet } from '../view.ts';
import { classifyView, type ClassifiedView, type ClassifyDeps } from './classify-view.ts';
import {
  scopesOf,
  type AuditScope,
  type ScopedConsent,
  type ScopedDeclaration,
  type WellKnownGpc,
} from './scope.ts';

export type { AuditScope, ScopedConsent, ScopedDeclaration, WellKnownGpc };

export interface AuditContext {
  site: string;
  classify: Omit<ClassifyDeps, 'declared'>;
  /**
   * The site's declarations, each with the host it was read for; a bare
   * DeclaredPolicy applies to every page of the site.
   */
  declarations: (DeclaredPolicy | ScopedDeclaration)[];
  /** Consent states, each for the host its CMP ran on; null or [] when no CMP was seen. */
  consent: ScopedConsent[] | null;
  signals: { dnt: boolean; gpc: boolean };
  /** What the site publishes about GPC (/.well-known/gpc.json, per host), when fetched. */
  wellKnownGpc?: WellKnownGpc | WellKnownGpc[] | null;
  /** The host whose declaration is the audit's `declared` (default: the latest page's). */
  host?: string;
}

export interface Audit {
  view: ClassifiedView;
  /** The declaration in force on `host` (or the latest page's host). */
  declared: DeclaredPolicy | null;
  discrepancies: Discrepancy[];
  /** Every group of hosts audited against the same declarations. */
  scopes: AuditScope[];
}

export function cmpCookieLookup(
  declared: DeclaredPolicy | null,
): ((name: string, domain: string) => CookieDeclaration | null) | undefined {
  if (!declared || declared.cookies.length === 0) return undefined;
  return (name, domain) => {
    const d = declared.cookies.find(
      (c) =>
        declaredNameMatches(c.name, name) &&
        (!c.domain || domain.endsWith(c.domain.replace(/^\./, '')) || c.domain.endsWith(domain)),
    );
    return d ? { category: d.category, maxDays: d.maxDays, source: declared.source } : null;
  };
}

function honours(scope: AuditScope, f: 'dnt' | 'gpc'): SignalStatement | null {
  const d = scope.declared;
  if (d && d[f] === 'honors') {
    const quote = d.evidence.find((e) => e.field === f)?.quote ?? `${d.source}: ${f} honoured`;
    const by = scope.parts.find((p) => p.policy[f] === 'honors')?.ref;
    return { honors: true, quote, ...(by ? { by } : {}) };
  }
  const w = scope.wellKnownGpc;
  if (f === 'dnt' && w?.dnt) {
    return {
      honors: true,
      quote: w.dnt.quote,
      by: { source: 'well-known', url: w.dnt.url, host: scope.hosts[0] ?? null },
    };
  }
  if (f === 'gpc' && w?.gpc) {
    return {
      honors: true,
      quote: `${w.url}: {"gpc": true}`,
      by: { source: 'well-known', url: w.url, host: scope.hosts[0] ?? null },
    };
  }
  return null;
}

export function buildAudit(records: RecordSet, ctx: AuditContext): Audit {
  const scopes = scopesOf(
    records.pages.map((p) => p.url),
    ctx.declarations,
    ctx.consent,
    ctx.wellKnownGpc,
  );
  const scopeOfHost = new Map(scopes.flatMap((s) => s.hosts.map((h) => [h, s] as const)));
  const latest = [...records.pages].sort((a, b) => b.startedAt - a.startedAt)[0];
  const focus = scopeOfHost.get(ctx.host ?? hostOf(latest?.url ?? '')) ?? scopes[0]!;
  // Rows of a page whose host is unknown (none in practice) go with the focus.
  const scopeOf = (pageUrl: string) => scopeOfHost.get(hostOf(pageUrl)) ?? focus;
  // A cookie is classified by the CMP declaration of its own page's host.
  const lookups = new Map(scopes.map((s) => [s, cmpCookieLookup(s.declared)]));
  const anyLookup = [...lookups.values()].some(Boolean);
  const view = classifyView(buildView(records), {
    ...ctx.classify,
    ...(anyLookup
      ? {
          declared: (name: string, domain: string, page?: string) =>
            lookups.get(page === undefined ? focus : scopeOf(page))?.(name, domain) ?? null,
        }
      : {}),
  });
  // When the browser removed each cookie (not an overwrite by a new value):
  // what after-revocation asks of a cookie set under an acceptance.
  const removals = groupBy(
    records.cookieChanges.filter((ch) => ch.removed && ch.cause !== 'overwrite'),
    (ch) => `${ch.name}\u0000${ch.domain}\u0000${ch.path}`,
  );
  const removedAt = (c: { name: string; domain: string; path: string; firstSeen: number }) =>
    (removals.get(`${c.name}\u0000${c.domain}\u0000${c.path}`) ?? [])
      .map((ch) => ch.time)
      .filter((t) => t >= c.firstSeen)
      .reduce<number | null>((a, t) => (a === null || t < a ? t : a), null);
  const cookies = view.cookies.map((c) => ({
    ...c,
    removedAt: removedAt(c),
    // Hold the cookie to what it is known to be; a CMP's word is kept apart.
    category: c.knownCategory ?? c.category,
  }));
  const requests = view.requests.map((r) => ({
    ...r,
    category: r.tracker?.category ?? ('unknown' as const),
    vendor: r.tracker?.vendor ?? null,
    rule: r.tracker?.rule ?? null,
    ...(r.tracker?.correction ? { correction: r.tracker.correction } : {}),
    tracker: r.tracker !== null,
  }));
  const found = scopes.flatMap((scope) => {
    const mine = <T extends { page: string }>(xs: T[]) =>
      xs.filter((x) => scopeOf(x.page) === scope);
    const pages = view.pages.filter((p) => scopeOf(p.url) === scope);
    return findDiscrepancies({
      site: ctx.site,
      declared: scope.declared,
      parts: scope.parts,
      hosts: scope.hosts.filter(Boolean),
      consentBy: scope.consentBy,
      cookies: mine(cookies),
      requests: mine(requests),
      storage: mine(view.storage),
      consent: scope.consent,
      signals: {
        dntSent: ctx.signals.dnt,
        gpcSent: ctx.signals.gpc,
        siteHonorsDnt: honours(scope, 'dnt'),
        siteHonorsGpc: honours(scope, 'gpc'),
        pagesWith: {
          dnt: pages.filter((p) => p.signals?.dnt).map((p) => p.url),
          gpc: pages.filter((p) => p.signals?.gpc).map((p) => p.url),
        },
      },
    });
  });
  return { view, declared: focus.declared, discrepancies: sortBySeverity(found), scopes };
}
