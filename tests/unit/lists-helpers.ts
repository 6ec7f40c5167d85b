import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ListParseError } from '../../lib/core/lists/index.ts';

const FIXTURES = new URL('../fixtures/lists/', import.meta.url);
/** The read-only real-data snapshots beside the project (see ../shared/data/README.md). */
const SHARED_DATA = new URL('../../../shared/data/', import.meta.url);

export function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** Text of a real-data file, or null with a loud note when ../shared/data is absent. */
export function sharedData(file: string): string | null {
  const url = new URL(file, SHARED_DATA);
  if (!existsSync(url)) {
    console.warn(
      `SKIPPED: ../shared/data absent (${fileURLToPath(url)} not found): real-data checks on ${file} do not run`,
    );
    return null;
  }
  return readFileSync(url, 'utf8');
}

/** The ListParseError `fn` throws, as { line, message } for exact comparison. */
export function listError(fn: () => unknown): { format: string; line: number; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof ListParseError) {
      return { format: error.format, line: error.line, message: error.message };
    }
    throw error;
  }
  throw new Error('expected a ListParseError, nothing was thrown');
}
