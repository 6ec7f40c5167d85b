// What the popup's first screen says, derived from a tab summary: the same
// text for the React components and for the plain-DOM first paint
// (first-paint.ts), so that the two cannot drift apart.
import type { Severity } from './discrepancies/types.ts';
import type { DeclaredPolicy } from './policy/types.ts';
import type { TabCounts } from './tab-summary.ts';
import type { Category, PageVisit } from './types.ts';

/** The declared-vs-observed chart's categories, in order. */
export const CHART_CATEGORIES: readonly Category[] = [
  'necessary',
  'preferences',
  'analytics',
  'advertising',
  'social',
];

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

/** The popup's tabs, in order; the first is shown on opening. */
export const POPUP_TABS = [
  'Findings',
  'Cookies',
  'Storage',
  'Third parties',
  'Beacons & pixels',
  'DNT / GPC',
  'Declaration',
] as const;
export type PopupTab = (typeof POPUP_TABS)[number];

/** A tab button's text: the findings' one carries their number. */
export function tabLabel(tab: PopupTab, findings: number): string {
  return tab === 'Findings' ? `${tab} (${findings})` : tab;
}

/**
 * Findings by severity. Those resting on what a policy the reader did not
 * fully map does not say are counted apart, as "to check": they are not
 * (yet) an accusation.
 */
export function severityCounts(
  findings: readonly { severity: Severity; checkPolicy?: unknown }[],
): { bySeverity: { severity: Severity; n: number }[]; toCheck: number } {
  return {
    bySeverity: SEVERITIES.map((severity) => ({
      severity,
      n: findings.filter((f) => f.severity === severity && !f.checkPolicy).length,
    })),
    toCheck: findings.filter((f) => f.checkPolicy).length,
  };
}

/** "Declared by: policy-text — https://…" with, for a site of several pages, how many. */
export function declaredFromText(declared: DeclaredPolicy | null, sitePages: number): string {
  const from = declared
    ? `${declared.source}${declared.url ? ` — ${declared.url}` : ''}`
    : 'no declaration found';
  return `Declared by: ${from}${sitePages > 1 ? ` · findings over ${sitePages} pages of the site` : ''}`;
}

/** The per-page limits a page reached, as a sentence; null when none was. */
export function truncatedText(pages: readonly Pick<PageVisit, 'truncated'>[]): string | null {
  if (!pages.some((p) => p.truncated)) return null;
  const parts = pages.flatMap((p) =>
    Object.entries(p.truncated ?? {}).map(([kind, n]) => `${kind} truncated at ${n}`),
  );
  return `Not everything was recorded: ${parts.join(', ')} (per-page limit).`;
}

/** The counts' labels, in order, with their test ids. */
export function countItems(counts: TabCounts): { label: string; testId: string; n: number }[] {
  const items: [string, number][] = [
    ['Cookies', counts.cookies],
    ['Third-party cookies', counts.thirdPartyCookies],
    ['Storage keys', counts.storage],
    ['Third parties', counts.thirdParties],
    ['Beacons', counts.beacons],
    ['Pixels', counts.pixels],
    ['Requests', counts.requests],
  ];
  return items.map(([label, n]) => ({
    label,
    testId: `count-${label.toLowerCase().replace(/\s+/g, '-')}`,
    n,
  }));
}

export interface ChartRow {
  category: Category;
  /** 'yes' / 'no', or '—' without a declaration. */
  declared: 'yes' | 'no' | '—';
  observed: number;
  /** The bar's width, in percent of the largest count. */
  widthPct: number;
  /** Observed, not declared (and a declaration exists). */
  gap: boolean;
}

/** Declared vs observed, per category. */
export function chartRows(
  declared: DeclaredPolicy | null,
  observed: Record<Category, number>,
): ChartRow[] {
  const max = Math.max(1, ...CHART_CATEGORIES.map((c) => observed[c]));
  return CHART_CATEGORIES.map((category) => {
    const n = observed[category];
    const isDeclared = declared?.categories.includes(category) ?? false;
    return {
      category,
      declared: declared ? (isDeclared ? 'yes' : 'no') : '—',
      observed: n,
      widthPct: Math.round((n / max) * 100),
      gap: n > 0 && !isDeclared && category !== 'necessary' && declared !== null,
    };
  });
}
