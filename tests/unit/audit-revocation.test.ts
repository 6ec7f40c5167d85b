// after-revocation through buildAudit: whether a cookie set under an
// acceptance was still stored when the records end comes from the browser's
// cookies.onChanged removals (an overwrite by a new value is no removal).
import { describe, expect, it } from 'vitest';
import { buildAudit, type AuditContext } from '../../lib/core/audit/build.ts';
import { builtinCookieKnowledge } from '../../lib/core/known-cookies/index.ts';
import { emptyPolicy } from '../../lib/core/policy/types.ts';
import type { CookieChangeRecord, CookieRecord } from '../../lib/core/types.ts';
import type { RecordSet } from '../../lib/core/view.ts';
import { bundledClassifier } from './classify-helpers.ts';

const SHOP = 'https://shop.example.com/';
const HOST = 'shop.example.com';
const attrs = {
  name: '_ga',
  domain: HOST,
  path: '/',
  hostOnly: false,
  secure: false,
  httpOnly: false,
  sameSite: 'lax' as const,
};
const value = { length: 26, hashPrefix: '0123456789abcdef', entropy: 3.2 };
// _ga written by Google Analytics at 2500, under the acceptance (2000–5000).
const ga: CookieRecord = {
  ...attrs,
  pageId: 'p',
  tabId: 1,
  lifetimeDays: 400,
  requestedLifetimeDays: 730,
  partitioned: false,
  deletion: false,
  party: 'first',
  setBy: 'script',
  setter: 'https://www.google-analytics.com/analytics.js',
  requestId: null,
  value,
  blocked: false,
  warnings: [],
  time: 2500,
};
const change = (time: number, removed: boolean, cause: string): CookieChangeRecord => ({
  ...attrs,
  lifetimeDays: removed ? null : 400,
  removed,
  cause,
  partitionKey: null,
  value,
  time,
});
const records = (cookieChanges: CookieChangeRecord[]): RecordSet => ({
  pages: [{ id: 'p', tabId: 1, url: SHOP, site: 'example.com', startedAt: 1000 }],
  requests: [],
  responses: [],
  cookies: [ga],
  cookieChanges: [change(2501, false, 'explicit'), ...cookieChanges],
  storage: [],
  optOut: [],
});
const state = (time: number, status: 'accepted' | 'rejected', analytics: boolean) => ({
  host: HOST,
  time,
  cmp: 'onetrust' as const,
  status,
  categories: { necessary: true, analytics },
  evidence: `OptanonConsent groups=C0001:1,C0002:${analytics ? 1 : 0}`,
});
const ctx: AuditContext = {
  site: 'example.com',
  classify: {
    classifier: bundledClassifier(),
    knowledge: [{ list: 'builtin', knowledge: builtinCookieKnowledge() }],
  },
  declarations: [
    {
      policy: { ...emptyPolicy('cmp:onetrust', SHOP), categories: ['necessary', 'analytics'] },
      host: HOST,
    },
  ],
  consent: [state(2000, 'accepted', true), state(5000, 'rejected', false)],
  signals: { dnt: false, gpc: false },
};
const revocation = (changes: CookieChangeRecord[]) =>
  buildAudit(records(changes), ctx)
    .discrepancies.filter((d) => d.kind === 'after-revocation')
    .map((d) => [d.subject, d.evidence.cookies.map((c) => `${c.name}@${c.domain}`)]);

describe('after-revocation from the records', () => {
  it('a cookie never removed was kept', () => {
    expect(revocation([])).toEqual([['analytics', ['_ga@shop.example.com']]]);
  });
  it('an overwrite by a new value is not a removal', () => {
    expect(revocation([change(3000, true, 'overwrite'), change(3000, false, 'explicit')])).toEqual([
      ['analytics', ['_ga@shop.example.com']],
    ]);
  });
  it('deleted on withdrawal (Max-Age=0: expired_overwrite), or explicitly: not kept', () => {
    expect(revocation([change(5010, true, 'expired_overwrite')])).toEqual([]);
    expect(revocation([change(5010, true, 'explicit')])).toEqual([]);
  });
  it('a removal before the cookie was written does not count', () => {
    expect(revocation([change(1500, true, 'explicit')])).toEqual([
      ['analytics', ['_ga@shop.example.com']],
    ]);
  });
});
