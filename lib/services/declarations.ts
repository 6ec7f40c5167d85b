// What a site declares, gathered in the background: its policy page (found
// from the page's links, fetched, read), its CMP's declaration (read by the
// main-world script), the user's own corrections; and the user's consent over
// time from the CMP's cookies.
//
// Each is kept for the host it belongs to (SPEC "Discrepancies"): a CMP's
// declaration and the consent given through it for the host where the CMP
// ran, a policy for the host of the page that linked it, gpc.json for the
// host that serves it. Two hosts of one registrable domain (news.example.com
// with a banner, shop.example.com with a policy) keep theirs apart. The
// user's corrections are the exception: they are made in the popup for the
// site it names, and apply to every host of it.
import {
  confirmApiConsent,
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
import {
  readDntPolicy,
  readTrackingStatus,
  type DntPublished,
} from '../core/discovery/dnt-resources.ts';
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
  /**
   * The host whose pages it applies to: where the CMP ran, the host of the
   * page that linked the policy, the host serving gpc.json. The user's
   * corrections apply to the whole site: their host is the site itself.
   */
  host: string;
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
  /** What the host publishes about DNT (source 'well-known'), read with gpc.json. */
  dntPublished?: DntPublished;
  /** policy-text: the page whose link led to the policy. */
  linkedFrom?: string | null;
}

/** The host of a page URL, or null when it has none. */
export function hostOfUrl(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The user's corrections hold for every host of their site. */
export const appliesSiteWide = (d: Pick<Declaration, 'source'>) => d.source === 'user';

/** Whether a stored declaration holds for the pages of a host. */
export const appliesTo = (d: Pick<Declaration, 'source' | 'host' | 'site'>, host: string) =>
  appliesSiteWide(d) ? d.site === siteOf(host) : d.host === host;

/** A cookie of this domain (no leading dot) may be sent to this host. */
const domainMatches = (host: string, domain: string) =>
  host === domain || host.endsWith(`.${domain}`);

/** Whether the browser sends this cookie to this host (RFC 6265 5.1.3 domain matching). */
export function cookieSentTo(c: { domain: string; hostOnly?: boolean }, host: string): boolean {
  const d = c.domain.replace(/^\./, '').toLowerCase();
  return c.hostOnly ? d === host : domainMatches(host, d);
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
  /** By the host it applies to (the site itself for the user's corrections). */
  get(host: string, source: Declaration['source']): Promise<Declaration | undefined>;
  /** Every declaration of every host of a site. */
  forSite(site: string): Promise<Declaration[]>;
  put(d: Declaration): Promise<void>;
  remove(host: string, source: Declaration['source']): Promise<void>;
  /** The consent cookies the browser would send to a host. */
  consentCookies(host: string): Promise<NamedCookie[]>;
  /** Consent is kept per host where the CMP ran. */
  lastConsent(host: string): Promise<ConsentState | null>;
  addConsent(host: string, time: number, state: ConsentState): Promise<void>;
  /**
   * The host of the site's latest page visit started by `time`: the page
   * that most likely wrote a consent cookie when no CMP is known yet.
   */
  latestHost?(site: string, time: number): Promise<string | null>;
  now(): number;
  onError?(message: string, e: unknown): void;
}

export function createDeclarationService(p: DeclarationPorts) {
  const inflight = new Map<string, Promise<void>>();
  // Consent cookies change together (OptanonConsent + OptanonAlertBoxClosed):
  // read them one after the other per host, or two reads both see "no state
  // yet" and record the same choice twice.
  const consentQueue = new Map<string, Promise<void>>();
  function serially(host: string, job: () => Promise<void>): Promise<void> {
    const next = (consentQueue.get(host) ?? Promise.resolve()).then(job, job);
    consentQueue.set(host, next);
    void next.finally(() => {
      if (consentQueue.get(host) === next) consentQueue.delete(host);
    });
    return next;
  }

  async function fetchPolicy(
    at: { site: string; host: string },
    url: string,
    why: string,
    source: 'policy-text' | 'user',
    pageUrl: string = url,
  ): Promise<Declaration> {
    const base = {
      site: at.site,
      host: at.host,
      source,
      fetchedAt: p.now(),
      url,
      why,
      ...(source === 'policy-text' ? { linkedFrom: pageUrl } : {}),
    };
    try {
      const res = await p.fetchText(url, pageUrl);
      const format = /html/i.test(res.contentType ?? '') ? 'html' : undefined;
      const policy = readPolicy(res.text, { url: res.url, ...(format ? { format } : {}) });
      return { ...base, url: res.url, policy: { ...policy, source }, error: null };
    } catch (e) {
      return { ...base, policy: null, error: (e as Error).message };
    }
  }

  /** gpc.json: what it says, or why it says nothing. */
  async function readGpc(
    url: string,
    pageUrl: string,
  ): Promise<Pick<Declaration, 'gpc' | 'error'>> {
    try {
      const r = readGpcJson((await p.fetchText(url, pageUrl)).text);
      return r.ok
        ? { error: null, gpc: { gpc: r.gpc, lastUpdate: r.lastUpdate } }
        : { error: r.error, gpc: null };
    } catch (e) {
      return { error: (e as Error).message, gpc: null };
    }
  }

  async function readDnt(origin: string, pageUrl: string): Promise<DntPublished> {
    const policyUrl = `${origin}/.well-known/dnt-policy.txt`;
    const statusUrl = `${origin}/.well-known/dnt/`;
    const [policy, status] = await Promise.all([
      p.fetchText(policyUrl, pageUrl).then(
        (res) => readDntPolicy(res.text, res.contentType),
        (e: Error) => ({ ok: false as const, error: e.message }),
      ),
      p.fetchText(statusUrl, pageUrl).then(
        (res) => readTrackingStatus(res.text),
        (e: Error) => ({ ok: false as const, error: e.message }),
      ),
    ]);
    return {
      dntPolicy: policy.ok
        ? {
            url: policyUrl,
            version: policy.version,
            recognised: policy.recognised,
            note: policy.note,
            error: null,
          }
        : { url: policyUrl, version: null, recognised: false, note: null, error: policy.error },
      trackingStatus: status.ok
        ? { url: statusUrl, status: status.status, error: null }
        : { url: statusUrl, status: null, error: status.error },
    };
  }

  /**
   * The host's well-known privacy resources, once a week at most (GPC spec
   * 3.4 and TPE 6.5: per origin): gpc.json, EFF's dnt-policy.txt and the
   * tracking status resource /.well-known/dnt/.
   */
  async function wellKnown(pageUrl: string, host: string): Promise<void> {
    const site = siteOf(pageUrl);
    const cached = await p.get(host, 'well-known');
    if (cached && cached.dntPublished && p.now() - cached.fetchedAt < POLICY_MAX_AGE_MS) return;
    const origin = new URL(pageUrl).origin;
    const url = `${origin}/.well-known/gpc.json`;
    const [gpc, dntPublished] = await Promise.all([
      readGpc(url, pageUrl),
      readDnt(origin, pageUrl),
    ]);
    await p.put({
      site,
      host,
      source: 'well-known',
      fetchedAt: p.now(),
      url,
      policy: null,
      why: 'GPC and DNT resources',
      ...gpc,
      dntPublished,
    });
  }

  /** The policy linked from a page is the policy of that page's host. */
  async function discover(pageUrl: string, host: string, links: PageLink[]): Promise<void> {
    const site = siteOf(pageUrl);
    await wellKnown(pageUrl, host).catch((e) => p.onError?.('well-known resources', e));
    const cached = await p.get(host, 'policy-text');
    if (cached && !cached.error && p.now() - cached.fetchedAt < POLICY_MAX_AGE_MS) return;
    const candidates = rankPolicyLinks(links, pageUrl).filter((c) =>
      policyFetchAllowed(c.url, pageUrl),
    );
    let last: Declaration | null = null;
    for (const c of candidates.slice(0, 3)) {
      const d = await fetchPolicy({ site, host }, c.url, c.why, 'policy-text', pageUrl);
      last = d;
      // A page that says nothing about cookies is not the policy: try the next link.
      if (d.policy && (d.policy.categories.length || d.policy.technologies.length)) break;
    }
    if (last) await p.put(last);
  }

  /**
   * Reads the consent cookies of a host where a CMP ran again. `cmp`: the
   * CMP the page just reported, whose banner is there even when no consent
   * cookie is yet.
   */
  async function refreshConsent(
    host: string,
    time: number,
    initial: boolean,
    cmp: ConsentState['cmp'] | null,
  ): Promise<void> {
    const groups = (await p.get(host, 'cmp:onetrust'))?.groups ?? undefined;
    const cookies = await p.consentCookies(host);
    const last = await p.lastConsent(host);
    const fromCookies = consentFromCookies(cookies, groups ? { oneTrustGroups: groups } : {});
    // No readable consent cookie, and no CMP known to be on the host: nothing to say.
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
    await p.addConsent(host, initial && !last && state.status !== 'none' ? 0 : time, state);
  }

  /**
   * The hosts a changed consent cookie speaks for: those of the site where a
   * CMP ran and to which the cookie is sent. None known yet (the CMP reports
   * after the load): the host of the site's page being visited.
   */
  async function consentHosts(domain: string, time: number): Promise<string[]> {
    const site = siteOf(domain);
    const d = domain.replace(/^\./, '').toLowerCase();
    const cmpHosts = (await p.forSite(site))
      .filter((x) => x.source.startsWith('cmp:') && domainMatches(x.host, d))
      .map((x) => x.host);
    if (cmpHosts.length) return [...new Set(cmpHosts)];
    const latest = (await p.latestHost?.(site, time)) ?? null;
    return latest && domainMatches(latest, d) ? [latest] : [];
  }

  return {
    /** From the content script: the page's links. Discovery runs once per host at a time. */
    onLinks(pageUrl: string, links: PageLink[]): Promise<void> {
      const host = hostOfUrl(pageUrl);
      if (!host) return Promise.resolve();
      const running = inflight.get(host);
      if (running) return running;
      const job = discover(pageUrl, host, links)
        .catch((e) => p.onError?.('policy discovery failed', e))
        .finally(() => inflight.delete(host));
      inflight.set(host, job);
      return job;
    },
    async onCmp(
      pageUrl: string,
      cmp: CmpKind,
      json: string,
    ): Promise<{ ok: boolean; error?: string }> {
      const site = siteOf(pageUrl);
      const host = hostOfUrl(pageUrl);
      if (!host) return { ok: false, error: 'a CMP report needs the page it ran on' };
      const r = readCmpReport(cmp, json, pageUrl);
      const source = `cmp:${cmp}` as const;
      if (!r.ok) {
        await p.put({
          site,
          host,
          source,
          fetchedAt: p.now(),
          url: pageUrl,
          policy: null,
          error: r.error,
          why: 'read from the page',
        });
        return { ok: false, error: r.error };
      }
      // A choice the page's API reports enters the timeline only where the
      // CMP's cookie records it too (confirmApiConsent): otherwise the
      // cookies speak, and the declaration says why the API was not believed.
      const reported = r.value.consent;
      const check = reported ? confirmApiConsent(reported, await p.consentCookies(host)) : null;
      const consent = check?.accept ? reported : null;
      await p.put({
        site,
        host,
        source,
        fetchedAt: p.now(),
        url: pageUrl,
        policy: r.value.declared,
        error: null,
        why: check && !check.accept ? `read from the page; ${check.why}` : 'read from the page',
        groups: r.value.groups,
      });
      await serially(host, async () => {
        if (consent) {
          const last = await p.lastConsent(host);
          if (!last || !sameConsent(last, consent)) await p.addConsent(host, p.now(), consent);
        } else {
          await refreshConsent(host, p.now(), true, cmp);
        }
      });
      return { ok: true };
    },
    /** A consent cookie changed: read the consent of the hosts it speaks for again. */
    async onConsentCookie(domain: string, time: number): Promise<void> {
      const hosts = await consentHosts(domain, time);
      await Promise.all(
        hosts.map((host) => serially(host, () => refreshConsent(host, time, false, null))),
      );
    },
    async usePageAsPolicy(site: string, url: string): Promise<Declaration> {
      const d = await fetchPolicy({ site, host: site }, url, 'chosen by the user', 'user');
      if (!d.error) await p.put(d);
      return d;
    },
    async usePastedText(site: string, text: string): Promise<Declaration> {
      const policy = { ...readPolicy(text, {}), source: 'user' as const };
      const d: Declaration = {
        site,
        host: site,
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
        // The user has said which categories are declared: nothing about
        // them is left unread, so no finding built on them is uncertain.
        unmapped: [],
      };
      const d: Declaration = {
        site,
        host: site,
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
    clearUser: (site: string) => p.remove(siteOf(site), 'user'),
    /** Read the policy of a host again now (the cached one is kept if the new read fails). */
    async reread(host: string): Promise<Declaration | null> {
      const cached = await p.get(host, 'policy-text');
      if (!cached?.url) return null;
      const d = await fetchPolicy(
        { site: cached.site, host: cached.host },
        cached.url,
        cached.why ?? 're-read',
        'policy-text',
        cached.linkedFrom ?? cached.url,
      );
      if (!d.error) await p.put(d);
      return d;
    },
    forSite: (site: string) => p.forSite(site),
    /** The declarations that hold for the pages of a host (its own, and the user's for its site). */
    async forHost(host: string): Promise<Declaration[]> {
      return (await p.forSite(siteOf(host))).filter((d) => appliesTo(d, host));
    },
  };
}

export type DeclarationService = ReturnType<typeof createDeclarationService>;
