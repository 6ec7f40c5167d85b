// The services the background entry point wires: the toolbar badge and the
// routing of consent cookies (moved out of entrypoints/background).
import { describe, expect, it } from 'vitest';
import type { CookieChangeObservation, Observation } from '../../lib/core/observations.ts';
import type { PageVisit } from '../../lib/core/types.ts';
import { BADGE_COLOR, BADGE_DELAY_MS, badgeText, createBadge } from '../../lib/services/badge.ts';
import { consentCookiesOf, routeCookieObservations } from '../../lib/services/consent-cookies.ts';

const page: PageVisit = {
  id: 'p',
  tabId: 7,
  url: 'https://shop.test/',
  site: 'shop.test',
  startedAt: 0,
};
const finding = (severity: 'high' | 'medium', checkPolicy = false) => ({
  severity,
  checkPolicy: checkPolicy ? { unmapped: 1, firstQuote: 'We use cookies to …', url: null } : null,
});

describe('the toolbar badge', () => {
  it('counts the high-severity findings that are not left to check against the policy', () => {
    expect(
      badgeText([finding('high'), finding('high', true), finding('medium'), finding('high')]),
    ).toBe('2');
    expect(badgeText([finding('medium'), finding('high', true)])).toBe('');
  });

  function setup(opts: { tabClosed?: boolean; open?: (tabId: number) => Promise<boolean> } = {}) {
    const timers: { ms: number; fn: () => void }[] = [];
    const shown: [number, { text: string; color: string }][] = [];
    let audits = 0;
    const badge = createBadge({
      store: { latestPageForTab: async (tabId) => (tabId === 7 ? page : undefined) },
      audit: {
        tabAudit: async () => {
          audits++;
          if (opts.tabClosed) throw new Error('No tab with id: 7');
          return { discrepancies: [finding('high')] } as never;
        },
      },
      show: async (tabId, b) => void shown.push([tabId, b]),
      after: (ms, fn) => void timers.push({ ms, fn }),
      ...(opts.open ? { tabOpen: opts.open } : {}),
    });
    const fire = async () => {
      for (const t of timers.splice(0)) t.fn();
      await badge.idle();
    };
    return { badge, timers, shown, fire, audits: () => audits };
  }

  it('is updated once per tab per delay, however many flushes came meanwhile', async () => {
    const s = setup();
    s.badge.schedule(7);
    s.badge.schedule(7);
    s.badge.schedule(-1); // a tabless ping: no button to update
    expect(s.timers.map((t) => t.ms)).toEqual([BADGE_DELAY_MS]);
    await s.fire();
    expect(s.shown).toEqual([[7, { text: '1', color: BADGE_COLOR }]]);
    s.badge.schedule(7);
    await s.fire();
    expect(s.audits()).toBe(2);
  });

  it('leaves a tab without a recorded page alone, and survives a tab closed meanwhile', async () => {
    const s = setup({ tabClosed: true });
    s.badge.schedule(8);
    s.badge.schedule(7);
    await s.fire();
    expect(s.shown).toEqual([]);
    expect(s.audits()).toBe(1);
  });

  it('does not audit the page of a tab closed before its turn', async () => {
    const s = setup({ open: async (tabId) => tabId === 7 });
    s.badge.schedule(9);
    s.badge.schedule(7);
    await s.fire();
    expect(s.audits()).toBe(1);
    expect(s.shown).toEqual([[7, { text: '1', color: BADGE_COLOR }]]);
  });
});

describe('consent cookies', () => {
  const change = (o: Partial<CookieChangeObservation>): Observation => ({
    kind: 'cookieChange',
    name: 'OptanonConsent',
    value: 'groups=C0001:1',
    domain: '.shop.test',
    path: '/',
    hostOnly: false,
    removed: false,
    cause: 'explicit',
    partitionKey: null,
    expirationDate: null,
    secure: false,
    httpOnly: false,
    sameSite: 'lax',
    time: 5,
    ...o,
  });

  it('record every change, and have the consent read again when a consent cookie is set', async () => {
    const observed: Observation[] = [];
    const asked: [string, number][] = [];
    const errors: string[] = [];
    const route = routeCookieObservations({
      recorder: { observe: (o) => void observed.push(o) },
      declarations: {
        onConsentCookie: async (domain, time) => {
          asked.push([domain, time]);
          if (domain === 'fail.test') throw new Error('db closed');
        },
      },
      onError: (m, e) => void errors.push(`${m}: ${(e as Error).message}`),
    });
    const events = [
      change({}),
      change({ removed: true }),
      change({ name: '_ga' }),
      change({ domain: 'fail.test' }),
    ];
    for (const o of events) route(o);
    await new Promise((r) => setTimeout(r, 0));
    expect(observed).toEqual(events);
    expect(asked).toEqual([
      ['.shop.test', 5],
      ['fail.test', 5],
    ]);
    expect(errors).toEqual(['consent: db closed']);
  });

  it("are those a CMP on the host can read: its own and its parent domains', not a sibling's", async () => {
    const jar = [
      { name: 'OptanonConsent', value: 'a', domain: 'news.shop.test', hostOnly: true },
      { name: 'CookieConsent', value: 'b', domain: '.shop.test', hostOnly: false },
      { name: 'euconsent-v2', value: 'c', domain: 'blog.shop.test', hostOnly: true },
      { name: '_ga', value: 'd', domain: '.shop.test', hostOnly: false },
    ];
    const sites: string[] = [];
    const read = consentCookiesOf(async (site) => (sites.push(site), jar));
    expect(await read('news.shop.test')).toEqual([
      { name: 'OptanonConsent', value: 'a' },
      { name: 'CookieConsent', value: 'b' },
    ]);
    expect(sites).toEqual(['shop.test']);
  });
});
