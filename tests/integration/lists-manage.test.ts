// Managing lists at a glance: the well-known lists added by name (downloaded
// only then), lists turned off without being removed, and "open data only".
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupKnownCookie } from '../../lib/core/classify/cookie.ts';
import type { RequestToClassify } from '../../lib/core/classify/index.ts';
import { OCD_UPSTREAM } from '../../lib/core/known-cookies/bundled.ts';
import type { Download } from '../../lib/core/lists/update.ts';
import { buildReportHtml } from '../../lib/core/report-html.ts';
import { createConsentStore, createDeclarationStore } from '../../lib/platform/db.ts';
import { listenWebRequest } from '../../lib/platform/webrequest.ts';
import { createAuditService } from '../../lib/services/audit.ts';
import { createMessageHandler } from '../../lib/services/background.ts';
import {
  classificationFromPackage,
  createDexieStore,
  fakeWebRequest,
  freshDb,
  recorderOn,
} from './fakes.ts';

const fixture = (n: string) =>
  readFileSync(new URL(`../fixtures/lists/${n}`, import.meta.url), 'utf8');

const third = (url: string, type: RequestToClassify['type'] = 'image'): RequestToClassify => ({
  url,
  type,
  sourceUrl: 'https://shop.test/',
  party: 'third',
});

/** A download fake serving fixtures by address, keeping every address asked. */
function server(files: Record<string, string>) {
  const asked: string[] = [];
  return {
    asked,
    download: async (url: string): Promise<Download> => {
      asked.push(url);
      const name = files[url];
      if (!name) throw new Error(`HTTP 404 for ${url}`);
      return {
        status: 'modified',
        text: fixture(name),
        validators: { etag: '"1"', lastModified: null },
      };
    },
  };
}

const TDS = 'https://staticcdn.duckduckgo.com/trackerblocking/v6/current/extension-tds.json';
const EASYPRIVACY = 'https://easylist.to/easylist/easyprivacy.txt';

describe('the well-known lists', () => {
  it('are offered with their licences, and downloaded only when added', async () => {
    const s = server({ [TDS]: 'tds.json', [EASYPRIVACY]: 'abp-valid.txt' });
    const svc = classificationFromPackage({ download: s.download });
    const c = await svc.get();
    expect(c.catalog.map((w) => [w.id, w.name, w.licence, w.commercialUse, w.added])).toEqual([
      ['easyprivacy', 'EasyPrivacy', 'GPL-3.0-or-later OR CC-BY-SA-3.0', true, false],
      ['disconnect', 'Disconnect tracking protection', 'CC-BY-NC-SA-4.0', false, false],
      ['duckduckgo-tds', 'DuckDuckGo Tracker Blocklist', 'CC-BY-NC-SA-4.0', false, false],
      ['open-cookie-database', 'Open Cookie Database (upstream)', 'Apache-2.0', true, false],
    ]);
    expect(s.asked).toEqual([]);

    expect(await svc.addWellKnown('duckduckgo-tds')).toEqual({
      id: 'duckduckgo-tracker-blocklist',
      name: 'DuckDuckGo Tracker Blocklist',
      format: 'tds',
      size: 8,
      skipped: 2,
      version: null,
    });
    expect(s.asked).toEqual([TDS]);
    const after = await svc.get();
    expect(after.catalog.find((w) => w.id === 'duckduckgo-tds')!.added).toBe(true);
    // Its licence is known from its address.
    expect(after.lists.find((l) => l.id === 'duckduckgo-tracker-blocklist')).toMatchObject({
      kind: 'user',
      source: TDS,
      licence: 'CC-BY-NC-SA-4.0',
      commercialUse: false,
      state: 'in-use',
      entries: 8,
      autoUpdate: true,
    });
    expect(after.classifier.classify(third('https://ads.example/x.gif'))?.evidence).toEqual({
      source: 'domain-list',
      listId: 'duckduckgo-tracker-blocklist',
      list: 'DuckDuckGo Tracker Blocklist',
      rule: 'ads.example',
      match: 'domain',
    });
    await expect(svc.addWellKnown('nope')).rejects.toThrow('no well-known list nope');
  });

  it('adds the Open Cookie Database from upstream in place of the snapshot', async () => {
    const s = server({ [OCD_UPSTREAM.csv]: 'ocd-sample.csv' });
    const svc = classificationFromPackage({ download: s.download });
    const added = await svc.addWellKnown('open-cookie-database');
    expect(added).toMatchObject({ id: 'open-cookie-database', format: 'ocd' });
    expect(s.asked).toEqual([OCD_UPSTREAM.csv]);
    const c = await svc.get();
    expect(c.catalog.find((w) => w.id === 'open-cookie-database')!.added).toBe(true);
    expect(c.lists.filter((l) => l.format === 'ocd')).toHaveLength(1);
    expect(c.lists.find((l) => l.id === 'open-cookie-database')!.version).toMatch(/^upstream, /);
  });

  it('a failed download stores nothing', async () => {
    const svc = classificationFromPackage({ download: server({}).download });
    await expect(svc.addWellKnown('easyprivacy')).rejects.toThrow(
      `could not download ${EASYPRIVACY}: HTTP 404 for ${EASYPRIVACY}`,
    );
    expect(svc.stored.size).toBe(0);
  });
});

describe('a list turned off', () => {
  it('keeps its data but classifies nothing until turned on again', async () => {
    const svc = classificationFromPackage();
    await svc.addList(fixture('hosts-valid.txt'), 'hosts-valid.txt', null);
    const ad = third('https://ads.example.com/banner.gif');
    expect((await svc.get()).classifier.classify(ad)?.evidence.list).toBe('hosts-valid.txt');
    const stored = svc.stored.get('hosts-valid')!;

    await svc.setEnabled('hosts-valid', false);
    let c = await svc.get();
    expect(c.classifier.classify(ad)).toBeNull();
    expect(c.lists.find((l) => l.id === 'hosts-valid')).toMatchObject({
      state: 'disabled',
      entries: stored.size,
      commercialUse: null,
    });
    // Kept as it was: nothing re-downloaded or re-parsed when turned on.
    expect(svc.stored.get('hosts-valid')).toBe(stored);

    await svc.setEnabled('hosts-valid', true);
    c = await svc.get();
    expect(c.classifier.classify(ad)?.evidence.list).toBe('hosts-valid.txt');
    expect(c.lists.find((l) => l.id === 'hosts-valid')!.state).toBe('in-use');
    await expect(svc.setEnabled('nope', false)).rejects.toThrow('no list nope');
  });

  it('turns off a bundled data set too: the Open Cookie Database', async () => {
    const svc = classificationFromPackage();
    const ga = (k: Awaited<ReturnType<typeof svc.get>>) =>
      lookupKnownCookie(k.knowledge, '_ga', 'shop.test')?.list ?? null;
    expect(ga(await svc.get())).toBe('Open Cookie Database');
    await svc.setEnabled('open-cookie-database', false);
    const c = await svc.get();
    expect(ga(c)).toBeNull();
    expect(c.knowledge.map((k) => k.list)).toEqual(['Cookie Audit known cookies']);
    expect(c.lists.find((l) => l.id === 'open-cookie-database')!.state).toBe('disabled');
  });

  it('is not downloaded on the schedule, and removing it forgets the switch', async () => {
    const s = server({ 'https://lists.example/hosts.txt': 'hosts-valid.txt' });
    let now = 1_700_000_000_000;
    const svc = classificationFromPackage({ download: s.download, now: () => now });
    await svc.addListFromUrl('https://lists.example/hosts.txt');
    await svc.setEnabled('hosts', false);
    now += 2 * 24 * 3600 * 1000;
    expect(await svc.updateDue()).toEqual([]);
    expect(s.asked).toHaveLength(1);
    await svc.removeList('hosts');
    expect(svc.settings().disabled).toEqual([]);
  });
});

describe('open data only', () => {
  it('leaves out every data set whose licence forbids commercial use, and says which', async () => {
    const s = server({ [TDS]: 'tds.json', [EASYPRIVACY]: 'abp-valid.txt' });
    const svc = classificationFromPackage({ download: s.download });
    await svc.addWellKnown('duckduckgo-tds');
    await svc.addWellKnown('easyprivacy');
    await svc.addList(fixture('hosts-valid.txt'), 'hosts-valid.txt', null);
    const pixel = third('https://www.facebook.com/tr?id=1');
    const tds = third('https://ads.example/x.gif');
    let c = await svc.get();
    expect(c.openDataOnly).toBe(false);
    expect(c.classifier.classify(pixel)?.evidence.source).toBe('trackerdb');
    expect(c.classifier.classify(tds)?.evidence.list).toBe('DuckDuckGo Tracker Blocklist');

    await svc.setOpenDataOnly(true);
    c = await svc.get();
    expect(c.openDataOnly).toBe(true);
    expect(c.lists.map((l) => [l.id, l.licence, l.commercialUse, l.state])).toEqual([
      ['trackerdb', 'CC-BY-NC-SA-4.0', false, 'non-commercial'],
      ['known-cookies', 'MIT', true, 'in-use'],
      ['open-cookie-database', 'Apache-2.0', true, 'in-use'],
      ['duckduckgo-tracker-blocklist', 'CC-BY-NC-SA-4.0', false, 'non-commercial'],
      ['easyprivacy', 'GPL-3.0-or-later OR CC-BY-SA-3.0', true, 'in-use'],
      // A file of unknown licence: the user's to judge (and to turn off).
      ['hosts-valid', null, null, 'in-use'],
    ]);
    // The Meta pixel only the Ghostery database knew is now unclassified…
    expect(c.classifier.classify(pixel)).toBeNull();
    expect(c.classifier.classify(tds)).toBeNull();
    // …and what open lists know still is.
    expect(c.classifier.classify(third('https://ads.example.com/b.gif'))?.evidence.list).toBe(
      'hosts-valid.txt',
    );

    await svc.setOpenDataOnly(false);
    c = await svc.get();
    expect(c.classifier.classify(pixel)?.evidence.source).toBe('trackerdb');
    expect(c.lists.every((l) => l.state === 'in-use')).toBe(true);
  });
});

describe('a report under open data only', () => {
  it('says so, and the Meta pixel only the Ghostery database knew is unclassified in it', async () => {
    const db = freshDb();
    const store = createDexieStore(db);
    const recorder = recorderOn(store);
    const wr = fakeWebRequest();
    listenWebRequest(wr, recorder.observe);
    const T = 1_700_000_000_000;
    const frame = { tabId: 1, frameId: 0, parentFrameId: -1, method: 'GET' };
    wr.onBeforeRequest.fire({
      ...frame,
      requestId: '1',
      url: 'https://shop.test/',
      type: 'main_frame',
      frameType: 'outermost_frame',
      documentLifecycle: 'active',
      timeStamp: T,
    });
    wr.onBeforeRequest.fire({
      ...frame,
      requestId: '2',
      url: 'https://www.facebook.com/tr?id=1&ev=PageView',
      type: 'image',
      initiator: 'https://shop.test',
      documentUrl: 'https://shop.test/',
      timeStamp: T + 100,
    });
    await recorder.idle();
    const classification = classificationFromPackage();
    const audit = createAuditService({
      store,
      classification,
      declarations: createDeclarationStore(db),
      consent: createConsentStore(db),
      now: () => T + 1000,
      browserName: 'test',
      extensionVersion: '0.0.0',
    });
    const pixel = async () =>
      (await audit.report('shop.test')).requests.find((r) => r.url.includes('facebook.com/tr'))!;

    let report = await audit.report('shop.test');
    expect(report.openDataOnly).toBe(false);
    expect((await pixel()).tracker).toMatchObject({
      vendor: 'Meta',
      category: 'advertising',
      list: 'Ghostery Tracker Database',
    });
    expect(buildReportHtml(report)).toContain(
      '<p class="meta data-sets">Classified with: Ghostery Tracker Database 1.0.945, Cookie Audit known cookies, Open Cookie Database snapshot ',
    );

    await classification.setOpenDataOnly(true);
    report = await audit.report('shop.test');
    expect(report.openDataOnly).toBe(true);
    expect((await pixel()).tracker).toBeNull();
    expect(report.lists.map((l) => [l.name, l.state])).toEqual([
      ['Ghostery Tracker Database', 'non-commercial'],
      ['Cookie Audit known cookies', 'in-use'],
      ['Open Cookie Database', 'in-use'],
    ]);
    // As documented: docs/report.schema.json.
    const schema = JSON.parse(
      readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8'),
    );
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    validate(JSON.parse(JSON.stringify(report)));
    expect(validate.errors ?? []).toEqual([]);
    const html = buildReportHtml(report);
    expect(html).toMatch(
      /<p class="meta data-sets"><strong>Open data only<\/strong>: classified only with data sets whose licence allows commercial use\. Classified with: Cookie Audit known cookies, Open Cookie Database snapshot [0-9a-f]{12}\. Not used: Ghostery Tracker Database 1\.0\.945 \(licence forbids commercial use\)\.<\/p>/,
    );
  });
});

describe('the list messages', () => {
  it('set the switches, refuse malformed requests, and answer the settings with the lists', async () => {
    const classification = classificationFromPackage();
    const handle = createMessageHandler({
      classification,
    } as unknown as Parameters<typeof createMessageHandler>[0]);
    const page = { fromExtensionPage: true };
    expect(await handle({ type: 'set-open-data-only', on: true }, page)).toEqual({ ok: true });
    expect(
      await handle({ type: 'set-list-enabled', id: 'known-cookies', on: false }, page),
    ).toEqual({ ok: true });
    const got = (await handle({ type: 'get-lists' }, page)) as {
      openDataOnly: boolean;
      lists: { id: string; state: string }[];
    };
    expect(got.openDataOnly).toBe(true);
    expect(got.lists.map((l) => [l.id, l.state])).toEqual([
      ['trackerdb', 'non-commercial'],
      ['known-cookies', 'disabled'],
      ['open-cookie-database', 'in-use'],
    ]);
    expect(await handle({ type: 'set-open-data-only', on: 'yes' }, page)).toEqual({
      ok: false,
      error: 'set-open-data-only needs on or off',
    });
    expect(await handle({ type: 'set-list-enabled', id: 'nope', on: false }, page)).toEqual({
      ok: false,
      error: 'no list nope',
    });
    expect(await handle({ type: 'add-well-known-list', id: 'easyprivacy' }, page)).toEqual({
      ok: false,
      error: 'list downloads are not available here',
    });
    // Content scripts may not change them.
    expect(
      await handle({ type: 'set-open-data-only', on: false }, { fromExtensionPage: false }),
    ).toEqual({ ok: false, error: 'not allowed' });
  });
});
