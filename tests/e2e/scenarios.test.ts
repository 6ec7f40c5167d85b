// Each demo scenario site (cli/demo-site/scenarios.json) is audited in real
// Chromium: its policy is discovered and read, its CMP declaration and the
// consent changes are read, and exactly the expected findings come out —
// none on the clean site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForNetworkIdle } from '../../cli/browser.ts';
import {
  expectedCheckPolicy,
  fillOrigins,
  loadScenarioTruth,
  type ScenarioTruth,
} from '../../cli/demo-site/scenario-truth.ts';
import type { Report } from '../../lib/core/report.ts';
import type { Page } from 'playwright-core';
import { axeViolations } from './a11y.ts';
import { startHarness, type Harness } from './harness.ts';

const scenarios = loadScenarioTruth();
const plain = Object.entries(scenarios).filter(([, s]) => !s.signals);
const withSignals = Object.entries(scenarios).filter(([, s]) => s.signals);

async function runSteps(h: Harness, s: ScenarioTruth) {
  const page = await h.browser.context.newPage();
  for (const step of s.steps) {
    const [verb, arg] = [step.split(' ')[0], step.slice(step.indexOf(' ') + 1)];
    if (verb === 'load')
      await page.goto(
        fillOrigins(s.home, (x) => h.demo.origin(x)),
        { waitUntil: 'load' },
      );
    else if (verb === 'wait') await page.waitForTimeout(Number(arg));
    else if (verb === 'click') await page.click(arg);
    else throw new Error(`unknown step ${step}`);
  }
  await waitForNetworkIdle(page);
  await h.browser.send({ type: 'flush' });
  return page;
}

const pairs = (r: Report) =>
  (r.discrepancies ?? []).map((d) => [d.kind, d.subject] as [string, string]).sort();

/** Policy fetching and CMP reading finish after the load: poll the report until it settles. */
async function settledReport(h: Harness, site: string, s: ScenarioTruth): Promise<Report> {
  const expected = [...s.findings].sort();
  const deadline = Date.now() + 15_000;
  let last: Report | null = null;
  for (;;) {
    const res = await h.browser.send<{ ok: boolean; report: Report }>({ type: 'get-report', site });
    last = res.report;
    const declaredReady =
      (!s.declared.policy || last.declared?.evidence.length) &&
      (!s.cmp || (last.declared?.cookies.length ?? 0) > 0) &&
      (!s.declared.wellKnownGpc || last.dnt.gpcJson);
    if (declaredReady && JSON.stringify(pairs(last)) === JSON.stringify(expected)) return last;
    if (Date.now() > deadline) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
}

function checkScenario(site: string, s: ScenarioTruth, get: () => Harness) {
  it(`${site}: ${s.findings.length ? s.findings.map((f) => f.join('/')).join(', ') : 'no finding'}`, async () => {
    const h = get();
    const page = await runSteps(h, s);
    const report = await settledReport(h, site, s);
    await page.close();
    if (process.env.DEBUG_SCENARIO) console.log(site, JSON.stringify(report.consent));
    expect(pairs(report)).toEqual([...s.findings].sort());
    // Where the declaration came from.
    const expectedSource = s.declared.policy
      ? 'policy-text'
      : s.declared.cmp
        ? 'cmp:onetrust'
        : null;
    expect(report.declared?.source ?? null).toBe(expectedSource);
    if (s.declared.policy) {
      const policyUrl = fillOrigins(s.policy!, (x) => h.demo.origin(x));
      expect(report.declared!.url).toBe(policyUrl);
      for (const c of s.declared.policy.categories)
        expect(report.declared!.categories).toContain(c);
      // The sentences the reader could not map, as read from the fetched page:
      // only where the truth writes some down (kind-check-policy.test), and
      // then every finding rests on that policy's silence…
      const unmapped = s.declared.policy.unmapped ?? [];
      expect([report.declared!.unmapped, report.declared!.unmappedCount]).toEqual([
        unmapped,
        unmapped.length,
      ]);
      // …and the categories it names without declaring them (the same site).
      const mentioned = s.declared.policy.mentioned ?? [];
      expect(report.declared!.mentioned ?? []).toEqual(mentioned);
      const check = (kind: string, subject: string) =>
        expectedCheckPolicy(s, kind, subject, policyUrl);
      expect(
        (report.discrepancies ?? [])
          .map((d) => [`${d.kind} ${d.subject}`, d.checkPolicy ?? null])
          .sort(),
      ).toEqual([...s.findings].sort().map(([k, sub]) => [`${k} ${sub}`, check(k, sub)]));
    }
    if (s.declared.wellKnownGpc) {
      expect(report.dnt.gpcJson).toMatchObject({ gpc: s.declared.wellKnownGpc.gpc });
    }
    // What the host publishes about DNT, read from its well-known resources and headers.
    const pub = report.dnt.published;
    const want = s.declared.publishedDnt;
    expect([
      pub.dntPolicy?.recognised ? pub.dntPolicy.version : null,
      pub.trackingStatus?.status?.tracking ?? null,
      pub.tk.map((t) => t.value).join(',') || null,
    ]).toEqual(want ? [want.dntPolicyVersion, want.trackingStatus, want.tk] : [null, null, null]);
    if (s.consent?.length) {
      expect((report.consent ?? []).map((c) => c.status)).toEqual(s.consent.map((c) => c.status));
    }
    // Every finding carries evidence a user can check.
    for (const d of report.discrepancies ?? []) {
      if (d.kind === 'no-declaration') continue;
      const n = d.evidence.cookies.length + d.evidence.requests.length + d.evidence.storage.length;
      expect(n + (d.evidence.quote ? 1 : 0), `${d.kind} ${d.subject}`).toBeGreaterThan(0);
    }
  });
}

describe('discrepancy scenarios', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  for (const [site, s] of plain) checkScenario(site, s, () => h);

  it('shows the findings in the popup with their evidence, and none on the clean site', async () => {
    const popupFor = async (site: string) => {
      const s = scenarios[site]!;
      const page = await runSteps(h, s);
      const tabId = (await h.browser.tabIdOf(page.url()))!;
      const popup = await h.browser.context.newPage();
      await popup.setViewportSize({ width: 720, height: 600 });
      await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup.locator('h1').waitFor();
      return { popup, page };
    };
    const clean = await popupFor('clean-shop.test');
    await clean.popup.getByTestId('no-findings').waitFor();
    expect(await clean.popup.getByTestId('severity-high').textContent()).toBe('0 high');
    await clean.popup.screenshot({ path: 'test-results/popup-clean.png', fullPage: true });
    const bad = await popupFor('kind-undeclared-category.test');
    const finding = bad.popup.locator('li[data-kind="undeclared-category"] summary');
    await finding.waitFor();
    await finding.focus();
    await bad.popup.keyboard.press('Enter');
    await bad.popup.locator('li[data-kind="undeclared-category"] .evidence li').first().waitFor();
    const evidence = await bad.popup
      .locator('li[data-kind="undeclared-category"] .evidence li')
      .allTextContents();
    expect(evidence.some((t) => t.includes('www.facebook.com'))).toBe(true);
    expect(await bad.popup.getByTestId('severity-high').textContent()).toBe('1 high');
    await bad.popup.screenshot({ path: 'test-results/popup-finding-open.png', fullPage: true });
    const none = await popupFor('kind-no-declaration.test');
    expect(await none.popup.getByTestId('declared-from').textContent()).toContain(
      'no declaration found',
    );
    await none.popup.screenshot({ path: 'test-results/popup-no-declaration.png', fullPage: true });
    // The user pastes the policy text: it becomes the declaration, with its source.
    await none.popup.getByRole('tab', { name: 'Declaration' }).click();
    await none.popup
      .getByLabel('Paste the policy text')
      .fill(
        'We use strictly necessary cookies only. We do not use analytics or advertising cookies.',
      );
    await none.popup.getByRole('button', { name: 'Use pasted text' }).click();
    await none.popup
      .getByRole('status')
      .filter({ hasText: 'Pasted text read as the policy.' })
      .waitFor();
    expect(await none.popup.getByTestId('declared-from').textContent()).toContain(
      'Declared by: user',
    );
    expect(await none.popup.locator('.declared dd').first().textContent()).toBe('necessary');
    await none.popup.screenshot({
      path: 'test-results/popup-declaration-user.png',
      fullPage: true,
    });
    const after = await h.browser.send<{ report: Report }>({
      type: 'get-report',
      site: 'kind-no-declaration.test',
    });
    expect(after.report.declared?.source).toBe('user');
    expect(pairs(after.report).map(([k]) => k)).not.toContain('no-declaration');
    // …and the user can take it back.
    await none.popup.getByRole('button', { name: 'Forget my corrections' }).click();
    await none.popup
      .getByRole('status')
      .filter({ hasText: 'Your corrections are gone.' })
      .waitFor();
    expect(await none.popup.getByTestId('declared-from').textContent()).toContain(
      'no declaration found',
    );
    for (const x of [clean, bad, none]) {
      await x.popup.close();
      await x.page.close();
    }
  });

  it('kind-check-policy.test: a policy that names analytics only in its definition, and has a sentence the reader cannot map, flags the analytics finding "Check the policy", in the report and the popup', async () => {
    const site = 'kind-check-policy.test';
    const s = scenarios[site]!;
    const sentence = 'We also use a cookie to limit the rate of requests to our servers.';
    const named = 'Analytics cookies, for example, count the visits to a website.';
    const policyUrl = `${h.demo.origin(site)}/cookie-policy`;
    const page = await runSteps(h, s);
    const report = await settledReport(h, site, s);
    // What the extension's reader made of the policy page it discovered and fetched.
    const d = report.declared!;
    expect([d.source, d.url, d.categories, d.unmapped, d.unmappedCount, d.mentioned]).toEqual([
      'policy-text',
      policyUrl,
      ['necessary'],
      [sentence],
      1,
      [{ category: 'analytics', quote: named }],
    ]);
    const findings = report.discrepancies ?? [];
    expect(
      findings.map((f) => [
        f.kind,
        f.subject,
        f.severity,
        f.hosts,
        f.declaredBy.map((x) => `${x.source}@${x.host} ${x.url}`),
        f.checkPolicy,
      ]),
    ).toEqual([
      [
        'undeclared-category',
        'analytics',
        'high',
        [site],
        [`policy-text@${site} ${policyUrl}`],
        { unmapped: 1, firstQuote: sentence, url: policyUrl, mentioned: named },
      ],
    ]);
    // The sentence naming the category is the closer hint: the explanation quotes it.
    expect(findings[0]!.explanation).toContain(
      `The policy mentions analytics (“${named}”), but not in a sentence the reader read as the site declaring its own use: check the policy, it may declare this category there.`,
    );
    expect(findings[0]!.evidence.cookies.map((c) => c.name).sort()).toEqual(['_ga', '_gid']);

    const popup = await openPopup(h, page);
    const item = popup.locator('li[data-kind="undeclared-category"]');
    await item.waitFor();
    expect(await item.getAttribute('data-check-policy')).toBe('true');
    expect(await item.locator('summary').textContent()).toBe(
      'Check the policy (high if confirmed) Undeclared analytics cookies or trackers',
    );
    // Counted apart from the severities: not an accusation until the policy is checked.
    expect(await popup.getByTestId('severity-high').textContent()).toBe('0 high');
    expect(await popup.getByTestId('severity-check').textContent()).toBe('1 to check');
    await item.locator('summary').click();
    expect(await item.locator('.finding-body > p').first().textContent()).toContain(
      `The policy mentions analytics (“${named}”)`,
    );
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: 'test-results/popup-kind-check-policy.png', fullPage: true });
    await popup.getByRole('tab', { name: 'Declaration' }).click();
    const unmappedBox = popup.getByTestId('unmapped');
    await unmappedBox.locator('summary').click();
    expect(await unmappedBox.locator('summary').textContent()).toBe(
      '1 sentence about cookies the reader could not map to a category',
    );
    expect(await unmappedBox.locator('li').allTextContents()).toEqual([`“${sentence}”`]);
    const mentionedBox = popup.getByTestId('mentioned');
    await mentionedBox.locator('summary').click();
    expect(await mentionedBox.locator('summary').textContent()).toBe(
      "1 category named but not declared as the site's own",
    );
    expect(await mentionedBox.locator('li').allTextContents()).toEqual([`analytics “${named}”`]);
    await popup.screenshot({
      path: 'test-results/popup-kind-check-policy-declaration.png',
      fullPage: true,
    });
    await popup.close();
    await page.close();
  });
});

/** news.split.test (consent banner) and shop.split.test (cookie policy): one registrable domain. */
const SPLIT = { site: 'split.test', news: 'news.split.test', shop: 'shop.split.test' };
const hostsOf = (r: Report) =>
  (r.discrepancies ?? []).map((d) => [
    d.kind,
    d.subject,
    d.hosts,
    d.declaredBy.map((x) => `${x.source}@${x.host}`),
    d.checkPolicy?.unmapped ?? null,
  ]);

async function splitReport(
  h: Harness,
  expected: unknown[],
  ready: (r: Report) => boolean = () => true,
): Promise<Report> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { report } = await h.browser.send<{ report: Report }>({
      type: 'get-report',
      site: SPLIT.site,
    });
    const done = JSON.stringify(hostsOf(report)) === JSON.stringify(expected) && ready(report);
    if (done || Date.now() > deadline) return report;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function openPopup(h: Harness, page: Page) {
  await h.browser.send({ type: 'flush' });
  const tabId = (await h.browser.tabIdOf(page.url()))!;
  const popup = await h.browser.context.newPage();
  await popup.setViewportSize({ width: 720, height: 600 });
  await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('h1').waitFor();
  return popup;
}

describe('two hosts of one site, each with its own declaration', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("a consent banner on news.split.test gives no finding on shop.split.test's pages", async () => {
    const open = async (host: string, dwell: number) => {
      const page = await h.browser.context.newPage();
      await page.goto(`${h.demo.origin(host)}/`, { waitUntil: 'load' });
      await page.waitForTimeout(dwell);
      await waitForNetworkIdle(page);
      await h.browser.send({ type: 'flush' });
      return page;
    };
    // The news first (its banner, no choice made), then the shop.
    const news = await open(SPLIT.news, 1500);
    const shop = await open(SPLIT.shop, 500);
    const expected = [
      ['before-consent', 'analytics', [SPLIT.news], [`cmp:onetrust@${SPLIT.news}`], null],
    ];
    const report = await splitReport(h, expected, (r) =>
      (r.declarations ?? []).some((s) => s.declared?.source === 'policy-text'),
    );
    expect(hostsOf(report)).toEqual(expected);
    expect(
      (report.declarations ?? []).map((s) => [
        s.hosts,
        s.declaredBy.map((x) => `${x.source}@${x.host}`),
        s.consentBy ? `${s.consentBy.source}@${s.consentBy.host}` : null,
      ]),
    ).toEqual([
      [[SPLIT.news], [`cmp:onetrust@${SPLIT.news}`], `cmp:onetrust@${SPLIT.news}`],
      [[SPLIT.shop], [`policy-text@${SPLIT.shop}`], null],
    ]);
    expect((report.consent ?? []).map((c) => [c.host, c.status])).toEqual([[SPLIT.news, 'none']]);
    // The shop's own cookies carry no category from the news site's banner.
    expect(
      report.cookies
        .filter((c) => c.domain === SPLIT.shop)
        .map((c) => [c.name, c.declaredCategory])
        .sort(),
    ).toEqual([
      ['_ga', null],
      ['_gid', null],
      ['sid', null],
    ]);

    // The popup of each tab shows its own host's findings and declaration.
    const shopPopup = await openPopup(h, shop);
    await shopPopup.getByTestId('no-findings').waitFor();
    expect(await shopPopup.getByTestId('declared-from').textContent()).toContain(
      `policy-text — ${h.demo.origin(SPLIT.shop)}/cookie-policy`,
    );
    await shopPopup.screenshot({ path: 'test-results/popup-split-shop.png', fullPage: true });
    const newsPopup = await openPopup(h, news);
    const finding = newsPopup.locator('li[data-kind="before-consent"] summary');
    await finding.click();
    expect(await newsPopup.getByTestId('checked-against').textContent()).toBe(
      `Checked against: cmp:onetrust ${h.demo.origin(SPLIT.news)}/ (${SPLIT.news})`,
    );
    await newsPopup.screenshot({ path: 'test-results/popup-split-news.png', fullPage: true });

    // The shop's policy, as a reader that could not map two cookie sentences
    // would have stored it: the category they may declare is "to check".
    const unmapped = [
      'Some cookies help us understand how the shop is used.',
      'They are kept for a while.',
    ];
    const policyUrl = `${h.demo.origin(SPLIT.shop)}/cookie-policy`;
    await (
      await h.browser.bridge()
    ).evaluate(
      async (rec) => {
        const db = await new Promise<IDBDatabase>((ok, ko) => {
          const r = indexedDB.open('cookie-audit');
          r.onsuccess = () => ok(r.result);
          r.onerror = () => ko(r.error);
        });
        await new Promise<void>((ok, ko) => {
          const tx = db.transaction('hostDeclarations', 'readwrite');
          tx.objectStore('hostDeclarations').put(rec);
          tx.oncomplete = () => ok();
          tx.onerror = () => ko(tx.error);
        });
        db.close();
      },
      {
        site: SPLIT.site,
        host: SPLIT.shop,
        source: 'policy-text',
        fetchedAt: Date.now(),
        url: policyUrl,
        linkedFrom: `${h.demo.origin(SPLIT.shop)}/`,
        error: null,
        why: 'cookie policy link',
        policy: {
          source: 'policy-text',
          url: policyUrl,
          categories: ['necessary'],
          vendors: ['Google Analytics'],
          cookies: [],
          retention: [],
          technologies: ['cookies', 'web_beacons'],
          dnt: 'silent',
          gpc: 'silent',
          evidence: [{ field: 'categories.necessary', quote: 'We use a session cookie.' }],
          unmapped,
        },
      },
    );
    await shop.reload({ waitUntil: 'load' });
    await waitForNetworkIdle(shop);
    const checked = await splitReport(h, [
      ...expected,
      ['undeclared-category', 'analytics', [SPLIT.shop], [`policy-text@${SPLIT.shop}`], 2],
    ]);
    const flagged = checked.discrepancies!.find((d) => d.checkPolicy)!;
    expect([flagged.severity, flagged.checkPolicy]).toEqual([
      'high',
      { unmapped: 2, firstQuote: unmapped[0], url: policyUrl },
    ]);
    expect(flagged.explanation).toContain(`the first being “${unmapped[0]}”: check the policy`);
    expect([checked.declared?.source, checked.declared?.unmappedCount]).toEqual(['policy-text', 2]);

    const checkPopup = await openPopup(h, shop);
    const item = checkPopup.locator('li[data-check-policy="true"]');
    await item.waitFor();
    expect(await item.locator('summary').textContent()).toBe(
      'Check the policy (high if confirmed) Undeclared analytics cookies or trackers',
    );
    // Counted apart: not an accusation until the policy is checked.
    expect(await checkPopup.getByTestId('severity-high').textContent()).toBe('0 high');
    expect(await checkPopup.getByTestId('severity-check').textContent()).toBe('1 to check');
    await item.locator('summary').click();
    expect(await item.locator('.finding-body > p').first().textContent()).toContain(unmapped[0]);
    expect(await axeViolations(checkPopup)).toEqual([]);
    await checkPopup.screenshot({ path: 'test-results/popup-check-policy.png', fullPage: true });
    await checkPopup.getByRole('tab', { name: 'Declaration' }).click();
    await checkPopup.getByTestId('unmapped').locator('summary').click();
    await checkPopup.screenshot({
      path: 'test-results/popup-check-policy-declaration.png',
      fullPage: true,
    });
    for (const p of [shopPopup, newsPopup, checkPopup, shop, news]) await p.close();
  });
});

describe('discrepancy scenarios with DNT and GPC sent', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ extraHeaders: { DNT: '1', 'Sec-GPC': '1' } });
  });
  afterAll(async () => {
    await h?.close();
  });
  for (const [site, s] of withSignals) checkScenario(site, s, () => h);
});
