import { describe, expect, it } from 'vitest';
import {
  type RequestToClassify,
  compileFilterList,
  filterListCategory,
  findListedDomain,
  isTrackingPixelRule,
} from '../../lib/core/classify/index.ts';
import { parseHostsFile, parseTrackerDataSet } from '../../lib/core/lists/index.ts';
import type { Category } from '../../lib/core/types.ts';
import { fixture } from './lists-helpers.ts';
import { PAGE, bundledClassifier, classifyFixture, requestCases } from './classify-helpers.ts';

const sections = compileFilterList(classifyFixture('sections.txt'), 'Test Privacy List');
const classifier = bundledClassifier({
  userEngines: [
    {
      listId: 'test',
      listName: 'Test Privacy List',
      engine: sections.engine,
      profile: sections.profile,
    },
  ],
  domainLists: [
    {
      listId: 'hosts',
      listName: 'Test hosts',
      list: parseHostsFile(classifyFixture('hosts.txt'), { category: 'advertising' }),
    },
    { listId: 'tds', listName: 'DuckDuckGo tds', list: parseTrackerDataSet(fixture('tds.json')) },
  ],
});

const CRITEO = 'easylist:easyprivacy/easyprivacy_specific_cname_criteo.txt';
const MINING = 'easylist:easyprivacy/easyprivacy_trackingservers_mining.txt';

const req = (
  url: string,
  type: RequestToClassify['type'],
  party: RequestToClassify['party'] = 'third',
): RequestToClassify => ({ url, type, sourceUrl: PAGE, party });

describe('profileFilterList: sections that say more than the list', () => {
  it('keeps only the sections whose category or vendor differs from the list', () => {
    expect(sections.profile).toEqual({
      format: 1,
      category: 'analytics',
      sections: [
        { name: CRITEO, category: 'advertising', vendor: 'Criteo' },
        { name: MINING, category: 'unknown', vendor: null },
      ],
      rules: ['||coinhive.example^$third-party', '||metrics.shop.example^'],
      ruleSections: [1, 0],
    });
  });
});

describe('request classification: user lists and their order', () => {
  it.each(requestCases('requests-user-lists.json'))('%s', (_, request, expected) => {
    expect(classifier.classify(request)).toEqual(expected);
  });

  it("on another site, the audited site's domain is a listed third party", () => {
    const request = {
      ...req('https://www.shop.example/app.js', 'script'),
      sourceUrl: 'https://news.example/',
    };
    expect(classifier.classify(request)?.evidence.rule).toBe('shop.example');
  });

  it('without a profile the list name decides', () => {
    const social = bundledClassifier({
      userEngines: [
        {
          listId: 's',
          listName: "Fanboy's Social Blocking List",
          engine: compileFilterList('||share.example^', 'x').engine,
        },
      ],
    });
    expect(social.classify(req('https://share.example/button.js', 'script'))?.category).toBe(
      'social',
    );
  });
});

describe('findListedDomain', () => {
  it.each<[string, string, string, 'first' | 'third', string[], string | null]>([
    [
      'a parent domain',
      'a.b.tracker.example',
      'tracker.example',
      'third',
      ['tracker.example'],
      'tracker.example',
    ],
    [
      'the host before its parents',
      'a.tracker.example',
      'tracker.example',
      'third',
      ['a.tracker.example', 'tracker.example'],
      'a.tracker.example',
    ],
    [
      "first party: not the site's own domain",
      'www.shop.example',
      'shop.example',
      'first',
      ['shop.example'],
      null,
    ],
    [
      'first party: a listed subdomain',
      'cdn.shop.example',
      'shop.example',
      'first',
      ['cdn.shop.example'],
      'cdn.shop.example',
    ],
    [
      'never above the registrable domain',
      'www.shop.co.uk',
      'shop.co.uk',
      'third',
      ['co.uk', 'uk'],
      null,
    ],
    [
      'a host without registrable domain',
      '127.0.0.1',
      '',
      'third',
      ['127.0.0.1', '0.1'],
      '127.0.0.1',
    ],
    ['nothing below an IP address', '127.0.0.1', '', 'first', ['127.0.0.1'], null],
  ])('%s', (_, host, site, party, keys, expected) => {
    const set = new Set(keys);
    expect(findListedDomain(host, site, party, (d) => set.has(d))?.domain ?? null).toBe(expected);
  });
});

describe('filterListCategory', () => {
  it.each<[string, Category]>([
    ['EasyPrivacy', 'analytics'],
    ['AdGuard Tracking Protection filter', 'analytics'],
    ['uBlock filters – Privacy', 'analytics'],
    ['EasyList', 'advertising'],
    ["Peter Lowe's Ad server list", 'advertising'],
    ["Fanboy's Social Blocking List", 'social'],
    ['My own list', 'unknown'],
  ])('%s → %s', (name, category) => {
    expect(filterListCategory(name)).toBe(category);
  });
});

describe('isTrackingPixelRule', () => {
  it.each<[string, boolean]>([
    ['||facebook.com/tr', true],
    ['||google-analytics.com/collect', true],
    ['||stats.g.doubleclick.net/__utm.gif', true],
    ['||sync.1dmp.io/pixel.gif', true],
    ['/pixel.gif?', true],
    ['/beacon/', true],
    ['$ping,third-party', true],
    ['||screen13.com^$image', true],
    ['/\\/pixel\\/[0-9]+$/', true],
    ['||pxf.io^$image,script,third-party', false],
    ['||doubleclick.net^$3p', false],
    ['||connect.facebook.net^$3p', false],
    ['/track.js', false],
    ['@@||cdn.widgets.example/pixel.gif?$image', false],
    ['example.com##.ad', false],
  ])('%s → %s', (rule, expected) => {
    expect(isTrackingPixelRule(rule)).toBe(expected);
  });
});
