// Known-cookie table — the project's own work, MIT licence like the rest of
// the project. The Open Cookie Database (bundled, Apache-2.0) is the default
// cookie knowledge; this table comes before it and holds only what the
// database lacks (cookies it does not list) or files differently (category or
// lifetime, each such entry saying why in `ocd`). Every row was written by hand from the public documentation
// given in `source`: the vendor's or framework's own wherever it exists (for
// FPID/FPLC, on which Google states no lifetime, a practitioner's write-up);
// nothing is copied from a third-party cookie database. Lifetimes are the
// documented defaults in days (a month counts 30, a year 365): many are
// configurable by the site, and Chromium caps stored lifetimes at 400 days.
// Where a vendor names a cookie but publishes no lifetime, the value is the
// one its Set-Cookie header carries and `note` says so. Categories map the
// vendor's stated purpose onto the SPEC vocabulary; consent-state cookies are
// `necessary`. Cookies set on a social network's own domain (seen on other
// sites through embeds and buttons) are `social` unless the vendor says they
// serve advertising.
//
// Deliberately absent because no lifetime could be confirmed: __gsas,
// muc_ads, tt_chain_token, adrl, taboola_usg.

import type { Category } from '../types.ts';
import type { KnownCookie } from './types.ts';

const minutes = (n: number): number => n / 1440;
const hours = (n: number): number => n / 24;
const DAY = 1;
const MONTH = 30;
const YEAR = 365;

const GA_UA = 'https://developers.google.com/analytics/resources/concepts/gaConceptsCookies';
const G_ADS = 'https://business.safety.google/adscookies/';
const G_POLICY = 'https://policies.google.com/technologies/cookies';
const G_SST =
  'https://www.simoahava.com/analytics/fpid-cookie-google-analytics-server-side-tagging/';
const G_FPLC = 'https://www.simoahava.com/gtm-tips/cross-domain-tracking-server-side-fpid-cookie/';
const META = 'https://www.facebook.com/privacy/policies/cookies/';
const META_PIXEL =
  'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/';
const CLARITY = 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list';
const MS_UET = 'https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_uet_faq';
const LINKEDIN = 'https://www.linkedin.com/legal/l/cookie-table';
const TIKTOK_POLICY = 'https://www.tiktok.com/legal/page/global/cookie-policy/en';
const X = 'https://help.x.com/en/rules-and-policies/x-cookies';
const PINTEREST =
  'https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies';
const SNAP = 'https://www.snap.com/privacy/cookie-information';
const HOTJAR =
  'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code';
const HUBSPOT =
  'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser';
const ADOBE_ANALYTICS =
  'https://experienceleague.adobe.com/en/docs/core-services/interface/data-collection/cookies/analytics';
const ADOBE_ECID = 'https://experienceleague.adobe.com/en/docs/id-service/using/intro/cookies';
const MATOMO = 'https://matomo.org/faq/general/faq_146/';
const SEGMENT =
  'https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/identity/';
const AMPLITUDE = 'https://amplitude.com/docs/sdks/analytics/browser/browser-sdk-2';
const CRITEO = 'https://www.criteo.com/privacy/';
const QUANTCAST = 'https://www.quantcast.com/privacy/';
const TABOOLA = 'https://www.taboola.com/policies/cookie-policy';
const OUTBRAIN = 'https://www.outbrain.com/privacy/cookies/';
const YANDEX = 'https://yandex.com/support/metrica/general/cookie-usage.html';
const ONETRUST = 'https://my.onetrust.com/s/article/UUID-2dc719a8-4be5-8d16-1dc8-c7b4147b88e0';
const COOKIEBOT = 'https://www.cookiebot.com/en/cookie-declaration/';
const COOKIEYES = 'https://www.cookieyes.com/documentation/cookies-set-by-cookieyes/';
const DIDOMI = 'https://developers.didomi.io/cmp/web-sdk/consent-notice/cookies';
const USERCENTRICS = 'https://www.npmjs.com/package/@usercentrics/cmp-browser-sdk';
const TCF =
  'https://github.com/InteractiveAdvertisingBureau/GDPR-Transparency-and-Consent-Framework';
const CLOUDFLARE =
  'https://developers.cloudflare.com/fundamentals/reference/policies-compliances/cloudflare-cookies/';
const AWS_ALB =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html';
const AWS_CLB =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-sticky-sessions.html';
const IMPERVA = 'https://docs.imperva.com/bundle/cloud-application-security/page/cookies.htm';
const STRIPE = 'https://docs.stripe.com/disputes/prevention/advanced-fraud-detection';
const SHOPIFY = 'https://www.shopify.com/legal/cookies';
const WORDPRESS = 'https://developer.wordpress.org/advanced-administration/wordpress/cookies/';
const PHP = 'https://www.php.net/manual/en/session.configuration.php';
const SERVLET = 'https://jakarta.ee/specifications/servlet/6.0/jakarta-servlet-spec-6.0';
const ASPNET_SESSION =
  'https://learn.microsoft.com/en-us/dotnet/api/system.web.configuration.sessionstatesection.cookiename';
const ASPNET_FORMS =
  'https://learn.microsoft.com/en-us/dotnet/api/system.web.security.formsauthentication.formscookiename';
const ASPNET_CSRF =
  'https://learn.microsoft.com/en-us/aspnet/web-api/overview/security/preventing-cross-site-request-forgery-csrf-attacks';
const ASPNETCORE = 'https://learn.microsoft.com/en-us/aspnet/core/security/gdpr';
const DJANGO = 'https://docs.djangoproject.com/en/stable/ref/settings/';
const LARAVEL_CSRF = 'https://laravel.com/docs/csrf';
const LARAVEL_SESSION = 'https://laravel.com/docs/session';
const EXPRESS = 'https://expressjs.com/en/resources/middleware/session.html';

interface Extra {
  domain?: string;
  note?: string;
  storage?: 'localStorage';
  /** Why the entry is here although the Open Cookie Database has the cookie (see below). */
  ocd?: string;
}

// Why an entry the Open Cookie Database also has stays in this table (the
// table holds only what the database lacks or files differently; a unit test
// checks each entry against the bundled snapshot).
/** Ours is necessary, the database's Functional, Analytics or Marketing. */
const NECESSARY_EXEMPT =
  'stores the consent choice itself, or serves the session, login, security or load balancing the visitor asked for: strictly necessary, exempt from consent (Article 29 Working Party, Opinion 04/2012); the Open Cookie Database files it under another category';
/** Ours is social, the database's Marketing or Functional. */
const SOCIAL_OWN_DOMAIN =
  "the social network's own cookie, seen on other sites through its embeds and share buttons: social; the Open Cookie Database files it under another category";
/** The vendor's own documentation (the entry's source) gives another purpose. */
const VENDOR_PURPOSE =
  "the vendor's documentation (source) states this purpose; the Open Cookie Database files it under another category";
/** Same category; the vendor's documentation gives the lifetime the database lacks or differs on. */
const VENDOR_LIFETIME =
  "the vendor's documentation (source) states this lifetime; the Open Cookie Database gives another or none";

function exact(
  name: string,
  vendor: string,
  category: Category,
  lifetimeDays: number | null,
  source: string,
  extra: Extra = {},
): KnownCookie {
  return { name, match: 'exact', vendor, category, lifetimeDays, source, ...extra };
}

function prefix(
  name: string,
  vendor: string,
  category: Category,
  lifetimeDays: number | null,
  source: string,
  extra: Extra = {},
): KnownCookie {
  return { name, match: 'prefix', vendor, category, lifetimeDays, source, ...extra };
}

const EEA_13_MONTHS = '13 months in the EEA, UK and Switzerland; 24 months elsewhere';
const SET_COOKIE_ONLY = 'no lifetime published per cookie; value from the Set-Cookie it sends';
const SITE_SET = 'default; the site can configure it';

export const KNOWN_COOKIES: readonly KnownCookie[] = [
  // Google Analytics (gtag.js / GA4, analytics.js, legacy ga.js)
  prefix('_gat_', 'Google', 'analytics', minutes(1), GA_UA),
  exact('__utmv', 'Google', 'analytics', 2 * YEAR, GA_UA),
  exact('FPID', 'Google', 'analytics', 2 * YEAR, G_SST, { note: SITE_SET, ocd: VENDOR_LIFETIME }),
  exact('FPLC', 'Google', 'analytics', hours(20), G_FPLC, { ocd: VENDOR_LIFETIME }),
  // Google advertising (Ads, AdSense, Ad Manager, DoubleClick)
  exact('__gads', 'Google', 'advertising', 13 * MONTH, G_ADS, { ocd: VENDOR_LIFETIME }),
  exact('__eoi', 'Google', 'advertising', 6 * MONTH, G_ADS, { ocd: VENDOR_PURPOSE }),
  exact('IDE', 'Google', 'advertising', 13 * MONTH, G_POLICY, {
    domain: 'doubleclick.net',
    note: EEA_13_MONTHS,
    ocd: VENDOR_LIFETIME,
  }),
  exact('test_cookie', 'Google', 'advertising', minutes(15), G_ADS, {
    domain: 'doubleclick.net',
    ocd: VENDOR_PURPOSE,
  }),
  exact('ANID', 'Google', 'advertising', 13 * MONTH, G_POLICY, {
    domain: 'google.com',
    note: EEA_13_MONTHS,
    ocd: VENDOR_PURPOSE,
  }),
  exact('NID', 'Google', 'advertising', 6 * MONTH, G_POLICY, {
    domain: 'google.com',
    note: 'Google lists it for preferences and for ads on Google services; the ads use is kept',
    ocd: VENDOR_LIFETIME,
  }),
  exact('1P_JAR', 'Google', 'advertising', 1 * MONTH, G_POLICY, {
    domain: 'google.com',
    note: 'retired by Google in 2024',
  }),
  exact('AEC', 'Google', 'necessary', 6 * MONTH, G_POLICY, {
    domain: 'google.com',
    ocd: NECESSARY_EXEMPT,
  }),
  exact('SOCS', 'Google', 'necessary', 13 * MONTH, G_POLICY, {
    domain: 'google.com',
    ocd: NECESSARY_EXEMPT,
  }),
  exact('__Secure-ENID', 'Google', 'preferences', 13 * MONTH, G_POLICY, {
    domain: 'google.com',
    ocd: VENDOR_LIFETIME,
  }),
  exact('pm_sess', 'Google', 'necessary', minutes(30), G_POLICY, {
    domain: 'google.com',
    ocd: NECESSARY_EXEMPT,
  }),
  // YouTube (Google): categories follow Google's stated purpose (security, preferences)
  exact('YSC', 'Google', 'necessary', null, G_POLICY, {
    domain: 'youtube.com',
    ocd: NECESSARY_EXEMPT,
  }),
  exact('VISITOR_INFO1_LIVE', 'Google', 'preferences', 6 * MONTH, G_POLICY, {
    domain: 'youtube.com',
    ocd: VENDOR_PURPOSE,
  }),
  exact('__Secure-YEC', 'Google', 'preferences', 13 * MONTH, G_POLICY, { domain: 'youtube.com' }),
  // Meta (Facebook, Instagram)
  exact('_fbp', 'Meta', 'advertising', 90 * DAY, META_PIXEL),
  exact('_fbc', 'Meta', 'advertising', 90 * DAY, META_PIXEL),
  exact('datr', 'Meta', 'social', 2 * YEAR, META, {
    domain: 'facebook.com',
    note: `Meta: security and site integrity; ${SET_COOKIE_ONLY}`,
    ocd: SOCIAL_OWN_DOMAIN,
  }),
  exact('sb', 'Meta', 'social', 2 * YEAR, META, {
    domain: 'facebook.com',
    note: `Meta: identifies the browser for security; ${SET_COOKIE_ONLY}`,
    ocd: SOCIAL_OWN_DOMAIN,
  }),
  exact('c_user', 'Meta', 'social', 365 * DAY, META, {
    domain: 'facebook.com',
    ocd: SOCIAL_OWN_DOMAIN,
  }),
  exact('xs', 'Meta', 'social', 365 * DAY, META, {
    domain: 'facebook.com',
    ocd: SOCIAL_OWN_DOMAIN,
  }),
  exact('wd', 'Meta', 'social', 7 * DAY, META, { domain: 'facebook.com', ocd: SOCIAL_OWN_DOMAIN }),
  exact('dpr', 'Meta', 'social', 7 * DAY, META, { domain: 'facebook.com' }),
  exact('oo', 'Meta', 'preferences', 5 * YEAR, META, {
    domain: 'facebook.com',
    note: 'records an opt-out of ads based on activity off Meta',
    ocd: VENDOR_PURPOSE,
  }),
  exact('presence', 'Meta', 'social', null, META, {
    domain: 'facebook.com',
    ocd: SOCIAL_OWN_DOMAIN,
  }),
  // Microsoft Advertising (UET) and Clarity
  exact('_uetsid', 'Microsoft', 'advertising', 1 * DAY, MS_UET),
  exact('_uetvid', 'Microsoft', 'advertising', 13 * MONTH, MS_UET),
  exact('_uetmsclkid', 'Microsoft', 'advertising', 90 * DAY, MS_UET),
  exact('MUID', 'Microsoft', 'advertising', 1 * YEAR, CLARITY),
  exact('_clck', 'Microsoft', 'analytics', 1 * YEAR, CLARITY),
  exact('_clsk', 'Microsoft', 'analytics', 1 * DAY, CLARITY),
  exact('ANONCHK', 'Microsoft', 'advertising', minutes(10), CLARITY),
  exact('SM', 'Microsoft', 'advertising', null, CLARITY, {
    domain: 'clarity.ms',
    ocd: VENDOR_PURPOSE,
  }),
  exact('MR', 'Microsoft', 'advertising', 7 * DAY, CLARITY, { domain: 'clarity.ms' }),
  // LinkedIn
  exact('bcookie', 'LinkedIn', 'social', 1 * YEAR, LINKEDIN),
  exact('bscookie', 'LinkedIn', 'social', 1 * YEAR, LINKEDIN),
  exact('lidc', 'LinkedIn', 'social', 1 * DAY, LINKEDIN),
  exact('li_gc', 'LinkedIn', 'necessary', 6 * MONTH, LINKEDIN),
  exact('li_at', 'LinkedIn', 'social', 1 * YEAR, LINKEDIN),
  exact('liap', 'LinkedIn', 'social', 1 * YEAR, LINKEDIN),
  exact('UserMatchHistory', 'LinkedIn', 'advertising', 30 * DAY, LINKEDIN),
  exact('AnalyticsSyncHistory', 'LinkedIn', 'analytics', 30 * DAY, LINKEDIN),
  exact('lms_ads', 'LinkedIn', 'advertising', 30 * DAY, LINKEDIN),
  exact('lms_analytics', 'LinkedIn', 'analytics', 30 * DAY, LINKEDIN),
  exact('li_fat_id', 'LinkedIn', 'advertising', 30 * DAY, LINKEDIN, { ocd: VENDOR_PURPOSE }),
  // TikTok
  exact('ttwid', 'TikTok', 'social', 1 * YEAR, TIKTOK_POLICY, { note: SET_COOKIE_ONLY }),
  // X (Twitter)
  exact('guest_id', 'X', 'social', 34_190_248 / 86_400, X, { note: SET_COOKIE_ONLY }),
  exact('guest_id_ads', 'X', 'advertising', 34_190_248 / 86_400, X, { note: SET_COOKIE_ONLY }),
  exact('guest_id_marketing', 'X', 'advertising', 34_190_248 / 86_400, X, {
    note: SET_COOKIE_ONLY,
  }),
  exact('personalization_id', 'X', 'advertising', 2 * YEAR, X, { note: SET_COOKIE_ONLY }),
  // Pinterest
  exact('_pin_unauth', 'Pinterest', 'advertising', 1 * YEAR, PINTEREST, { note: SET_COOKIE_ONLY }),
  exact('_pinterest_ct_ua', 'Pinterest', 'advertising', 1 * YEAR, PINTEREST, {
    note: SET_COOKIE_ONLY,
  }),
  exact('_derived_epik', 'Pinterest', 'advertising', 1 * YEAR, PINTEREST, {
    note: SET_COOKIE_ONLY,
  }),
  exact('_epik', 'Pinterest', 'advertising', 1 * YEAR, PINTEREST, { note: SET_COOKIE_ONLY }),
  // Snap
  exact('_scid', 'Snap', 'advertising', 13 * MONTH, SNAP, { ocd: VENDOR_LIFETIME }),
  // Hotjar
  prefix('_hjSessionUser_', 'Hotjar', 'analytics', 365 * DAY, HOTJAR, { ocd: VENDOR_PURPOSE }),
  prefix('_hjSession_', 'Hotjar', 'analytics', minutes(30), HOTJAR, { ocd: VENDOR_PURPOSE }),
  exact('_hjIncludedInSessionSample', 'Hotjar', 'analytics', minutes(30), HOTJAR, {
    ocd: VENDOR_PURPOSE,
  }),
  exact('_hjIncludedInPageviewSample', 'Hotjar', 'analytics', minutes(30), HOTJAR, {
    ocd: VENDOR_PURPOSE,
  }),
  exact('_hjAbsoluteSessionInProgress', 'Hotjar', 'analytics', minutes(30), HOTJAR, {
    ocd: VENDOR_PURPOSE,
  }),
  exact('_hjFirstSeen', 'Hotjar', 'analytics', null, HOTJAR, { ocd: VENDOR_PURPOSE }),
  exact('_hjTLDTest', 'Hotjar', 'analytics', null, HOTJAR, { ocd: VENDOR_PURPOSE }),
  exact('_hjUserAttributesHash', 'Hotjar', 'analytics', null, HOTJAR, { ocd: VENDOR_PURPOSE }),
  exact('_hjSessionTooLarge', 'Hotjar', 'analytics', null, HOTJAR, { ocd: VENDOR_PURPOSE }),
  exact('_hjSessionRejected', 'Hotjar', 'analytics', null, HOTJAR, { ocd: VENDOR_PURPOSE }),
  exact('_hjRecordingEnabled', 'Hotjar', 'analytics', null, HOTJAR),
  exact('_hjClosedSurveyInvites', 'Hotjar', 'preferences', 365 * DAY, HOTJAR, {
    ocd: VENDOR_PURPOSE,
  }),
  exact('_hjDonePolls', 'Hotjar', 'preferences', 365 * DAY, HOTJAR, { ocd: VENDOR_PURPOSE }),
  exact('_hjMinimizedPolls', 'Hotjar', 'preferences', 365 * DAY, HOTJAR, { ocd: VENDOR_PURPOSE }),
  exact('_hjShownFeedbackMessage', 'Hotjar', 'preferences', 365 * DAY, HOTJAR, {
    ocd: VENDOR_PURPOSE,
  }),
  // HubSpot (lifetimes as of the 2024 revision of the article: 6 months)
  exact('__hstc', 'HubSpot', 'analytics', 6 * MONTH, HUBSPOT),
  exact('hubspotutk', 'HubSpot', 'analytics', 6 * MONTH, HUBSPOT),
  exact('__hssc', 'HubSpot', 'analytics', minutes(30), HUBSPOT),
  exact('__hssrc', 'HubSpot', 'analytics', null, HUBSPOT),
  exact('__hs_opt_out', 'HubSpot', 'necessary', 6 * MONTH, HUBSPOT),
  exact('__hs_do_not_track', 'HubSpot', 'necessary', 6 * MONTH, HUBSPOT),
  exact('__hs_initial_opt_in', 'HubSpot', 'necessary', 7 * DAY, HUBSPOT),
  exact('__hs_cookie_cat_pref', 'HubSpot', 'necessary', 6 * MONTH, HUBSPOT, {
    ocd: NECESSARY_EXEMPT,
  }),
  exact('__hsmem', 'HubSpot', 'necessary', 1 * YEAR, HUBSPOT),
  exact('hs_ab_test', 'HubSpot', 'preferences', null, HUBSPOT),
  exact('messagesUtk', 'HubSpot', 'preferences', 6 * MONTH, HUBSPOT),
  exact('hs-messages-is-open', 'HubSpot', 'preferences', minutes(30), HUBSPOT),
  exact('hs-messages-hide-welcome-message', 'HubSpot', 'preferences', 1 * DAY, HUBSPOT),
  // Adobe Experience Cloud (Analytics, ECID, Audience Manager)
  prefix('AMCV_', 'Adobe', 'analytics', 2 * YEAR, ADOBE_ECID, { ocd: VENDOR_PURPOSE }),
  prefix('AMCVS_', 'Adobe', 'analytics', null, ADOBE_ECID, { ocd: VENDOR_PURPOSE }),
  exact('s_vi', 'Adobe', 'analytics', 2 * YEAR, ADOBE_ANALYTICS),
  exact('s_fid', 'Adobe', 'analytics', 2 * YEAR, ADOBE_ANALYTICS, { ocd: VENDOR_LIFETIME }),
  exact('s_ecid', 'Adobe', 'analytics', 2 * YEAR, ADOBE_ANALYTICS, { ocd: VENDOR_PURPOSE }),
  exact('demdex', 'Adobe', 'advertising', 180 * DAY, ADOBE_ECID),
  // Matomo
  prefix('_pk_ref.', 'Matomo', 'analytics', 6 * MONTH, MATOMO),
  prefix('_pk_cvar.', 'Matomo', 'analytics', minutes(30), MATOMO),
  prefix('_pk_hsr.', 'Matomo', 'analytics', minutes(30), MATOMO),
  exact('mtm_consent', 'Matomo', 'necessary', 30 * YEAR, MATOMO, { ocd: NECESSARY_EXEMPT }),
  exact('mtm_consent_removed', 'Matomo', 'necessary', 30 * YEAR, MATOMO, { ocd: NECESSARY_EXEMPT }),
  exact('mtm_cookie_consent', 'Matomo', 'necessary', 30 * YEAR, MATOMO, { ocd: NECESSARY_EXEMPT }),
  exact('MATOMO_SESSID', 'Matomo', 'necessary', null, MATOMO),
  // Product analytics
  exact('ajs_anonymous_id', 'Segment', 'analytics', 1 * YEAR, SEGMENT),
  exact('ajs_user_id', 'Segment', 'analytics', 1 * YEAR, SEGMENT),
  exact('ajs_group_id', 'Segment', 'analytics', 1 * YEAR, SEGMENT),
  prefix('amp_', 'Amplitude', 'analytics', 1 * YEAR, AMPLITUDE, { note: SITE_SET }),
  prefix('AMP_', 'Amplitude', 'analytics', 1 * YEAR, AMPLITUDE, { note: SITE_SET }),
  // Ad networks and content recommendation
  exact('cto_bundle', 'Criteo', 'advertising', 13 * MONTH, CRITEO),
  exact('cto_bidid', 'Criteo', 'advertising', 13 * MONTH, CRITEO),
  exact('uid', 'Criteo', 'advertising', 13 * MONTH, CRITEO, { domain: 'criteo.com' }),
  exact('__qca', 'Quantcast', 'advertising', 13 * MONTH, QUANTCAST, { ocd: VENDOR_LIFETIME }),
  exact('t_gid', 'Taboola', 'advertising', 1 * YEAR, TABOOLA),
  exact('t_pt_gid', 'Taboola', 'advertising', 1 * YEAR, TABOOLA),
  exact('taboola_session_id', 'Taboola', 'preferences', null, TABOOLA),
  exact('obuid', 'Outbrain', 'advertising', 90 * DAY, OUTBRAIN),
  // Yandex Metrica and Yandex ads
  exact('_ym_visorc', 'Yandex', 'analytics', minutes(30), YANDEX),
  exact('_ym_hostIndex', 'Yandex', 'analytics', 1 * DAY, YANDEX),
  exact('_ym_debug', 'Yandex', 'analytics', null, YANDEX),
  exact('ymex', 'Yandex', 'analytics', 1 * YEAR, YANDEX),
  exact('yandexuid', 'Yandex', 'advertising', 1 * YEAR, YANDEX),
  exact('yuidss', 'Yandex', 'advertising', 1 * YEAR, YANDEX),
  exact('yabs-sid', 'Yandex', 'advertising', null, YANDEX),
  // Consent-management platforms: consent state is necessary
  exact('OptanonConsent', 'OneTrust', 'necessary', 1 * YEAR, ONETRUST, {
    note: SITE_SET,
    ocd: NECESSARY_EXEMPT,
  }),
  exact('OptanonAlertBoxClosed', 'OneTrust', 'necessary', 1 * YEAR, ONETRUST, {
    note: SITE_SET,
    ocd: NECESSARY_EXEMPT,
  }),
  exact('eupubconsent-v2', 'OneTrust', 'necessary', 1 * YEAR, ONETRUST, { note: SITE_SET }),
  exact('CookieConsent', 'Cookiebot', 'necessary', 1 * YEAR, COOKIEBOT, { ocd: NECESSARY_EXEMPT }),
  exact('cookieyes-consent', 'CookieYes', 'necessary', 1 * YEAR, COOKIEYES, {
    ocd: NECESSARY_EXEMPT,
  }),
  exact('didomi_token', 'Didomi', 'necessary', 1 * YEAR, DIDOMI, {
    note: SITE_SET,
    ocd: NECESSARY_EXEMPT,
  }),
  exact('euconsent-v2', 'IAB TCF', 'necessary', 13 * MONTH, TCF, {
    note: 'TCF v2 consent string; written by the CMP, which sets its lifetime (commonly 13 months)',
    ocd: NECESSARY_EXEMPT,
  }),
  exact('uc_settings', 'Usercentrics', 'necessary', null, USERCENTRICS, {
    storage: 'localStorage',
    note: 'a localStorage key of the Usercentrics browser SDK, not a cookie',
  }),
  exact('uc_user_interaction', 'Usercentrics', 'necessary', null, USERCENTRICS, {
    storage: 'localStorage',
    note: 'a localStorage key of the Usercentrics browser SDK, not a cookie',
  }),
  // CDN, bot protection, load balancers, payment fraud prevention
  exact('__cf_bm', 'Cloudflare', 'necessary', minutes(30), CLOUDFLARE, { ocd: NECESSARY_EXEMPT }),
  exact('cf_clearance', 'Cloudflare', 'necessary', minutes(30), CLOUDFLARE, {
    note: 'follows the zone’s Challenge Passage setting (default 30 minutes)',
    ocd: NECESSARY_EXEMPT,
  }),
  exact('__cfruid', 'Cloudflare', 'necessary', null, CLOUDFLARE, { ocd: NECESSARY_EXEMPT }),
  exact('_cfuvid', 'Cloudflare', 'necessary', null, CLOUDFLARE, { ocd: NECESSARY_EXEMPT }),
  exact('__cflb', 'Cloudflare', 'necessary', null, CLOUDFLARE, {
    note: 'session cookie; affinity lasts up to 24 hours',
    ocd: NECESSARY_EXEMPT,
  }),
  exact('AWSALB', 'Amazon Web Services', 'necessary', 7 * DAY, AWS_ALB, { ocd: NECESSARY_EXEMPT }),
  exact('AWSALBCORS', 'Amazon Web Services', 'necessary', 7 * DAY, AWS_ALB, {
    ocd: NECESSARY_EXEMPT,
  }),
  exact('AWSALBTG', 'Amazon Web Services', 'necessary', 7 * DAY, AWS_ALB, {
    ocd: NECESSARY_EXEMPT,
  }),
  exact('AWSALBTGCORS', 'Amazon Web Services', 'necessary', 7 * DAY, AWS_ALB, {
    ocd: NECESSARY_EXEMPT,
  }),
  exact('AWSELB', 'Amazon Web Services', 'necessary', null, AWS_CLB, {
    note: 'browser-session unless the stickiness policy sets an expiration period',
    ocd: NECESSARY_EXEMPT,
  }),
  prefix('incap_ses_', 'Imperva', 'necessary', null, IMPERVA, { ocd: NECESSARY_EXEMPT }),
  prefix('visid_incap_', 'Imperva', 'necessary', 1 * YEAR, IMPERVA, { ocd: NECESSARY_EXEMPT }),
  prefix('nlbi_', 'Imperva', 'necessary', null, IMPERVA, { ocd: NECESSARY_EXEMPT }),
  exact('__stripe_mid', 'Stripe', 'necessary', 1 * YEAR, STRIPE),
  exact('__stripe_sid', 'Stripe', 'necessary', minutes(30), STRIPE),
  // Shop and CMS platforms
  exact('_shopify_y', 'Shopify', 'analytics', 1 * YEAR, SHOPIFY),
  exact('_shopify_s', 'Shopify', 'analytics', minutes(30), SHOPIFY),
  exact('_tracking_consent', 'Shopify', 'necessary', 1 * YEAR, SHOPIFY),
  exact('secure_customer_sig', 'Shopify', 'necessary', 1 * YEAR, SHOPIFY),
  prefix('wordpress_logged_in_', 'WordPress', 'necessary', null, WORDPRESS, {
    note: 'session, or 14 days with “Remember Me”',
    ocd: NECESSARY_EXEMPT,
  }),
  prefix('wordpress_sec_', 'WordPress', 'necessary', null, WORDPRESS),
  exact('wordpress_test_cookie', 'WordPress', 'necessary', null, WORDPRESS, {
    ocd: NECESSARY_EXEMPT,
  }),
  // Web-framework session and CSRF cookies (default names and lifetimes)
  exact('PHPSESSID', 'PHP', 'necessary', null, PHP, { ocd: NECESSARY_EXEMPT }),
  exact('JSESSIONID', 'Jakarta Servlet', 'necessary', null, SERVLET, { ocd: NECESSARY_EXEMPT }),
  exact('ASP.NET_SessionId', 'Microsoft ASP.NET', 'necessary', null, ASPNET_SESSION, {
    ocd: NECESSARY_EXEMPT,
  }),
  exact('.ASPXAUTH', 'Microsoft ASP.NET', 'necessary', null, ASPNET_FORMS, {
    ocd: NECESSARY_EXEMPT,
  }),
  exact('__RequestVerificationToken', 'Microsoft ASP.NET', 'necessary', null, ASPNET_CSRF, {
    ocd: NECESSARY_EXEMPT,
  }),
  prefix('.AspNetCore.', 'Microsoft ASP.NET Core', 'necessary', null, ASPNETCORE),
  exact('csrftoken', 'Django', 'necessary', 31_449_600 / 86_400, DJANGO),
  exact('sessionid', 'Django', 'necessary', 1_209_600 / 86_400, DJANGO),
  exact('XSRF-TOKEN', 'Laravel', 'necessary', minutes(120), LARAVEL_CSRF, {
    note: SITE_SET,
    ocd: VENDOR_LIFETIME,
  }),
  exact('laravel_session', 'Laravel', 'necessary', minutes(120), LARAVEL_SESSION, {
    note: SITE_SET,
    ocd: NECESSARY_EXEMPT,
  }),
  exact('connect.sid', 'Express', 'necessary', null, EXPRESS),
];
