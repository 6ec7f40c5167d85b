// The bundled Open Cookie Database, built at build time from the snapshot in
// data/open-cookie-database/ (Apache-2.0, kept with its licence and notice):
// the CSV is read once here into known-cookie entries, so the extension loads
// JSON instead of parsing CSV at every worker start.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOpenCookieDatabase } from '../lib/core/lists/ocd.ts';
import { OCD_ASSET, OCD_UPSTREAM, type BundledOcd } from '../lib/core/known-cookies/bundled.ts';

export const OCD_DIR = 'data/open-cookie-database';

export function buildOcdAsset(root: string): BundledOcd {
  const csv = readFileSync(join(root, OCD_DIR, 'open-cookie-database.csv'), 'utf8');
  const { entries, skipped } = parseOpenCookieDatabase(csv, { source: OCD_UPSTREAM.home });
  const sha = createHash('sha256').update(csv).digest('hex');
  return {
    version: `snapshot ${sha.slice(0, 12)}`,
    rows: entries.length + skipped.length,
    skipped: skipped.length,
    entries,
  };
}

/** Files for WXT's build:publicAssets hook: the JSON, the licence and the notice. */
export function ocdPublicFiles(root: string): { relativeDest: string; contents: string }[] {
  const dir = join(root, OCD_DIR);
  return [
    { relativeDest: OCD_ASSET, contents: JSON.stringify(buildOcdAsset(root)) },
    { relativeDest: 'ocd/LICENSE', contents: readFileSync(join(dir, 'LICENSE'), 'utf8') },
    { relativeDest: 'ocd/NOTICE', contents: readFileSync(join(dir, 'NOTICE'), 'utf8') },
  ];
}
