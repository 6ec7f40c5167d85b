// report.json `dnt.optOutStrings` (issue 12): the opt-out strings each page
// gave — US Privacy String, GPP string, OneTrust OptanonConsent — as read,
// with whether GPC was sent with that page; `latest` is the last reading.
// The A/B test compares two of them with compareOptOut (lib/core/cmp/optout.ts).
import type { OptOutRow } from './view.ts';

/** Readings kept in a report (one per page load that had any): the most recent. */
export const MAX_REPORTED_OPT_OUT = 100;

export function reportedOptOut(row: OptOutRow) {
  const { usPrivacy, gpp, optanon, apis } = row.strings;
  return {
    page: row.page,
    time: new Date(row.time).toISOString(),
    gpcSent: row.gpcSent,
    dntSent: row.dntSent,
    apis,
    usPrivacy: usPrivacy && {
      source: usPrivacy.source,
      raw: usPrivacy.raw,
      parsed: usPrivacy.value,
      error: usPrivacy.error,
    },
    gpp: gpp && {
      source: gpp.source,
      raw: gpp.raw,
      sectionIds: gpp.value?.sectionIds ?? [],
      sections: gpp.value?.sections ?? [],
      us: gpp.value?.us ?? [],
      applicableSections: gpp.applicableSections,
      signalStatus: gpp.signalStatus,
      error: gpp.error,
    },
    optanon: optanon && {
      source: optanon.source,
      raw: optanon.raw,
      isGpcEnabled: optanon.value?.isGpcEnabled ?? null,
      browserGpcFlag: optanon.value?.browserGpcFlag ?? null,
      groups: optanon.value?.groups ?? {},
      error: optanon.error,
    },
  };
}

export type ReportedOptOut = ReturnType<typeof reportedOptOut>;

export function optOutSection(rows: readonly OptOutRow[]) {
  const kept = rows.slice(-MAX_REPORTED_OPT_OUT).map(reportedOptOut);
  return { pages: kept, latest: kept[kept.length - 1] ?? null };
}

/** One line per string for the popup and report.html: "US Privacy String 1YYN (cookie:usprivacy): …". */
export function optOutLines(r: ReportedOptOut | null): string[] {
  if (!r) return [];
  const lines: string[] = [];
  if (r.usPrivacy)
    lines.push(
      `US Privacy String ${r.usPrivacy.raw} (${r.usPrivacy.source}): ${
        r.usPrivacy.parsed ? r.usPrivacy.parsed.explanation : `malformed — ${r.usPrivacy.error}`
      }`,
    );
  if (r.gpp) {
    const us = r.gpp.us.map((s) => {
      const out = (
        [
          ['sale', s.saleOptOut],
          ['sharing', s.sharingOptOut],
          ['targeted advertising', s.targetedAdvertisingOptOut],
        ] as const
      )
        .filter(([, v]) => v !== null)
        .map(([what, v]) => `${what} ${v}`);
      if (s.gpc !== null) out.push(`Gpc=${s.gpc ? 1 : 0}`);
      return `${s.section}${s.uspString ? ` ${s.uspString}` : ''}: ${out.join(', ') || 'no opt-out fields'}`;
    });
    lines.push(
      r.gpp.error !== null
        ? `GPP string (${r.gpp.source}): malformed — ${r.gpp.error}`
        : `GPP string (${r.gpp.source}), sections ${r.gpp.sections.join(', ') || 'none'}${us.length ? `; ${us.join('; ')}` : ''}`,
    );
  }
  if (r.optanon)
    lines.push(
      r.optanon.error !== null
        ? `OneTrust OptanonConsent: malformed — ${r.optanon.error}`
        : `OneTrust OptanonConsent: isGpcEnabled=${r.optanon.isGpcEnabled ?? 'absent'}, groups ${
            Object.entries(r.optanon.groups)
              .map(([id, on]) => `${id} ${on ? 'on' : 'off'}`)
              .join(', ') || 'none'
          }`,
    );
  return lines;
}
