import { describe, expect, it } from 'vitest';
import { ACCEPT_BUTTON, REJECT_BUTTON } from '../../cli/consent.ts';

describe('--consent banner buttons', () => {
  it('knows "accept all" buttons by their whole name, in several languages', () => {
    for (const name of [
      'Accept all',
      'Accept All Cookies',
      'I agree',
      'Allow all',
      'Tout accepter',
      'Alle akzeptieren',
      'Aceptar todo',
      'Accetta tutti',
      '  OK  ',
    ]) {
      expect([name, ACCEPT_BUTTON.test(name)]).toEqual([name, true]);
    }
  });
  it('knows "reject all" buttons, and never takes one for the other', () => {
    for (const name of [
      'Reject all',
      'Decline',
      'Only necessary cookies',
      'Continue without accepting',
      'Tout refuser',
      'Alle ablehnen',
      'Nur notwendige Cookies',
      'Rechazar todo',
    ]) {
      expect([name, REJECT_BUTTON.test(name), ACCEPT_BUTTON.test(name)]).toEqual([
        name,
        true,
        false,
      ]);
    }
    for (const name of ['Manage preferences', 'Cookie settings', 'Accept all and subscribe now']) {
      expect([name, ACCEPT_BUTTON.test(name), REJECT_BUTTON.test(name)]).toEqual([
        name,
        false,
        false,
      ]);
    }
  });
});
