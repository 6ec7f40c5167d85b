// Inputs of the classification figures: the bundled database as the
// extension ships it (public/trackerdb) and the read-only real-data
// snapshots beside the project (../shared/data, see its README.md).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileFilterList } from '../../lib/core/classify/filter-lists.ts';

const ROOT = new URL('../../', import.meta.url);
const SHARED_DATA = new URL('../../../shared/data/', import.meta.url);

export interface TrackerAssets {
  engine: Uint8Array;
  metaText: string;
}

export function trackerAssets(): TrackerAssets {
  const dir = new URL('public/trackerdb/', ROOT);
  const engine = new URL('engine.bin', dir);
  if (!existsSync(engine)) {
    throw new Error(`${fileURLToPath(engine)} is missing: run tsx scripts/build-trackerdb.ts`);
  }
  return {
    engine: readFileSync(engine),
    metaText: readFileSync(new URL('meta.json', dir), 'utf8'),
  };
}

/** Text of a shared data file, or null with a loud note on stderr. */
export function sharedData(file: string, needs: string): string | null {
  const url = new URL(file, SHARED_DATA);
  if (!existsSync(url)) {
    process.stderr.write(
      `\n*** NOTE: ${fileURLToPath(url)} not found (../shared/data absent):\n` +
        `*** ${needs} NOT measured; those figures are absent from the output.\n\n`,
    );
    return null;
  }
  return readFileSync(url, 'utf8');
}

export interface CompiledList {
  listId: string;
  listName: string;
  engine: Uint8Array;
  /** The profile as stored (JSON text), parsed inside cold-start timings. */
  profileText: string;
  filterCount: number;
}

let easyPrivacy: CompiledList | null | undefined;

/** EasyPrivacy compiled once per bench run (parsing takes seconds: outside every timing). */
export function compiledEasyPrivacy(needs: string): CompiledList | null {
  if (easyPrivacy !== undefined) return easyPrivacy;
  const text = sharedData('easyprivacy.txt', needs);
  if (text === null) return (easyPrivacy = null);
  const compiled = compileFilterList(text, 'EasyPrivacy');
  easyPrivacy = {
    listId: 'easyprivacy',
    listName: 'EasyPrivacy',
    engine: compiled.engine.serialize(),
    profileText: JSON.stringify(compiled.profile),
    filterCount: compiled.summary.networkFilters.length,
  };
  return easyPrivacy;
}
