// Well-known cookie names a policy's cookie table may list, with their
// category: the names the project's known-cookie table no longer holds because
// the Open Cookie Database says the same (the extension classifies observed
// cookies with the database itself). The policy reader is pure and has no
// database at hand, so it reads table rows with the built-in table plus these;
// a unit test checks that the bundled database agrees with every one.
import type { KnownCookie } from '../known-cookies/types.ts';
import type { Category } from '../types.ts';

const ROWS: readonly [name: string, match: KnownCookie['match'], category: Category][] = [
  ['_ga', 'exact', 'analytics'],
  ['_ga_', 'prefix', 'analytics'],
  ['_gid', 'exact', 'analytics'],
  ['_gat', 'exact', 'analytics'],
  ['_dc_gtm_', 'prefix', 'analytics'],
  ['_gac_', 'prefix', 'advertising'],
  ['AMP_TOKEN', 'exact', 'analytics'],
  ['__utma', 'exact', 'analytics'],
  ['__utmb', 'exact', 'analytics'],
  ['__utmc', 'exact', 'analytics'],
  ['__utmt', 'exact', 'analytics'],
  ['__utmz', 'exact', 'analytics'],
  ['_gcl_au', 'exact', 'advertising'],
  ['_gcl_aw', 'exact', 'advertising'],
  ['_gcl_dc', 'exact', 'advertising'],
  ['__gpi', 'exact', 'advertising'],
  ['li_sugr', 'exact', 'advertising'],
  ['_ttp', 'exact', 'advertising'],
  ['_tt_enable_cookie', 'exact', 'advertising'],
  ['_scid_r', 'exact', 'advertising'],
  ['_hjid', 'exact', 'analytics'],
  ['_hjCachedUserAttributes', 'exact', 'analytics'],
  ['s_cc', 'exact', 'analytics'],
  ['s_sq', 'exact', 'analytics'],
  ['_pk_id.', 'prefix', 'analytics'],
  ['_pk_ses.', 'prefix', 'analytics'],
  // Matomo's names as policies list them, without the site id ("_pk_id | 13 months").
  ['_pk_id', 'exact', 'analytics'],
  ['_pk_ses', 'exact', 'analytics'],
  ['_pk_ref', 'exact', 'analytics'],
  ['_pk_cvar', 'exact', 'analytics'],
  ['_pk_testcookie', 'exact', 'analytics'],
  ['mp_', 'prefix', 'analytics'],
  ['_ym_uid', 'exact', 'analytics'],
  ['_ym_d', 'exact', 'analytics'],
  ['_ym_isad', 'exact', 'analytics'],
  ['_ym_metrika_enabled', 'exact', 'analytics'],
  ['comment_author_', 'prefix', 'preferences'],
];

export const POLICY_COOKIE_NAMES: readonly KnownCookie[] = ROWS.map(([name, match, category]) => ({
  name,
  match,
  category,
  vendor: 'unknown',
  lifetimeDays: null,
  source: 'https://github.com/jkwakman/Open-Cookie-Database',
}));
