// Service-worker cold start: bytes and JSON as read from the extension package
// and from storage → a ready classifier. No list is parsed here (parsing
// EasyPrivacy takes ~600 ms; deserialising its engine a few ms).
import { FiltersEngine } from '@ghostery/adblocker';
import type { FilterListProfile } from './filter-lists.ts';
import { type RequestClassifier, type UserDomainList, createRequestClassifier } from './request.ts';
import { type TrackerMeta, parseTrackerMeta } from './trackerdb.ts';

export interface SerializedFilterList {
  listId: string;
  listName: string;
  /** FiltersEngine.serialize() output. */
  engine: Uint8Array;
  profile?: FilterListProfile;
}

export interface SerializedClassifier {
  /** public/trackerdb/engine.bin */
  trackerEngine: Uint8Array;
  /** public/trackerdb/meta.json, as text or already parsed. */
  trackerMeta: string | unknown;
  userEngines?: readonly SerializedFilterList[];
  /** Domain lists are kept parsed (a Map of a few thousand hosts); pass them as they are. */
  domainLists?: readonly UserDomainList[];
  /** false: the bundled database is loaded for its metadata but classifies nothing. */
  trackerDatabase?: boolean;
}

/**
 * Throws when an engine was serialised by another adblocker version ("serialized
 * engine version mismatch"): the caller should then rebuild that list from its
 * text (user lists) or report a broken build (the bundled one).
 */
export function deserializeClassifier(input: SerializedClassifier): RequestClassifier {
  const meta: TrackerMeta = parseTrackerMeta(
    typeof input.trackerMeta === 'string' ? JSON.parse(input.trackerMeta) : input.trackerMeta,
  );
  return createRequestClassifier({
    trackerEngine: FiltersEngine.deserialize(input.trackerEngine),
    trackerMeta: meta,
    userEngines: (input.userEngines ?? []).map((u) => ({
      listId: u.listId,
      listName: u.listName,
      engine: FiltersEngine.deserialize(u.engine),
      ...(u.profile ? { profile: u.profile } : {}),
    })),
    ...(input.domainLists ? { domainLists: input.domainLists } : {}),
    ...(input.trackerDatabase === false ? { trackerDatabase: false } : {}),
  });
}
