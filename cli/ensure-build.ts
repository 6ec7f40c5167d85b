// Builds the extension when any source is newer than the last build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchOutDir, type BenchVariant } from '../scripts/bench-variants.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROME_BUILD = path.join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_BUILD = path.join(ROOT, '.output', 'firefox-mv3');

function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const e of readdirSync(p)) m = Math.max(m, newest(path.join(p, e)));
  return m;
}

/** Where a bench-only variant (scripts/bench-variants.ts) is built. */
export const variantBuild = (variant: BenchVariant) =>
  path.join(ROOT, benchOutDir(variant), 'chrome-mv3');

export function buildIsStale(dir: string = CHROME_BUILD): boolean {
  const manifest = path.join(dir, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  const sources = [
    'entrypoints',
    'components',
    'lib',
    'public',
    'data',
    'scripts',
    'wxt.config.ts',
    'package.json',
  ];
  return sources.some((s) => newest(path.join(ROOT, s)) > built);
}

export function ensureBuild(
  log: (s: string) => void = (s) => process.stderr.write(`${s}\n`),
  variant?: BenchVariant,
) {
  if (!buildIsStale(variant ? variantBuild(variant) : CHROME_BUILD)) return;
  log(
    `Building the extension${variant ? ` (bench variant ${variant})` : ''} (sources changed since the last build)…`,
  );
  const r = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, COOKIE_AUDIT_BENCH_VARIANT: variant ?? '' },
  });
  if (r.status !== 0) throw new Error('`wxt build` failed; see the messages above.');
}

/** The Firefox build (`wxt build -b firefox`), when any source is newer. */
export function ensureFirefoxBuild(
  log: (s: string) => void = (s) => process.stderr.write(`${s}\n`),
) {
  if (!buildIsStale(FIREFOX_BUILD)) return;
  log('Building the Firefox add-on (sources changed since the last build)…');
  const r = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('`wxt build -b firefox` failed; see the messages above.');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (process.argv[2] === 'firefox') ensureFirefoxBuild();
  else ensureBuild();
}
