// DuckDuckGo Tracker Radar / tracker blocking data set (tds.json):
//   { "trackers": { "example.net": { "domain", "owner": { "name", "displayName" },
//                                    "categories": [...], "default": "block"|"ignore",
//                                    "rules": [...] } },
//     "entities": { "Owner Inc.": { "displayName", "domains": [...] } },
//     "domains": { "example.net": "Owner Inc." } }
// Every key of "trackers" becomes a domain entry, "ignore" ones included:
// DuckDuckGo lists them because they can track; whether it blocks them by
// default is its own policy, not a fact about the domain.
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
  rank,
  sourceCursor,
} from './common.ts';
import { parseJson } from './json.ts';

/**
 * Tracker Radar category → SPEC category. A tracker gets the most invasive
 * category among its own (advertising > social > analytics > preferences >
 * necessary); categories that say nothing about purpose (CDN, Embedded
 * Content, Tag Manager, Badge, Non-Tracking, Obscure Ownership, Unknown High
 * Risk Behavior) are not mapped, and a tracker with none mapped is `unknown`.
 * "Third-Party Analytics Marketing" (analytics whose data is shared for
 * marketing) and "Action Pixels" (conversion pixels) are advertising.
 */
export const TDS_CATEGORY_MAP: Readonly<Record<string, Category>> = {
  Advertising: 'advertising',
  'Ad Motivated Tracking': 'advertising',
  'Action Pixels': 'advertising',
  'Third-Party Analytics Marketing': 'advertising',
  'Ad Fraud': 'advertising',
  'Social Network': 'social',
  'Social - Comment': 'social',
  'Social - Share': 'social',
  Analytics: 'analytics',
  'Audience Measurement': 'analytics',
  'Session Replay': 'analytics',
  'Federated Login': 'preferences',
  SSO: 'preferences',
  'Support Chat Widget': 'preferences',
  'Consent Management Platform': 'necessary',
  'Fraud Prevention': 'necessary',
  'Online Payment': 'necessary',
};

export function tdsCategory(categories: readonly unknown[]): Category {
  let best: Category = 'unknown';
  for (const name of categories) {
    const mapped = typeof name === 'string' ? ownValue(TDS_CATEGORY_MAP, name) : undefined;
    if (mapped && rank(mapped) < rank(best)) best = mapped;
  }
  return best;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function vendorOf(
  tracker: Record<string, unknown>,
  host: string,
  json: Record<string, unknown>,
): string | null {
  const owner = isRecord(tracker.owner) ? tracker.owner : {};
  const direct = text(owner.displayName) ?? text(owner.name);
  if (direct) return direct;
  const ownerName = isRecord(json.domains) ? text(json.domains[host]) : null;
  if (!ownerName) return null;
  const entity = isRecord(json.entities) ? json.entities[ownerName] : undefined;
  return (isRecord(entity) ? text(entity.displayName) : null) ?? ownerName;
}

export function parseTrackerDataSet(source: string): DomainList {
  const json = parseJson(source, 'tds');
  if (!isRecord(json) || !isRecord(json.trackers)) {
    throw new ListParseError('tds', 1, 'no "trackers" object: not a DuckDuckGo tds.json');
  }
  const domains = new Map<string, DomainListEntry>();
  const skipped: SkippedLine[] = [];
  const cursor = sourceCursor(source);

  for (const [key, tracker] of Object.entries(json.trackers)) {
    const quoted = JSON.stringify(key);
    cursor.seek(quoted);
    const host = normaliseHost(key);
    if (!host) {
      skipped.push({
        line: cursor.lineOf(quoted),
        reason: `tracker key ${quoted} is not a domain`,
      });
      continue;
    }
    if (!isRecord(tracker)) {
      skipped.push({
        line: cursor.lineOf(quoted),
        reason: `tracker ${quoted} is not an object`,
      });
      continue;
    }
    const categories = Array.isArray(tracker.categories) ? tracker.categories : [];
    addDomain(domains, host, {
      vendor: vendorOf(tracker, host, json),
      category: tdsCategory(categories),
    });
  }

  if (domains.size === 0) {
    const message = skipped.length > 0 ? 'no valid tracker entry' : 'no trackers';
    throw new ListParseError('tds', skipped[0]?.line ?? 1, message);
  }
  return { format: 'tds', domains, skipped };
}
