// What a site publishes about Do Not Track, besides its policy's words:
//
// - EFF's DNT policy at /.well-known/dnt-policy.txt: a site posting it
//   promises to honour DNT on that host (https://www.eff.org/dnt-policy).
//   The promise is the verbatim EFF document; we recognise it by its title
//   and version line and say plainly that we do not compare it word for
//   word (that would need EFF's list of hashes, a request to a third party).
// - The W3C Tracking Preference Expression (TPE, 2019 Note): the site-wide
//   tracking status resource at /.well-known/dnt/ (JSON, "tracking" is one
//   tracking status value) and the `Tk` response header (one value,
//   optionally ";" and a status id).
//
// All three are site-controlled text: sizes are bounded, nothing here
// backtracks, and anything malformed comes back as { ok: false, error }.

import { jsonObject } from './policy-links.ts';

/** TPE §6.2.2 tracking status values and what each claims. */
export const TRACKING_STATUS: Readonly<Record<string, string>> = {
  '!': 'under construction: the site is testing its tracking status',
  '?': 'dynamic: the status depends on the request (see the Tk header)',
  G: 'gateway: the request passes tracking data to multiple parties',
  N: 'not tracking',
  T: 'tracking',
  C: 'tracking with consent the site believes it has',
  P: 'potential consent: not using DNT:1 data until consent is known',
  D: 'disregarding DNT',
  U: 'updated: this request changed the tracking status',
};

/** The claim a tracking status value makes about DNT: honoured, ignored, or neither. */
export function trackingStance(v: string): 'honours' | 'ignores' | 'other' {
  if (v === 'N') return 'honours';
  if (v === 'D' || v === 'T') return 'ignores';
  return 'other';
}

const MAX_TEXT = 256 * 1024;
const MAX_URI = 2048;
const MAX_LIST = 50;

export type TkReading =
  | { ok: true; value: string; statusId: string | null; meaning: string }
  | { ok: false; value: string; error: string };

/** A `Tk` response header value (TPE §6.4): `TSV [";" status-id]`. */
export function readTk(header: string): TkReading {
  const value = header.trim().slice(0, 128);
  const semi = value.indexOf(';');
  const tsv = (semi < 0 ? value : value.slice(0, semi)).trim();
  const meaning = TRACKING_STATUS[tsv];
  if (!meaning) return { ok: false, value, error: `"${tsv}" is not a tracking status value` };
  if (semi < 0) return { ok: true, value, statusId: null, meaning };
  const id = value.slice(semi + 1).trim();
  // status-id = 1*id-char; id-char = ALPHA / DIGIT / "_" / "-" / "+" / "=" / "/"
  if (!/^[A-Za-z0-9_\-+=/]{1,64}$/.test(id))
    return { ok: false, value, error: 'malformed status id after ";"' };
  return { ok: true, value, statusId: id, meaning };
}

export interface TrackingStatus {
  tracking: string;
  meaning: string;
  /** URIs of regimes the site claims to comply with. */
  compliance: string[];
  qualifiers: string | null;
  controller: string[];
  sameParty: string[];
  audit: string[];
  policy: string | null;
  edit: string | null;
  config: string | null;
}

const uri = (v: unknown): string | null =>
  typeof v === 'string' && v.length > 0 ? v.slice(0, MAX_URI) : null;
const uris = (v: unknown): string[] =>
  Array.isArray(v)
    ? v
        .slice(0, MAX_LIST)
        .map(uri)
        .filter((s): s is string => s !== null)
    : [];

/** The site-wide tracking status resource (TPE §6.5.1), JSON. */
export function readTrackingStatus(
  text: string,
): { ok: true; status: TrackingStatus } | { ok: false; error: string } {
  if (text.length > MAX_TEXT) return { ok: false, error: 'larger than 256 KB' };
  const j = jsonObject(text);
  if (!j.ok) return j;
  const o = j.value;
  if (typeof o.tracking !== 'string') return { ok: false, error: '"tracking" is missing' };
  const meaning = TRACKING_STATUS[o.tracking];
  if (!meaning)
    return {
      ok: false,
      error: `"tracking": "${o.tracking.slice(0, 16)}" is not a tracking status value`,
    };
  return {
    ok: true,
    status: {
      tracking: o.tracking,
      meaning,
      compliance: uris(o.compliance),
      qualifiers: typeof o.qualifiers === 'string' ? o.qualifiers.slice(0, 64) : null,
      controller: uris(o.controller),
      sameParty: uris(o['same-party']),
      audit: uris(o.audit),
      policy: uri(o.policy),
      edit: uri(o.edit),
      config: uri(o.config),
    },
  };
}

/** EFF's DNT policy versions as published by EFF. */
export const EFF_DNT_VERSIONS: readonly string[] = ['1.0'];

export type DntPolicyReading =
  | { ok: true; version: string | null; recognised: boolean; note: string }
  | { ok: false; error: string };

/**
 * /.well-known/dnt-policy.txt: EFF's policy opens with its title
 * ("Do Not Track Compliance Policy") and a "Version N.N" line. An HTML page
 * served there (a soft 404) or any other text is not the policy.
 */
export function readDntPolicy(text: string, contentType: string | null): DntPolicyReading {
  const head = text.slice(0, 2000).replace(/^\uFEFF/, '');
  const trimmed = head.trimStart();
  if (/html/i.test(contentType ?? '') || trimmed.startsWith('<'))
    return { ok: false, error: 'an HTML page, not a DNT policy' };
  const lower = trimmed.toLowerCase();
  const title = lower.indexOf('do not track compliance policy');
  if (title < 0 || title > 400)
    return { ok: false, error: 'does not open with "Do Not Track Compliance Policy"' };
  const at = lower.indexOf('version', title);
  const m =
    at >= 0 && at < title + 300
      ? /^version\s{0,8}(\d{1,3}(?:\.\d{1,3}){0,2})/.exec(lower.slice(at))
      : null;
  const version = m?.[1] ?? null;
  const recognised = version !== null && EFF_DNT_VERSIONS.includes(version);
  return {
    ok: true,
    version,
    recognised,
    note: recognised
      ? `EFF DNT policy version ${version} (title and version recognised; not compared word for word with EFF's text)`
      : version
        ? `titled as EFF's DNT policy but version ${version} is not one EFF published`
        : "titled as EFF's DNT policy, with no version line",
  };
}

/** The DNT resources of a host: EFF's DNT policy and the W3C tracking status resource. */
export interface DntPublished {
  dntPolicy: {
    url: string;
    version: string | null;
    recognised: boolean;
    note: string | null;
    /** Why it is not a DNT policy (not published, malformed). */
    error: string | null;
  };
  trackingStatus: { url: string; status: TrackingStatus | null; error: string | null };
}

/**
 * Whether a host's resources promise to honour DNT, with the words: a
 * recognised EFF DNT policy, or a tracking status resource saying "N" (not
 * tracking). Null when they promise nothing.
 */
export function dntClaim(p: DntPublished | undefined): { quote: string; url: string } | null {
  if (!p) return null;
  if (p.dntPolicy.recognised && p.dntPolicy.version)
    return {
      quote: `${p.dntPolicy.url}: EFF Do Not Track policy, version ${p.dntPolicy.version}`,
      url: p.dntPolicy.url,
    };
  const st = p.trackingStatus.status;
  if (st && trackingStance(st.tracking) === 'honours')
    return {
      quote: `${p.trackingStatus.url}: {"tracking": "${st.tracking}"} (${st.meaning})`,
      url: p.trackingStatus.url,
    };
  return null;
}

export interface TkSeen {
  host: string;
  value: string;
  /** What the value claims, or why it is not a tracking status value. */
  meaning: string | null;
  error: string | null;
  requests: number;
}

/** The `Tk` headers the site's responses carried, one line per host and value. */
export function tkSeen(requests: { url: string; tk?: string }[]): TkSeen[] {
  const out = new Map<string, TkSeen>();
  for (const r of requests) {
    if (r.tk === undefined) continue;
    let host = '';
    try {
      host = new URL(r.url).hostname;
    } catch {
      /* keep '' */
    }
    const k = `${host}\u0000${r.tk}`;
    const seen = out.get(k);
    if (seen) {
      seen.requests++;
      continue;
    }
    const t = readTk(r.tk);
    out.set(k, {
      host,
      value: t.value,
      meaning: t.ok ? t.meaning + (t.statusId ? ` (status id ${t.statusId})` : '') : null,
      error: t.ok ? null : t.error,
      requests: 1,
    });
  }
  return [...out.values()].sort((a, b) =>
    a.host === b.host ? a.value.localeCompare(b.value) : a.host.localeCompare(b.host),
  );
}

/** A line of what the site publishes, under the signal it speaks to. */
export interface PublishedLine {
  signal: 'dnt' | 'gpc';
  what: string;
  text: string;
}

/**
 * One line per published resource and per Tk value seen, in plain words,
 * for the popup and report.html.
 */
export function publishedLines(p: {
  gpcJson: { gpc: boolean | null; lastUpdate: string | null; error: string | null } | null;
  dntPolicy: DntPublished['dntPolicy'] | null;
  trackingStatus: DntPublished['trackingStatus'] | null;
  tk: TkSeen[];
}): PublishedLine[] {
  const g = p.gpcJson;
  const d = p.dntPolicy;
  const t = p.trackingStatus;
  const st = t?.status;
  return [
    {
      signal: 'gpc',
      what: '/.well-known/gpc.json',
      text: !g
        ? 'not read yet'
        : g.gpc !== null
          ? `{"gpc": ${g.gpc}}${g.lastUpdate ? `, updated ${g.lastUpdate}` : ''}${g.gpc ? ' — says it honours GPC' : ''}`
          : `no statement (${g.error ?? 'unreadable'})`,
    },
    {
      signal: 'dnt',
      what: '/.well-known/dnt-policy.txt',
      text: !d ? 'not read yet' : d.error ? `no DNT policy (${d.error})` : (d.note ?? 'DNT policy'),
    },
    {
      signal: 'dnt',
      what: '/.well-known/dnt/',
      text: !t
        ? 'not read yet'
        : st
          ? `tracking "${st.tracking}": ${st.meaning}${st.policy ? `; policy ${st.policy}` : ''}${
              st.compliance.length ? `; complies with ${st.compliance.join(', ')}` : ''
            }`
          : `no tracking status (${t.error ?? 'unreadable'})`,
    },
    ...p.tk.map((x): PublishedLine => ({
      signal: 'dnt',
      what: `Tk header from ${x.host}`,
      text: `${x.value}: ${x.meaning ?? x.error ?? ''} (${x.requests} response${x.requests === 1 ? '' : 's'})`,
    })),
  ];
}
