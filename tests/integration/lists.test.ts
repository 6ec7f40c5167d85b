import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupKnownCookie } from '../../lib/core/classify/cookie.ts';
import { OCD_UPSTREAM } from '../../lib/core/known-cookies/bundled.ts';
import type { Download } from '../../lib/core/lists/update.ts';
import type { Classification } from '../../lib/services/classification.ts';
import { classificationFromPackage } from './fakes.ts';

const fixture = (n: string) =>
  readFileSync(new URL(`../fixtures/lists/${n}`, import.meta.url), 'utf8');

describe('user lists in the classification service', () => {
  it('starts with the bundled database and the known-cookie table only', async () => {
    const c = await classificationFromPackage().get();
    expect(c.lists.map((l) => [l.id, l.kind, l.licence])).toEqual([
      ['trackerdb', 'bundled', 'CC-BY-NC-SA-4.0'],
      ['known-cookies', 'bundled', 'MIT'],
      ['open-cookie-database', 'bundled', 'Apache-2.0'],
    ]);
    expect(
      c.classifier.classify({
        url: 'https://static.shop.test/js/app.js',
        type: 'script',
        sourceUrl: 'https://shop.test/',
        party: 'first',
      }),
    ).toBeNull();
  });

  it('compiles a filter list, stores it, and classifies with it from then on', async () => {
    const svc = classificationFromPackage();
    await svc.get();
    const added = await svc.addList(
      fixture('demo-extra.txt'),
      'demo-extra.txt',
      '/tmp/demo-extra.txt',
    );
    expect(added).toEqual({
      id: 'demo-extra',
      name: 'demo-extra.txt',
      format: 'abp',
      size: 1,
      skipped: 0,
      version: '202611220000',
    });
    const c = await svc.get();
    expect(c.lists.map((l) => l.id)).toEqual([
      'trackerdb',
      'known-cookies',
      'open-cookie-database',
      'demo-extra',
    ]);
    const r = c.classifier.classify({
      url: 'https://static.shop.test/js/app.js',
      type: 'script',
      sourceUrl: 'https://shop.test/',
      party: 'first',
    });
    expect(r?.evidence).toMatchObject({
      source: 'filter-list',
      list: 'demo-extra.txt',
      rule: '||static.shop.test^$script',
    });
  });

  it('rejects a file that is no list with a clear error and keeps what was loaded', async () => {
    const svc = classificationFromPackage();
    await svc.addList(fixture('demo-extra.txt'), 'demo-extra.txt', null);
    await expect(
      svc.addList('<html><body>Not found</body></html>', 'easyprivacy.txt', null),
    ).rejects.toThrow(/not a supported list|list, line 1/);
    expect((await svc.get()).lists.map((l) => l.id)).toContain('demo-extra');
  });

  it('a list added or removed after its hosts were classified changes their answer', async () => {
    // The classifier keeps per-host facts (domain, owner, domain-list entries):
    // they live in the classifier, which the service rebuilds on every change.
    const svc = classificationFromPackage();
    const script = {
      url: 'https://static.shop.test/js/app.js',
      type: 'script' as const,
      sourceUrl: 'https://shop.test/',
      party: 'first' as const,
    };
    const ad = {
      url: 'https://ads.example.com/banner.gif',
      type: 'image' as const,
      sourceUrl: 'https://shop.test/',
      party: 'third' as const,
    };
    const before = (await svc.get()).classifier;
    for (let i = 0; i < 3; i++) {
      expect(before.classify(script)).toBeNull();
      expect(before.classify(ad)).toBeNull();
    }

    await svc.addList(fixture('demo-extra.txt'), 'demo-extra.txt', null);
    const hosts = await svc.addList(fixture('hosts-valid.txt'), 'hosts-valid.txt', null);
    const after = (await svc.get()).classifier;
    expect(after.classify(script)?.evidence.rule).toBe('||static.shop.test^$script');
    expect(after.classify(ad)?.evidence).toMatchObject({
      source: 'domain-list',
      list: 'hosts-valid.txt',
      rule: 'ads.example.com',
    });

    await svc.removeList(hosts.id);
    const removed = (await svc.get()).classifier;
    expect(removed.classify(ad)).toBeNull();
    expect(removed.classify(script)?.evidence.rule).toBe('||static.shop.test^$script');
  });
});

describe('list updates', () => {
  const URL_ = 'https://lists.example/hosts.txt';
  /** A download fake answering from a script of outcomes, keeping the headers it was sent. */
  function server(answers: (Download | Error)[]) {
    const sent: Record<string, string>[] = [];
    return {
      sent,
      download: async (_url: string, headers: Record<string, string>): Promise<Download> => {
        sent.push(headers);
        const a = answers.shift();
        if (!a) throw new Error('no more answers');
        if (a instanceof Error) throw a;
        return a;
      },
    };
  }
  const modified = (text: string, etag: string): Download => ({
    status: 'modified',
    text,
    validators: { etag, lastModified: null },
  });

  it('updates a list from an address with conditional requests, and keeps it when an update fails', async () => {
    let now = 1_700_000_000_000;
    const s = server([
      { status: 'not-modified' },
      modified('0.0.0.0 ads.example.com\n0.0.0.0 more.example.com\n', '"v2"'),
      modified('<html><body>Sign in</body></html>', '"v3"'),
      new Error('HTTP 503 for https://lists.example/hosts.txt'),
    ]);
    const svc = classificationFromPackage({ download: s.download, now: () => now });
    await svc.addList('0.0.0.0 ads.example.com\n', 'hosts.txt', URL_);
    // Not due within a day of being added.
    expect(await svc.updateDue()).toEqual([]);
    now += 24 * 3600 * 1000;
    expect(await svc.updateDue()).toEqual([
      { id: 'hosts', name: 'hosts.txt', outcome: 'unchanged', size: 1 },
    ]);
    expect(s.sent).toEqual([{}]);
    // The first download kept no validators (added by hand); a change comes in full.
    expect(await svc.updateList('hosts')).toMatchObject({ outcome: 'updated', size: 2 });
    expect(await svc.updateList('hosts')).toMatchObject({
      outcome: 'failed',
      error: expect.stringMatching(/not a supported list/),
      size: 2,
    });
    expect(s.sent.slice(1)).toEqual([{}, { 'if-none-match': '"v2"' }]);
    expect(await svc.updateDue(true)).toMatchObject([{ outcome: 'failed', size: 2 }]);
    const info = (await svc.get()).lists.find((l) => l.id === 'hosts')!;
    expect(info).toMatchObject({
      entries: 2,
      updatedAt: new Date(now).toISOString(),
      checkedAt: new Date(now).toISOString(),
      error: 'HTTP 503 for https://lists.example/hosts.txt',
      autoUpdate: true,
      updatable: true,
    });
    // The version in use is still the second one.
    const c = (await svc.get()).classifier;
    expect(
      c.classify({
        url: 'https://more.example.com/p.gif',
        type: 'image',
        sourceUrl: 'https://shop.test/',
        party: 'third',
      })?.evidence.list,
    ).toBe('hosts.txt');
    await svc.setAutoUpdate('hosts', false);
    expect(await svc.updateDue(true)).toEqual([]);
  });

  it('classifies with the bundled Open Cookie Database, and replaces it with an upstream copy on request', async () => {
    const s = server([
      new Error('no answer from upstream within 30 s'),
      modified(fixture('ocd-sample.csv'), '"up1"'),
    ]);
    const svc = classificationFromPackage({ download: s.download });
    const cookie = (c: Classification, name: string) =>
      lookupKnownCookie(c.knowledge, name, 'shop.test');
    let c = await svc.get();
    expect(cookie(c, '_ga')).toMatchObject({ list: 'Open Cookie Database', matchedBy: 'name' });
    const bundled = c.lists.find((l) => l.id === 'open-cookie-database')!;
    expect(bundled).toMatchObject({
      kind: 'bundled',
      format: 'ocd',
      source: OCD_UPSTREAM.csv,
      updatedAt: null,
      autoUpdate: false,
      updatable: true,
    });
    expect(bundled.version).toMatch(/^snapshot [0-9a-f]{12}$/);
    expect(bundled.entries).toBeGreaterThan(2000);

    expect(await svc.updateList('open-cookie-database')).toMatchObject({ outcome: 'failed' });
    c = await svc.get();
    expect(c.lists.find((l) => l.id === 'open-cookie-database')).toMatchObject({
      version: bundled.version,
      entries: bundled.entries,
      error: 'no answer from upstream within 30 s',
    });
    expect(cookie(c, '_ga')?.list).toBe('Open Cookie Database');

    expect(await svc.updateList('open-cookie-database')).toMatchObject({ outcome: 'updated' });
    c = await svc.get();
    const up = c.lists.find((l) => l.id === 'open-cookie-database')!;
    expect(up.version).toBe('upstream, 2023-11-14');
    expect(up.entries).toBeLessThan(50);
    expect(up.error).toBeNull();
    // Not a user list of its own: the bundled row shows the copy in use.
    expect(c.lists.filter((l) => l.format === 'ocd')).toHaveLength(1);
    await svc.setAutoUpdate('open-cookie-database', true);
    expect((await svc.get()).lists.find((l) => l.id === 'open-cookie-database')!.autoUpdate).toBe(
      true,
    );
  });
});
