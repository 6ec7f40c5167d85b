// Issue 12 item 2, over the real services and Dexie (fake-indexeddb): what a
// site publishes about DNT — EFF's dnt-policy.txt, the W3C tracking status
// resource /.well-known/dnt/ and the Tk response header — is read once per
// host, shown in the report with its date, and a promise to honour DNT made
// there holds the site to it like a policy sentence would.
import { describe, expect, it } from 'vitest';
import { listenWebRequest } from '../../lib/platform/webrequest.ts';
import {
  createConsentStore,
  createDeclarationStore,
  declarationPorts,
} from '../../lib/platform/db.ts';
import { createAuditService } from '../../lib/services/audit.ts';
import { createDeclarationService } from '../../lib/services/declarations.ts';
import {
  classificationFromPackage,
  createDexieStore,
  FakeEvent,
  fakeWebRequest,
  freshDb,
  recorderOn,
} from './fakes.ts';

const T = 1_700_000_000_000;
const PAGE = 'https://www.dnt-shop.example/';
const ORIGIN = 'https://www.dnt-shop.example';
const TRACKER = 'https://www.google-analytics.com/g/collect?v=2&tid=G-TEST1&en=page_view';

type Served = Record<string, { text: string; contentType: string } | number>;

function setup(served: Served) {
  const db = freshDb();
  const store = createDexieStore(db);
  const recorder = recorderOn(store);
  const wr = { ...fakeWebRequest(), onSendHeaders: new FakeEvent() };
  listenWebRequest(wr, recorder.observe);
  let clock = T;
  const fetched: string[] = [];
  const declarations = createDeclarationService({
    ...declarationPorts(db),
    fetchText: async (url) => {
      fetched.push(url);
      const r = served[url];
      if (r === undefined || typeof r === 'number') throw new Error(`HTTP ${r ?? 404} for ${url}`);
      return { url, ...r };
    },
    consentCookies: async () => [],
    now: () => clock,
  });
  const audit = createAuditService({
    store,
    classification: classificationFromPackage(),
    declarations: createDeclarationStore(db),
    consent: createConsentStore(db),
    now: () => clock,
    browserName: 'test',
    extensionVersion: '0.0.0',
  });

  /** A page loaded with DNT: 1 whose document answers `Tk: N`, then a GA hit. */
  function visit(at: number) {
    clock = at;
    const frame = { frameId: 0, parentFrameId: -1, frameType: 'outermost_frame', tabId: 1 };
    const doc = { requestId: `d${at}`, url: PAGE, method: 'GET', type: 'main_frame', ...frame };
    wr.onBeforeRequest.fire({ ...doc, timeStamp: at, documentLifecycle: 'active' });
    wr.onSendHeaders.fire({
      ...doc,
      timeStamp: at + 1,
      requestHeaders: [{ name: 'DNT', value: '1' }],
    });
    wr.onHeadersReceived.fire({
      ...doc,
      timeStamp: at + 50,
      statusCode: 200,
      responseHeaders: [
        { name: 'content-type', value: 'text/html' },
        { name: 'Tk', value: 'N' },
      ],
    });
    const hit = {
      requestId: `g${at}`,
      url: TRACKER,
      method: 'POST',
      type: 'ping',
      ...frame,
      documentUrl: PAGE,
      initiator: ORIGIN,
    };
    wr.onBeforeRequest.fire({ ...hit, timeStamp: at + 100, documentLifecycle: 'active' });
    wr.onHeadersReceived.fire({
      ...hit,
      timeStamp: at + 150,
      statusCode: 204,
      responseHeaders: [],
    });
  }
  return {
    store,
    recorder,
    declarations,
    audit,
    visit,
    fetched,
    setClock: (t: number) => (clock = t),
  };
}

const POLICY_TXT = {
  text: 'Do Not Track Compliance Policy\n\nVersion 1.0\n\nThis host honours DNT.\n',
  contentType: 'text/plain',
};

describe('what the site publishes about DNT', () => {
  it('reads dnt-policy.txt, /.well-known/dnt/ and the Tk header; the promise drives dnt-ignored', async () => {
    const s = setup({
      [`${ORIGIN}/.well-known/dnt-policy.txt`]: POLICY_TXT,
      [`${ORIGIN}/.well-known/dnt/`]: {
        text: JSON.stringify({ tracking: 'N', policy: '/privacy' }),
        contentType: 'application/json',
      },
      [`${ORIGIN}/.well-known/gpc.json`]: 404,
    });
    s.visit(T + 1_000);
    await s.recorder.idle();
    s.setClock(T + 2_000);
    await s.declarations.onLinks(PAGE, []);
    expect(s.fetched.sort()).toEqual([
      `${ORIGIN}/.well-known/dnt-policy.txt`,
      `${ORIGIN}/.well-known/dnt/`,
      `${ORIGIN}/.well-known/gpc.json`,
    ]);

    const report = await s.audit.report('dnt-shop.example');
    expect(report.dnt.published).toEqual({
      host: 'www.dnt-shop.example',
      fetchedAt: new Date(T + 2_000).toISOString(),
      gpcJson: {
        url: `${ORIGIN}/.well-known/gpc.json`,
        gpc: null,
        lastUpdate: null,
        error: `HTTP 404 for ${ORIGIN}/.well-known/gpc.json`,
      },
      dntPolicy: {
        url: `${ORIGIN}/.well-known/dnt-policy.txt`,
        version: '1.0',
        recognised: true,
        note: "EFF DNT policy version 1.0 (title and version recognised; not compared word for word with EFF's text)",
        error: null,
      },
      trackingStatus: {
        url: `${ORIGIN}/.well-known/dnt/`,
        status: {
          tracking: 'N',
          meaning: 'not tracking',
          compliance: [],
          qualifiers: null,
          controller: [],
          sameParty: [],
          audit: [],
          policy: '/privacy',
          edit: null,
          config: null,
        },
        error: null,
      },
      tk: [
        {
          host: 'www.dnt-shop.example',
          value: 'N',
          meaning: 'not tracking',
          error: null,
          requests: 1,
        },
      ],
    });
    expect(report.requests.map((r) => [r.url, r.tk ?? null])).toEqual([
      [PAGE, 'N'],
      [TRACKER, null],
    ]);
    // No policy page was found: the published promise alone is what DNT is held to.
    const ignored = report.discrepancies?.filter((d) => d.kind === 'dnt-ignored') ?? [];
    expect(ignored.map((d) => [d.evidence.quote, d.evidence.requests.map((r) => r.url)])).toEqual([
      [`${ORIGIN}/.well-known/dnt-policy.txt: EFF Do Not Track policy, version 1.0`, [TRACKER]],
    ]);

    // Read once a week at most: a second page of the host fetches nothing.
    s.setClock(T + 60_000);
    await s.declarations.onLinks(PAGE, []);
    expect(s.fetched).toHaveLength(3);
  });

  it('a soft 404 and a malformed status are shown as such, and promise nothing', async () => {
    const s = setup({
      [`${ORIGIN}/.well-known/dnt-policy.txt`]: {
        text: '<!doctype html><h1>Page not found</h1>',
        contentType: 'text/html',
      },
      [`${ORIGIN}/.well-known/dnt/`]: { text: '{"tracking": 1}', contentType: 'application/json' },
    });
    s.visit(T + 1_000);
    await s.recorder.idle();
    await s.declarations.onLinks(PAGE, []);
    const report = await s.audit.report('dnt-shop.example');
    expect(report.dnt.published.dntPolicy?.error).toBe('an HTML page, not a DNT policy');
    expect(report.dnt.published.trackingStatus).toEqual({
      url: `${ORIGIN}/.well-known/dnt/`,
      status: null,
      error: '"tracking" is missing',
    });
    expect(report.discrepancies?.filter((d) => d.kind === 'dnt-ignored')).toEqual([]);
  });
});
