// How far the cookie classifier as shipped (the built-in table first, then the
// bundled Open Cookie Database) agrees with the database's own Analytics and
// Marketing rows (Marketing = advertising), read from the shared snapshot;
// and, for comparison, the built-in table alone. Every row whose category we
// contradict is listed with the reason the built-in entry gives.
import { fileURLToPath } from 'node:url';
import { classifyCookie, type KnowledgeSource } from '../../lib/core/classify/cookie.ts';
import { OCD_NAME } from '../../lib/core/known-cookies/bundled.ts';
import {
  builtinCookieKnowledge,
  createCookieKnowledge,
} from '../../lib/core/known-cookies/index.ts';
import { parseOpenCookieDatabase } from '../../lib/core/lists/ocd.ts';
import type { KnownCookie } from '../../lib/core/known-cookies/types.ts';
import { buildOcdAsset } from '../../scripts/ocd-asset.ts';
import { sharedData } from './data.ts';
import { type BenchContext, type BenchModule, type Figure, round } from './harness.ts';

const BUILTIN = 'built-in';

interface Tally {
  analytics: { rows: number; same: number };
  advertising: { rows: number; same: number };
  unknown: number;
  other: { entry: KnownCookie; ours: string; why: string }[];
}

function agreement(entries: readonly KnownCookie[], knowledge: KnowledgeSource[]): Tally {
  const deps = { knowledge, classifyRequest: () => null };
  const t: Tally = {
    analytics: { rows: 0, same: 0 },
    advertising: { rows: 0, same: 0 },
    unknown: 0,
    other: [],
  };
  for (const entry of entries) {
    if (entry.category !== 'analytics' && entry.category !== 'advertising') continue;
    const bucket = t[entry.category];
    bucket.rows++;
    const result = classifyCookie(
      {
        name: entry.name,
        domain: entry.domain ?? '',
        party: 'first',
        setter: null,
        value: { length: 0, hashPrefix: '', entropy: 0 },
        lifetimeDays: entry.lifetimeDays,
        pageSite: 'example.com',
      },
      deps,
    );
    const ev = result.evidence;
    if (ev.source === 'none') t.unknown++;
    else if (result.category === entry.category) bucket.same++;
    else {
      const ours =
        ev.source === 'known-cookie' && ev.list === BUILTIN
          ? builtinCookieKnowledge().lookup(ev.entry ?? '', entry.domain ?? '')?.entry
          : undefined;
      t.other.push({
        entry,
        ours: result.category,
        why: ours?.ocd ?? `${ev.source} ${ev.list ?? ''}`.trim(),
      });
    }
  }
  return t;
}

function figures(t: Tally, prefix: string, label: string, target: boolean): Figure[] {
  const pct = (n: number, of: number) => round((100 * n) / Math.max(1, of), 1);
  const rows = t.analytics.rows + t.advertising.rows;
  const goal = target ? { target: { op: '>=' as const, value: 95 } } : {};
  return [
    {
      key: `${prefix}AnalyticsAgreementPct`,
      label: `${label}: same category, Analytics rows`,
      value: pct(t.analytics.same, t.analytics.rows),
      unit: '%',
      ...goal,
    },
    {
      key: `${prefix}MarketingAgreementPct`,
      label: `${label}: same category, Marketing rows`,
      value: pct(t.advertising.same, t.advertising.rows),
      unit: '%',
      ...goal,
    },
    {
      key: `${prefix}UnknownPct`,
      label: `${label}: left unknown, Analytics + Marketing rows`,
      value: pct(t.unknown, rows),
      unit: '%',
    },
    {
      key: `${prefix}DisagreementPct`,
      label: `${label}: another category, Analytics + Marketing rows`,
      value: pct(t.other.length, rows),
      unit: '%',
    },
  ];
}

export const ocdAccuracyBench: BenchModule = {
  name: 'Open Cookie Database agreement',
  run(ctx: BenchContext) {
    const text = sharedData('open-cookie-database.csv', 'agreement with the Open Cookie Database');
    if (text === null) return [];
    const { entries } = parseOpenCookieDatabase(text);
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const builtin = { list: BUILTIN, knowledge: builtinCookieKnowledge() };
    const shipped = agreement(entries, [
      builtin,
      { list: OCD_NAME, knowledge: createCookieKnowledge(buildOcdAsset(root).entries) },
    ]);
    const alone = agreement(entries, [builtin]);
    // Every kept contradiction, with its reason (stderr: --json keeps stdout clean).
    const reasons = new Map<string, string[]>();
    for (const o of shipped.other) {
      const key = `${o.why}`;
      reasons.set(key, [
        ...(reasons.get(key) ?? []),
        `${o.entry.name} (${o.entry.category} → ${o.ours})`,
      ]);
    }
    for (const [why, names] of reasons) {
      ctx.note(`  contradicted (${names.length}): ${names.join(', ')}\n    because: ${why}`);
    }
    return [
      {
        key: 'ocdAnalyticsRowCount',
        label: 'Open Cookie Database Analytics rows',
        value: shipped.analytics.rows,
        unit: 'rows',
      },
      {
        key: 'ocdMarketingRowCount',
        label: 'Open Cookie Database Marketing rows',
        value: shipped.advertising.rows,
        unit: 'rows',
      },
      ...figures(shipped, 'ocd', 'as shipped (built-in table, then the bundled database)', true),
      ...figures(alone, 'ocdBuiltinOnly', 'built-in table alone', false),
    ];
  },
};
