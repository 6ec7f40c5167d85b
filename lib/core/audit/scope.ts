// Which declarations hold for which pages (SPEC "Discrepancies": a CMP
// declaration applies to the host where the CMP ran; a policy to the site
// that links it). Two hosts of one registrable domain — news.example.com with
// a consent banner, shop.example.com with a policy page — are audited against
// their own declarations, never against a merge of both.
import type { ConsentRecord, DeclarationPart, DeclarationRef } from '../discrepancies/types.ts';
import { hostOf } from '../party.ts';
import type { DeclaredPolicy } from '../policy/types.ts';
import { mergeDeclarations } from './declared.ts';

/** A declaration and the host it was read for. */
export interface ScopedDeclaration {
  policy: DeclaredPolicy;
  /**
   * The host whose pages it applies to: where the CMP ran, the host of the
   * page that linked the policy. null: every page of the site (the user's
   * corrections).
   */
  host: string | null;
}

/** A consent state, kept for the host where its CMP ran (none: every host). */
export type ScopedConsent = ConsentRecord & { host?: string | null };

/** What /.well-known/gpc.json of a host says (and its DNT resources, when they promise). */
export interface WellKnownGpc {
  gpc: boolean;
  url: string;
  /** EFF's dnt-policy.txt or a tracking status "N": the host promises to honour DNT. */
  dnt?: { quote: string; url: string } | null;
}

/** A group of hosts audited together because the same declarations hold for them. */
export interface AuditScope {
  hosts: string[];
  /** The declarations merged (the user's alone when there is one). */
  parts: DeclarationPart[];
  declared: DeclaredPolicy | null;
  /** null: no consent banner ran on these hosts. */
  consent: ConsentRecord[] | null;
  consentBy: DeclarationRef | null;
  wellKnownGpc: WellKnownGpc | null;
}

export const isScoped = (d: DeclaredPolicy | ScopedDeclaration): d is ScopedDeclaration =>
  'policy' in d && 'host' in d;

function urlHost(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function refOf(d: ScopedDeclaration): DeclarationRef {
  return { source: d.policy.source, url: d.policy.url, host: d.host };
}

function scopeFor(
  host: string,
  decls: ScopedDeclaration[],
  consent: ScopedConsent[],
  gpc: (WellKnownGpc & { host: string | null })[],
): AuditScope {
  const applies = decls.filter(
    (d) => d.policy.source !== 'none' && (d.host === null || d.host === host),
  );
  // The user's corrections win outright (mergeDeclarations): only they were checked.
  const user = applies.filter((d) => d.policy.source === 'user');
  const used = user.length ? user : applies;
  const states = consent.filter((c) => !c.host || c.host === host);
  const cmpDecl = applies.find((d) => d.policy.source.startsWith('cmp:'));
  const cmp = states.at(-1)?.cmp;
  const w = gpc.find((g) => g.host === host) ?? gpc.find((g) => g.host === null) ?? null;
  return {
    hosts: [host],
    parts: used.map((d) => ({ ref: refOf(d), policy: d.policy })),
    declared: mergeDeclarations(applies.map((d) => d.policy)),
    consent: states.length
      ? states.map(({ host: _h, ...c }) => c).sort((a, b) => a.time - b.time)
      : null,
    consentBy: states.length
      ? cmpDecl && (!cmp || cmpDecl.policy.source === `cmp:${cmp}`)
        ? refOf(cmpDecl)
        : { source: `cmp:${cmp!}`, url: null, host: states.at(-1)!.host ?? null }
      : null,
    wellKnownGpc: w ? { gpc: w.gpc, url: w.url, ...(w.dnt ? { dnt: w.dnt } : {}) } : null,
  };
}

/**
 * The audit scopes of a site's pages: one per host. Hosts that share
 * everything they are held to — no declaration at all, or only the user's
 * site-wide corrections — are audited together (one finding per subject);
 * a host with a declaration read for it is audited on its own, so that each
 * finding names the reading it used.
 */
export function scopesOf(
  pageUrls: string[],
  declarations: (DeclaredPolicy | ScopedDeclaration)[],
  consent: ScopedConsent[] | null,
  wellKnownGpc: WellKnownGpc | WellKnownGpc[] | null | undefined,
): AuditScope[] {
  // A bare DeclaredPolicy (tests, the bench) applies to every page, as before hosts mattered.
  const decls = declarations.map((d) => (isScoped(d) ? d : { policy: d, host: null }));
  const gpc = (Array.isArray(wellKnownGpc) ? wellKnownGpc : wellKnownGpc ? [wellKnownGpc] : []).map(
    (g) => ({ ...g, host: urlHost(g.url) }),
  );
  const hosts = [...new Set(pageUrls.map(hostOf))];
  if (hosts.length === 0) hosts.push('');
  const groups = new Map<string, AuditScope>();
  for (const host of hosts) {
    const s = scopeFor(host, decls, consent ?? [], gpc);
    const key = JSON.stringify([s.parts, s.consent, s.consentBy, s.wellKnownGpc]);
    const same = groups.get(key);
    if (same) same.hosts.push(host);
    else groups.set(key, s);
  }
  return [...groups.values()];
}
