import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildAudit } from '../../lib/core/audit/build.ts';
import { builtinCookieKnowledge } from '../../lib/core/known-cookies/index.ts';
import { readPolicy } from '../../lib/core/policy/index.ts';
import { buildReport } from '../../lib/core/report.ts';
import {
  applyAbToFindings,
  compareSignalsAb,
  signalsAbOfReports,
} from '../../lib/core/signals/ab.ts';
import { bundledClassifier } from './classify-helpers.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8'),
);

describe('docs/report.schema.json', () => {
  it('describes the report the extension builds', () => {
    const page = {
      id: 'p',
      tabId: 1,
      url: 'https://shop.test/',
      site: 'shop.test',
      startedAt: 1000,
      signals: { dnt: true, gpc: true, extension: { dnt: false, gpc: true } },
      navigatorSignals: { gpc: true, dnt: null },
    };
    const value = { length: 27, hashPrefix: '0123456789abcdef', entropy: 3.5 };
    const a = buildAudit(
      {
        pages: [page],
        requests: [
          {
            pageId: 'p',
            tabId: 1,
            requestId: '1',
            url: 'https://www.facebook.com/tr?id=1',
            method: 'GET',
            type: 'image',
            initiator: 'https://shop.test',
            frameId: 0,
            parentFrameId: -1,
            documentUrl: null,
            domain: 'facebook.com',
            party: 'third',
            status: null,
            contentType: null,
            contentLength: null,
            error: null,
            beacon: false,
            pixel: false,
            time: 1100,
          },
          {
            // Corrected (lib/core/classify/corrections.ts): tracker.correction, and the finding's evidence.
            pageId: 'p',
            tabId: 1,
            requestId: '2',
            url: 'https://connect.facebook.net/en_US/fbevents.js',
            method: 'GET',
            type: 'script',
            initiator: 'https://shop.test',
            frameId: 0,
            parentFrameId: -1,
            documentUrl: null,
            domain: 'facebook.net',
            party: 'third',
            status: null,
            contentType: null,
            contentLength: null,
            error: null,
            beacon: false,
            pixel: false,
            time: 1110,
          },
        ],
        responses: [
          {
            pageId: 'p',
            tabId: 1,
            requestId: '1',
            url: 'https://www.facebook.com/tr?id=1',
            status: 200,
            contentType: 'image/gif',
            contentLength: 43,
            error: null,
            pixel: true,
            time: 1150,
          },
        ],
        cookies: [
          {
            pageId: 'p',
            tabId: 1,
            name: '_ga',
            domain: 'shop.test',
            path: '/',
            hostOnly: false,
            lifetimeDays: 400,
            requestedLifetimeDays: 730,
            deletion: false,
            secure: false,
            httpOnly: false,
            sameSite: 'lax',
            partitioned: false,
            party: 'first',
            setBy: 'script',
            setter: 'https://www.googletagmanager.com/gtag/js',
            requestId: null,
            value,
            blocked: false,
            warnings: [],
            time: 1200,
          },
        ],
        cookieChanges: [],
        storage: [
          {
            pageId: 'p',
            tabId: 1,
            kind: 'localStorage',
            origin: 'https://shop.test',
            frameUrl: 'https://shop.test/',
            key: 'cart',
            op: 'set',
            party: 'first',
            setter: null,
            value,
            time: 1300,
          },
        ],
        // Every string, one of each malformed: the schema must hold both shapes.
        optOut: [
          {
            pageId: 'p',
            tabId: 1,
            documentUrl: 'https://shop.test/',
            apis: {
              usp: { status: 'answered', data: { version: 1, uspString: '1YYN' } },
              gpp: {
                status: 'answered',
                data: {
                  gppVersion: '1.1',
                  cmpStatus: 'loaded',
                  signalStatus: 'ready',
                  gppString: 'DBABzw~1YYN~CEAVAAAAAABA.YA',
                  applicableSections: [7],
                },
              },
            },
            cookies: [{ name: 'OptanonConsent', value: 'isGpcEnabled=1&groups=C0001:1,C0004:0' }],
            time: 1400,
          },
          {
            pageId: 'p',
            tabId: 1,
            documentUrl: 'https://shop.test/',
            apis: {
              usp: { status: 'no-answer', data: null },
              gpp: { status: 'absent', data: null },
            },
            cookies: [
              { name: 'usprivacy', value: '9ZZZ' },
              { name: '__gpp', value: 'not a GPP string' },
              { name: 'OptanonConsent', value: 'nogroups' },
            ],
            time: 1500,
          },
        ],
      },
      {
        site: 'shop.test',
        classify: {
          classifier: bundledClassifier(),
          knowledge: [{ list: 'builtin', knowledge: builtinCookieKnowledge() }],
        },
        declarations: [
          // The second sentence names advertising without declaring it: the
          // advertising finding is "check the policy" with no unmapped sentence.
          readPolicy(
            'We use strictly necessary and analytics cookies, kept for up to 13 months. In general, advertising cookies are small files that remember the sites a browser visits.',
            { url: 'https://shop.test/cookies' },
          ),
        ],
        consent: [
          {
            time: 0,
            cmp: 'onetrust',
            status: 'accepted',
            categories: { analytics: true },
            evidence: 'x',
          },
        ],
        signals: { dnt: false, gpc: false },
      },
    );
    const report = buildReport(a.view, {
      site: 'shop.test',
      generatedAt: 5000,
      browser: 'Chromium 156',
      extensionVersion: '0.1.0',
      signals: { dnt: false, gpc: false },
      browserDnt: false,
      declared: a.declared,
      discrepancies: a.discrepancies,
      lists: [
        {
          id: 'trackerdb',
          name: 'Ghostery Tracker Database',
          version: '1.0.945',
          kind: 'bundled',
          format: 'trackerdb',
          licence: 'CC-BY-NC-SA-4.0',
          source: null,
        },
      ],
      consent: [{ time: 0, cmp: 'onetrust', status: 'accepted', categories: { analytics: true } }],
    });
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const ok = validate(JSON.parse(JSON.stringify(report)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(report.pages[0]!.signals).toEqual({
      dnt: true,
      gpc: true,
      byExtension: { dnt: false, gpc: true },
    });
    expect(report.pages[0]!.navigatorSignals).toEqual({ gpc: true, dnt: null });
    expect([report.dnt.browserDnt, report.dnt.sentBy]).toEqual([false, 'extension']);
    expect(report.dnt.optOutStrings.pages.map((r) => r.usPrivacy?.parsed?.optOut ?? null)).toEqual([
      'Y',
      null,
    ]);
    expect(report.dnt.optOutStrings.latest?.gpp?.error).toBe(
      'not a GPP string: "not a GPP string"',
    );
    expect(report.discrepancies!.map((d) => d.kind)).toContain('undeclared-category');
    const advertising = report.discrepancies!.find((d) => d.subject === 'advertising')!;
    expect(advertising.checkPolicy).toEqual({
      unmapped: 0,
      firstQuote: '',
      url: 'https://shop.test/cookies',
      mentioned:
        'In general, advertising cookies are small files that remember the sites a browser visits.',
    });
    expect(report.declared?.mentioned).toEqual([
      {
        category: 'advertising',
        quote:
          'In general, advertising cookies are small files that remember the sites a browser visits.',
      },
    ]);
    expect(advertising.evidence.requests.map((r) => r.correction?.pattern)).toEqual([
      undefined,
      'connect.facebook.net/*/fbevents.js',
    ]);
  });

  it('describes the DNT / GPC A/B test and a finding it confirms (dnt.ab, evidence.ab)', () => {
    const a = buildAudit(
      {
        pages: [{ id: 'p', tabId: 1, url: 'https://shop.test/', site: 'shop.test', startedAt: 1 }],
        requests: [],
        responses: [],
        cookieChanges: [],
        cookies: [],
        storage: [],
        optOut: [],
      },
      {
        site: 'shop.test',
        classify: { classifier: bundledClassifier(), knowledge: [] },
        declarations: [],
        consent: null,
        signals: { dnt: true, gpc: true },
      },
    );
    const base = buildReport(a.view, {
      site: 'shop.test',
      generatedAt: 5000,
      browser: 'Chromium 156',
      extensionVersion: '0.1.0',
      signals: { dnt: true, gpc: true },
      discrepancies: [],
      lists: [],
    });
    expect(base.dnt.ab).toBeNull();
    const load = {
      cookies: [
        {
          name: '_ga',
          domain: '.shop.test',
          category: 'analytics' as const,
          vendor: 'Google Analytics',
        },
      ],
      storage: [],
      requests: [
        {
          url: 'https://www.facebook.com/tr',
          tracker: { category: 'advertising' as const, vendor: 'Meta' },
        },
      ],
      optOut: null,
    };
    const honours = { stance: 'honors' as const, by: ['gpc.json'] };
    const ab = compareSignalsAb('https://shop.test/', load, load, { dnt: honours, gpc: honours });
    // A report reads as the A/B test's input.
    expect(signalsAbOfReports('https://shop.test/', base, base).verdicts.gpc.outcome).toBe(
      'no tracking to stop',
    );
    const report = {
      ...base,
      dnt: { ...base.dnt, ab },
      discrepancies: applyAbToFindings([], ab, 'shop.test'),
    };
    expect(report.discrepancies.map((d) => d.kind)).toEqual(['dnt-ignored', 'gpc-ignored']);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    validate(JSON.parse(JSON.stringify(report)));
    expect(validate.errors ?? []).toEqual([]);
    validate(
      JSON.parse(JSON.stringify({ ...report, dnt: { ...report.dnt, ab: { ...ab, extra: 1 } } })),
    );
    expect(validate.errors?.length).toBeGreaterThan(0);
  });

  it('rejects a report that renames a SPEC field', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(schema);
    expect(validate({ schemaVersion: 1, site: 'x' })).toBe(false);
  });
});
