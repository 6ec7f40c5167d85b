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
