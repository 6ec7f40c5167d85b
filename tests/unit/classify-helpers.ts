import { readFileSync } from 'node:fs';
import { FiltersEngine } from '@ghostery/adblocker';
import {
  type RequestClassification,
  type RequestClassifier,
  type RequestClassifierOptions,
  type RequestToClassify,
  type TrackerMeta,
  compileFilterList,
  createRequestClassifier,
  parseTrackerMeta,
} from '../../lib/core/classify/index.ts';
import { sharedData } from './lists-helpers.ts';

const ROOT = new URL('../../', import.meta.url);
const FIXTURES = new URL('../fixtures/classify/', import.meta.url);

export function classifyFixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** The bundled database exactly as the extension ships it. */
export function trackerFiles(): { engine: Uint8Array; metaText: string } {
  return {
    engine: readFileSync(new URL('public/trackerdb/engine.bin', ROOT)),
    metaText: readFileSync(new URL('public/trackerdb/meta.json', ROOT), 'utf8'),
  };
}

export function trackerOptions(): Pick<RequestClassifierOptions, 'trackerEngine' | 'trackerMeta'> {
  const { engine, metaText } = trackerFiles();
  const trackerMeta: TrackerMeta = parseTrackerMeta(JSON.parse(metaText));
  return { trackerEngine: FiltersEngine.deserialize(engine), trackerMeta };
}

export function bundledClassifier(
  extra: Omit<RequestClassifierOptions, 'trackerEngine' | 'trackerMeta'> = {},
): RequestClassifier {
  return createRequestClassifier({ ...trackerOptions(), ...extra });
}

export interface RealEasyPrivacy {
  text: string;
  classifier: RequestClassifier;
  engine: FiltersEngine;
}

let easyPrivacy: RealEasyPrivacy | null | undefined;

/** The bundled database + the real EasyPrivacy, or null (with a loud SKIPPED note) without ../shared/data. */
export function realEasyPrivacy(): RealEasyPrivacy | null {
  if (easyPrivacy !== undefined) return easyPrivacy;
  const text = sharedData('easyprivacy.txt');
  if (text === null) return (easyPrivacy = null);
  const compiled = compileFilterList(text, 'EasyPrivacy');
  const classifier = bundledClassifier({
    userEngines: [
      {
        listId: 'easyprivacy',
        listName: 'EasyPrivacy',
        engine: compiled.engine,
        profile: compiled.profile,
      },
    ],
  });
  return (easyPrivacy = { text, classifier, engine: compiled.engine });
}

export const PAGE = 'https://www.shop.example/products/42';

export interface RequestCase {
  name: string;
  request: RequestToClassify;
  expected: RequestClassification | null;
}

/** Data-driven request cases (tests/fixtures/classify/requests-*.json) as it.each rows. */
export function requestCases(
  file: string,
): [string, RequestToClassify, RequestClassification | null][] {
  const cases = JSON.parse(classifyFixture(file)) as RequestCase[];
  return cases.map((c) => [c.name, c.request, c.expected]);
}
