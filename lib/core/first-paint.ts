// The popup's first paint from the page's stored summary, as a tree of plain
// elements, built before React (250 kB) has loaded: the popup's boot script
// renders it (lib/platform/dom-render.ts), and React's first render, the same
// markup, replaces it in one commit. Every string from a site (URLs, finding
// titles, subjects, declaration sources) is a text child or an attribute
// value here, never markup: the renderer makes text nodes of them.
import { ACTION_LABEL, CONSENT_ACTIONS } from './consent-actions/labels.ts';
import type { DeclaredPolicy } from './policy/types.ts';
import {
  chartRows,
  countItems,
  declaredFromText,
  POPUP_TABS,
  severityCounts,
  tabLabel,
  truncatedText,
} from './popup-view.ts';
import type { ShownFinding, TabSummary } from './tab-summary.ts';

export interface ViewNode {
  tag: string;
  attrs: Record<string, string>;
  children: ViewChild[];
}
/** An element, or a text node. */
export type ViewChild = ViewNode | string;

export interface FirstPaintData {
  site: string;
  pageUrl: string | null;
  summary: TabSummary;
  declared: DeclaredPolicy | null;
  sitePages: number;
}

const h = (tag: string, attrs: Record<string, string | undefined>, ...children: ViewChild[]) => ({
  tag,
  attrs: Object.fromEntries(
    Object.entries(attrs).filter((e): e is [string, string] => e[1] !== undefined),
  ),
  children,
});

const EXPORTS = ['report.json', 'report.html', 'cookies.csv', 'storage.csv'];

function findingItem(f: ShownFinding): ViewNode {
  const badge: ViewChild[] = f.checkPolicy
    ? [
        h('span', { class: 'sev sev-check' }, 'Check the policy'),
        ' ',
        h('span', { class: 'sev-if' }, `(${f.severity} if confirmed)`),
      ]
    : [h('span', { class: `sev sev-${f.severity}` }, f.severity)];
  return h(
    'li',
    {
      'data-kind': f.kind,
      'data-subject': f.subject,
      'data-check-policy': f.checkPolicy ? 'true' : undefined,
      class: f.checkPolicy ? 'check-policy' : undefined,
    },
    // Folded: its evidence comes with React's render.
    h('details', {}, h('summary', {}, ...badge, ' ', f.title)),
  );
}

/**
 * The popup as it shows a stored summary whose currency is still being
 * checked: notice, header, severity counts, counts, tabs (Findings
 * selected), findings folded, and the declared-vs-observed chart.
 */
export function firstPaintView(d: FirstPaintData): ViewNode {
  const { summary } = d;
  const sev = severityCounts(summary.findings);
  const truncated = truncatedText(summary.pages);
  const findings =
    summary.findings.length === 0
      ? h(
          'p',
          { class: 'empty ok', 'data-testid': 'no-findings' },
          'No discrepancy: what this site does matches what it declares.',
        )
      : h(
          'ol',
          { class: 'findings', 'aria-label': 'Findings' },
          ...summary.findings.map(findingItem),
        );
  const chart = h(
    'table',
    { class: 'chart', 'aria-label': 'Declared and observed categories' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Category'),
        h('th', { scope: 'col' }, 'Declared'),
        h('th', { scope: 'col' }, 'Observed (cookies + trackers)'),
      ),
    ),
    h(
      'tbody',
      {},
      ...chartRows(d.declared, summary.observed).map((r) =>
        h(
          'tr',
          { class: r.gap ? 'gap' : undefined },
          h('td', {}, r.category),
          h('td', {}, r.declared),
          h(
            'td',
            {},
            h('span', { class: 'bar', style: `width: ${r.widthPct}%;` }),
            h('span', { class: 'n' }, String(r.observed)),
          ),
        ),
      ),
    ),
  );
  return h(
    'main',
    { class: 'popup', 'data-origin': 'stored' },
    h(
      'p',
      { class: 'status', role: 'status', 'data-testid': 'checking-notice' },
      'Stored summary: checking for newer records…',
    ),
    h(
      'header',
      {},
      h('h1', {}, d.site),
      h('p', { class: 'page-url', title: d.pageUrl ?? undefined }, d.pageUrl ?? ''),
      h(
        'p',
        { class: 'declared-from', 'data-testid': 'declared-from' },
        declaredFromText(d.declared, d.sitePages),
      ),
      h(
        'ul',
        { class: 'sev-counts', 'aria-label': 'Findings by severity' },
        ...sev.bySeverity.map(({ severity: s, n }) =>
          h(
            'li',
            { class: `sev sev-${s}${n ? '' : ' zero'}`, 'data-testid': `severity-${s}` },
            `${n} ${s}`,
          ),
        ),
        ...(sev.toCheck > 0
          ? [
              h(
                'li',
                { class: 'sev sev-check', 'data-testid': 'severity-check' },
                `${sev.toCheck} to check`,
              ),
            ]
          : []),
      ),
      ...(truncated
        ? [
            h(
              'p',
              { class: 'status stale', role: 'status', 'data-testid': 'truncated-notice' },
              truncated,
            ),
          ]
        : []),
      h(
        'div',
        { class: 'export', role: 'group', 'aria-label': "Export the site's report" },
        'Export: ',
        ...EXPORTS.flatMap((e, i) => [
          ...(i ? [' '] : []),
          // Enabled as React renders them (no change of look when it takes
          // over); a click in the few frames before it does is not acted on.
          h('button', { type: 'button' }, e),
        ]),
      ),
      h(
        'div',
        { class: 'consent-actions', role: 'group', 'aria-label': 'Consent choice on this site' },
        ...CONSENT_ACTIONS.map((a) =>
          h(
            'button',
            {
              type: 'button',
              'data-action': a,
              'aria-describedby': 'consent-progress',
            },
            ACTION_LABEL[a],
          ),
        ),
        h('p', {
          id: 'consent-progress',
          class: 'status',
          role: 'status',
          'aria-live': 'polite',
          'data-testid': 'consent-progress',
          'data-step': '',
        }),
      ),
    ),
    h(
      'dl',
      { class: 'summary', 'aria-label': 'Counts' },
      ...countItems(summary.counts).map((c) =>
        h('div', {}, h('dt', {}, c.label), h('dd', { 'data-testid': c.testId }, String(c.n))),
      ),
    ),
    h(
      'div',
      { role: 'tablist', 'aria-label': 'Audit' },
      ...POPUP_TABS.map((t, i) =>
        h(
          'button',
          {
            type: 'button',
            role: 'tab',
            id: `tab-${t}`,
            'aria-selected': i === 0 ? 'true' : 'false',
            'aria-controls': 'panel',
            tabindex: i === 0 ? '0' : '-1',
          },
          tabLabel(t, summary.findings.length),
        ),
      ),
    ),
    h(
      'section',
      { id: 'panel', role: 'tabpanel', 'aria-labelledby': `tab-${POPUP_TABS[0]}` },
      findings,
      chart,
    ),
  );
}
