// `npm run -s policy -- FILE_OR_URL [--format text|markdown|html] [--url URL]`
// Reads a cookie/privacy policy from a file or an http(s) URL and prints the
// DeclaredPolicy as JSON (2-space indent) on stdout. Exit 1 with a message on
// stderr when the file is missing or the fetch fails.
//
// `npm run -s policy -- --eval DIR [DIR ...] [--json]` scores the reader against
// DIR/labels.json (SPEC "Command line"): what differs per file, then micro
// P/R/F1 of categories, DNT and GPC accuracy and retention agreement.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  LabelError,
  evaluate,
  formatEval,
  parseLabels,
  type Label,
} from '../lib/core/policy/evaluate.ts';
import { detectFormat, readPolicy, type PolicyFormat } from '../lib/core/policy/index.ts';

const FETCH_TIMEOUT_MS = 10_000;
const MAX_BYTES = 2 * 1024 * 1024;
const FORMATS: PolicyFormat[] = ['text', 'markdown', 'html'];

class CliError extends Error {}

const USAGE =
  'usage: npm run -s policy -- FILE_OR_URL [--format text|markdown|html] [--url URL]\n' +
  '       npm run -s policy -- --eval DIR [DIR ...] [--json]';

interface Args {
  target: string;
  /** More labelled folders scored together with the first (--eval). */
  more?: string[];
  format?: PolicyFormat;
  url?: string;
  eval?: boolean;
  json?: boolean;
}

function parseArgs(argv: string[]): Args {
  let target: string | undefined;
  let format: PolicyFormat | undefined;
  let url: string | undefined;
  let evalDir = false;
  let json = false;
  const more: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--eval') {
      const dir = argv[++i];
      if (!dir || dir.startsWith('--')) throw new CliError('--eval needs a folder');
      if (target !== undefined) throw new CliError(`unexpected argument ${target}`);
      target = dir;
      evalDir = true;
    } else if (a === '--json') {
      json = true;
    } else if (a === '--format') {
      const f = argv[++i] as PolicyFormat | undefined;
      if (!f || !FORMATS.includes(f))
        throw new CliError(`--format must be one of ${FORMATS.join(', ')}`);
      format = f;
    } else if (a === '--url') {
      url = argv[++i];
      if (!url) throw new CliError('--url needs a value');
    } else if (a === '-h' || a === '--help') {
      throw new CliError(USAGE);
    } else if (a.startsWith('--')) {
      throw new CliError(`unknown option ${a}`);
    } else if (target === undefined) {
      target = a;
    } else if (evalDir) {
      more.push(a);
    } else {
      throw new CliError(`unexpected argument ${a}`);
    }
  }
  if (!target) throw new CliError(USAGE);
  if (json && !evalDir) throw new CliError('--json goes with --eval');
  return {
    target,
    ...(format ? { format } : {}),
    ...(url ? { url } : {}),
    ...(evalDir ? { eval: true, json, more } : {}),
  };
}

/** Format from a file extension or a Content-Type; undefined = look at the content. */
function formatFromName(name: string): PolicyFormat | undefined {
  const ext = path.extname(name).toLowerCase();
  if (['.html', '.htm', '.xhtml', '.php', '.asp', '.aspx'].includes(ext)) return 'html';
  if (['.md', '.markdown', '.mdown'].includes(ext)) return 'markdown';
  return undefined;
}

function formatFromContentType(type: string | null): PolicyFormat | undefined {
  if (!type) return undefined;
  if (/html|xml/iu.test(type)) return 'html';
  if (/markdown/iu.test(type)) return 'markdown';
  return undefined;
}

async function readBody(res: Response): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > MAX_BYTES) throw new CliError(`response is larger than ${MAX_BYTES} bytes`);
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BYTES) {
      await reader.cancel();
      throw new CliError(`response is larger than ${MAX_BYTES} bytes`);
    }
    chunks.push(value);
  }
  const charset = /charset=([^;]+)/iu.exec(res.headers.get('content-type') ?? '')?.[1]?.trim();
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset || 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(Buffer.concat(chunks));
}

async function fetchPolicy(
  url: string,
): Promise<{ text: string; format?: PolicyFormat; url: string }> {
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      redirect: 'follow',
      headers: { accept: 'text/html, text/markdown;q=0.9, text/plain;q=0.8' },
    });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why =
      e.name === 'TimeoutError'
        ? `timed out after ${FETCH_TIMEOUT_MS / 1000} s`
        : [e.message, e.cause?.code ?? e.cause?.message].filter(Boolean).join(': ');
    throw new CliError(`could not fetch ${url}: ${why}`);
  }
  if (!res.ok)
    throw new CliError(`could not fetch ${url}: HTTP ${res.status} ${res.statusText}`.trim());
  let text: string;
  try {
    text = await readBody(res);
  } catch (err) {
    if (err instanceof CliError) throw new CliError(`could not fetch ${url}: ${err.message}`);
    throw new CliError(`could not fetch ${url}: ${(err as Error).message}`);
  }
  const format =
    formatFromContentType(res.headers.get('content-type')) ??
    formatFromName(new URL(res.url || url).pathname);
  return { text, url: res.url || url, ...(format ? { format } : {}) };
}

async function readLocal(file: string): Promise<{ text: string; format?: PolicyFormat }> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new CliError(`no such file: ${file}`);
  }
  if (!info.isFile()) throw new CliError(`not a file: ${file}`);
  if (info.size > MAX_BYTES) throw new CliError(`${file} is larger than ${MAX_BYTES} bytes`);
  const text = await readFile(file, 'utf8');
  const format = formatFromName(file);
  return { text, ...(format ? { format } : {}) };
}

async function readLabels(dir: string): Promise<Label[]> {
  const file = path.join(dir, 'labels.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CliError(`no labels.json in ${dir}`);
  }
  try {
    return parseLabels(JSON.parse(text));
  } catch (err) {
    if (err instanceof LabelError || err instanceof SyntaxError)
      throw new CliError(`${file}: ${err.message}`);
    throw err;
  }
}

async function runEval(dirs: string[], json: boolean): Promise<void> {
  const labels: Label[] = [];
  const texts = new Map<string, { text: string; format?: PolicyFormat } | Error>();
  for (const dir of dirs) {
    for (const l of await readLabels(dir)) {
      // Files of several folders are told apart by their folder.
      const label = dirs.length > 1 ? { ...l, file: path.join(path.basename(dir), l.file) } : l;
      labels.push(label);
      try {
        texts.set(label.file, await readLocal(path.join(dir, l.file)));
      } catch (err) {
        texts.set(label.file, err as Error);
      }
    }
  }
  const result = evaluate(labels, (l) => {
    const src = texts.get(l.file);
    if (!src || src instanceof Error) return src ?? new Error('not read');
    try {
      return readPolicy(src.text, { url: l.url, ...(src.format ? { format: src.format } : {}) });
    } catch (err) {
      return err as Error;
    }
  });
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : formatEval(result));
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.eval) return runEval([args.target, ...(args.more ?? [])], args.json === true);
  const remote = /^https?:\/\//iu.test(args.target);
  const source: { text: string; format?: PolicyFormat; url?: string } = remote
    ? await fetchPolicy(args.target)
    : await readLocal(args.target);
  const format = args.format ?? source.format ?? detectFormat(source.text);
  const url = args.url ?? source.url ?? null;
  const policy = readPolicy(source.text, { format, url });
  process.stdout.write(`${JSON.stringify(policy, null, 2)}\n`);
}

main().catch((err: unknown) => {
  const message =
    err instanceof CliError
      ? err.message
      : `unexpected error: ${(err as Error)?.stack ?? String(err)}`;
  process.stderr.write(`policy: ${message}\n`);
  process.exitCode = 1;
});
