// Classification engine (SPEC "Classification"): requests and cookies →
// vendor, category and the evidence (list + rule) behind them. Pure: engines,
// metadata and lists are passed in; nothing here reads files or the network.
export type {
  AppliedCorrection,
  CookieEvidence,
  CookieEvidenceSource,
  CookieVerdict,
  RequestClassification,
  RequestEvidence,
  RequestEvidenceSource,
  RequestToClassify,
} from './types.ts';
export {
  ENGINE_REQUEST_TYPE,
  type RequestClassifier,
  type RequestClassifierOptions,
  type UserDomainList,
  type UserFilterEngine,
  createRequestClassifier,
} from './request.ts';
export {
  type SerializedClassifier,
  type SerializedFilterList,
  deserializeClassifier,
} from './deserialize.ts';
export {
  type CookieClassification,
  type CookieClassifierDeps,
  type CookieDeclaration,
  type CookieToClassify,
  type KnowledgeSource,
  type KnownCookieHit,
  classifyCookie,
  lookupKnownCookie,
} from './cookie.ts';
export {
  TRACKERDB_CATEGORY_MAP,
  TRACKERDB_LIST_ID,
  type TrackerIndex,
  type TrackerMeta,
  type TrackerPattern,
  createTrackerIndex,
  parseTrackerMeta,
} from './trackerdb.ts';
export {
  SECTION_PROFILES,
  USER_ENGINE_OPTIONS,
  type CompiledFilterList,
  type FilterListProfile,
  type FilterListSection,
  compileFilterList,
  filterListCategory,
  profileFilterList,
} from './filter-lists.ts';
export { isPixelFilter, isTrackingPixelRule } from './pixel.ts';
export { findListedDomain } from './domains.ts';
