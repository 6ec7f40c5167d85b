import { parseSetCookie } from 'set-cookie-parser';
import { getPublicSuffix } from 'tldts';
import { hostOf } from './party.ts';
import type { CookieAttributes, SameSite } from './types.ts';

/** Chromium caps stored cookie lifetimes at 400 days (RFC 6265bis, 5.5). */
export const MAX_STORED_LIFETIME_DAYS = 400;
const DAY_MS = 86_400_000;
/** Chromium refuses a cookie whose name + value exceed 4096 bytes. */
const MAX_NAME_VALUE_BYTES = 4096;

/** One cookie as a Set-Cookie header or a `document.cookie` write asked for it. */
export interface ParsedCookie extends CookieAttributes {
  value: string;
  deletion: boolean;
  /** Why the browser will refuse it, when that is certain from the header alone. */
  rejected: string | null;
  warnings: string[];
}

export interface ParseContext {
  /** URL of the response (http) or document (script). */
  url: string;
  /** Receipt time in ms since epoch (the browser's clock governs Expires). */
  now: number;
  /** `document.cookie` cannot set HttpOnly cookies. */
  fromScript?: boolean;
}

export interface SetCookieParseResult {
  cookies: ParsedCookie[];
  /** Header lines that could not be read at all, with the reason. */
  skipped: { header: string; reason: string }[];
}

/**
 * Split the raw Set-Cookie header values of one response into single cookie
 * strings. Chrome delivers one header entry per cookie; Firefox joins several
 * Set-Cookie headers with "\n" in one entry. Commas are never a separator:
 * browsers do not split on them (Expires contains one).
 */
export function splitSetCookieHeaders(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split('\n')).filter((v) => v.trim() !== '');
}

function round(days: number): number {
  return Math.round(days * 1000) / 1000;
}

function normaliseSameSite(raw: string | undefined, warnings: string[]): SameSite {
  if (raw === undefined) return 'unspecified';
  const v = raw.trim().toLowerCase();
  if (v === 'strict' || v === 'lax' || v === 'none') return v;
  warnings.push(`unknown SameSite value "${raw}" treated as unspecified`);
  return 'unspecified';
}

function domainMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

function isIp(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
}

/** Parse one cookie string (a Set-Cookie value or a document.cookie assignment). */
export function parseCookieString(raw: string, ctx: ParseContext): ParsedCookie | null {
  const [parsed] = parseSetCookie([raw], { decodeValues: false, silent: true, split: false });
  if (!parsed) return null;
  const warnings: string[] = [];
  let url: URL | null = null;
  try {
    url = new URL(ctx.url);
  } catch {
    warnings.push(`setter URL "${ctx.url}" is not a URL`);
  }
  const host = url ? hostOf(url.hostname.replace(/^\[|\]$/g, '')) : '';
  const attrs = raw
    .split(';')
    .slice(1)
    .map((a) => a.split('=')[0]!.trim().toLowerCase());

  // Lifetime: Max-Age wins over Expires (RFC 6265 5.3 step 3).
  let requestedMs: number | null = null;
  if (parsed.maxAge !== undefined) {
    requestedMs = parsed.maxAge * 1000;
  } else if (parsed.expires) {
    requestedMs = parsed.expires.getTime() - ctx.now;
  }
  if (parsed.maxAge === undefined && attrs.includes('max-age')) {
    warnings.push('unparseable Max-Age ignored');
  }
  if (!parsed.expires && attrs.includes('expires') && parsed.maxAge === undefined) {
    warnings.push('unparseable Expires ignored: session cookie');
  }
  const deletion = requestedMs !== null && requestedMs <= 0;
  const requestedDays = requestedMs === null || deletion ? null : round(requestedMs / DAY_MS);
  const lifetimeDays =
    requestedDays === null ? null : Math.min(requestedDays, MAX_STORED_LIFETIME_DAYS);
  const requestedLifetimeDays =
    requestedDays !== null && lifetimeDays !== null && requestedDays > lifetimeDays
      ? requestedDays
      : null;

  let rejected: string | null = null;
  let domain = host;
  let hostOnly = true;
  if (parsed.domain !== undefined && parsed.domain.trim() !== '') {
    const d = parsed.domain.trim().replace(/^\./, '').toLowerCase();
    hostOnly = false;
    domain = d;
    if (host && !domainMatches(host, d)) {
      rejected = `Domain=${d} does not match the setting host ${host}`;
    } else if (!isIp(d) && getPublicSuffix(d, { allowPrivateDomains: true }) === d && d !== host) {
      rejected = `Domain=${d} is a public suffix`;
    }
  }

  let path = parsed.path ?? '';
  if (!path.startsWith('/')) {
    // Default path (RFC 6265 5.1.4): the directory of the request path.
    const p = url?.pathname ?? '/';
    path = p.lastIndexOf('/') > 0 ? p.slice(0, p.lastIndexOf('/')) : '/';
  }

  const secure = parsed.secure === true;
  const httpOnly = parsed.httpOnly === true;
  const sameSite = normaliseSameSite(parsed.sameSite, warnings);
  const partitioned = parsed.partitioned === true;
  const isSecureUrl =
    url?.protocol === 'https:' || host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

  if (!rejected) {
    if (utf8Length(parsed.name + parsed.value) > MAX_NAME_VALUE_BYTES) {
      rejected = 'name and value exceed 4096 bytes';
    } else if (secure && !isSecureUrl) {
      rejected = 'Secure cookie set from an insecure URL';
    } else if (sameSite === 'none' && !secure) {
      rejected = 'SameSite=None without Secure';
    } else if (partitioned && !secure) {
      rejected = 'Partitioned without Secure';
    } else if (httpOnly && ctx.fromScript) {
      rejected = 'HttpOnly cannot be set from script';
    } else if (parsed.name.startsWith('__Secure-') && (!secure || !isSecureUrl)) {
      rejected = '__Secure- prefix without Secure over HTTPS';
    } else if (
      parsed.name.startsWith('__Host-') &&
      (!secure || !isSecureUrl || !hostOnly || (parsed.path ?? '') !== '/')
    ) {
      rejected = '__Host- prefix requires Secure, no Domain and Path=/';
    }
  }

  return {
    name: parsed.name,
    value: parsed.value,
    domain,
    path,
    hostOnly,
    lifetimeDays,
    requestedLifetimeDays,
    deletion,
    secure,
    httpOnly,
    sameSite,
    partitioned,
    rejected,
    warnings,
  };
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** Parse all Set-Cookie header values of one response. Never throws. */
export function parseSetCookieHeaders(
  values: readonly string[],
  ctx: ParseContext,
): SetCookieParseResult {
  const cookies: ParsedCookie[] = [];
  const skipped: { header: string; reason: string }[] = [];
  for (const header of splitSetCookieHeaders(values)) {
    try {
      const c = parseCookieString(header, ctx);
      if (!c || (c.name === '' && c.value === '')) {
        skipped.push({ header: header.slice(0, 200), reason: 'no name=value pair' });
        continue;
      }
      cookies.push(c);
    } catch (e) {
      skipped.push({ header: header.slice(0, 200), reason: String(e) });
    }
  }
  return { cookies, skipped };
}
