import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classificationFromPackage } from './fakes.ts';

const fixture = (n: string) =>
  readFileSync(new URL(`../fixtures/lists/${n}`, import.meta.url), 'utf8');

describe('user lists in the classification service', () => {
  it('starts with the bundled database and the known-cookie table only', async () => {
    const c = await classificationFromPackage().get();
    expect(c.lists.map((l) => [l.id, l.kind, l.licence])).toEqual([
      ['trackerdb', 'bundled', 'CC-BY-NC-SA-4.0'],
      ['known-cookies', 'bundled', 'MIT'],
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
    expect(c.lists.map((l) => l.id)).toEqual(['trackerdb', 'known-cookies', 'demo-extra']);
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
