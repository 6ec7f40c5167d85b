// What a batch audits: the targets (URLs from arguments and --urls files),
// each with its own report folder named by its host, split into shards by a
// stable hash of the site, under one or more consent modes. Pure: no I/O.
import { siteOf } from '../../lib/core/party.ts';

/** The consent modes a batch can audit each site under. */
export const CONSENT_MODES = ['none', 'accept', 'reject', 'accept-then-reject'] as const;
export type ConsentMode = (typeof CONSENT_MODES)[number];

export interface Target {
  url: string;
  host: string;
  /** Registrable domain: what the shard hash and the report's `site` are keyed by. */
  site: string;
  /** Report folder name under --out: the host, made unique when a host is listed twice. */
  folder: string;
}

export interface Job {
  target: Target;
  mode: ConsentMode;
  /** Folder under --out: the target's, and the mode's inside it when several modes run. */
  dir: string;
}

/** Longest line or file of URLs read (a list is hostile input like any other). */
const MAX_LINE = 4096;
const MAX_URLS = 1_000_000;

export interface UrlListLine {
  line: number;
  text: string;
  error: string;
}

/** Checks one URL: http(s), parsable, no credentials. Returns the error, or null. */
export function urlError(u: string): string | null {
  if (u.length > MAX_LINE) return `longer than ${MAX_LINE} characters`;
  if (!/^https?:\/\//i.test(u)) return 'not an http(s) URL';
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    return 'not a valid URL';
  }
  if (!parsed.hostname) return 'no host';
  if (parsed.username || parsed.password) return 'credentials in the URL';
  return null;
}

/**
 * A --urls file: one URL a line; blank lines and `#` comments (whole lines, or
 * after a URL following a space) are skipped. Bad lines are returned with
 * their line number, never thrown.
 */
export function parseUrlList(text: string): { urls: string[]; bad: UrlListLine[] } {
  const urls: string[] = [];
  const bad: UrlListLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && urls.length < MAX_URLS; i++) {
    const line = (lines[i] ?? '').slice(0, MAX_LINE + 1).trim();
    if (!line || line.startsWith('#')) continue;
    // The URL is the first word; after it only a "# comment" may follow
    // ("https://a/#x" keeps its fragment).
    const space = line.search(/\s/);
    const url = space < 0 ? line : line.slice(0, space);
    const rest = space < 0 ? '' : line.slice(space).trim();
    const error = rest && !rest.startsWith('#') ? 'text after the URL' : urlError(url);
    if (error) bad.push({ line: i + 1, text: line.slice(0, 200), error });
    else urls.push(url);
  }
  return { urls, bad };
}

/** A host as a folder name: letters, digits, dots and hyphens only. */
function safeName(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9.-]/g, '_')
      .replace(/^\.+/, '_') || '_'
  );
}

/** 32-bit FNV-1a: stable across runs, machines and Node versions. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The targets of a list, duplicates (same URL) dropped. Each gets a folder
 * named by its host; a host listed with several URLs gets the host plus a
 * hash of each URL, so folders never depend on the list's order or shard.
 */
export function planTargets(urls: readonly string[]): Target[] {
  const unique = [...new Set(urls)];
  const hosts = new Map<string, number>();
  const parsed = unique.map((url) => {
    const u = new URL(url);
    const host = u.hostname.toLowerCase();
    hosts.set(host, (hosts.get(host) ?? 0) + 1);
    return { url, host, site: siteOf(url) || host };
  });
  return parsed.map((t) => ({
    ...t,
    folder:
      (hosts.get(t.host) ?? 0) > 1
        ? `${safeName(t.host)}_${fnv1a(t.url).toString(16).padStart(8, '0')}`
        : safeName(t.host),
  }));
}

/** `--shard i/n` (1 ≤ i ≤ n): which part of the list this run audits. */
export function parseShard(s: string): { index: number; count: number } {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(s.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new Error(`--shard must be i/n with 1 ≤ i ≤ n (not "${s}")`);
  return { index, count };
}

/** The targets of shard i of n: by a stable hash of the site, so a site's hosts stay together. */
export function inShard(t: Target, shard: { index: number; count: number }): boolean {
  return fnv1a(t.site) % shard.count === shard.index - 1;
}

/** `--consent none,reject`: the modes, in order, each once. */
export function parseConsentModes(s: string): ConsentMode[] {
  const modes = s
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
  if (modes.length === 0)
    throw new Error('--consent needs a mode: none, accept, reject or accept-then-reject');
  for (const m of modes) {
    if (!(CONSENT_MODES as readonly string[]).includes(m))
      throw new Error(
        `--consent modes are none, accept, reject and accept-then-reject (not "${m}")`,
      );
  }
  return [...new Set(modes)] as ConsentMode[];
}

/** Every (target, mode) pair, target by target. */
export function planJobs(targets: readonly Target[], modes: readonly ConsentMode[]): Job[] {
  return targets.flatMap((target) =>
    modes.map((mode) => ({
      target,
      mode,
      dir: modes.length > 1 ? `${target.folder}/${mode}` : target.folder,
    })),
  );
}

/** Parallel browsers by default: one per core, at most one per GB of memory, 1 to 8. */
export function defaultJobs(cores: number, totalMemBytes: number): number {
  return Math.max(1, Math.min(8, cores, Math.floor(totalMemBytes / 1e9)));
}
