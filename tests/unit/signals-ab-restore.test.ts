// The cookie save/restore helpers of the popup's A/B test
// (lib/core/signals/ab-restore.ts): exact cookies.set details for a
// host-only HttpOnly session login cookie, a domain cookie with an expiry,
// and a partitioned (CHIPS) cookie; and the differences after a restore.
import { describe, expect, it } from 'vitest';
import {
  cookieSetDetails,
  restoreDiff,
  type SavedCookie,
} from '../../lib/core/signals/ab-restore.ts';

const login: SavedCookie = {
  name: 'session',
  value: 's%3Aabc',
  domain: 'shop.test',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: true,
  sameSite: 'lax',
  session: true,
  storeId: '0',
};
const prefs: SavedCookie = {
  name: 'prefs',
  value: 'lang=en',
  domain: '.shop.test',
  hostOnly: false,
  path: '/account',
  secure: false,
  httpOnly: false,
  sameSite: 'unspecified',
  session: false,
  expirationDate: 1_900_000_000.25,
  storeId: '0',
};
const chips: SavedCookie = {
  name: 'widget',
  value: 'w1',
  domain: 'widget.test',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: true,
  sameSite: 'no_restriction',
  session: false,
  expirationDate: 1_900_000_000,
  storeId: '0',
  partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: false },
};

describe('cookieSetDetails', () => {
  it('recreates each cookie as it was', () => {
    expect(cookieSetDetails(login)).toEqual({
      url: 'https://shop.test/',
      name: 'session',
      value: 's%3Aabc',
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'lax',
      storeId: '0',
    });
    expect(cookieSetDetails(prefs)).toEqual({
      url: 'http://shop.test/account',
      name: 'prefs',
      value: 'lang=en',
      domain: '.shop.test',
      path: '/account',
      secure: false,
      httpOnly: false,
      sameSite: 'unspecified',
      expirationDate: 1_900_000_000.25,
      storeId: '0',
    });
    expect(cookieSetDetails(chips)).toEqual({
      url: 'https://widget.test/',
      name: 'widget',
      value: 'w1',
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'no_restriction',
      expirationDate: 1_900_000_000,
      storeId: '0',
      partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: false },
    });
  });
});

describe('restoreDiff', () => {
  it('is empty for an exact restore (expiry to the second)', () => {
    expect(
      restoreDiff(
        [login, prefs, chips],
        [chips, { ...prefs, expirationDate: 1_900_000_000.9 }, login],
      ),
    ).toEqual({ missing: [], extra: [], changed: [] });
  });

  it('names what is missing, left over or changed; a partition is part of the identity', () => {
    const unpartitioned = { ...chips, partitionKey: undefined };
    expect(
      restoreDiff(
        [login, prefs, chips],
        [{ ...login, httpOnly: false }, unpartitioned, { ...prefs, name: '_ga' }],
      ),
    ).toEqual({
      missing: [
        'prefs @ .shop.test/account',
        'widget @ widget.test/ (partitioned by https://shop.test)',
      ],
      extra: ['_ga @ .shop.test/account', 'widget @ widget.test/'],
      changed: ['session @ shop.test/'],
    });
  });
});
