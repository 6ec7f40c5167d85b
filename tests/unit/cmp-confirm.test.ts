// A consent choice the page's own TCF API reports counts only where the
// CMP's cookie records the same choice (issue 14 item 4: the page runs that
// API and can make it say anything).
import { describe, expect, it } from 'vitest';
import {
  confirmApiConsent,
  parseTcfGetTcData,
  tcfConsentState,
  type ConsentState,
} from '../../lib/core/cmp/index.ts';
import { fixtureJson } from './cmp-helpers.ts';

const strings = fixtureJson<{ name: string; tcString: string }[]>('tcf-strings.json');
const tc = (name: string) => strings.find((s) => s.name === name)!.tcString;

/** The API's answer: accepted, every purpose (its own TC string is accept-all). */
function apiState(): ConsentState {
  const r = parseTcfGetTcData(fixtureJson('tcf-gettcdata-useractioncomplete.json'));
  if (!r.ok) throw new Error(r.error);
  return tcfConsentState(r.value, '__tcfapi getTCData');
}
const said =
  "the page's TCF API reports a choice, accepted (preferences on, analytics on, advertising on)";

describe('confirmApiConsent', () => {
  it('takes the API where the euconsent-v2 cookie records the same choice', () => {
    expect(
      confirmApiConsent(apiState(), [
        { name: 'OptanonConsent', value: 'groups=C0001%3A1' },
        { name: 'euconsent-v2', value: tc('accept-all') },
      ]),
    ).toEqual({ accept: true });
  });

  it('keeps the cookie where the two disagree', () => {
    expect(
      confirmApiConsent(apiState(), [{ name: 'euconsent-v2', value: tc('reject-all') }]),
    ).toEqual({
      accept: false,
      why: `${said}; its euconsent-v2 cookie records rejected (preferences off, analytics off, advertising off): the cookie's is kept`,
    });
  });

  it('does not take a choice no cookie records, or one whose cookie cannot be read', () => {
    expect(confirmApiConsent(apiState(), [])).toEqual({
      accept: false,
      why: `${said}, that no euconsent-v2 cookie records: not taken`,
    });
    const bad = confirmApiConsent(apiState(), [{ name: 'euconsent-v2', value: '%%%' }]);
    expect(bad.accept).toBe(false);
    expect(!bad.accept && bad.why).toMatch(
      /^the page's TCF API reports a choice, accepted \(.*\); its euconsent-v2 cookie cannot be read \(.+\): not taken$/,
    );
  });

  it('needs no cookie for "no choice yet"', () => {
    expect(confirmApiConsent({ ...apiState(), status: 'none', categories: {} }, [])).toEqual({
      accept: true,
    });
  });
});
