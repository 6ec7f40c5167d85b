import { describe, expect, it } from 'vitest';
import { emptyPolicy } from '../../lib/core/policy/types.ts';
import { buildReport } from '../../lib/core/report.ts';
import { buildReportHtml, esc } from '../../lib/core/report-html.ts';
import { buildView } from '../../lib/core/view.ts';
import { compareSignalsAb } from '../../lib/core/signals/ab.ts';
import { classifyView } from '../../lib/core/audit/classify-view.ts';
import { bundledClassifier } from './classify-helpers.ts';

const hostile = '<img src=x onerror=alert(1)>';
const report = () =>
  buildReport(
    classifyView(
      buildView({
        pages: [
          {
            id: 'p',
            tabId: 1,
            url: `https://evil.test/?q=${hostile}`,
            site: 'evil.test',
            startedAt: 1,
          },
        ],
        requests: [],
        responses: [],
        cookies: [],
        cookieChanges: [
          {
            name: `"><script>alert(1)</script>`,
            domain: 'evil.test',
            path: '/',
            hostOnly: true,
            removed: false,
            cause: 'explicit',
            partitionKey: null,
            lifetimeDays: null,
            secure: false,
            httpOnly: false,
            sameSite: 'lax',
            value: { length: 1, hashPrefix: '', entropy: 0 },
            time: 2,
          },
        ],
        storage: [],
        optOut: [],
      }),
      { classifier: bundledClassifier(), knowledge: [] },
    ),
    {
      site: 'evil.test',
      generatedAt: 0,
      browser: 'b',
      extensionVersion: '1',
      signals: { dnt: false, gpc: false },
      lists: [],
    },
  );

describe('report.html', () => {
  it('escapes every site-controlled string', () => {
    expect(esc(`<a href="x">'&`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
    const html = buildReportHtml(report());
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('is self-contained: no external resource, a CSP that forbids loading any', () => {
    const html = buildReportHtml(report());
    expect(html).not.toMatch(/<(script|link|iframe|object)\b/i);
    expect(html).not.toMatch(/\s(src|href)=["']?https?:/i);
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`,
    );
  });
});

describe('report.html signals', () => {
  it('says who sent the signals and the browser DNT setting, escaped', () => {
    const r = report();
    const html = (dnt: Partial<typeof r.dnt>) =>
      buildReportHtml({ ...r, dnt: { ...r.dnt, ...dnt } });
    expect(html({ sentBy: 'extension', browserDnt: false })).toContain(
      `<td>Sent by</td><td>this extension (its &quot;send privacy signals&quot; option); the browser&#39;s own DNT setting: off</td>`,
    );
    expect(html({ sentBy: null, browserDnt: null })).toContain(
      `<td>Sent by</td><td>no signal was sent; the browser&#39;s own DNT setting: unknown</td>`,
    );
    expect(html({ sentBy: 'cli', browserDnt: true })).toContain(
      `<td>Sent by</td><td>the command line (--signals, or the second load of --signals-ab); the browser&#39;s own DNT setting: on</td>`,
    );
  });
});

describe('report.html A/B test', () => {
  it('shows both loads, the differences and the verdicts, escaped; nothing when none was run', () => {
    const r = report();
    expect(buildReportHtml(r)).not.toContain('A/B test');
    const load = {
      cookies: [
        { name: hostile, domain: 'evil.test', category: 'advertising' as const, vendor: hostile },
      ],
      storage: [],
      requests: [],
      optOut: null,
    };
    const ab = compareSignalsAb('https://evil.test/', load, load, {
      dnt: { stance: 'honors', by: ['policy'] },
      gpc: { stance: 'silent', by: [] },
    });
    const html = buildReportHtml({ ...r, dnt: { ...r.dnt, ab } });
    expect(html).not.toContain(hostile);
    expect(html).toContain('<h3>A/B test: without and with the signals</h3>');
    expect(html).toContain(`<tr><td>Non-necessary cookies</td><td>1</td><td>1</td></tr>`);
    expect(html).toContain(`<td>In both loads</td><td>cookie ${esc(hostile)} @ evil.test</td>`);
    expect(html).toContain(
      '<li>DNT: says it honours DNT (policy); DNT changed nothing (1 non-necessary cookie (1 vendor) in both loads) → dnt-ignored</li>',
    );
    expect(html).toContain(
      '<li>GPC: says nothing about GPC; GPC changed nothing (1 non-necessary cookie (1 vendor) in both loads) → ignored</li>',
    );
  });
});

describe('report.html: categories the policy names without declaring', () => {
  it('lists each with its first sentence, escaped', () => {
    const declared = {
      ...emptyPolicy('policy-text', 'https://evil.test/cookies'),
      categories: ['necessary' as const],
      technologies: ['cookies' as const],
      mentioned: [
        { category: 'analytics' as const, quote: `Analytics cookies count visits ${hostile}` },
      ],
      unmappedCount: 0,
    };
    const html = buildReportHtml({ ...report(), declared } as Parameters<
      typeof buildReportHtml
    >[0]);
    expect(html).toContain(
      `<details class="mentioned"><summary>1 category the policy names without declaring them as the site's own</summary>`,
    );
    expect(html).toContain('Analytics cookies count visits &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
  });
});
