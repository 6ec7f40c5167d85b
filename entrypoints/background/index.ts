import {
  AuditDb,
  createConsentStore,
  createDeclarationStore,
  createDexieStore,
  createListStore,
  createSettingsStore,
  createSnapshotStore,
  declarationPorts,
  valueHashKey,
} from '../../lib/platform/db.ts';
import { fetchText, LIST_LIMITS } from '../../lib/platform/fetch.ts';
import { policyFetchAllowed } from '../../lib/core/discovery/policy-links.ts';
import {
  CONSENT_COOKIES,
  cookieSentTo,
  createDeclarationService,
} from '../../lib/services/declarations.ts';
import { siteOf } from '../../lib/core/party.ts';
import { listenCookies } from '../../lib/platform/cookies.ts';
import { hmacSha256Hex } from '../../lib/platform/crypto.ts';
import { listenWebRequest, type WebRequestApi } from '../../lib/platform/webrequest.ts';
import { createAuditService } from '../../lib/services/audit.ts';
import { createMessageHandler } from '../../lib/services/background.ts';
import { createClassificationService } from '../../lib/services/classification.ts';
import { createRecorder } from '../../lib/services/recorder.ts';
import { createRetention } from '../../lib/services/retention.ts';

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
  const ownPrefix = browser.runtime.getURL('/');
  const recorder = createRecorder({
    store,
    sha256: hmacSha256Hex(valueHashKey(db)),
    now: Date.now,
    schedule: (fn) => setTimeout(fn, 0),
    ownOrigins: [new URL(ownPrefix).origin],
    onFlushed: (tabIds) => {
      bump();
      // Nobody may be listening (popup closed): that rejection is expected.
      browser.runtime.sendMessage({ type: 'records-changed', tabIds }).catch(() => {});
      for (const t of tabIds) scheduleBadge(t);
    },
    onError: (message, error) => console.error(`[cookie-audit] ${message}`, error),
  });
  listenWebRequest(browser.webRequest as unknown as WebRequestApi, recorder.observe);
  const ports = declarationPorts(db);
  const declarations = createDeclarationService({
    ...ports,
    put: (d) => ports.put(d).then(bump),
    remove: (site, source) => ports.remove(site, source).then(bump),
    addConsent: (host, time, state) => ports.addConsent(host, time, state).then(bump),
    fetchText: (url, pageUrl) => fetchText(url, (final) => policyFetchAllowed(final, pageUrl)),
    // The consent cookies a CMP running on this host can read: its own
    // (host-only) and its parent domains', not a sibling host's.
    consentCookies: async (host) =>
      (await browser.cookies.getAll({ domain: siteOf(host) }))
        .filter((c) => CONSENT_COOKIES.has(c.name) && cookieSentTo(c, host))
        .map((c) => ({ name: c.name, value: c.value })),
    now: Date.now,
    onError: (m, e) => console.error(`[cookie-audit] ${m}`, e),
  });
  listenCookies(browser.cookies, Date.now, (o) => {
    recorder.observe(o);
    // The CMP's consent cookie changed: the user chose (or the CMP reset).
    if (o.kind === 'cookieChange' && !o.removed && CONSENT_COOKIES.has(o.name)) {
      void declarations
        .onConsentCookie(o.domain, o.time)
        .catch((e) => console.error('[cookie-audit] consent', e));
    }
  });

  const classification = createClassificationService({
    asset: async (path) => (await fetch(browser.runtime.getURL(path as '/'))).arrayBuffer(),
    lists: createListStore(db),
    now: Date.now,
    onChange: bump,
  });
  // Warm up now (≈ 10 ms) so the first popup does not wait for it.
  classification.get().catch((e) => console.error('[cookie-audit] classifier', e));
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
    onError: (m, e) => console.error(`[cookie-audit] ${m}`, e),
  });
  const settings = createSettingsStore(db);
  // Values are not kept until the setting says so (events before it is read included).
  void settings.get().then(
    (s) => recorder.keepValues(s.keepValues),
    (e) => console.error('[cookie-audit] settings', e),
  );
  const retention = createRetention({ store, settings, now: Date.now });
  const handle = createMessageHandler({
    recorder,
    store,
    audit,
    classification,
    declarations,
    settings,
    retention,
    fetchList: async (url) => (await fetchText(url, () => true, LIST_LIMITS)).text,
    now: Date.now,
  });
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if ((msg as { type?: string })?.type === 'records-changed') return undefined;
    return handle(msg, {
      tabId: sender.tab?.id,
      frameId: sender.frameId,
      url: sender.url,
      // Chrome 106+; not in the polyfill's types.
      documentId: (sender as { documentId?: string }).documentId,
      // The extension's own pages (popup, or popup.html opened in a tab by the CLI).
      fromExtensionPage: (sender.url ?? '').startsWith(ownPrefix),
    });
  });

  // Toolbar badge: the number of high-severity findings of the tab's site.
  // Recomputed at most every few seconds per tab and one at a time, so that a
  // busy page does not keep the worker auditing instead of recording.
  const badgeTimers = new Map<number, ReturnType<typeof setTimeout>>();
  let badgeRunning: Promise<void> = Promise.resolve();
  function scheduleBadge(tabId: number) {
    if (tabId < 0 || badgeTimers.has(tabId)) return;
    badgeTimers.set(
      tabId,
      setTimeout(() => {
        badgeTimers.delete(tabId);
        badgeRunning = badgeRunning.then(() => updateBadge(tabId));
      }, 4000),
    );
  }
  async function updateBadge(tabId: number) {
    try {
      const page = await store.latestPageForTab(tabId);
      if (!page) return;
      const a = await audit.tabAudit(page);
      // A finding to check against the policy is not (yet) an accusation.
      const high = a.discrepancies.filter((d) => d.severity === 'high' && !d.checkPolicy).length;
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
      await browser.action.setBadgeText({ tabId, text: high ? String(high) : '' });
    } catch {
      // the tab was closed meanwhile
    }
  }

  // Created once: re-creating it at every worker start would restart its
  // countdown, and a worker rarely lives an hour.
  void browser.alarms.get('prune').then((a) => {
    if (!a) void browser.alarms.create('prune', { periodInMinutes: 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'prune')
      retention.prune().catch((e) => console.error('[cookie-audit] prune', e));
  });
});
