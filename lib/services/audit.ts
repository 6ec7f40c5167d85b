// Gathers what an audit needs from storage and runs the pure audit.
import { buildAudit, type Audit, type ScopedConsent } from '../core/audit/build.ts';
import { dntClaim, type DntPublished } from '../core/discovery/dnt-resources.ts';
import type { DeclaredPolicy } from '../core/policy/types.ts';
import { buildReport, type Report } from '../core/report.ts';
import { recordsOfPage } from '../core/record/batch.ts';
import { applyAbToFindings, type SignalsAb } from '../core/signals/ab.ts';
import type { RecordSet } from '../core/view.ts';
import { summarizeTab, type TabSummary } from '../core/tab-summary.ts';
import { hostOf } from '../core/party.ts';
import type { PageVisit } from '../core/types.ts';
import type { ClassificationService } from './classification.ts';
import type { RecordStore } from './store.ts';

export interface DeclarationStore {
  /** Every declaration of every host of the site, each with the host it holds for. */
  forSite(site: string): Promise<
    {
      host: string;
      policy: DeclaredPolicy | null;
      source: string;
      url: string | null;
      gpc?: { gpc: boolean; lastUpdate: string | null } | null;
      fetchedAt?: number;
      error?: string | null;
      dntPublished?: DntPublished;
    }[]
  >;
}
export interface ConsentStore {
  /** Every consent state of the site, each with the host its CMP ran on. */
  forSite(site: string): Promise<ScopedConsent[]>;
}

/** What the popup shows first, for one page. */
export interface TabSummaryData {
  summary: TabSummary;
  declared: DeclaredPolicy | null;
  sitePages: number;
}

/** A page's summary as last computed, and the fingerprint of its inputs. */
export interface StoredSnapshot {
  pageId: string;
  fingerprint: string;
  savedAt: number;
  data: TabSummaryData;
}
export interface SnapshotStore {
  get(pageId: string): Promise<StoredSnapshot | undefined>;
  put(s: StoredSnapshot): Promise<void>;
}

export interface AuditServiceDeps {
  store: RecordStore;
  classification: ClassificationService;
  declarations: DeclarationStore;
  consent: ConsentStore;
  now: () => number;
  browserName: string;
  extensionVersion: string;
  /**
   * Changes whenever anything an audit depends on changes (records written,
   * a declaration or consent stored, a list added). Audits are cached per
   * page and generation: the badge's audit serves the popup opened after it.
   */
  generation?: () => number;
  /**
   * Summaries kept across worker restarts: a stopped worker restarted by the
   * popup answers from the last one when nothing changed since, instead of
   * reading and auditing thousands of records again.
   */
  snapshots?: SnapshotStore;
  /** The browser's own Do Not Track setting (reports say it; null: unknown). */
  browserDnt?: () => Promise<boolean | null>;
  /** The site's last DNT / GPC A/B test from the popup (null: none run). */
  signalsAb?: (site: string) => Promise<SignalsAb | null>;
  onError?: (message: string, error: unknown) => void;
}

/** A site's visits "in this session": those within 12 hours of its latest one. */
export const SESSION_SPAN_MS = 12 * 3600_000;

export function createAuditService(deps: AuditServiceDeps) {
  async function sitePages(site: string): Promise<PageVisit[]> {
    const pages = await deps.store.pagesOfSite(site);
    const last = Math.max(...pages.map((p) => p.startedAt));
    return pages.filter((p) => p.startedAt >= last - SESSION_SPAN_MS);
  }

  /** `host`: the host whose declaration is the audit's `declared` (default: the latest page's). */
  async function audit(
    site: string,
    pageIds: string[],
    preRead?: RecordSet,
    host?: string,
    opts: { ab?: boolean } = {},
  ): Promise<Audit & { records: RecordSet; ab: SignalsAb | null }> {
    const [records, classification, decls, consent] = await Promise.all([
      preRead ?? deps.store.readPages(pageIds),
      deps.classification.get(),
      deps.declarations.forSite(site),
      deps.consent.forSite(site),
    ]);
    const signals = {
      dnt: records.pages.some((p) => p.signals?.dnt),
      gpc: records.pages.some((p) => p.signals?.gpc),
    };
    const built = buildAudit(records, {
      site,
      classify: { classifier: classification.classifier, knowledge: classification.knowledge },
      // The user's corrections hold for every host of the site; the rest for their own host.
      declarations: decls.flatMap((d) =>
        d.policy ? [{ policy: d.policy, host: d.source === 'user' ? null : d.host }] : [],
      ),
      consent: consent.length ? consent : null,
      signals,
      wellKnownGpc: decls.flatMap((d) => {
        if (d.source !== 'well-known') return [];
        const dnt = dntClaim(d.dntPublished);
        if (!d.gpc && !dnt) return [];
        const url = d.url ?? `https://${d.host}/.well-known/gpc.json`;
        return [{ gpc: d.gpc?.gpc ?? false, url, ...(dnt ? { dnt } : {}) }];
      }),
      ...(host !== undefined ? { host } : {}),
    });
    // The popup's A/B test holds the dnt-ignored / gpc-ignored findings to
    // what it showed (as the CLI's --signals-ab does); not for one load's own audit.
    const ab = opts.ab === false ? null : ((await deps.signalsAb?.(site)) ?? null);
    const discrepancies = ab
      ? applyAbToFindings(built.discrepancies, ab, host ?? hostOf(ab.url))
      : built.discrepancies;
    return { ...built, discrepancies, records, ab };
  }

  type TabAudit = {
    view: Audit['view'];
    declared: Audit['declared'];
    discrepancies: Audit['discrepancies'];
    /** Pages of the site audited against the same declarations as this one. */
    sitePages: number;
  };
  const cache = new Map<string, Promise<TabAudit>>();

  /**
   * Everything a page's audit depends on: the site's records (counted), its
   * declarations and consent, the lists, and this extension's version.
   */
  async function fingerprint(page: PageVisit, pages: PageVisit[]): Promise<string> {
    const [records, decls, consent, classification] = await Promise.all([
      deps.store.fingerprint(pages.map((p) => p.id)),
      deps.declarations.forSite(page.site),
      deps.consent.forSite(page.site),
      deps.classification.get(),
    ]);
    // Kept whole (a few kilobytes with a policy's quotes): compared, never parsed.
    const ab = (await deps.signalsAb?.(page.site)) ?? null;
    return JSON.stringify([
      deps.extensionVersion,
      page.id,
      records,
      decls,
      consent,
      classification.lists,
      ab,
    ]);
  }

  async function computeTabAudit(page: PageVisit): Promise<TabAudit> {
    const pages = await sitePages(page.site);
    // Taken before reading: a record written meanwhile makes it stale, never
    // the other way round.
    const fp = deps.snapshots ? fingerprint(page, pages) : null;
    const host = hostOf(page.url);
    const siteAudit = await audit(
      page.site,
      pages.map((p) => p.id),
      undefined,
      host,
    );
    // One read of the site's records serves both; a single-page site is
    // audited once.
    const pageAudit =
      pages.length === 1 && pages[0]!.id === page.id
        ? siteAudit
        : await audit(page.site, [page.id], recordsOfPage(siteAudit.records, page.id), host);
    // The page's findings are those of the hosts audited with it, against
    // the same declarations: another host's banner or policy says nothing here.
    const scope = siteAudit.scopes.find((s) => s.hosts.includes(host));
    const inScope = (url: string) => !scope || scope.hosts.includes(hostOf(url));
    const result = {
      view: pageAudit.view,
      declared: siteAudit.declared,
      discrepancies: siteAudit.discrepancies.filter(
        (d) => d.hosts.length === 0 || d.hosts.includes(host),
      ),
      sitePages: pages.filter((p) => inScope(p.url)).length,
    };
    if (fp && deps.snapshots) {
      const snapshots = deps.snapshots;
      void fp
        .then((fingerprint) =>
          snapshots.put({
            pageId: page.id,
            fingerprint,
            savedAt: deps.now(),
            data: summaryOf(result),
          }),
        )
        .catch((e) => deps.onError?.('could not save the summary snapshot', e));
    }
    return result;
  }

  const summaryOf = (a: TabAudit): TabSummaryData => ({
    summary: summarizeTab(a.view, a.discrepancies),
    declared: a.declared,
    sitePages: a.sitePages,
  });

  /** Cached audits are per page and generation. */
  const cacheKey = (page: PageVisit, generation: number) => `${page.id}|${generation}`;

  function tabAudit(page: PageVisit): Promise<TabAudit> {
    if (!deps.generation) return computeTabAudit(page);
    const key = cacheKey(page, deps.generation());
    let hit = cache.get(key);
    if (!hit) {
      hit = computeTabAudit(page);
      cache.set(key, hit);
      hit.catch(() => cache.delete(key));
      // Only the latest generations are worth keeping.
      while (cache.size > 8) cache.delete(cache.keys().next().value!);
    }
    return hit;
  }

  return {
    /** The tab's current page, plus the findings of its whole site. */
    tabAudit,
    /**
     * The popup's first answer: from the audit cached in memory, else from
     * the stored snapshot when nothing changed since it was taken, else
     * computed (and stored).
     */
    async tabSummary(
      page: PageVisit,
    ): Promise<TabSummaryData & { from: 'memory' | 'snapshot' | 'computed' }> {
      const cached = deps.generation ? cache.get(cacheKey(page, deps.generation())) : undefined;
      if (cached) return { ...summaryOf(await cached), from: 'memory' };
      if (deps.snapshots) {
        try {
          const pages = await sitePages(page.site);
          const [fp, snap] = await Promise.all([
            fingerprint(page, pages),
            deps.snapshots.get(page.id),
          ]);
          if (snap && snap.fingerprint === fp) return { ...snap.data, from: 'snapshot' };
        } catch (e) {
          deps.onError?.('could not read the summary snapshot', e);
        }
      }
      return { ...summaryOf(await tabAudit(page)), from: 'computed' };
    },
    /**
     * `values`: include the values themselves (the user opted in to keeping
     * them); `redactQueryStrings`: URL parameter values and fragments left out.
     */
    async report(
      site: string,
      opts: { values?: boolean; redactQueryStrings?: boolean; pageIds?: string[] } = {},
    ): Promise<Report> {
      // `pageIds`: a report of these pages only (each load of the A/B test),
      // without the site's stored A/B result.
      const pageIds = opts.pageIds ?? (await sitePages(site)).map((p) => p.id);
      const a = await audit(site, pageIds, undefined, undefined, {
        ab: opts.pageIds === undefined,
      });
      const classification = await deps.classification.get();
      const consent = await deps.consent.forSite(site);
      const focus = a.scopes.find((s) => s.declared === a.declared) ?? a.scopes[0];
      const wk = (await deps.declarations.forSite(site)).find(
        (d) => d.source === 'well-known' && (!focus || focus.hosts.includes(d.host)),
      );
      return buildReport(a.view, {
        site,
        generatedAt: deps.now(),
        browser: deps.browserName,
        extensionVersion: deps.extensionVersion,
        signals: {
          dnt: a.view.pages.some((p) => p.signals?.dnt),
          gpc: a.view.pages.some((p) => p.signals?.gpc),
        },
        browserDnt: deps.browserDnt ? await deps.browserDnt() : null,
        declared: a.declared,
        scopes: a.scopes,
        discrepancies: a.discrepancies,
        values: opts.values === true,
        redactQueryStrings: opts.redactQueryStrings === true,
        ab: a.ab,
        lists: classification.lists,
        openDataOnly: classification.openDataOnly,
        gpcJson: wk?.gpc ? { ...wk.gpc, url: wk.url } : null,
        published: wk
          ? {
              host: wk.host,
              fetchedAt: wk.fetchedAt ?? deps.now(),
              gpcJson: {
                url: wk.url,
                gpc: wk.gpc?.gpc ?? null,
                lastUpdate: wk.gpc?.lastUpdate ?? null,
                error: wk.gpc ? null : (wk.error ?? null),
              },
              dntPolicy: wk.dntPublished?.dntPolicy ?? null,
              trackingStatus: wk.dntPublished?.trackingStatus ?? null,
            }
          : null,
        consent: consent.map((c) => ({
          host: c.host ?? null,
          time: c.time,
          cmp: c.cmp ?? '',
          status: c.status,
          categories: c.categories as Record<string, boolean>,
        })),
      });
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
