// Records of a site's visits + its declarations + consent → the classified
// view and its discrepancies. Pure: the background and tests call it alike.
import type { CookieDeclaration } from '../classify/index.ts';
import {
  declaredNameMatches,
  findDiscrepancies,
  type ConsentRecord,
  type Discrepancy,
} from '../discrepancies/index.ts';
import type { DeclaredPolicy } from '../policy/types.ts';
import { buildView, type RecordSet } from '../view.ts';
import { classifyView, type ClassifiedView, type ClassifyDeps } from './classify-view.ts';
import { mergeDeclarations } from './declared.ts';

export interface AuditContext {
  site: string;
  classify: Omit<ClassifyDeps, 'declared'>;
  declarations: DeclaredPolicy[];
  /** null when no CMP was seen on the site. */
  consent: ConsentRecord[] | null;
  signals: { dnt: boolean; gpc: boolean };
  /** What the site publishes about GPC (/.well-known/gpc.json), when fetched. */
  wellKnownGpc?: { gpc: boolean; url: string } | null;
}

export interface Audit {
  view: ClassifiedView;
  declared: DeclaredPolicy | null;
  discrepancies: Discrepancy[];
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

function honours(d: DeclaredPolicy | null, f: 'dnt' | 'gpc') {
  if (!d || d[f] !== 'honors') return null;
  const quote = d.evidence.find((e) => e.field === f)?.quote ?? `${d.source}: ${f} honoured`;
  return { honors: true, quote };
}

export function buildAudit(records: RecordSet, ctx: AuditContext): Audit {
  const declared = mergeDeclarations(ctx.declarations);
  const declaredLookup = cmpCookieLookup(declared);
  const view = classifyView(buildView(records), {
    ...ctx.classify,
    ...(declaredLookup ? { declared: declaredLookup } : {}),
  });
  const gpcFromWellKnown = ctx.wellKnownGpc?.gpc
    ? { honors: true, quote: `${ctx.wellKnownGpc.url}: {"gpc": true}` }
    : null;
  const discrepancies = findDiscrepancies({
    site: ctx.site,
    declared,
    cookies: view.cookies.map((c) => ({
      ...c,
      // Hold the cookie to what it is known to be; a CMP's word is kept apart.
      category: c.knownCategory ?? c.category,
    })),
    requests: view.requests.map((r) => ({
      ...r,
      category: r.tracker?.category ?? 'unknown',
      vendor: r.tracker?.vendor ?? null,
      rule: r.tracker?.rule ?? null,
      tracker: r.tracker !== null,
    })),
    storage: view.storage,
    consent: ctx.consent,
    signals: {
      dntSent: ctx.signals.dnt,
      gpcSent: ctx.signals.gpc,
      siteHonorsDnt: honours(declared, 'dnt'),
      siteHonorsGpc: honours(declared, 'gpc') ?? gpcFromWellKnown,
      pagesWith: {
        dnt: view.pages.filter((p) => p.signals?.dnt).map((p) => p.url),
        gpc: view.pages.filter((p) => p.signals?.gpc).map((p) => p.url),
      },
    },
  });
  return { view, declared, discrepancies };
}
