// Opt-out strings in the real browser (issue 12): the demo site's US-privacy
// page loaded by the built extension in headless Chromium, once without and
// once with Sec-GPC: 1 (the CLI's extra headers), and the strings its CMP
// stub recorded — US Privacy String, GPP string, OptanonConsent — asserted
// exactly in report.json against cli/demo-site/optout-truth.json, then
// compared with compareOptOut as the A/B test will.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareOptOut } from '../../lib/core/cmp/index.ts';
import type { TabViewResponse } from '../../lib/core/protocol.ts';
import type { Report } from '../../lib/core/report.ts';
import { buildReportHtml } from '../../lib/core/report-html.ts';
import { axeViolations } from './a11y.ts';
import { startHarness, type Harness } from './harness.ts';

const truth = JSON.parse(
  readFileSync(new URL('../../cli/demo-site/optout-truth.json', import.meta.url), 'utf8'),
) as {
  plain: Record<string, unknown>;
  gpc: Record<string, unknown>;
  compare: Record<string, { outcome: string; text: string }>;
};

type View = NonNullable<TabViewResponse['view']>;

/** Loads the page in a fresh browser (with the given headers) and returns its report and view. */
async function loadIn(
  extraHeaders: Record<string, string> | undefined,
  screenshot: string | null,
): Promise<{ report: Report; view: View; url: string }> {
  const h: Harness = await startHarness(extraHeaders ? { extraHeaders } : {});
  try {
    const url = `${h.demo.origin('us-privacy.test')}/`;
    const { tabId } = await h.visit(url);
    // The hook reads the CMP 300 ms after the load event: wait for its record.
    let view: View | undefined;
    for (let i = 0; i < 50; i++) {
      await h.browser.send({ type: 'flush' });
      view = (await h.tabView(tabId)).view ?? undefined;
      if (view?.optOut.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const res = await h.browser.send<{ ok: boolean; report: Report }>({
      type: 'get-report',
      site: 'us-privacy.test',
    });
    if (screenshot) {
      const popup = await h.browser.context.newPage();
      await popup.setViewportSize({ width: 720, height: 560 });
      await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup.getByRole('tab', { name: 'DNT / GPC' }).click();
      const section = popup.getByRole('region', { name: 'Opt-out strings on this page' });
      await section.getByRole('listitem').first().waitFor({ timeout: 5_000 });
      await popup.screenshot({ path: screenshot, fullPage: true });
      expect(await axeViolations(popup)).toEqual([]);
      // The popup's lines are the report's, in the same words.
      expect(await section.getByRole('listitem').allTextContents()).toEqual([
        'US Privacy String 1YYN (__uspapi): notice given, opted out of sale, not covered by the LSPA',
        'GPP string (__gpp), sections uspv1, usnat; uspv1 1YYN: sale opted-out; usnat: sale opted-out, sharing opted-out, targeted advertising opted-out, Gpc=1',
        'OneTrust OptanonConsent: isGpcEnabled=1, groups C0001 on, C0002 on, C0004 off',
      ]);
      await popup.close();
      // report.html's DNT / GPC section, as the exported file renders.
      const rep = await h.browser.context.newPage();
      await rep.setContent(buildReportHtml(res.report));
      await rep.getByRole('heading', { name: 'Opt-out strings' }).scrollIntoViewIfNeeded();
      await rep
        .locator('section', { has: rep.getByRole('heading', { name: 'Opt-out strings' }) })
        .screenshot({ path: screenshot.replace('popup-', 'report-') });
      await rep.close();
    }
    return { report: res.report, view: view!, url };
  } finally {
    await h.close();
  }
}

describe('opt-out strings of the US-privacy demo page, without and with GPC', () => {
  let plain: Awaited<ReturnType<typeof loadIn>>;
  let gpc: Awaited<ReturnType<typeof loadIn>>;
  beforeAll(async () => {
    plain = await loadIn(undefined, null);
    gpc = await loadIn({ 'Sec-GPC': '1' }, 'test-results/popup-optout-strings.png');
  }, 60_000);
  afterAll(() => {});

  it('records the exact strings in report.json', () => {
    for (const [run, expected] of [
      [plain, truth.plain],
      [gpc, truth.gpc],
    ] as const) {
      const readings = run.report.dnt.optOutStrings.pages;
      // One reading: the page load.
      expect(readings).toHaveLength(1);
      const { page, time, ...latest } = run.report.dnt.optOutStrings.latest!;
      expect(page).toBe(run.url);
      expect(Number.isFinite(Date.parse(time))).toBe(true);
      expect(latest).toEqual(expected);
    }
    expect(gpc.report.dnt.gpcSent).toBe(true);
    expect(plain.report.dnt.gpcSent).toBe(false);
  });

  it('compares the two loads: the site registered the opt-out in every string', () => {
    const c = compareOptOut(plain.view.optOut[0]!.strings, gpc.view.optOut[0]!.strings);
    expect({
      usPrivacy: { outcome: c.usPrivacy.outcome, text: c.usPrivacy.text },
      gpp: { outcome: c.gpp.outcome, text: c.gpp.text },
      optanon: { outcome: c.optanon.outcome, text: c.optanon.text },
    }).toEqual(truth.compare);
  });

  it('shows the readings in report.html', () => {
    const html = buildReportHtml(gpc.report);
    expect(html).toContain('<h3>Opt-out strings</h3>');
    expect(html).toContain('GPC sent)');
    expect(html).toContain('isGpcEnabled=1, groups C0001 on, C0002 on, C0004 off');
  });
});
