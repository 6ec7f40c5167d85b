// Disconnect tracking-protection list (services.json):
//   { "categories": { "Advertising": [ { "Entity": { "https://entity/": ["a.com", …],
//                                                    "performance": "true" } } ] } }
// Non-array values beside the URL key are flags ("performance", "session-replay")
// and are ignored. Skipped items report the line where the offending text
// first appears after its entity.
import type { Category } from '../types.ts';
import {
  type DomainList,
  type DomainListEntry,
  type SkippedLine,
  ListParseError,
  addDomain,
  isRecord,
  normaliseHost,
  ownValue,
  sourceCursor,
} from './common.ts';
import { parseJson } from './json.ts';

/**
 * Disconnect category → SPEC category. Choices where the vocabulary has no
 * exact match:
 * - Content (embedded players, widgets) → unknown: not tracking by itself.
 * - Cryptomining → unknown: not a tracking purpose; the entry still shows.
 * - FingerprintingInvasive / FingerprintingGeneral → advertising: identifying
 *   a browser across sites is tracking, and the SPEC files tracking under
 *   advertising; the stricter reading is the safer one for an audit.
 * - Email / EmailAggressive → analytics: open and click measurement.
 * - "Disconnect" (Facebook, Google, Twitter… domains kept apart by Disconnect)
 *   → see DISCONNECT_SOCIAL_ENTITIES; used only for domains that no other
 *   category already classifies.
 */
export const DISCONNECT_CATEGORY_MAP: Readonly<Record<string, Category>> = {
  Advertising: 'advertising',
  Analytics: 'analytics',
  Social: 'social',
  Content: 'unknown',
  Cryptomining: 'unknown',
  FingerprintingInvasive: 'advertising',
  FingerprintingGeneral: 'advertising',
  Email: 'analytics',
  EmailAggressive: 'analytics',
};

/** Entities of the "Disconnect" category that are social networks; the rest → advertising. */
export const DISCONNECT_SOCIAL_ENTITIES: ReadonlySet<string> = new Set([
  'Facebook',
  'Twitter',
  'LinkedIn',
  'Instagram',
  'Pinterest',
  'Reddit',
  'VKontakte',
  'TikTok',
]);

interface Pending {
  host: string;
  entry: DomainListEntry;
}

export function parseDisconnectServices(text: string): DomainList {
  const json = parseJson(text, 'disconnect');
  if (!isRecord(json) || !isRecord(json.categories)) {
    throw new ListParseError(
      'disconnect',
      1,
      'no "categories" object: not a Disconnect services.json',
    );
  }
  const domains = new Map<string, DomainListEntry>();
  const skipped: SkippedLine[] = [];
  const deferred: Pending[] = [];
  const source = sourceCursor(text);
  const skip = (needle: string, reason: string): void => {
    skipped.push({ line: source.lineOf(needle), reason });
  };

  for (const [categoryName, entities] of Object.entries(json.categories)) {
    source.seek(JSON.stringify(categoryName));
    if (!Array.isArray(entities)) {
      skip(JSON.stringify(categoryName), `category "${categoryName}" is not a list of entities`);
      continue;
    }
    const isDisconnect = categoryName === 'Disconnect';
    const category = ownValue(DISCONNECT_CATEGORY_MAP, categoryName) ?? 'unknown';
    for (const item of entities) {
      if (!isRecord(item)) {
        skip(JSON.stringify(item) ?? '', `an entry of "${categoryName}" is not an object`);
        continue;
      }
      for (const [entityName, urls] of Object.entries(item)) {
        source.seek(JSON.stringify(entityName));
        if (!isRecord(urls)) {
          skip(JSON.stringify(entityName), `entity "${entityName}" has no URL → domains object`);
          continue;
        }
        const entityCategory = isDisconnect
          ? DISCONNECT_SOCIAL_ENTITIES.has(entityName)
            ? 'social'
            : 'advertising'
          : category;
        const entry: DomainListEntry = { vendor: entityName, category: entityCategory };
        for (const list of Object.values(urls)) {
          if (!Array.isArray(list)) continue;
          for (const value of list) {
            const host = typeof value === 'string' ? normaliseHost(value) : null;
            if (!host) {
              const shown = JSON.stringify(value);
              skip(shown, `${shown} of "${entityName}" is not a domain`);
              continue;
            }
            if (isDisconnect) deferred.push({ host, entry });
            else addDomain(domains, host, entry);
          }
        }
      }
    }
  }
  for (const { host, entry } of deferred) if (!domains.has(host)) domains.set(host, entry);

  if (domains.size === 0) {
    throw new ListParseError('disconnect', skipped[0]?.line ?? 1, 'no domains in any category');
  }
  return { format: 'disconnect', domains, skipped };
}
