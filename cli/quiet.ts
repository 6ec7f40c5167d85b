// Chromium's own background traffic, switched off in the audit browser: an
// audit must contact only the sites it audits (what a run sends to Google is
// not the audited site's doing, and a privacy tool should not leak the list
// of sites it audits). tests/e2e/quiet-browser.test.ts checks the result in
// the browser's own network log.
//
// Playwright already passes --disable-background-networking,
// --disable-component-update, --disable-sync and a --disable-features list
// (OptimizationHints, NetworkTimeServiceQuerying, …). Nothing here passes
// --disable-features: Chromium reads only the last occurrence of a switch, so
// a second one would replace Playwright's list instead of adding to it (and
// re-enable third-party storage partitioning, among others). Features are
// therefore turned off through the profile's preferences, as the matching
// enterprise policies do.

/**
 * Names under `.invalid` (RFC 6761: never resolvable) are where Chromium's
 * own endpoints that no switch turns off are pointed; the resolver rule
 * refuses them inside the browser, so not even a DNS query leaves.
 */
export const REFUSED_SUFFIX = '.invalid';
const REFUSE_RULE = `MAP *${REFUSED_SUFFIX} ~NOTFOUND`;

export const QUIET_SWITCHES: readonly string[] = [
  // Chromium 156 lists the Google accounts of the cookie jar (POST
  // accounts.google.com/ListAccounts) at every profile start, whatever the
  // sign-in switches and preferences say (no switch turns it off; see
  // chromiumembedded/cef#4276). Pointing the browser's GAIA endpoint at a
  // refused name makes that fail inside the browser. Pages' own requests to
  // accounts.google.com (Sign in with Google) are not affected.
  `--gaia-url=https://gaia${REFUSED_SUFFIX}`,
  // --disable-component-update stops the scheduled component checks but not
  // on-demand ones: at start Chromium fetches the optimization guide's
  // on-device model manifest from update.googleapis.com. The updater's own
  // url-source option sends every check to a refused name instead.
  `--component-updater=url-source=https://update${REFUSED_SUFFIX}/`,
  // Google Cloud Messaging (push for Chrome's own services and extensions)
  // checks in with android.clients.google.com at start in some Chromium
  // builds (seen with Debian's 150) despite --disable-background-networking.
  // Its three endpoints point at refused names; web push of audited pages,
  // which an audit does not need, cannot register either.
  `--gcm-checkin-url=https://gcm${REFUSED_SUFFIX}/checkin`,
  `--gcm-registration-url=https://gcm${REFUSED_SUFFIX}/register`,
  `--gcm-mcs-endpoint=https://gcm${REFUSED_SUFFIX}:5228`,
  // Domain Reliability reports failed requests to Google-owned hosts (which
  // audited sites embed) to Google's collectors.
  '--disable-domain-reliability',
];

/**
 * Profile preferences (the prefs behind the AutofillAddressEnabled,
 * AutofillCreditCardEnabled, PasswordManagerEnabled and SpellcheckEnabled
 * policies). Autofill and the password manager send every form a page shows
 * to content-autofill.googleapis.com for field-type predictions; spellcheck
 * downloads its dictionary from redirector.gvt1.com.
 */
export const QUIET_PREFS = {
  autofill: { profile_enabled: false, credit_card_enabled: false },
  credentials_enable_service: false,
  browser: { enable_spellchecking: false },
} as const;

/**
 * The --host-resolver-rules value: the refusal first (Chromium applies the
 * first rule that matches), then the user's rules, if any.
 */
export function hostResolverRules(userRules?: string): string {
  const rest = userRules?.trim();
  return rest ? `${REFUSE_RULE}, ${rest}` : REFUSE_RULE;
}
