import { describe, expect, it } from 'vitest';
import { OCD_UPSTREAM } from '../../lib/core/known-cookies/bundled.ts';
import {
  WELL_KNOWN_LISTS,
  allowsCommercialUse,
  wellKnownList,
} from '../../lib/core/lists/catalog.ts';
import { listState, readListSettings } from '../../lib/core/lists/settings.ts';
import { bundledClassifier } from './classify-helpers.ts';

describe('the well-known lists', () => {
  it('names each with its address, format and licence', () => {
    expect(WELL_KNOWN_LISTS.map((l) => [l.id, l.format, l.licence, l.url])).toEqual([
      [
        'easyprivacy',
        'abp',
        'GPL-3.0-or-later OR CC-BY-SA-3.0',
        'https://easylist.to/easylist/easyprivacy.txt',
      ],
      [
        'disconnect',
        'disconnect',
        'CC-BY-NC-SA-4.0',
        'https://raw.githubusercontent.com/disconnectme/disconnect-tracking-protection/master/services.json',
      ],
      [
        'duckduckgo-tds',
        'tds',
        'CC-BY-NC-SA-4.0',
        'https://staticcdn.duckduckgo.com/trackerblocking/v6/current/extension-tds.json',
      ],
      ['open-cookie-database', 'ocd', 'Apache-2.0', OCD_UPSTREAM.csv],
    ]);
  });

  it('recognises a list by its exact address only', () => {
    expect(wellKnownList('https://easylist.to/easylist/easyprivacy.txt')?.id).toBe('easyprivacy');
    expect(wellKnownList('https://easylist.to/easylist/easyprivacy.txt?x')).toBeNull();
    expect(wellKnownList('easyprivacy.txt')).toBeNull();
    expect(wellKnownList(null)).toBeNull();
  });
});

describe('what a licence allows', () => {
  it.each([
    ['CC-BY-NC-SA-4.0', false],
    ['CC-BY-NC-4.0', false],
    ['CC-BY-NC-ND-4.0', false],
    ['Apache-2.0', true],
    ['MIT', true],
    ['GPL-3.0-or-later OR CC-BY-SA-3.0', true],
    ['CC-BY-SA-4.0', true],
    // One option of an OR that allows it is enough.
    ['CC-BY-NC-SA-4.0 OR MIT', true],
    [null, null],
    ['', null],
  ])('%s → %s', (licence, allowed) => {
    expect(allowsCommercialUse(licence)).toBe(allowed);
  });
});

describe('list settings', () => {
  it('reads back what was stored, and the defaults from anything else', () => {
    expect(readListSettings({ openDataOnly: true, disabled: ['a', 'a', 'b', 3] })).toEqual({
      openDataOnly: true,
      disabled: ['a', 'b'],
    });
    expect(readListSettings(undefined)).toEqual({ openDataOnly: false, disabled: [] });
    expect(readListSettings({ openDataOnly: 'yes', disabled: 'a' })).toEqual({
      openDataOnly: false,
      disabled: [],
    });
  });

  it('says whether a list classifies: the user switch first, then the licence', () => {
    const open = { openDataOnly: true, disabled: ['off'] };
    expect(listState(open, 'trackerdb', 'CC-BY-NC-SA-4.0')).toBe('non-commercial');
    expect(listState(open, 'ocd', 'Apache-2.0')).toBe('in-use');
    // A list of unknown licence (a file the user added) is the user's to judge.
    expect(listState(open, 'mine', null)).toBe('in-use');
    expect(listState(open, 'off', 'MIT')).toBe('disabled');
    const all = { openDataOnly: false, disabled: [] };
    expect(listState(all, 'trackerdb', 'CC-BY-NC-SA-4.0')).toBe('in-use');
  });
});

describe('the classifier without the bundled database (open data only)', () => {
  const request = (url: string, type: 'image' | 'script') => ({
    url,
    type,
    sourceUrl: 'https://shop.test/',
    party: 'third' as const,
  });

  it('leaves what only the database knew unclassified', () => {
    const pixel = request('https://www.facebook.com/tr?id=1', 'image');
    expect(bundledClassifier().classify(pixel)).toMatchObject({
      vendor: 'Meta',
      category: 'advertising',
      evidence: { source: 'trackerdb', rule: '||facebook.com/tr' },
    });
    expect(bundledClassifier({ trackerDatabase: false }).classify(pixel)).toBeNull();
    const ga = request('https://www.google-analytics.com/g/collect?v=2', 'image');
    expect(bundledClassifier({ trackerDatabase: false }).classify(ga)).toBeNull();
  });

  it('still applies the project’s own corrections, which then classify alone', () => {
    const r = bundledClassifier({ trackerDatabase: false }).classify(
      request('https://connect.facebook.net/en_US/fbevents.js', 'script'),
    );
    expect(r).toEqual({
      vendor: null,
      category: 'advertising',
      evidence: {
        source: 'correction',
        listId: 'corrections',
        list: 'Cookie Audit corrections',
        rule: 'connect.facebook.net/*/fbevents.js',
        match: 'filter',
        correction: {
          pattern: 'connect.facebook.net/*/fbevents.js',
          reason: expect.stringMatching(/^fbevents\.js is the Meta Pixel/),
          source: 'https://developers.facebook.com/docs/meta-pixel/get-started',
          replaced: null,
        },
      },
      pixelRule: false,
    });
  });
});
