import {
  AuditDb,
  createConsentStore,
  createDeclarationStore,
  createDexieStore,
  createListSettingsStore,
  createListStore,
  createSettingsStore,
  createSendSignalsStore,
  createSignalsAbPendingStore,
  createSignalsAbStore,
  createSnapshotStore,
  declarationPorts,
  valueHashKey,
} from '../../lib/platform/db.ts';
import { LIST_UPDATE_ALARM, LIST_UPDATE_PERIOD_MINUTES } from '../../lib/core/lists/update.ts';
import {
  createPrivateGuard,
  listDownloader,
  NO_GUARD,
  siteFetcher,
  type DnrApi,
} from '../../lib/platform/private-guard.ts';
import { listenCookies } from '../../lib/platform/cookies.ts';
import { hmacSha256Hex } from '../../lib/platform/crypto.ts';
import { evalSnippets } from '@duckduckgo/autoconsent';
import { AUTOCONSENT_FILES } from '../../lib/core/consent-actions/engine.ts';
import { createAutoconsentDriver, type AutoconsentApis } from '../../lib/platform/autoconsent.ts';
import { listenEngineMessages, listenMessages } from '../../lib/platform/messaging.ts';
import {
  browserDntReader,
  signalApplier,
  type DynamicRulesApi,
  type PrivacyApi,
  type ScriptingApi,
} from '../../lib/platform/send-signals.ts';
import { listenWebRequest, type WebRequestApi } from '../../lib/platform/webrequest.ts';
import { createAuditService } from '../../lib/services/audit.ts';
import { createMessageHandler } from '../../lib/services/background.ts';
import { createBadge } from '../../lib/services/badge.ts';
import { createClassificationService } from '../../lib/services/classification.ts';
import { createConsentActions } from '../../lib/services/consent-actions.ts';
import {
  consentCookiesOf,
  optOutCookiesOf,
  routeCookieObservations,
} from '../../lib/services/consent-cookies.ts';
import { createDeclarationService } from '../../lib/services/declarations.ts';
import { createRecorder, FLUSH_MAX_DELAY_MS, FLUSH_QUIET_MS } from '../../lib/services/recorder.ts';
import { createJournal, newBootId } from '../../lib/services/journal.ts';
import { sessionJournalArea } from '../../lib/platform/journal-area.ts';
import { sessionConsentProgress } from '../../lib/platform/consent-progress.ts';
import { createSignalSender, stampSignals } from '../../lib/services/send-signals.ts';
import { createRetention } from '../../lib/services/retention.ts';
import { createSignalsAb } from '../../lib/services/signals-ab.ts';
import { isSiteCookie } from '../../lib/core/signals/ab-run.ts';
import {
  loadTab,
  siteCookieJar,
  tabStorage,
  type SiteCookiesApi,
  type SiteTabsApi,
} from '../../lib/platform/site-state.ts';

const logError = (message: string, error: unknown) =>
  console.error(`[cookie-audit] ${message}`, error);

// Everything is registered synchronously at top level of main(): an MV3
// service worker that was stopped is restarted by the next event and only
// delivers it to listeners that exist by the end of the first turn.
export default defineBackground(() => {
  const db = new AuditDb();
  // Anything an audit depends on changed: cached audits are stale.
  let generation = 0;
  const bump = () => {
    generation++;
  };
  const store = createDexieStore(db);
  // The extension's own requests never reach the user's network (see private-guard.ts).
  const ownPrefix = browser.runtime.getURL('/');
  const dnr = (browser as unknown as { declarativeNetRequest?: DnrApi }).declarativeNetRequest;
  // The initiator of the extension's own requests is its pages' host: the
  // extension id in Chrome, the moz-extension UUID in Firefox (whose
  // runtime.id, the gecko id "cookie-audit@example.org", is no domain, and
  // Firefox's DNR refuses the whole rule for it).
  const guard = dnr ? createPrivateGuard(dnr, new URL(ownPrefix).hostname) : NO_GUARD;
  guard.ready.catch((e: unknown) => logError('private-network guard', e));
  // The user's "send privacy signals" option, applied again at every start.
  const api = browser as unknown as {
    declarativeNetRequest?: DynamicRulesApi;
    scripting?: ScriptingApi;
    privacy?: PrivacyApi;
  };
  const signals = createSignalSender({
    store: createSendSignalsStore(db),
    apply: signalApplier(api.declarativeNetRequest, api.scripting, new URL(ownPrefix).hostname),
    browserDnt: browserDntReader(api.privacy),
    onError: logError,
  });
  const classification = createClassificationService({
    asset: async (path) => (await fetch(browser.runtime.getURL(path as '/'))).arrayBuffer(),
    lists: createListStore(db),
    settings: createListSettingsStore(db),
    download: listDownloader(guard),
    now: Date.now,
    onChange: bump,
  });
  const abResults = createSignalsAbStore(db);
  /** The site whose cookies the A/B test is clearing or restoring (null: none). */
  let abMuted: readonly string[] | null = null;
  const audit = createAuditService({
    store,
    classification,
    declarations: createDeclarationStore(db),
    consent: createConsentStore(db),
    now: Date.now,
    browserName: navigator.userAgent,
    extensionVersion: browser.runtime.getManifest().version,
    generation: () => generation,
    snapshots: createSnapshotStore(db),
    browserDnt: browserDntReader(api.privacy),
    signalsAb: abResults.get,
    onError: logError,
  });
  const badge = createBadge({
    store,
    audit,
    show: async (tabId, { text, color }) => {
      await browser.action.setBadgeBackgroundColor({ tabId, color });
      await browser.action.setBadgeText({ tabId, text });
    },
    after: (ms, fn) => void setTimeout(fn, ms),
    tabOpen: (tabId) =>
      browser.tabs.get(tabId).then(
        () => true,
        () => false,
      ),
  });
  const hasher = hmacSha256Hex(() => valueHashKey(db));
  const journalArea = __BENCH_VARIANT__ === 'no-journal' ? null : sessionJournalArea();
  const recorder = createRecorder({
    journal: journalArea
      ? createJournal({
          area: journalArea,
          applied: store.appliedChunks,
          bootId: newBootId(Date.now()),
          onError: logError,
        })
      : undefined,
    store,
    sha256: hasher.sha256,
    now: Date.now,
    schedule: (fn, ms) => setTimeout(fn, ms),
    settle: { quietMs: FLUSH_QUIET_MS, maxDelayMs: FLUSH_MAX_DELAY_MS },
    ownOrigins: [new URL(ownPrefix).origin],
    onFlushed: (tabIds) => {
      bump();
      // Nobody may be listening (popup closed): that rejection is expected.
      browser.runtime.sendMessage({ type: 'records-changed', tabIds }).catch(() => {});
      for (const t of tabIds) badge.schedule(t);
    },
    onError: logError,
  });
  // Bench-only builds (scripts/bench-variants.ts) measure parts alone; the
  // constant is '' in the extension, and these branches compile away.
  const webRequest = browser.webRequest as unknown as WebRequestApi;
  if (__BENCH_VARIANT__ === 'empty-listeners') listenWebRequest(webRequest, () => {});
  else if (__BENCH_VARIANT__ !== 'content-scripts') {
    listenWebRequest(webRequest, stampSignals(signals, recorder.observe), {
      extraHeaders: __BENCH_VARIANT__ !== 'no-extra-headers',
    });
  }
  const ports = declarationPorts(db);
  const declarations = createDeclarationService({
    ...ports,
    put: (d) => ports.put(d).then(bump),
    remove: (site, source) => ports.remove(site, source).then(bump),
    addConsent: (host, time, state) => ports.addConsent(host, time, state).then(bump),
    fetchText: siteFetcher(guard),
    consentCookies: consentCookiesOf((site) => browser.cookies.getAll({ domain: site })),
    now: Date.now,
    onError: logError,
  });
  if (__BENCH_VARIANT__ === 'empty-listeners') listenCookies(browser.cookies, Date.now, () => {});
  else if (__BENCH_VARIANT__ !== 'content-scripts') {
    const route = routeCookieObservations({ recorder, declarations, onError: logError });
    listenCookies(browser.cookies, Date.now, (o) => {
      // The A/B test's own clearing and restoring of the site's cookies is no site's doing.
      if (
        abMuted &&
        o.kind === 'cookieChange' &&
        abMuted.some((site) => isSiteCookie(o.domain, o.partitionKey, site))
      )
        return;
      route(o);
    });
  }

  // Warm up now (≈ 10 ms) so the first popup does not wait for it.
  classification.get().catch((e: unknown) => logError('classifier', e));
  const settings = createSettingsStore(db);
  // Values are not kept until the setting says so (events before it is read included).
  settings.get().then(
    (s) => recorder.keepValues(s.keepValues),
    (e: unknown) => logError('settings', e),
  );
  const retention = createRetention({ store, settings, now: Date.now, recorder });
  // The popup's consent actions: DuckDuckGo's autoconsent engine in the tab's frames.
  const engine = createAutoconsentDriver({
    apis: browser as unknown as AutoconsentApis,
    loadRules: async () =>
      (
        await fetch(browser.runtime.getURL(AUTOCONSENT_FILES.rules as '/'))
      ).json() as Promise<unknown>,
    snippets: evalSnippets as unknown as Record<string, () => unknown>,
  });
  const consentActions = createConsentActions({
    engine: engine.run,
    withdrawViaApi: engine.withdrawViaApi,
    reload: engine.reload,
    wait: (ms) => new Promise((r) => setTimeout(r, ms)),
    flush: () => recorder.idle(),
    // Nobody may be listening (popup closed): that rejection is expected.
    publish: (progress) =>
      void browser.runtime.sendMessage({ type: 'consent-progress', progress }).catch(() => {}),
    saved: sessionConsentProgress(),
    onError: logError,
  });
  // The popup's DNT / GPC A/B test: loads in a background tab, the site's state saved and restored.
  const tabsApi = browser as unknown as SiteTabsApi;
  const signalsAb = createSignalsAb({
    page: async (tabId) => (await store.latestPageForTab(tabId)) ?? null,
    cookies: siteCookieJar(browser.cookies as unknown as SiteCookiesApi),
    storage: tabStorage(tabsApi),
    tabs: loadTab(tabsApi),
    signals: signals.override,
    pageReport: (site, pageId) => audit.report(site, { pageIds: [pageId] }),
    save: (site, ab) => abResults.put(site, ab, Date.now()).then(bump),
    wait: (ms) => new Promise((r) => setTimeout(r, ms)),
    flush: () => recorder.idle(),
    mute: (sites) => {
      abMuted = sites;
    },
    // Nobody may be listening (popup closed): that rejection is expected.
    publish: (progress) =>
      void browser.runtime.sendMessage({ type: 'signals-ab-progress', progress }).catch(() => {}),
    pending: createSignalsAbPendingStore(db),
    browserDnt: browserDntReader(api.privacy),
    onError: logError,
  });
  // A test this worker was stopped in the middle of: the user's state back now.
  signalsAb.recover().then(
    (notBack) => {
      if (notBack.length) logError('A/B test: not restored exactly', notBack);
    },
    (e: unknown) => logError('A/B test: restore', e),
  );
  const engineMessages = listenEngineMessages(engine.onMessage, ownPrefix);
  listenMessages(
    createMessageHandler({
      recorder,
      store,
      audit,
      classification,
      declarations,
      settings,
      retention,
      signals,
      hashKeyReplaced: hasher.reset,
      optOutCookies: optOutCookiesOf((site) => browser.cookies.getAll({ domain: site })),
      consentActions,
      signalsAb: { test: signalsAb, stored: abResults.tested },
      now: Date.now,
    }),
    ownPrefix,
    engineMessages,
  );

  // Created once: re-creating it at every worker start would restart its
  // countdown, and a worker rarely lives an hour.
  browser.alarms.get('prune').then(
    (a) => (a ? undefined : browser.alarms.create('prune', { periodInMinutes: 60 })),
    (e: unknown) => logError('alarm', e),
  );
  browser.alarms.get(LIST_UPDATE_ALARM).then(
    (a) =>
      a
        ? undefined
        : browser.alarms.create(LIST_UPDATE_ALARM, {
            periodInMinutes: LIST_UPDATE_PERIOD_MINUTES,
            delayInMinutes: 1,
          }),
    (e: unknown) => logError('alarm', e),
  );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'prune') retention.prune().catch((e: unknown) => logError('prune', e));
    // Each due list is checked with a conditional request; failures stay on the list.
    if (alarm.name === LIST_UPDATE_ALARM) {
      classification.updateDue().catch((e: unknown) => logError('list updates', e));
    }
  });
});
