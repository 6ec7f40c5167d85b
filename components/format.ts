import type { ClassifiedCookie, TrackerInfo } from '../lib/core/audit/classify-view.ts';

export function formatLifetime(days: number | null, requested?: number | null): string {
  if (days === null) return 'session';
  const base =
    days < 1 ? `${Math.round(days * 24 * 10) / 10} h` : `${Math.round(days * 10) / 10} d`;
  return requested ? `${base} (asked ${Math.round(requested)} d)` : base;
}

export function shortUrl(url: string | null, max = 60): string {
  if (!url) return '—';
  const s = url.replace(/^https?:\/\//, '');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** One line a user can verify: which list or database, which entry or rule. */
export function whyCookie(c: Pick<ClassifiedCookie, 'evidence' | 'identifierLike'>): string {
  const e = c.evidence;
  switch (e.source) {
    case 'cmp':
      return `declared by the site's consent banner (${e.list ?? 'CMP'})`;
    case 'known-cookie':
      return `known cookie "${e.entry ?? ''}"${e.matchedBy === 'prefix' ? ' (prefix)' : ''} in ${e.list}`;
    case 'tracker-domain':
      return `its domain matches ${e.rule ?? ''} in ${e.list}`;
    case 'tracker-script':
      return `written by a tracker script (${e.rule ?? ''} in ${e.list})`;
    default:
      return c.identifierLike ? 'no list knows it; looks like an identifier' : 'no list knows it';
  }
}

export function whyRequest(t: TrackerInfo | null): string {
  return t ? `${t.rule} — ${t.list}` : 'not in any list';
}
