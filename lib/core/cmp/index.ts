// Consent-management platforms: what the site declares through its CMP
// (Cookiebot cc.js, OneTrust consent JSON, TCF) and what the user chose.
// Pure functions over text / JSON / cookie strings; the browser wiring
// (reading the page, fetching the files) lives outside lib/core.
export type {
  CmpName,
  CmpResult,
  DeclaredCookie,
  DeclaredPolicy,
  ConsentMethod,
  ConsentState,
  ConsentStatus,
  NamedCookie,
  TcfConsent,
} from './types.ts';
export { UNBOUNDED_DAYS, expiryTextToDays } from './durations.ts';
export { readJsLiteral, type JsValue } from './jsliteral.ts';
export {
  COOKIEBOT_TABLES,
  cookiebotPolicy,
  parseCookiebotCcJs,
  parseCookiebotDialog,
  readCookiebotCcJs,
  readCookiebotDialog,
  type CookiebotDeclaration,
  type CookiebotRow,
  type CookiebotTable,
} from './cookiebot.ts';
export {
  oneTrustGroupCategories,
  parseOneTrustConsentJson,
  readOneTrustGroups,
  type OneTrustCookie,
  type OneTrustGroup,
} from './onetrust.ts';
export { ONETRUST_DEFAULT_GROUPS, categoryOfGroupName, groupIdMap } from './onetrust-groups.ts';
export {
  cookiebotCcJsUrl,
  cookiebotIdFrom,
  oneTrustConsentJsonUrl,
  oneTrustDomainScriptFrom,
  oneTrustRuleSetIndexUrl,
  oneTrustRuleSets,
  type OneTrustRuleSet,
} from './discover.ts';
export { decodeTcString, parseTcfGetTcData } from './tcf.ts';
export {
  TCF_CATEGORIES,
  TCF_PURPOSES,
  TCF_PURPOSE_CATEGORY,
  tcfConsentState,
  tcfDeclaredPolicy,
} from './tcf-categories.ts';
export {
  confirmApiConsent,
  consentFromCookies,
  parseDateString,
  readConsentCookies,
  readCookiebotConsent,
  readOptanonConsent,
  readOptanonOptOut,
  readTcfConsentCookie,
  statusOf,
  type ConsentCookieOptions,
  type OptanonOptOut,
} from './consent.ts';
export {
  categoryAllowedAt,
  consentAt,
  consentTimeline,
  sameConsent,
  type ConsentChange,
  type ConsentObservation,
} from './timeline.ts';
export {
  parseUsPrivacyString,
  readUspApiData,
  type UsPrivacy,
  type UspApiData,
  type UspFlag,
} from './usp.ts';
export { decodeGppString, type GppDecoded, type GppOptOut, type GppUsSection } from './gpp.ts';
export {
  API_STATUSES,
  MAX_GPP_CHARS,
  readGppApiData,
  readOptOutApis,
  type ApiStatus,
  type GppApiData,
  type OptOutApis,
} from './optout-apis.ts';
export {
  OPT_OUT_COOKIES,
  compareOptOut,
  optOutCookies,
  readOptOutStrings,
  type OptOutComparison,
  type OptOutComparisons,
  type OptOutInputs,
  type OptOutOutcome,
  type OptOutStrings,
  type ReadString,
} from './optout.ts';
