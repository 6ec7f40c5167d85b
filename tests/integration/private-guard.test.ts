// The private-network guard's session rules (lib/platform/private-guard.ts).
import { describe, expect, it } from 'vitest';
import { createPrivateGuard, type DnrApi } from '../../lib/platform/private-guard.ts';

type Options = Parameters<DnrApi['updateSessionRules']>[0];

describe('createPrivateGuard', () => {
  it("blocks the extension's own requests, by its pages' host, outside tabs", async () => {
    const calls: Options[] = [];
    const guard = createPrivateGuard(
      { updateSessionRules: async (o) => void calls.push(o) },
      'abcdefghijklmnopabcdefghijklmnop',
    );
    await guard.ready;
    expect(calls).toHaveLength(1);
    const rules = calls[0]!.addRules!;
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) {
      expect(r.action).toEqual({ type: 'block' });
      expect(r.condition).toMatchObject({
        initiatorDomains: ['abcdefghijklmnopabcdefghijklmnop'],
        tabIds: [-1],
      });
    }
  });

  // Firefox validates the rules synchronously and throws (an initiator that
  // is no domain, such as the gecko id, did so): the background must still
  // start, with the guard's failure as a rejection of `ready`.
  it('turns a synchronous refusal into a rejection of ready', async () => {
    const refuse: DnrApi = {
      updateSessionRules: () => {
        throw new Error('Invalid domain cookie-audit@example.org');
      },
    };
    const guard = createPrivateGuard(refuse, 'cookie-audit@example.org');
    await expect(guard.ready).rejects.toThrow('Invalid domain');
    await expect(guard.allowing('192.168.1.2', async () => 'ran')).rejects.toThrow(
      'Invalid domain',
    );
  });
});
