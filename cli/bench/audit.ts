// Building the audit of a heavy tab (SPEC: popup ready ≤ 150 ms for a tab
// with 5,000 requests and 500 cookies). Measured here: the background's part
// — joining the records into a view, classifying every row, running every
// discrepancy rule — in Node. The popup itself is measured in the browser
// (browser.ts: popupReadyMs).
import { buildAudit } from '../../lib/core/audit/build.ts';
import { builtinCookieKnowledge } from '../../lib/core/known-cookies/index.ts';
import { deserializeClassifier } from '../../lib/core/classify/deserialize.ts';
import { readPolicy } from '../../lib/core/policy/index.ts';
import type { RecordSet } from '../../lib/core/view.ts';
import { requestCorpus } from './corpus.ts';
import { trackerAssets } from './data.ts';
import { type BenchModule, type Figure, median, round, sinceUs } from './harness.ts';

const REQUESTS = 5000;
const COOKIES = 500;
const RUNS = 15;

export function records(): RecordSet {
  const page = {
    id: 'p',
    tabId: 1,
    url: 'https://www.shop.example/',
    site: 'shop.example',
    startedAt: 0,
  };
  const reqs = requestCorpus(REQUESTS, 99);
  const value = { length: 24, hashPrefix: '0123456789abcdef', entropy: 4.1 };
  return {
    pages: [page],
    requests: reqs.map((r, i) => ({
      pageId: 'p',
      tabId: 1,
      requestId: String(i),
      url: r.url,
      method: 'GET',
      type: r.type,
      initiator: 'https://www.shop.example',
      frameId: 0,
      parentFrameId: -1,
      documentUrl: null,
      domain: new URL(r.url).hostname.split('.').slice(-2).join('.'),
      party: r.party,
      status: null,
      contentType: null,
      contentLength: null,
      error: null,
      beacon: r.type === 'ping',
      pixel: false,
      time: i,
    })),
    responses: reqs.map((r, i) => ({
      pageId: 'p',
      tabId: 1,
      requestId: String(i),
      url: r.url,
      status: 200,
      contentType: 'image/gif',
      contentLength: r.type === 'image' ? 43 : 1000,
      error: null,
      pixel: false,
      time: i + 1,
    })),
    cookies: Array.from({ length: COOKIES }, (_, i) => ({
      pageId: 'p',
      tabId: 1,
      name: i % 5 === 0 ? `_ga_${i}` : `c${i}`,
      domain: i % 3 ? 'shop.example' : 'tracker.example',
      path: '/',
      hostOnly: false,
      lifetimeDays: 400,
      requestedLifetimeDays: 730,
      deletion: false,
      secure: true,
      httpOnly: false,
      sameSite: 'lax' as const,
      partitioned: false,
      party: (i % 3 ? 'first' : 'third') as 'first' | 'third',
      setBy: 'http' as const,
      setter: 'https://www.shop.example/',
      requestId: String(i),
      value,
      blocked: false,
      warnings: [],
      time: i,
    })),
    cookieChanges: [],
    storage: [],
    optOut: [],
  };
}

export const auditBench: BenchModule = {
  name: 'audit',
  run(ctx): Figure[] {
    const assets = trackerAssets();
    const classifier = deserializeClassifier({
      trackerEngine: assets.engine,
      trackerMeta: assets.metaText,
    });
    const rs = records();
    const declared = readPolicy(
      'We use strictly necessary and analytics cookies. Analytics cookies are kept for up to 13 months. We use Google Analytics.',
      {},
    );
    const run = () =>
      buildAudit(rs, {
        site: 'shop.example',
        classify: {
          classifier,
          knowledge: [{ list: 'builtin', knowledge: builtinCookieKnowledge() }],
        },
        declarations: [declared],
        consent: null,
        signals: { dnt: false, gpc: false },
      });
    run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = process.hrtime.bigint();
      run();
      times.push(sinceUs(start) / 1000);
    }
    ctx.note(`audit: ${REQUESTS} requests, ${COOKIES} cookies, ${RUNS} runs`);
    return [
      {
        key: 'auditBuild5kMs',
        label: `build the audit of a tab (${REQUESTS} requests, ${COOKIES} cookies), median of ${RUNS}`,
        value: round(median(times)),
        unit: 'ms',
      },
    ];
  },
};
