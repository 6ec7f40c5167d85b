import { type ListFormat, normaliseHost, splitLines } from './common.ts';

const SAMPLE_LINES = 200;
const HOSTS_LINE = /^(?:0\.0\.0\.0|127\.0\.0\.1|::1?|0)\s+\S/;
const ABP_LINE = /^(?:\|\||@@|\|https?:|##|#@#)|\$[a-z~-]+(?:[=,]|$)|\^(?:\$|$)/i;

function detectJson(head: string): ListFormat | null {
  if (/"trackers"\s*:\s*\{/.test(head)) return 'tds';
  if (/"categories"\s*:\s*\{/.test(head)) return 'disconnect';
  return null;
}

/**
 * Best guess of a list's format from its content, helped by the file name;
 * null when neither says. Content wins over the name, except that a `.csv`
 * name is trusted when the header does not decide.
 */
export function detectListFormat(text: string, filename?: string): ListFormat | null {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trimStart();
  const name = (filename ?? '').toLowerCase();

  if (trimmed.startsWith('{')) return detectJson(trimmed.slice(0, 1_000_000));
  const firstLine = trimmed.slice(0, trimmed.search(/\r?\n|$/));
  if (/(^|,)\s*"?Cookie \/ Data Key name"?\s*(,|$)/i.test(firstLine)) return 'ocd';
  if (/^\[(?:adblock|ublock|adguard)/i.test(firstLine)) return 'abp';
  if (name.endsWith('.csv')) return 'ocd';
  if (name.endsWith('.json')) return null;

  let hosts = 0;
  let bare = 0;
  let abp = 0;
  let seen = 0;
  for (const raw of splitLines(body)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('!')) {
      abp++;
      continue;
    }
    if (line.startsWith('#') && !line.startsWith('##') && !line.startsWith('#@#')) continue;
    if (++seen > SAMPLE_LINES) break;
    if (HOSTS_LINE.test(line)) hosts++;
    else if (ABP_LINE.test(line)) abp++;
    else if (normaliseHost(line)) bare++;
  }
  if (hosts > 0 && hosts >= abp) return 'hosts';
  if (abp > 0) return 'abp';
  // A plain list of host names is read as a hosts file (bare host lines).
  if (bare > 0) return 'hosts';
  return null;
}
