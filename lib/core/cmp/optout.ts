// Opt-out strings: what a site's own privacy machinery records about the
// visitor's opt-out — the US Privacy String (`usprivacy` / `us_privacy`
// cookie, `__uspapi`), the IAB GPP string (`__gpp` API, `__gpp` /
// `OTGPPConsent` cookie) and OneTrust's `OptanonConsent` (`isGpcEnabled`,
// groups) — read per page, so that a load with GPC sent can be compared with
// one without (compareOptOut): did the site register the opt-out?
import { readOptanonOptOut, type OptanonOptOut } from './consent.ts';
import { decodeGppString, type GppUsSection } from './gpp.ts';
import type { ApiStatus, OptOutApis } from './optout-apis.ts';
import { clip, isRecord } from './result.ts';
import type { NamedCookie } from './types.ts';
import { parseUsPrivacyString, type UsPrivacy } from './usp.ts';

/** Cookies that hold an opt-out string (OneTrust keeps its GPP string in `OTGPPConsent`). */
export const OPT_OUT_COOKIES: readonly string[] = [
  'usprivacy',
  'us_privacy',
  '__gpp',
  '__gpp_sid',
  'OTGPPConsent',
  'OptanonConsent',
];

/** Longest cookie value kept for an opt-out string (browsers cap a cookie at 4 KB). */
export const MAX_OPT_OUT_COOKIE = 8_192;

/** What one page gave: its APIs' answers and its opt-out cookies (as the browser sends them to it). */
export interface OptOutInputs {
  apis: OptOutApis;
  cookies: NamedCookie[];
}

/**
 * The opt-out cookies worth keeping, bounded. Of `OptanonConsent` only the
 * GPC flags and groups are kept: the rest (a consent id among them) is not
 * needed to judge the opt-out.
 */
export function optOutCookies(cookies: readonly NamedCookie[]): NamedCookie[] {
  const out: NamedCookie[] = [];
  for (const name of OPT_OUT_COOKIES) {
    const c = cookies.find((x) => isRecord(x) && x.name === name && typeof x.value === 'string');
    if (!c || c.value.length > MAX_OPT_OUT_COOKIE) continue;
    if (name === 'OptanonConsent') {
      const r = readOptanonOptOut(c.value);
      // Unreadable: keep a clipped excerpt so that the report can say it was malformed.
      out.push({ name, value: r.ok ? r.value.raw : clip(c.value, 200) });
    } else out.push({ name, value: c.value });
  }
  return out;
}

export interface ReadString<T> {
  /** Where it was read: `__uspapi`, `__gpp`, or `cookie:<name>`. */
  source: string;
  raw: string;
  value: T | null;
  /** Why it could not be read (then `value` is null): shown as "malformed". */
  error: string | null;
}

export interface OptOutStrings {
  usPrivacy: ReadString<UsPrivacy> | null;
  gpp:
    | (ReadString<{ sectionIds: number[]; sections: string[]; us: GppUsSection[] }> & {
        applicableSections: number[] | null;
        signalStatus: string | null;
      })
    | null;
  optanon: ReadString<Omit<OptanonOptOut, 'raw'>> | null;
  apis: { usp: ApiStatus; gpp: ApiStatus };
}

function read<T>(
  source: string,
  raw: string,
  r: { ok: true; value: T } | { ok: false; error: string },
): ReadString<T> {
  return r.ok
    ? { source, raw, value: r.value, error: null }
    : { source, raw: clip(raw, 200), value: null, error: r.error };
}

/** One page's inputs → each string read (API answer first, then the cookies). */
export function readOptOutStrings(inputs: OptOutInputs): OptOutStrings {
  // An empty value (a CMP that has not decided yet) is no string at all.
  const cookie = (name: string) =>
    inputs.cookies.find((c) => c.name === name && c.value !== '')?.value;
  const { usp, gpp } = inputs.apis;

  let usPrivacy: OptOutStrings['usPrivacy'] = null;
  const uspApi = usp.data?.uspString || null;
  const uspCookie = ['usprivacy', 'us_privacy'].find((n) => cookie(n) !== undefined);
  if (uspApi !== null) usPrivacy = read('__uspapi', uspApi, parseUsPrivacyString(uspApi));
  else if (uspCookie) {
    const v = cookie(uspCookie)!;
    usPrivacy = read(`cookie:${uspCookie}`, v, parseUsPrivacyString(safeDecode(v)));
  }

  let gppRead: OptOutStrings['gpp'] = null;
  const gppApi = gpp.data?.gppString || null;
  const gppCookie = ['__gpp', 'OTGPPConsent'].find((n) => cookie(n) !== undefined);
  const gppSource = gppApi !== null ? '__gpp' : gppCookie ? `cookie:${gppCookie}` : null;
  const gppRaw = gppApi ?? (gppCookie ? safeDecode(cookie(gppCookie)!) : null);
  if (gppSource !== null && gppRaw !== null) {
    const r = decodeGppString(gppRaw);
    gppRead = {
      ...read(
        gppSource,
        gppRaw,
        r.ok
          ? {
              ok: true as const,
              value: { sectionIds: r.value.sectionIds, sections: r.value.sections, us: r.value.us },
            }
          : r,
      ),
      applicableSections: gpp.data ? gpp.data.applicableSections : null,
      signalStatus: gpp.data?.signalStatus ?? null,
    };
  }

  let optanon: OptOutStrings['optanon'] = null;
  const ot = cookie('OptanonConsent');
  if (ot !== undefined) {
    const r = readOptanonOptOut(ot);
    optanon = r.ok
      ? read('cookie:OptanonConsent', r.value.raw, {
          ok: true as const,
          value: {
            isGpcEnabled: r.value.isGpcEnabled,
            browserGpcFlag: r.value.browserGpcFlag,
            groups: r.value.groups,
          },
        })
      : read('cookie:OptanonConsent', ot, r);
  }
  return { usPrivacy, gpp: gppRead, optanon, apis: { usp: usp.status, gpp: gpp.status } };
}

function safeDecode(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

// ---- comparing a load without GPC with a load with it ----

export type OptOutOutcome = 'registered opt-out' | 'unchanged' | 'absent' | 'malformed';

export interface OptOutComparison {
  outcome: OptOutOutcome;
  /** The string as read in each load (null: absent). */
  before: string | null;
  after: string | null;
  /** The opt-outs the string records in the second load and not in the first. */
  registered: string[];
  /** Plain language, e.g. "US Privacy String 1YNN → 1YYN: opted out of sale after GPC". */
  text: string;
}

export interface OptOutComparisons {
  usPrivacy: OptOutComparison;
  gpp: OptOutComparison;
  optanon: OptOutComparison;
}

const LABEL = {
  usPrivacy: 'US Privacy String',
  gpp: 'GPP string',
  optanon: 'OneTrust OptanonConsent',
} as const;

const FIELD_TEXT: Record<string, string> = {
  saleOptOut: 'sale',
  sharingOptOut: 'sharing',
  targetedAdvertisingOptOut: 'targeted advertising',
};

/** The opt-outs a string records, as short phrases (order kept: they appear in texts). */
function optOutsOf(key: keyof OptOutComparisons, s: OptOutStrings): string[] {
  if (key === 'usPrivacy') return s.usPrivacy?.value?.optOut === 'Y' ? ['opted out of sale'] : [];
  if (key === 'gpp') {
    const out: string[] = [];
    for (const sec of s.gpp?.value?.us ?? []) {
      for (const f of ['saleOptOut', 'sharingOptOut', 'targetedAdvertisingOptOut'] as const)
        if (sec[f] === 'opted-out') out.push(`${sec.section} opted out of ${FIELD_TEXT[f]}`);
      if (sec.gpc === true) out.push(`${sec.section} Gpc=1`);
    }
    return out;
  }
  const v = s.optanon?.value;
  if (!v) return [];
  return [
    ...(v.isGpcEnabled === 1 ? ['isGpcEnabled=1'] : []),
    ...Object.entries(v.groups)
      .filter(([, on]) => !on)
      .map(([id]) => `group ${id} off`),
  ];
}

/** A short form of the string for texts: the US Privacy String itself, the GPP string clipped. */
function shown(key: keyof OptOutComparisons, s: OptOutStrings | null): string | null {
  const r = s?.[key];
  if (!r) return null;
  if (key === 'optanon' && s?.optanon?.value) {
    const v = s.optanon.value;
    return `isGpcEnabled=${v.isGpcEnabled ?? '?'} groups=${Object.entries(v.groups)
      .map(([id, on]) => `${id}:${on ? 1 : 0}`)
      .join(',')}`;
  }
  return clip(r.raw, key === 'gpp' ? 60 : 80);
}

function compareOne(
  key: keyof OptOutComparisons,
  before: OptOutStrings | null,
  after: OptOutStrings | null,
): OptOutComparison {
  const label = LABEL[key];
  const b = before?.[key] ?? null;
  const a = after?.[key] ?? null;
  const [sb, sa] = [shown(key, before), shown(key, after)];
  const base = { before: sb, after: sa, registered: [] as string[] };
  if (!a) {
    return {
      ...base,
      outcome: 'absent',
      text: b
        ? `${label} ${sb} without GPC, absent with GPC`
        : `${label}: not present in either load`,
    };
  }
  if (a.error !== null || (b && b.error !== null)) {
    const which = a.error !== null ? `with GPC: ${a.error}` : `without GPC: ${b!.error}`;
    return { ...base, outcome: 'malformed', text: `${label} malformed ${which}` };
  }
  const was = b ? optOutsOf(key, before!) : [];
  // Without a first reading, OneTrust's groups may be its defaults: only its
  // GPC flag then says the opt-out was registered.
  const now = optOutsOf(key, after!).filter(
    (x) => b !== null || key !== 'optanon' || x === 'isGpcEnabled=1',
  );
  const registered = now.filter((x) => !was.includes(x));
  const change = b ? `${sb} → ${sa}` : `absent → ${sa}`;
  if (registered.length > 0) {
    return {
      ...base,
      outcome: 'registered opt-out',
      registered,
      text: `${label} ${change}: ${registered.join(', ')} after GPC`,
    };
  }
  const state = now.length
    ? `already ${now.join(', ')} without GPC`
    : 'no opt-out recorded with GPC';
  return {
    ...base,
    outcome: 'unchanged',
    text: sb === sa ? `${label} ${sa} in both loads: ${state}` : `${label} ${change}: ${state}`,
  };
}

/**
 * Compares the opt-out strings of a load without GPC (`before`) with those of
 * a load with it (`after`): per string, whether the site registered the
 * opt-out, with the text a report shows. Null: no reading of that load.
 */
export function compareOptOut(
  before: OptOutStrings | null,
  after: OptOutStrings | null,
): OptOutComparisons {
  return {
    usPrivacy: compareOne('usPrivacy', before, after),
    gpp: compareOne('gpp', before, after),
    optanon: compareOne('optanon', before, after),
  };
}
