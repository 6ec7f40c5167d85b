// How far the built-in known-cookie table ALONE (the Open Cookie Database not
// loaded) agrees with the Open Cookie Database on its Analytics and Marketing
// rows (Marketing = advertising), and how many of them it leaves unknown.
import { classifyCookie } from '../../lib/core/classify/cookie.ts';
import { builtinCookieKnowledge } from '../../lib/core/known-cookies/index.ts';
import { parseOpenCookieDatabase } from '../../lib/core/lists/ocd.ts';
import type { Category } from '../../lib/core/types.ts';
import { sharedData } from './data.ts';
import { type BenchModule, type Figure, round } from './harness.ts';

export const ocdAccuracyBench: BenchModule = {
  name: 'Open Cookie Database agreement',
  run() {
    const text = sharedData('open-cookie-database.csv', 'agreement with the Open Cookie Database');
    if (text === null) return [];
    const { entries } = parseOpenCookieDatabase(text);
    const deps = {
      knowledge: [{ list: 'built-in', knowledge: builtinCookieKnowledge() }],
      classifyRequest: () => null,
    };
    const tally = { analytics: { rows: 0, same: 0 }, advertising: { rows: 0, same: 0 } };
    let unknown = 0;
    let other = 0;
    for (const entry of entries) {
      if (entry.category !== 'analytics' && entry.category !== 'advertising') continue;
      const bucket = tally[entry.category];
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
      const category: Category = result.category;
      if (result.evidence.source === 'none') unknown++;
      else if (category === entry.category) bucket.same++;
      else other++;
    }
    const rows = tally.analytics.rows + tally.advertising.rows;
    const pct = (n: number, of: number) => round((100 * n) / of, 1);
    const figures: Figure[] = [
      {
        key: 'ocdAnalyticsRowCount',
        label: 'Open Cookie Database Analytics rows',
        value: tally.analytics.rows,
        unit: 'rows',
      },
      {
        key: 'ocdMarketingRowCount',
        label: 'Open Cookie Database Marketing rows',
        value: tally.advertising.rows,
        unit: 'rows',
      },
      {
        key: 'ocdAnalyticsAgreementPct',
        label: 'built-in table alone: same category, Analytics rows',
        value: pct(tally.analytics.same, tally.analytics.rows),
        unit: '%',
      },
      {
        key: 'ocdMarketingAgreementPct',
        label: 'built-in table alone: same category, Marketing rows',
        value: pct(tally.advertising.same, tally.advertising.rows),
        unit: '%',
      },
      {
        key: 'ocdUnknownPct',
        label: 'built-in table alone: left unknown, Analytics + Marketing rows',
        value: pct(unknown, rows),
        unit: '%',
      },
      {
        key: 'ocdDisagreementPct',
        label: 'built-in table alone: another category, Analytics + Marketing rows',
        value: pct(other, rows),
        unit: '%',
      },
    ];
    return figures;
  },
};
