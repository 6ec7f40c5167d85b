// The opt-out strings of the demo site's US-privacy page (issue 12), without
// and with Sec-GPC: 1, from the server's own answers (its Set-Cookie headers
// and the GPP string its CMP stub hands over) through what the hook reports,
// the background's validation, the recorder and the report, compared with the
// page's ground truth (cli/demo-site/optout-truth.json) field by field.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../cli/demo-site/server.ts';
import { classifyView } from '../../lib/core/audit/classify-view.ts';
import { compareOptOut } from '../../lib/core/cmp/index.ts';
import { validatePageReport } from '../../lib/core/page-messages.ts';
import { buildReport } from '../../lib/core/report.ts';
import { buildReportHtml } from '../../lib/core/report-html.ts';
import { buildView } from '../../lib/core/view.ts';
import { bundledClassifier } from '../unit/classify-helpers.ts';
import { createDexieStore, freshDb, recorderOn } from './fakes.ts';

const truth = JSON.parse(
  readFileSync(new URL('../../cli/demo-site/optout-truth.json', import.meta.url), 'utf8'),
) as {
  plain: Record<string, unknown>;
  gpc: Record<string, unknown>;
  compare: Record<string, { outcome: string; text: string }>;
};

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(async () => {
  await demo?.close();
});

/** GET http://us-privacy.test/ from the demo server, with or without Sec-GPC. */
function load(gpc: boolean): Promise<{ setCookie: string[]; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: demo.httpPort,
        path: '/',
        headers: { host: 'us-privacy.test', ...(gpc ? { 'sec-gpc': '1' } : {}) },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ setCookie: res.headers['set-cookie'] ?? [], body }));
      },
    );
    req.on('error', reject);
  });
}

/** The page's audit, as the extension builds it from what the page and the browser give. */
async function audit(gpc: boolean) {
  const { setCookie, body } = await load(gpc);
  // The browser's cookie jar after the response: name=value of each Set-Cookie.
  const jar = setCookie.map((h) => {
    const [pair = ''] = h.split(';');
    const i = pair.indexOf('=');
    return { name: pair.slice(0, i), value: pair.slice(i + 1) };
  });
  const gppString = /var gppString = '([^']*)'/.exec(body)?.[1];
  // What the hook sends: __uspapi answers with the usprivacy cookie, __gpp('ping') with its string.
  const v = validatePageReport(
    {
      type: 'optout',
      usp: {
        status: 'answered',
        data: { version: 1, uspString: jar.find((c) => c.name === 'usprivacy')?.value },
      },
      gpp: {
        status: 'answered',
        data: { gppVersion: '1.1', signalStatus: 'ready', applicableSections: [7], gppString },
      },
    },
    1_700_000_001_000,
  );
  if (!v.ok || v.report.type !== 'optout') throw new Error('refused');
  const store = createDexieStore(freshDb());
  const recorder = recorderOn(store);
  const url = 'https://us-privacy.test/';
  const t = 1_700_000_000_000;
  recorder.observe({ kind: 'navigation', tabId: 3, requestId: '1', url, time: t });
  recorder.observe({ kind: 'signals', tabId: 3, requestId: '1', dnt: false, gpc, time: t + 1 });
  recorder.observe({
    kind: 'optOut',
    tabId: 3,
    frameId: 0,
    documentUrl: url,
    apis: v.report.apis,
    cookies: jar,
    time: v.report.time,
  });
  await recorder.idle();
  const pages = await store.pagesOfSite('us-privacy.test');
  const view = classifyView(buildView(await store.readPages(pages.map((p) => p.id))), {
    classifier: bundledClassifier(),
    knowledge: [],
  });
  const report = buildReport(view, {
    site: 'us-privacy.test',
    generatedAt: t + 5000,
    browser: 'test',
    extensionVersion: '0.0.0',
    signals: { dnt: false, gpc },
    lists: [],
  });
  return { view, report };
}

describe('the US-privacy demo page, read and reported', () => {
  it('gives the exact strings of its ground truth without and with GPC, and compares them', async () => {
    const plain = await audit(false);
    const gpc = await audit(true);
    for (const [a, expected] of [
      [plain, truth.plain],
      [gpc, truth.gpc],
    ] as const) {
      const { page, time, ...latest } = a.report.dnt.optOutStrings.latest!;
      expect(page).toBe('https://us-privacy.test/');
      expect(time).toBe(new Date(1_700_000_001_000).toISOString());
      expect(latest).toEqual(expected);
      expect(a.report.dnt.optOutStrings.pages).toHaveLength(1);
    }
    const c = compareOptOut(plain.view.optOut[0]!.strings, gpc.view.optOut[0]!.strings);
    expect({
      usPrivacy: { outcome: c.usPrivacy.outcome, text: c.usPrivacy.text },
      gpp: { outcome: c.gpp.outcome, text: c.gpp.text },
      optanon: { outcome: c.optanon.outcome, text: c.optanon.text },
    }).toEqual(truth.compare);
    // report.html says it in words.
    const html = buildReportHtml(gpc.report);
    expect(html).toContain(
      'US Privacy String 1YYN (__uspapi): notice given, opted out of sale, not covered by the LSPA',
    );
    expect(html).toContain(
      'GPP string (__gpp), sections uspv1, usnat; uspv1 1YYN: sale opted-out; usnat: sale opted-out, sharing opted-out, targeted advertising opted-out, Gpc=1',
    );
    expect(html).toContain(
      'OneTrust OptanonConsent: isGpcEnabled=1, groups C0001 on, C0002 on, C0004 off',
    );
  });
});
