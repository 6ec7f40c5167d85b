// DNT / GPC stance classifier, each pattern with a sentence on both sides.
import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../lib/core/policy/index.ts';

describe('stanceOf', () => {
  it.each([
    ['We do not respond to Do Not Track signals.', 'ignores'],
    ['We do not currently recognize or respond to browser-initiated DNT signals.', 'ignores'],
    ['Our website does not honor "do not track" requests.', 'ignores'],
    ['If you enable Do Not Track, we will not change the way we collect your data.', 'ignores'],
    [
      'We will continue to collect information even if your browser sends a Do Not Track signal.',
      'ignores',
    ],
    ['We ignore Do Not Track signals.', 'ignores'],
    ['Notre site ne répond pas aux signaux « Do Not Track ».', 'ignores'],
    ['Wir berücksichtigen Do-Not-Track-Signale nicht.', 'ignores'],
    ['No respondemos a las señales Do Not Track.', 'ignores'],
    // "the website" as the subject of its own policy (not after "if"/"when").
    ['For that reason the website does not support the DoNotTrack browser setting.', 'ignores'],
    ['The site does not honor Do Not Track.', 'ignores'],
    // The visitor's own action is not the site's response.
    [
      'Although you may disable cookies in your browser, please note that we do not change our practices in response to the "Do Not Track" signal.',
      'ignores',
    ],
  ])('ignores: %s', (text, stance) => {
    expect(stanceOf(text)).toBe(stance);
  });

  it.each([
    ['If the website does not support Do Not Track, your browser sends it anyway.', 'silent'],
    ['You can opt out via your browser’s Do Not Track setting.', 'honors'],
  ])('not the site refusing: %s', (text, stance) => {
    expect(stanceOf(text)).toBe(stance);
  });

  it.each([
    ['We honor Do Not Track signals.', 'honors'],
    ['We respect the Global Privacy Control signal.', 'honors'],
    ['When we receive a DNT signal, we do not set analytics cookies.', 'honors'],
    [
      'We treat a GPC signal as a valid request to opt out of the sale of your personal information.',
      'honors',
    ],
    ['Nous respectons le signal Global Privacy Control.', 'honors'],
    ['Wir respektieren Do-Not-Track-Signale.', 'honors'],
    ['Respetamos las señales Do Not Track.', 'honors'],
  ])('honors: %s', (text, stance) => {
    expect(stanceOf(text)).toBe(stance);
  });

  it.each([
    ['We treat GPC as an opt-out of sale only in California.', 'partial'],
    ['We honor Global Privacy Control signals from California residents.', 'partial'],
    ['We respond to Do Not Track signals only on some of our services.', 'partial'],
  ])('partial: %s', (text, stance) => {
    expect(stanceOf(text)).toBe(stance);
  });

  it.each([
    ['We reserve the right to respond to Do Not Track signals in the future.', 'reserves'],
    [
      'We will not change the way we collect your data. However, we reserve the right to respond to your Do Not Track request.',
      'ignores',
    ],
  ])('reserves: %s', (text, stance) => {
    expect(stanceOf(text)).toBe(stance);
  });

  it.each([
    'Many web browsers provide a Do Not Track function.',
    'There is no industry standard for how companies should respond to Do Not Track signals.',
    'Major standardisation organisations have not established how websites should handle these requests.',
    'We do not track you across third-party websites.',
    'We use cookies for analytics.',
  ])('silent: %s', (text) => {
    expect(stanceOf(text)).toBe('silent');
  });
});

describe('stances read from dev-former-holdout2 (2026-12-07)', () => {
  it.each([
    ['We do not process the GPC signal yet, but we plan to support it next year.', 'ignores'],
    ['We currently honour the GPC signal and plan to extend this to our apps.', 'honors'],
    ['I only really look at which posts are read, and respect Do Not Track.', 'honors'],
    ['We honour Do Not Track only for visitors in California.', 'partial'],
  ])('%s', (text, stance) => {
    expect(stanceOf(text)).toBe(stance);
  });

  it('enabling the signal told right after an opt-out offer honours it', async () => {
    const { readPolicy } = await import('../../lib/core/policy/index.ts');
    const p = readPolicy(
      'Analytics\n\nWe use Matomo to count visits. You can opt out of this data collection. Activate the Do Not Track setting in your browser.',
    );
    expect(p.dnt).toBe('honors');
  });
});

describe('DNT wordings written for this project (2026-12-07, evening)', () => {
  it.each([
    ['This website does not support the DoNotTrack browser setting.', 'ignores'],
    [
      'There is no industry standard for Do Not Track yet; we will revisit our approach as standards develop.',
      'reserves',
    ],
    [
      'We may in the future choose to respond to Do Not Track signals once a standard is adopted.',
      'reserves',
    ],
    ['Wij ondersteunen de Do Not Track-instelling van uw browser niet.', 'ignores'],
    ['Al momento non rispondiamo ai segnali Do Not Track.', 'ignores'],
    ['Atualmente não respondemos a sinais Do Not Track.', 'ignores'],
    ['Our systems are not configured to recognize Do Not Track signals.', 'ignores'],
  ])('%s', (text, stance) => {
    expect(stanceOf(text)).toBe(stance);
  });
});

describe('stances read from dev-dnt (2026-12-07)', () => {
  it.each([
    [
      'There is no industry-wide standard for how sites should respond to DNT, and this site does not currently change its behavior based on the DNT signal.',
      'ignores',
    ],
    [
      'We honor Global Privacy Control as an opt-out: if your browser sends it and you have not already accepted analytics, the scripts never load.',
      'honors',
    ],
    [
      'If your browser sends Global Privacy Control, optional analytics remains disabled.',
      'honors',
    ],
    [
      'The service won’t follow your journey through our site if you have enabled Do Not Track.',
      'honors',
    ],
    ['We do not follow Do Not Track signals.', 'ignores'],
    ['The law requires websites to disclose how they respond to DNT signals.', 'silent'],
  ])('%s', (text, stance) => {
    expect(stanceOf(text)).toBe(stance);
  });
  it('a named analytics service that respects DNT', async () => {
    const { readPolicy } = await import('../../lib/core/policy/index.ts');
    const p = readPolicy(
      'We use PostHog to understand how people use the site. PostHog is configured to respect Do Not Track.',
    );
    expect(p.dnt).toBe('honors');
    expect(p.vendors).toEqual(['PostHog']);
  });
});
