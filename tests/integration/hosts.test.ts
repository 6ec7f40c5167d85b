// Issue 9 item 5, over the real services and Dexie (fake-indexeddb): two
// hosts of one registrable domain, news.example.com with a consent banner and
// shop.example.com with a policy page. Auditing the shop after the news site
// must not hold the shop's own cookies to the news site's banner (its cookie
// list, its "no choice yet" consent): a CMP declaration applies to the host
// where the CMP ran, a policy to the host of the page that links it.
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteOf } from '../../lib/core/party.ts';
import { listenCookies } from '../../lib/platform/cookies.ts';
import {
  AuditDb,
  createConsentStore,
  createDeclarationStore,
  declarationPorts,
} from '../../lib/platform/db.ts';
import { listenWebRequest } from '../../lib/platform/webrequest.ts';
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
const NEWS = 'https://news.example.com/';
const SHOP = 'https://shop.example.com/';
const POLICY = 'https://shop.example.com/cookie-policy';

/** The news site's OneTrust declaration (the demo's, on this host). */
const domainData = readFileSync(
  new URL('../../cli/demo-site/pages/scenarios/news.split.test/domain-data.json', import.meta.url),
  'utf8',
).replaceAll('news.split.test', 'news.example.com');
const oneTrustJson = JSON.stringify((JSON.parse(domainData) as { DomainData: unknown }).DomainData);
const shopPolicy = readFileSync(
  new URL(
    '../../cli/demo-site/pages/scenarios/shop.split.test/cookie-policy.html',
    import.meta.url,
  ),
  'utf8',
);

/** The browser's cookie jar as the consent port sees it: domain-matched as a browser does. */
const jar = [
  {
    name: 'OptanonConsent',
    domain: 'news.example.com',
    value:
      'isGpcEnabled=0&datestamp=Tue+Nov+14+2023&version=202401.1.0&interactionCount=0&groups=C0001%3A1%2CC0002%3A0',
  },
];
const sentTo = (domain: string, host: string) => host === domain || host.endsWith(`.${domain}`);

function setup() {
  const db = freshDb();
  const store = createDexieStore(db);
  const recorder = recorderOn(store);
  const wr = fakeWebRequest();
  listenWebRequest(wr, recorder.observe);
  const cookies = { onChanged: new FakeEvent() };
  let clock = T;
  listenCookies(cookies, () => clock, recorder.observe);
  const declarations = createDeclarationService({
    ...declarationPorts(db),
    fetchText: async (url) => {
      if (url !== POLICY) throw new Error(`HTTP 404 for ${url}`);
      return { url, text: shopPolicy, contentType: 'text/html; charset=utf-8' };
    },
    consentCookies: async (host) => jar.filter((c) => sentTo(c.domain, host)),
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

  /** A top-level visit whose document sets these cookies (each confirmed by cookies.onChanged). */
  function visit(tabId: number, url: string, at: number, setCookies: string[]) {
    clock = at;
    const base = { requestId: `r${at}`, url, method: 'GET', type: 'main_frame', tabId };
    const frame = { frameId: 0, parentFrameId: -1, frameType: 'outermost_frame' };
    wr.onBeforeRequest.fire({ ...base, ...frame, timeStamp: at, documentLifecycle: 'active' });
    wr.onHeadersReceived.fire({
      ...base,
      ...frame,
      timeStamp: at + 50,
      statusCode: 200,
      responseHeaders: [
        { name: 'content-type', value: 'text/html' },
        ...setCookies.map((value) => ({ name: 'set-cookie', value })),
      ],
    });
    const host = new URL(url).hostname;
    for (const sc of setCookies) {
      const [nv, ...attrs] = sc.split('; ');
      const [name, value] = nv!.split('=');
      const domainAttr = attrs.find((a) => a.startsWith('Domain='))?.slice(8);
      const maxAge = Number(attrs.find((a) => a.startsWith('Max-Age='))?.slice(8) ?? NaN);
      clock = at + 60;
      cookies.onChanged.fire({
        removed: false,
        cause: 'explicit',
        cookie: {
          name,
          value,
          domain: domainAttr ?? host,
          path: '/',
          hostOnly: !domainAttr,
          secure: true,
          httpOnly: false,
          sameSite: 'lax',
          session: Number.isNaN(maxAge),
          ...(Number.isNaN(maxAge) ? {} : { expirationDate: (at + 60) / 1000 + maxAge }),
          storeId: '0',
        },
      });
    }
  }
  return {
    db,
    store,
    recorder,
    declarations,
    audit,
    visit,
    setClock: (t: number) => (clock = t),
  };
}

const GA = (domain: string) =>
  `_ga=GA1.1.1234567890.1700000000; Domain=.${domain}; Path=/; Max-Age=63072000; Secure; SameSite=Lax`;

/** The news site with its banner (no choice made), then the shop with its policy. */
async function newsThenShop() {
  const s = setup();
  s.visit(1, NEWS, T + 1_000, [GA('news.example.com')]);
  await s.recorder.idle();
  s.setClock(T + 1_500);
  expect(await s.declarations.onCmp(NEWS, 'onetrust', oneTrustJson)).toEqual({ ok: true });
  s.visit(2, SHOP, T + 5_000, [
    'sid=s%3A1f2e3d; Path=/; HttpOnly; Secure; SameSite=Lax',
    GA('shop.example.com'),
  ]);
  await s.recorder.idle();
  s.setClock(T + 5_500);
  await s.declarations.onLinks(SHOP, [{ href: POLICY, text: 'Cookie policy', inFooter: true }]);
  const news = (await s.store.latestPageForTab(1))!;
  const shop = (await s.store.latestPageForTab(2))!;
  return { ...s, news, shop };
}

describe('declarations belong to where they were read (news + shop on one domain)', () => {
  it("the shop's own cookies are held to the shop's policy, not to the news site's banner", async () => {
    const { audit, shop } = await newsThenShop();
    const a = await audit.tabAudit(shop);
    expect(a.declared?.source).toBe('policy-text');
    expect(a.declared?.url).toBe(POLICY);
    expect(a.declared?.cookies).toEqual([]);
    expect(a.discrepancies.map((d) => [d.kind, d.subject])).toEqual([]);
    // The shop's cookies are not classified by the news site's cookie list.
    expect(a.view.cookies.map((c) => [c.name, c.domain, c.declaredCategory])).toEqual([
      ['sid', 'shop.example.com', null],
      ['_ga', 'shop.example.com', null],
    ]);
  });

  it("the news site's banner still holds for the news site, and each finding says which declaration it used", async () => {
    const { audit, news, db } = await newsThenShop();
    const a = await audit.tabAudit(news);
    expect(a.declared?.source).toBe('cmp:onetrust');
    expect(a.discrepancies.map((d) => [d.kind, d.subject, d.hosts, d.declaredBy])).toEqual([
      [
        'before-consent',
        'analytics',
        ['news.example.com'],
        [{ source: 'cmp:onetrust', url: NEWS, host: 'news.example.com' }],
      ],
    ]);
    expect(a.discrepancies[0]!.evidence.cookies.map((c) => `${c.name}@${c.domain}`)).toEqual([
      '_ga@news.example.com',
    ]);
    // Stored per host: the banner's declaration and consent where the CMP ran,
    // the policy for the host whose page linked it.
    expect(
      (await db.hostDeclarations.toArray())
        .map((d) => [d.host, d.source, d.linkedFrom ?? null])
        .sort(),
    ).toEqual([
      ['news.example.com', 'cmp:onetrust', null],
      ['shop.example.com', 'policy-text', SHOP],
      ['shop.example.com', 'well-known', null],
    ]);
    expect((await db.consent.toArray()).map((c) => [c.site, c.host, c.status])).toEqual([
      ['example.com', 'news.example.com', 'none'],
    ]);
  });

  it('the site report holds both, each finding with its hosts and declaration', async () => {
    const { audit } = await newsThenShop();
    const r = await audit.report('example.com');
    expect(
      r.discrepancies!.map((d) => [
        d.kind,
        d.subject,
        d.hosts,
        d.declaredBy.map((x) => `${x.source}@${x.host}`),
      ]),
    ).toEqual([
      ['before-consent', 'analytics', ['news.example.com'], ['cmp:onetrust@news.example.com']],
    ]);
    expect(
      r.declarations!.map((s) => [
        s.hosts,
        s.declaredBy.map((x) => x.source),
        s.consentBy?.source ?? null,
      ]),
    ).toEqual([
      [['news.example.com'], ['cmp:onetrust'], 'cmp:onetrust'],
      [['shop.example.com'], ['policy-text'], null],
    ]);
    expect(r.consent!.map((c) => [c.host, c.status])).toEqual([['news.example.com', 'none']]);
  });

  it('a consent cookie changing on the news site is read for the news site only', async () => {
    const { declarations, db, setClock } = await newsThenShop();
    jar[0]!.value = jar[0]!.value
      .replace('interactionCount=0', 'interactionCount=1')
      .replace('C0002%3A0', 'C0002%3A1');
    jar.push({ name: 'OptanonAlertBoxClosed', domain: 'news.example.com', value: '2023-11-14' });
    try {
      setClock(T + 9_000);
      await declarations.onConsentCookie('.news.example.com', T + 9_000);
      expect((await db.consent.toArray()).map((c) => [c.host, c.status, c.time])).toEqual([
        ['news.example.com', 'none', T + 1_500],
        ['news.example.com', 'accepted', T + 9_000],
      ]);
    } finally {
      jar[0]!.value = jar[0]!.value
        .replace('interactionCount=1', 'interactionCount=0')
        .replace('C0002%3A1', 'C0002%3A0');
      jar.pop();
    }
  });
});

describe('records written before declarations had hosts (v5 → v6)', () => {
  it('moves each to the host it belongs to, and consent to where its CMP ran', async () => {
    const name = `upgrade-hosts-${Date.now()}`;
    const old = new Dexie(name);
    old.version(5).stores({
      pages: 'id, [tabId+startedAt], [site+startedAt], startedAt',
      requests: '++id, pageId, requestId, url',
      responses: '++id, pageId, requestId',
      cookies: '++id, pageId, time',
      cookieChanges: '++id, time, [site+time]',
      storage: '++id, pageId',
      lists: 'id',
      declarations: '[site+source], site',
      consent: '++id, [site+time]',
      meta: 'key',
      snapshots: 'pageId',
    });
    const page = (id: string, url: string) => ({
      id,
      tabId: 1,
      url,
      site: siteOf(url),
      startedAt: T,
    });
    await old
      .table('pages')
      .bulkAdd([page('n', NEWS), page('s', SHOP), page('o', 'https://solo.test/')]);
    const decl = (site: string, source: string, url: string | null) => ({
      site,
      source,
      fetchedAt: T,
      url,
      policy: null,
      error: null,
      why: null,
    });
    await old
      .table('declarations')
      .bulkAdd([
        decl('example.com', 'cmp:onetrust', NEWS),
        decl('example.com', 'policy-text', POLICY),
        decl('example.com', 'well-known', 'https://shop.example.com/.well-known/gpc.json'),
        decl('example.com', 'user', null),
        decl('solo.test', 'policy-text', 'https://www.solo.test/privacy'),
        decl('unvisited.test', 'policy-text', 'https://www.unvisited.test/cookies'),
      ]);
    const state = {
      cmp: 'onetrust',
      status: 'none',
      categories: {},
      timestamp: null,
      evidence: 'x',
      method: 'unknown',
    };
    await old.table('consent').bulkAdd([
      { ...state, site: 'example.com', time: T },
      { ...state, cmp: 'tcf', site: 'solo.test', time: T },
    ]);
    await old.table('snapshots').add({ pageId: 's', fingerprint: 'x', savedAt: T, data: {} });
    old.close();

    const db = new AuditDb(name);
    expect(
      (await db.hostDeclarations.toArray()).map((d) => `${d.site} ${d.host} ${d.source}`).sort(),
    ).toEqual([
      // The CMP ran on the news host; gpc.json was served by the shop host.
      'example.com example.com user',
      'example.com news.example.com cmp:onetrust',
      // Which page linked the policy was not kept: every host visited had it.
      'example.com news.example.com policy-text',
      'example.com shop.example.com policy-text',
      'example.com shop.example.com well-known',
      'solo.test solo.test policy-text',
      'unvisited.test www.unvisited.test policy-text',
    ]);
    expect((await db.consent.toArray()).map((c) => `${c.site} ${c.host} ${c.cmp}`).sort()).toEqual([
      'example.com news.example.com onetrust',
      'solo.test solo.test tcf',
    ]);
    expect((await createConsentStore(db).last('news.example.com'))?.status).toBe('none');
    // Summaries computed from site-wide declarations are dropped.
    expect(await db.snapshots.count()).toBe(0);
    db.close();
  });
});
