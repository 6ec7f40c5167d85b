// What a site declares, gathered in the background: its policy page (found
// from the page's links, fetched, read), its CMP's declaration (read by the
// main-world script), the user's own corrections; and the user's consent over
// time from the CMP's cookies.
import {
  consentFromCookies,
  sameConsent,
  type ConsentState,
  type NamedCookie,
} from '../core/cmp/index.ts';
import { readCmpReport, type CmpKind } from '../core/cmp-report.ts';
import {
  policyFetchAllowed,
  rankPolicyLinks,
  readGpcJson,
  type PageLink,
} from '../core/discovery/policy-links.ts';
import { siteOf } from '../core/party.ts';
import { readPolicy } from '../core/policy/index.ts';
import type { DeclaredPolicy } from '../core/policy/types.ts';
import type { Category } from '../core/types.ts';

export const CONSENT_COOKIES = new Set([
  'OptanonConsent',
  'OptanonAlertBoxClosed',
  'CookieConsent',
  'euconsent-v2',
]);
/** A cached policy is read again after a week, or on demand. */
export const POLICY_MAX_AGE_MS = 7 * 86_400_000;

export interface Declaration {
  site: string;
  /** 'well-known': the site's /.well-known/gpc.json, not a declaration of cookies. */
  source: DeclaredPolicy['source'] | 'well-known';
  fetchedAt: number;
  url: string | null;
  policy: DeclaredPolicy | null;
  error: string | null;
  why: string | null;
  /** OneTrust group id → category (to read its consent cookie). */
  groups?: Record<string, Category> | null;
  /** What /.well-known/gpc.json says (source 'well-known'). */
  gpc?: { gpc: boolean; lastUpdate: string | null } | null;
}

export interface DeclarationPorts {
  /**
   * GET a page as text (limits, no credentials) for the page that linked it:
   * a redirect away from what that page may have fetched is refused. Throws
   * with a clear message.
   */
  fetchText(
    url: string,
    pageUrl: string,
  ): Promise<{ url: string; text: string; contentType: string | null }>;
  get(site: string, source: Declaration['source']): Promise<Declaration | undefined>;
  forSite(site: string): Promise<Declaration[]>;
  put(d: Declaration): Promise<void>;
  remove(site: string, source: Declaration['source']): Promise<void>;
  /** The consent cookies the browser holds for a site. */
  consentCookies(site: string): Promise<NamedCookie[]>;
  lastConsent(site: string): Promise<ConsentState | null>;
  addConsent(site: string, time: number, state: ConsentState): Promise<void>;
  now(): number;
  onError?(message: string, e: unknown): void;
}

export function createDeclarationService(p: DeclarationPorts) {
  const inflight = new Map<string, Promise<void>>();
  // Consent cookies change together (OptanonConsent + OptanonAlertBoxClosed):
  // read them one after the other per site, or two reads both see "no state
  // yet" and record the same choice twice.
  const consentQueue = new Map<string, Promise<void>>();
  function serially(site: string, job: () => Promise<void>): Promise<void> {
    const next = (consentQueue.get(site) ?? Promise.resolve()).then(job, job);
    consentQueue.set(site, next);
    void next.finally(() => {
      if (consentQueue.get(site) === next) consentQueue.delete(site);
    });
    return next;
  }

  async function fetchPolicy(
    site: string,
    url: string,
    why: string,
    source: 'policy-text' | 'user',
    pageUrl: string = url,
  ): Promise<Declaration> {
    const base = { site, source, fetchedAt: p.now(), url, why };
    try {
      const res = await p.fetchText(url, pageUrl);
      const format = /html/i.test(res.contentType ?? '') ? 'html' : undefined;
      const policy = readPolicy(res.text, { url: res.url, ...(format ? { format } : {}) });
      return { ...base, url: res.url, policy: { ...policy, source }, error: null };
    } catch (e) {
      return { ...base, policy: null, error: (e as Error).message };
    }
  }

  /** The site's GPC support resource, once a week at most (GPC spec 3.4). */
  async function wellKnownGpc(pageUrl: string): Promise<void> {
    const site = siteOf(pageUrl);
    const cached = await p.get(site, 'well-known');
    if (cached && p.now() - cached.fetchedAt < POLICY_MAX_AGE_MS) return;
    const url = `${new URL(pageUrl).origin}/.well-known/gpc.json`;
    const base = {
      site,
      source: 'well-known' as const,
      fetchedAt: p.now(),
      url,
      policy: null,
      why: 'GPC support resource',
    };
    try {
      const res = await p.fetchText(url, pageUrl);
      const r = readGpcJson(res.text);
      await p.put(
        r.ok
          ? { ...base, error: null, gpc: { gpc: r.gpc, lastUpdate: r.lastUpdate } }
          : { ...base, error: r.error, gpc: null },
      );
    } catch (e) {
      await p.put({ ...base, error: (e as Error).message, gpc: null });
    }
  }

  async function discover(pageUrl: string, links: PageLink[]): Promise<void> {
    const site = siteOf(pageUrl);
    await wellKnownGpc(pageUrl).catch((e) => p.onError?.('gpc.json', e));
    const cached = await p.get(site, 'policy-text');
    if (cached && !cached.error && p.now() - cached.fetchedAt < POLICY_MAX_AGE_MS) return;
    const candidates = rankPolicyLinks(links, pageUrl).filter((c) =>
      policyFetchAllowed(c.url, pageUrl),
    );
    let last: Declaration | null = null;
    for (const c of candidates.slice(0, 3)) {
      const d = await fetchPolicy(site, c.url, c.why, 'policy-text', pageUrl);
      last = d;
      // A page that says nothing about cookies is not the policy: try the next link.
      if (d.policy && (d.policy.categories.length || d.policy.technologies.length)) break;
    }
    if (last) await p.put(last);
  }

  /**
   * Reads the site's consent cookies again. `cmp`: the CMP the page just
   * reported, whose banner is there even when no consent cookie is yet.
   */
  async function refreshConsent(
    site: string,
    time: number,
    initial: boolean,
    cmp: ConsentState['cmp'] | null,
  ): Promise<void> {
    const groups = (await p.get(site, 'cmp:onetrust'))?.groups ?? undefined;
    const cookies = await p.consentCookies(site);
    const last = await p.lastConsent(site);
    const fromCookies = consentFromCookies(cookies, groups ? { oneTrustGroups: groups } : {});
    // No readable consent cookie, and no CMP known to be on the site: nothing to say.
    const banner = cmp ?? last?.cmp ?? null;
    if (!fromCookies && !banner) return;
    const state: ConsentState = fromCookies ?? {
      cmp: banner!,
      status: 'none',
      categories: {},
      timestamp: null,
      evidence: 'consent banner present, no consent cookie yet',
      method: 'unknown',
    };
    if (last && sameConsent(last, state)) return;
    // A choice that predates this session (its cookie was already there when
    // the CMP was first seen) held before anything we recorded.
    await p.addConsent(site, initial && !last && state.status !== 'none' ? 0 : time, state);
  }

  return {
    /** From the content script: the page's links. Discovery runs once per site at a time. */
    onLinks(pageUrl: string, links: PageLink[]): Promise<void> {
      const site = siteOf(pageUrl);
      const running = inflight.get(site);
      if (running) return running;
      const job = discover(pageUrl, links)
        .catch((e) => p.onError?.('policy discovery failed', e))
        .finally(() => inflight.delete(site));
      inflight.set(site, job);
      return job;
    },
    async onCmp(
      pageUrl: string,
      cmp: CmpKind,
      json: string,
    ): Promise<{ ok: boolean; error?: string }> {
      const site = siteOf(pageUrl);
      const r = readCmpReport(cmp, json, pageUrl);
      const source = `cmp:${cmp}` as const;
      if (!r.ok) {
        await p.put({
          site,
          source,
          fetchedAt: p.now(),
          url: pageUrl,
          policy: null,
          error: r.error,
          why: 'read from the page',
        });
        return { ok: false, error: r.error };
      }
      await p.put({
        site,
        source,
        fetchedAt: p.now(),
        url: pageUrl,
        policy: r.value.declared,
        error: null,
        why: 'read from the page',
        groups: r.value.groups,
      });
      if (r.value.consent) {
        const last = await p.lastConsent(site);
        if (!last || !sameConsent(last, r.value.consent))
          await p.addConsent(site, p.now(), r.value.consent);
      } else {
        await refreshConsent(site, p.now(), true, cmp);
      }
      return { ok: true };
    },
    /** A consent cookie changed: read the site's consent again. */
    onConsentCookie(domain: string, time: number): Promise<void> {
      const site = siteOf(domain);
      return serially(site, () => refreshConsent(site, time, false, null));
    },
    async usePageAsPolicy(site: string, url: string): Promise<Declaration> {
      const d = await fetchPolicy(site, url, 'chosen by the user', 'user');
      if (!d.error) await p.put(d);
      return d;
    },
    async usePastedText(site: string, text: string): Promise<Declaration> {
      const policy = { ...readPolicy(text, {}), source: 'user' as const };
      const d: Declaration = {
        site,
        source: 'user',
        fetchedAt: p.now(),
        url: null,
        policy,
        error: null,
        why: 'pasted by the user',
      };
      await p.put(d);
      return d;
    },
    /** The user's corrected categories, on top of what was read. */
    async setCategories(
      site: string,
      categories: Category[],
      base: DeclaredPolicy | null,
    ): Promise<Declaration> {
      const empty: DeclaredPolicy = {
        source: 'user',
        url: null,
        categories: [],
        vendors: [],
        cookies: [],
        retention: [],
        technologies: [],
        dnt: 'silent',
        gpc: 'silent',
        evidence: [],
        unmapped: [],
      };
      const policy: DeclaredPolicy = {
        ...(base ?? empty),
        source: 'user',
        categories: [...new Set(categories)],
      };
      const d: Declaration = {
        site,
        source: 'user',
        fetchedAt: p.now(),
        url: base?.url ?? null,
        policy,
        error: null,
        why: 'categories edited by the user',
      };
      await p.put(d);
      return d;
    },
    clearUser: (site: string) => p.remove(site, 'user'),
    /** Read the policy again now (the cached one is kept if the new read fails). */
    async reread(site: string): Promise<Declaration | null> {
      const cached = await p.get(site, 'policy-text');
      if (!cached?.url) return null;
      const d = await fetchPolicy(site, cached.url, cached.why ?? 're-read', 'policy-text');
      if (!d.error) await p.put(d);
      return d;
    },
    forSite: (site: string) => p.forSite(site),
  };
}

export type DeclarationService = ReturnType<typeof createDeclarationService>;
