import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTrackerDbFiles } from '../../scripts/build-trackerdb.ts';
import {
  TRACKERDB_CATEGORY_MAP,
  createTrackerIndex,
  parseTrackerMeta,
} from '../../lib/core/classify/index.ts';
import { buildTrackerDb } from '../../lib/core/classify/trackerdb-build.ts';
import { trackerFiles } from './classify-helpers.ts';

const require = createRequire(import.meta.url);
// dist/cjs/index.js → dist/trackerdb.json
const trackerDbJson = JSON.parse(
  readFileSync(
    join(dirname(require.resolve('@ghostery/trackerdb')), '..', 'trackerdb.json'),
    'utf8',
  ),
) as { categories: Record<string, unknown> };

const SOURCE = {
  package: '@ghostery/trackerdb',
  version: '0',
  licence: 'CC-BY-NC-SA-4.0',
  homepage: 'https://github.com/ghostery/trackerdb',
  adblocker: '2.18.2',
  engineVersion: 895,
};

describe('the bundled database files (public/trackerdb)', () => {
  it('are current: rebuilding them from node_modules gives the same bytes', () => {
    const { files } = buildTrackerDbFiles();
    const dir = new URL('../../public/trackerdb/', import.meta.url);
    for (const [name, content] of Object.entries(files)) {
      const committed = readFileSync(new URL(name, dir));
      expect(committed.equals(Buffer.from(content)), `${name} is stale`).toBe(true);
    }
  });

  it('name the version, licence and engine format they were built with', () => {
    const meta = parseTrackerMeta(JSON.parse(trackerFiles().metaText));
    expect({
      ...meta,
      organizations: [],
      patterns: [],
      filters: [],
      filterPatterns: [],
      domains: [],
      domainPatterns: [],
    }).toEqual({
      format: 2,
      name: 'Ghostery Tracker Database',
      package: '@ghostery/trackerdb',
      version: '1.0.945',
      licence: 'CC-BY-NC-SA-4.0',
      homepage: 'https://github.com/ghostery/trackerdb',
      adblocker: '2.18.2',
      engineVersion: 895,
      organizations: [],
      patterns: [],
      filters: [],
      filterPatterns: [],
      domains: [],
      domainPatterns: [],
    });
    expect(meta.filters.length).toBe(4568);
    expect(meta.domains.length).toBe(5103);
  });
});

describe('TrackerDB categories → SPEC categories', () => {
  it('is the documented table', () => {
    expect(TRACKERDB_CATEGORY_MAP).toEqual({
      advertising: 'advertising',
      pornvertising: 'advertising',
      site_analytics: 'analytics',
      social_media: 'social',
      consent: 'necessary',
      essential: 'necessary',
      utilities: 'necessary',
      hosting: 'necessary',
      cdn: 'necessary',
      customer_interaction: 'unknown',
      audio_video_player: 'unknown',
      extensions: 'unknown',
      misc: 'unknown',
    });
  });

  it('maps every category of the installed database', () => {
    const unmapped = Object.keys(trackerDbJson.categories).filter(
      (c) => !Object.hasOwn(TRACKERDB_CATEGORY_MAP, c),
    );
    expect(unmapped).toEqual([]);
  });

  it('the build refuses a category nobody mapped', () => {
    const json = {
      patterns: { x: { name: 'X', category: 'new_thing', filters: [], domains: [] } },
    };
    expect(() => buildTrackerDb({ ...SOURCE, json })).toThrow(
      'trackerdb pattern "x" has category "new_thing", which TRACKERDB_CATEGORY_MAP does not map: decide its SPEC category',
    );
  });
});

describe('buildTrackerDb + createTrackerIndex', () => {
  const json = {
    organizations: { acme: { name: 'Acme Corp' } },
    patterns: {
      acme_ads: {
        name: 'Acme Ads',
        category: 'advertising',
        organization: 'acme',
        domains: ['ads.acme.example'],
        filters: ['||ads.acme.example^$3p', '##.acme-banner'],
      },
      lonely: {
        name: 'Lonely CDN',
        category: 'hosting',
        organization: null,
        domains: ['cdn.lonely.example'],
        filters: [],
      },
    },
  };
  const build = buildTrackerDb({ ...SOURCE, json });
  const index = createTrackerIndex(build.meta);

  it('keeps network filters, skips cosmetic ones with a note', () => {
    expect(build.filters).toEqual(['||ads.acme.example^$3p']);
    expect(build.skipped).toEqual([
      { pattern: 'acme_ads', filter: '##.acme-banner', reason: 'not a network filter' },
    ]);
  });

  it.each([
    [
      'filter',
      '||ads.acme.example^$3p',
      {
        id: 'acme_ads',
        name: 'Acme Ads',
        vendor: 'Acme Corp',
        trackerCategory: 'advertising',
        category: 'advertising',
      },
    ],
    [
      'domain',
      'ads.acme.example',
      {
        id: 'acme_ads',
        name: 'Acme Ads',
        vendor: 'Acme Corp',
        trackerCategory: 'advertising',
        category: 'advertising',
      },
    ],
    [
      'domain',
      'cdn.lonely.example',
      {
        id: 'lonely',
        name: 'Lonely CDN',
        vendor: 'Lonely CDN',
        trackerCategory: 'hosting',
        category: 'necessary',
      },
    ],
    ['domain', 'acme.example', null],
    ['filter', '||unknown.example^', null],
  ] as const)('by %s %s', (kind, key, expected) => {
    expect(kind === 'filter' ? index.byFilter(key) : index.byDomain(key)).toEqual(expected);
  });

  it.each([
    [null, 'trackerdb meta: not a format-2 metadata object (rebuild public/trackerdb)'],
    [
      { format: 2, name: 'x', version: '1', adblocker: '2' },
      'trackerdb meta: "organizations" is not an array',
    ],
    [
      { ...build.meta, filterPatterns: [] },
      'trackerdb meta: filters/domains and their pattern indexes differ in length',
    ],
  ])('parseTrackerMeta refuses %j', (value, message) => {
    expect(() => parseTrackerMeta(value)).toThrow(message);
  });
});
