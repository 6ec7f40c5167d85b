import { Request } from '@ghostery/adblocker';
import { describe, expect, it } from 'vitest';
import { requestCorpus } from '../../cli/bench/corpus.ts';
import {
  ENGINE_REQUEST_TYPE,
  type RequestToClassify,
  compileFilterList,
  deserializeClassifier,
} from '../../lib/core/classify/index.ts';
import { blockingMatcher } from '../../lib/core/classify/engine-match.ts';
import type { RequestType } from '../../lib/core/types.ts';
import {
  PAGE,
  bundledClassifier,
  classifyFixture,
  realEasyPrivacy,
  requestCases,
  trackerFiles,
} from './classify-helpers.ts';

function third(url: string, type: RequestType): RequestToClassify {
  return { url, type, sourceUrl: PAGE, party: 'third' };
}

describe('request classification with the bundled database (public/trackerdb)', () => {
  const classifier = bundledClassifier();

  it.each(requestCases('requests-trackerdb.json'))('%s', (_, request, expected) => {
    expect(classifier.classify(request)).toEqual(expected);
  });

  it('a site is not a third-party tracker on itself; its listed subdomains are', () => {
    const onGoogle = (url: string) =>
      classifier.classify({
        url,
        type: 'image',
        sourceUrl: 'https://www.google.com/',
        party: 'first',
      });
    expect(onGoogle('https://www.google.com/images/logo.png')).toBeNull();
    expect(onGoogle('https://adservice.google.com/ddm/fls/z')?.evidence).toMatchObject({
      rule: 'adservice.google.com',
      pattern: 'doubleclick',
    });
  });

  it('deserializeClassifier gives the same answers from the shipped bytes', () => {
    const { engine, metaText } = trackerFiles();
    const restored = deserializeClassifier({ trackerEngine: engine, trackerMeta: metaText });
    const request = third('https://www.facebook.com/tr?id=1&ev=Purchase', 'image');
    expect(restored.classify(request)).toEqual(classifier.classify(request));
    expect(restored.trackerMeta.version).toBe('1.0.945');
  });

  it('refuses metadata of another format', () => {
    const { engine } = trackerFiles();
    expect(() =>
      deserializeClassifier({ trackerEngine: engine, trackerMeta: '{"format":1}' }),
    ).toThrow('trackerdb meta: not a format-2 metadata object (rebuild public/trackerdb)');
  });
});

describe('the engine is given the true request type', () => {
  const list = compileFilterList(classifyFixture('types.txt'), 'Request types');
  const classifier = bundledClassifier({
    userEngines: [{ listId: 'types', listName: 'Request types', engine: list.engine }],
  });
  const TYPES = Object.keys(ENGINE_REQUEST_TYPE) as RequestType[];
  const matchedTypes = (host: string): RequestType[] =>
    TYPES.filter((type) =>
      classifier.classify({
        url: `${type === 'websocket' ? 'wss' : 'https'}://${host}.types.example/x`,
        type,
        sourceUrl: type === 'main_frame' ? '' : PAGE,
        party: 'third',
      }),
    );

  it.each<[string, RequestType[]]>([
    ['main', ['main_frame']],
    ['sub', ['sub_frame']],
    ['css', ['stylesheet']],
    ['js', ['script']],
    ['img', ['image']],
    ['font', ['font']],
    ['obj', ['object']],
    ['xhr', ['xmlhttprequest']],
    ['ping', ['ping']],
    ['media', ['media']],
    ['ws', ['websocket']],
    // The engine files CSP reports under $other.
    ['other', ['csp_report', 'other']],
    ['any', TYPES],
  ])('%s.types.example matches %j', (host, types) => {
    expect(matchedTypes(host)).toEqual(types);
  });
});

describe('an unknown request type (untrusted input)', () => {
  const list = compileFilterList(classifyFixture('types.txt'), 'Request types');
  const classifier = bundledClassifier({
    userEngines: [{ listId: 'types', listName: 'Request types', engine: list.engine }],
  });

  it.each([
    ['other.types.example', true],
    ['img.types.example', false],
  ])('is matched as "other": %s → %s', (host, matches) => {
    const request = { ...third(`https://${host}/x`, 'image'), type: 'constructor' as RequestType };
    expect(classifier.classify(request) !== null).toBe(matches);
  });
});

const ep = realEasyPrivacy();

describe.skipIf(!ep)('with the real EasyPrivacy (../shared/data)', () => {
  it.each(requestCases('requests-easyprivacy.json'))('%s', (_, request, expected) => {
    expect(ep?.classifier.classify(request)).toEqual(expected);
  });

  it('the bundled database speaks first', () => {
    const request = third('https://www.facebook.com/tr?id=1&ev=PageView', 'image');
    expect(ep?.classifier.classify(request)?.evidence.source).toBe('trackerdb');
  });

  it('the blocking decision equals engine.match() on 20,000 generated requests', () => {
    if (!ep) return;
    const match = blockingMatcher(ep.engine);
    const differences: string[] = [];
    for (const r of requestCorpus(20_000, 99)) {
      const request = Request.fromRawDetails({
        url: r.url,
        sourceUrl: r.sourceUrl,
        type: ENGINE_REQUEST_TYPE[r.type],
      });
      const expected = ep.engine.match(request);
      const ours = match(request)?.toString() ?? null;
      const theirs = expected.match ? (expected.filter?.toString() ?? null) : null;
      if (ours !== theirs) differences.push(`${r.url}: ${ours} ≠ ${theirs}`);
    }
    expect(differences).toEqual([]);
  });
});
