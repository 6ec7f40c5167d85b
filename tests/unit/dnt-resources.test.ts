// What a site publishes about DNT: the Tk header, the tracking status
// resource and EFF's dnt-policy.txt, read as hostile text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dntClaim,
  publishedLines,
  readDntPolicy,
  readTk,
  readTrackingStatus,
  tkSeen,
  type DntPublished,
} from '../../lib/core/discovery/dnt-resources.ts';

// Our own wording after EFF's title and version lines (the real policy is EFF's text).
const EFF_LIKE =
  'Do Not Track Compliance Policy\n\nVersion 1.0\n\nThis host honours DNT: 1 requests.\n';

describe('Tk response header (W3C TPE 6.4)', () => {
  it('reads each tracking status value, with and without a status id', () => {
    expect(readTk('N')).toEqual({ ok: true, value: 'N', statusId: null, meaning: 'not tracking' });
    expect(readTk(' D ')).toEqual({
      ok: true,
      value: 'D',
      statusId: null,
      meaning: 'disregarding DNT',
    });
    expect(readTk('T;abc-1')).toEqual({
      ok: true,
      value: 'T;abc-1',
      statusId: 'abc-1',
      meaning: 'tracking',
    });
  });

  it('says why a value is not one', () => {
    expect(readTk('yes')).toEqual({
      ok: false,
      value: 'yes',
      error: '"yes" is not a tracking status value',
    });
    expect(readTk('N;bad id!')).toEqual({
      ok: false,
      value: 'N;bad id!',
      error: 'malformed status id after ";"',
    });
    expect(readTk('')).toMatchObject({ ok: false });
  });

  it('groups what the responses carried by host and value', () => {
    expect(
      tkSeen([
        { url: 'https://a.example/', tk: 'N' },
        { url: 'https://a.example/x.js', tk: 'N' },
        { url: 'https://ads.example/p', tk: 'zz' },
        { url: 'https://b.example/' },
      ]),
    ).toEqual([
      { host: 'a.example', value: 'N', meaning: 'not tracking', error: null, requests: 2 },
      {
        host: 'ads.example',
        value: 'zz',
        meaning: null,
        error: '"zz" is not a tracking status value',
        requests: 1,
      },
    ]);
  });
});

describe('tracking status resource /.well-known/dnt/ (W3C TPE 6.5)', () => {
  it('reads the members it defines', () => {
    expect(
      readTrackingStatus(
        JSON.stringify({
          tracking: 'N',
          compliance: ['https://www.eff.org/dnt-policy', 42],
          policy: '/privacy',
          'same-party': ['cdn.example'],
        }),
      ),
    ).toEqual({
      ok: true,
      status: {
        tracking: 'N',
        meaning: 'not tracking',
        compliance: ['https://www.eff.org/dnt-policy'],
        qualifiers: null,
        controller: [],
        sameParty: ['cdn.example'],
        audit: [],
        policy: '/privacy',
        edit: null,
        config: null,
      },
    });
  });

  it('says what is wrong with anything else', () => {
    expect(readTrackingStatus('<html>')).toEqual({ ok: false, error: 'not JSON' });
    expect(readTrackingStatus('[]')).toEqual({ ok: false, error: 'not an object' });
    expect(readTrackingStatus('{}')).toEqual({ ok: false, error: '"tracking" is missing' });
    expect(readTrackingStatus('{"tracking":"yes"}')).toEqual({
      ok: false,
      error: '"tracking": "yes" is not a tracking status value',
    });
    expect(readTrackingStatus(' '.repeat(300 * 1024))).toEqual({
      ok: false,
      error: 'larger than 256 KB',
    });
  });
});

describe("EFF's /.well-known/dnt-policy.txt", () => {
  it('recognises the title and a version EFF published', () => {
    expect(readDntPolicy(EFF_LIKE, 'text/plain')).toEqual({
      ok: true,
      version: '1.0',
      recognised: true,
      note: "EFF DNT policy version 1.0 (title and version recognised; not compared word for word with EFF's text)",
    });
  });

  it('tells a version EFF never published, a missing version, a soft 404 and other text apart', () => {
    expect(readDntPolicy(EFF_LIKE.replace('1.0', '7.2'), null)).toMatchObject({
      ok: true,
      version: '7.2',
      recognised: false,
    });
    expect(readDntPolicy('Do Not Track Compliance Policy\n\nWe honour DNT.', null)).toMatchObject({
      ok: true,
      version: null,
      recognised: false,
    });
    expect(readDntPolicy('<!doctype html><title>Not found</title>', 'text/html')).toEqual({
      ok: false,
      error: 'an HTML page, not a DNT policy',
    });
    expect(readDntPolicy('User-agent: *\nDisallow:', 'text/plain')).toEqual({
      ok: false,
      error: 'does not open with "Do Not Track Compliance Policy"',
    });
  });
});

describe('what the published resources claim', () => {
  const none: DntPublished = {
    dntPolicy: {
      url: 'https://s.example/.well-known/dnt-policy.txt',
      version: null,
      recognised: false,
      note: null,
      error: 'HTTP 404 for https://s.example/.well-known/dnt-policy.txt',
    },
    trackingStatus: {
      url: 'https://s.example/.well-known/dnt/',
      status: null,
      error: 'HTTP 404 for https://s.example/.well-known/dnt/',
    },
  };
  const status = (tracking: string): DntPublished['trackingStatus'] => {
    const r = readTrackingStatus(JSON.stringify({ tracking }));
    if (!r.ok) throw new Error(r.error);
    return { url: 'https://s.example/.well-known/dnt/', status: r.status, error: null };
  };

  it('a recognised EFF policy or a "not tracking" status promise to honour DNT; nothing else does', () => {
    expect(dntClaim(undefined)).toBeNull();
    expect(dntClaim(none)).toBeNull();
    expect(dntClaim({ ...none, trackingStatus: status('D') })).toBeNull();
    expect(dntClaim({ ...none, trackingStatus: status('N') })).toEqual({
      quote: 'https://s.example/.well-known/dnt/: {"tracking": "N"} (not tracking)',
      url: 'https://s.example/.well-known/dnt/',
    });
    expect(
      dntClaim({
        ...none,
        dntPolicy: { ...none.dntPolicy, version: '1.0', recognised: true, note: '', error: null },
      }),
    ).toEqual({
      quote: 'https://s.example/.well-known/dnt-policy.txt: EFF Do Not Track policy, version 1.0',
      url: 'https://s.example/.well-known/dnt-policy.txt',
    });
  });

  it('one plain line per resource and per Tk value, under the signal it speaks to', () => {
    expect(
      publishedLines({
        gpcJson: { gpc: true, lastUpdate: '2026-01-01', error: null },
        dntPolicy: none.dntPolicy,
        trackingStatus: status('N'),
        tk: tkSeen([
          { url: 'https://s.example/', tk: 'N' },
          { url: 'https://s.example/a', tk: 'N' },
        ]),
      }).map((l) => [l.signal, l.what, l.text]),
    ).toEqual([
      ['gpc', '/.well-known/gpc.json', '{"gpc": true}, updated 2026-01-01 — says it honours GPC'],
      [
        'dnt',
        '/.well-known/dnt-policy.txt',
        'no DNT policy (HTTP 404 for https://s.example/.well-known/dnt-policy.txt)',
      ],
      ['dnt', '/.well-known/dnt/', 'tracking "N": not tracking'],
      ['dnt', 'Tk header from s.example', 'N: not tracking (2 responses)'],
    ]);
    expect(
      publishedLines({ gpcJson: null, dntPolicy: null, trackingStatus: null, tk: [] }).map((l) => [
        l.what,
        l.text,
      ]),
    ).toEqual([
      ['/.well-known/gpc.json', 'not read yet'],
      ['/.well-known/dnt-policy.txt', 'not read yet'],
      ['/.well-known/dnt/', 'not read yet'],
    ]);
  });
});

describe('hostile input', () => {
  it('never throws, and every reading is bounded', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.option(fc.string()), (s, type) => {
        const tk = readTk(s);
        expect(tk.value.length).toBeLessThanOrEqual(128);
        if (tk.ok) expect(tk.statusId === null || tk.statusId.length <= 64).toBe(true);
        readDntPolicy(s, type);
        const st = readTrackingStatus(s);
        if (st.ok) expect(st.status.compliance.length).toBeLessThanOrEqual(50);
      }),
      { numRuns: 2000 },
    );
  });

  it('bounds what a JSON tracking status can make us keep', () => {
    const big = readTrackingStatus(
      JSON.stringify({ tracking: 'N', compliance: Array(60).fill('x'.repeat(3000)) }),
    );
    expect(big.ok && big.status.compliance.length).toBe(50);
    expect(big.ok && big.status.compliance[0]!.length).toBe(2048);
  });
});
