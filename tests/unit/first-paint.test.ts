// The popup's first paint (boot.ts renders it before React loads): exact
// markup for a given stored summary, and site-controlled strings as text.
import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../lib/core/discrepancies/types.ts';
import {
  firstPaintView,
  type FirstPaintData,
  type ViewChild,
  type ViewNode,
} from '../../lib/core/first-paint.ts';
import type { DeclaredPolicy } from '../../lib/core/policy/types.ts';
import {
  chartRows,
  countItems,
  declaredFromText,
  severityCounts,
  truncatedText,
} from '../../lib/core/popup-view.ts';
import type { ShownFinding } from '../../lib/core/tab-summary.ts';

const HOSTILE = '<img src=x onerror="alert(1)">&amp;</summary><script>alert(2)</script>';

const finding = (over: Partial<Discrepancy>): ShownFinding => ({
  kind: 'undeclared-category',
  severity: 'high',
  subject: 'advertising',
  title: 'Advertising cookies, not declared',
  explanation: 'e',
  declaredBy: [],
  hosts: [],
  checkPolicy: null,
  evidence: { cookies: [], requests: [], storage: [], quote: null },
  hidden: { cookies: 0, requests: 0, storage: 0 },
  ...over,
});

const declared = {
  source: 'policy-text',
  url: 'https://shop.test/cookies',
  categories: ['necessary', 'analytics'],
} as DeclaredPolicy;

const data = (over: Partial<FirstPaintData> = {}): FirstPaintData => ({
  site: 'shop.test',
  pageUrl: 'https://shop.test/',
  declared,
  sitePages: 1,
  summary: {
    counts: {
      cookies: 550,
      thirdPartyCookies: 500,
      storage: 2,
      thirdParties: 50,
      beacons: 0,
      pixels: 5000,
      requests: 5002,
    },
    observed: {
      necessary: 1,
      preferences: 0,
      analytics: 2,
      advertising: 4,
      social: 0,
      unknown: 9,
    },
    pages: [{ id: 'p1', tabId: 7, url: 'https://shop.test/', site: 'shop.test', startedAt: 1 }],
    findings: [
      finding({}),
      finding({
        kind: 'undeclared-vendor',
        severity: 'medium',
        subject: 'Meta',
        title: 'Meta receives data, not named',
        checkPolicy: { unmapped: 2, firstQuote: 'q', url: null },
      }),
    ],
  },
  ...over,
});

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The tree as a browser serialises the DOM it renders to (attributes in order, text escaped). */
const html = (n: ViewChild): string =>
  typeof n === 'string'
    ? esc(n)
    : `<${n.tag}${Object.entries(n.attrs)
        .map(([k, v]) => ` ${k}="${esc(v)}"`)
        .join('')}>${n.children.map(html).join('')}</${n.tag}>`;

function* nodes(n: ViewNode): Generator<ViewNode> {
  yield n;
  for (const c of n.children) if (typeof c !== 'string') yield* nodes(c);
}
const byClass = (root: ViewNode, cls: string) =>
  [...nodes(root)].filter((n) => n.attrs.class?.split(' ').includes(cls));

describe('firstPaintView', () => {
  it('renders the stored summary as React does: notice, header, counts, tabs, findings folded, chart', () => {
    expect(html(firstPaintView(data()))).toBe(
      [
        '<main class="popup" data-origin="stored">',
        '<p class="status" role="status" data-testid="checking-notice">Stored summary: checking for newer records…</p>',
        '<header>',
        '<h1>shop.test</h1>',
        '<p class="page-url" title="https://shop.test/">https://shop.test/</p>',
        '<p class="declared-from" data-testid="declared-from">Declared by: policy-text — https://shop.test/cookies</p>',
        '<ul class="sev-counts" aria-label="Findings by severity">',
        '<li class="sev sev-high" data-testid="severity-high">1 high</li>',
        '<li class="sev sev-medium zero" data-testid="severity-medium">0 medium</li>',
        '<li class="sev sev-low zero" data-testid="severity-low">0 low</li>',
        '<li class="sev sev-info zero" data-testid="severity-info">0 info</li>',
        '<li class="sev sev-check" data-testid="severity-check">1 to check</li>',
        '</ul>',
        `<div class="export" role="group" aria-label="Export the site's report">`,
        'Export: <button type="button">report.json</button> <button type="button">report.html</button> ',
        '<button type="button">cookies.csv</button> <button type="button">storage.csv</button>',
        '</div>',
        '<div class="consent-actions" role="group" aria-label="Consent choice on this site">',
        '<button type="button" data-action="reject" aria-describedby="consent-progress">Reject all and re-audit</button>',
        '<button type="button" data-action="accept" aria-describedby="consent-progress">Accept all and re-audit</button>',
        '<button type="button" data-action="accept-then-withdraw" aria-describedby="consent-progress">Accept, then withdraw</button>',
        '<p id="consent-progress" class="status" role="status" aria-live="polite" data-testid="consent-progress" data-step=""></p>',
        '</div>',
        '</header>',
        '<dl class="summary" aria-label="Counts">',
        '<div><dt>Cookies</dt><dd data-testid="count-cookies">550</dd></div>',
        '<div><dt>Third-party cookies</dt><dd data-testid="count-third-party-cookies">500</dd></div>',
        '<div><dt>Storage keys</dt><dd data-testid="count-storage-keys">2</dd></div>',
        '<div><dt>Third parties</dt><dd data-testid="count-third-parties">50</dd></div>',
        '<div><dt>Beacons</dt><dd data-testid="count-beacons">0</dd></div>',
        '<div><dt>Pixels</dt><dd data-testid="count-pixels">5000</dd></div>',
        '<div><dt>Requests</dt><dd data-testid="count-requests">5002</dd></div>',
        '</dl>',
        '<div role="tablist" aria-label="Audit">',
        '<button type="button" role="tab" id="tab-Findings" aria-selected="true" aria-controls="panel" tabindex="0">Findings (2)</button>',
        '<button type="button" role="tab" id="tab-Cookies" aria-selected="false" aria-controls="panel" tabindex="-1">Cookies</button>',
        '<button type="button" role="tab" id="tab-Storage" aria-selected="false" aria-controls="panel" tabindex="-1">Storage</button>',
        '<button type="button" role="tab" id="tab-Third parties" aria-selected="false" aria-controls="panel" tabindex="-1">Third parties</button>',
        '<button type="button" role="tab" id="tab-Beacons &amp; pixels" aria-selected="false" aria-controls="panel" tabindex="-1">Beacons &amp; pixels</button>',
        '<button type="button" role="tab" id="tab-DNT / GPC" aria-selected="false" aria-controls="panel" tabindex="-1">DNT / GPC</button>',
        '<button type="button" role="tab" id="tab-Declaration" aria-selected="false" aria-controls="panel" tabindex="-1">Declaration</button>',
        '</div>',
        '<section id="panel" role="tabpanel" aria-labelledby="tab-Findings">',
        '<ol class="findings" aria-label="Findings">',
        '<li data-kind="undeclared-category" data-subject="advertising"><details><summary>',
        '<span class="sev sev-high">high</span> Advertising cookies, not declared</summary></details></li>',
        '<li data-kind="undeclared-vendor" data-subject="Meta" data-check-policy="true" class="check-policy"><details><summary>',
        '<span class="sev sev-check">Check the policy</span> <span class="sev-if">(medium if confirmed)</span> Meta receives data, not named',
        '</summary></details></li>',
        '</ol>',
        '<table class="chart" aria-label="Declared and observed categories">',
        '<thead><tr><th scope="col">Category</th><th scope="col">Declared</th><th scope="col">Observed (cookies + trackers)</th></tr></thead>',
        '<tbody>',
        '<tr><td>necessary</td><td>yes</td><td><span class="bar" style="width: 25%;"></span><span class="n">1</span></td></tr>',
        '<tr><td>preferences</td><td>no</td><td><span class="bar" style="width: 0%;"></span><span class="n">0</span></td></tr>',
        '<tr><td>analytics</td><td>yes</td><td><span class="bar" style="width: 50%;"></span><span class="n">2</span></td></tr>',
        '<tr class="gap"><td>advertising</td><td>no</td><td><span class="bar" style="width: 100%;"></span><span class="n">4</span></td></tr>',
        '<tr><td>social</td><td>no</td><td><span class="bar" style="width: 0%;"></span><span class="n">0</span></td></tr>',
        '</tbody></table>',
        '</section>',
        '</main>',
      ].join(''),
    );
  });

  it('says when nothing was found, no declaration exists, limits were reached, and the site has several pages', () => {
    const d = data({ declared: null, sitePages: 3, pageUrl: null });
    d.summary = {
      ...d.summary,
      findings: [],
      pages: [{ ...d.summary.pages[0]!, truncated: { requests: 5000, cookies: 1000 } }],
    };
    const view = firstPaintView(d);
    const text = (n: ViewNode) => n.children.map((c) => (typeof c === 'string' ? c : '')).join('');
    const find = (testId: string) =>
      [...nodes(view)].find((n) => n.attrs['data-testid'] === testId)!;
    expect(text(find('no-findings'))).toBe(
      'No discrepancy: what this site does matches what it declares.',
    );
    expect(text(find('declared-from'))).toBe(
      'Declared by: no declaration found · findings over 3 pages of the site',
    );
    expect(text(find('truncated-notice'))).toBe(
      'Not everything was recorded: requests truncated at 5000, cookies truncated at 1000 (per-page limit).',
    );
    // No declaration: no gap is claimed, "—" for each category.
    expect(byClass(view, 'gap')).toEqual([]);
    const pageUrl = byClass(view, 'page-url')[0]!;
    expect(pageUrl).toEqual({ tag: 'p', attrs: { class: 'page-url' }, children: [''] });
    expect([...nodes(view)].some((n) => n.attrs['data-testid'] === 'severity-check')).toBe(false);
  });

  it('keeps site-controlled strings as text children and attribute values, never markup', () => {
    const hostileUrl = `javascript:alert(1)//"><svg onload=alert(3)>`;
    const d = data({ site: HOSTILE, pageUrl: hostileUrl });
    d.summary = {
      ...d.summary,
      findings: [finding({ title: HOSTILE, subject: `"><script>alert(4)</script>` })],
    };
    d.declared = { ...declared, url: HOSTILE };
    const view = firstPaintView(d);
    const all = [...nodes(view)];
    // The title is one text child of the finding's summary, exactly as given.
    const summary = all.find((n) => n.tag === 'summary')!;
    expect(summary.children).toEqual([
      { tag: 'span', attrs: { class: 'sev sev-high' }, children: ['high'] },
      ' ',
      HOSTILE,
    ]);
    expect(all.find((n) => n.tag === 'h1')!.children).toEqual([HOSTILE]);
    expect(all.find((n) => n.tag === 'li' && n.attrs['data-kind'])!.attrs['data-subject']).toBe(
      `"><script>alert(4)</script>`,
    );
    expect(byClass(view, 'page-url')[0]).toEqual({
      tag: 'p',
      attrs: { class: 'page-url', title: hostileUrl },
      children: [hostileUrl],
    });
    // Only the view's own elements and attributes: nothing a string could add
    // (no script, link, handler or URL-valued attribute).
    expect(new Set(all.map((n) => n.tag))).toEqual(
      new Set(
        [
          'main',
          'p',
          'header',
          'h1',
          'ul',
          'li',
          'div',
          'button',
          'dl',
          'dt',
          'dd',
          'section',
        ].concat(['ol', 'details', 'summary', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td']),
      ),
    );
    const attrNames = new Set(all.flatMap((n) => Object.keys(n.attrs)));
    expect(
      [...attrNames].filter((a) => /^on|^(href|src|srcdoc|action|formaction)$/.test(a)),
    ).toEqual([]);
    // Serialised, every angle bracket of theirs is escaped text.
    expect(html(view)).not.toContain('<script');
    expect(html(view)).not.toContain('<img');
    expect(html(view)).not.toContain('<svg');
  });
});

describe('popup-view helpers', () => {
  it('counts findings by severity, those to check apart', () => {
    expect(
      severityCounts([
        { severity: 'high', checkPolicy: null },
        { severity: 'high', checkPolicy: null },
        { severity: 'low', checkPolicy: { unmapped: 1 } },
        { severity: 'info', checkPolicy: null },
      ]),
    ).toEqual({
      bySeverity: [
        { severity: 'high', n: 2 },
        { severity: 'medium', n: 0 },
        { severity: 'low', n: 0 },
        { severity: 'info', n: 1 },
      ],
      toCheck: 1,
    });
  });

  it('says where the declaration comes from', () => {
    expect(declaredFromText(declared, 1)).toBe(
      'Declared by: policy-text — https://shop.test/cookies',
    );
    expect(declaredFromText({ ...declared, source: 'cmp:onetrust', url: null }, 2)).toBe(
      'Declared by: cmp:onetrust · findings over 2 pages of the site',
    );
  });

  it('names the per-page limits reached, or nothing', () => {
    expect(truncatedText([{}, {}])).toBeNull();
    expect(truncatedText([{ truncated: { storage: 500 } }, {}])).toBe(
      'Not everything was recorded: storage truncated at 500 (per-page limit).',
    );
  });

  it('lists the counts with their test ids', () => {
    const counts = data().summary.counts;
    expect(countItems(counts).map((c) => `${c.testId}=${c.n}`)).toEqual([
      'count-cookies=550',
      'count-third-party-cookies=500',
      'count-storage-keys=2',
      'count-third-parties=50',
      'count-beacons=0',
      'count-pixels=5000',
      'count-requests=5002',
    ]);
  });

  it('scales the chart to the largest count, and claims no gap without a declaration', () => {
    const observed = data().summary.observed;
    expect(chartRows(null, observed).map((r) => [r.declared, r.widthPct, r.gap])).toEqual([
      ['—', 25, false],
      ['—', 0, false],
      ['—', 50, false],
      ['—', 100, false],
      ['—', 0, false],
    ]);
    const none = { ...observed, necessary: 0, analytics: 0, advertising: 0 };
    expect(chartRows(declared, none).map((r) => r.widthPct)).toEqual([0, 0, 0, 0, 0]);
  });
});
