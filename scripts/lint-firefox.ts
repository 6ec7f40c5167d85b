// `web-ext lint` (Mozilla's addons-linter) on the Firefox build. Fails on any
// error, and on any warning or notice that is not one of the few below, each
// explained (README "Firefox"), matched by code, file and count; a listed one
// that no longer occurs fails too, so the list cannot go stale.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIREFOX_BUILD, ROOT } from '../cli/ensure-build.ts';

interface Message {
  code: string;
  file?: string;
  line?: number;
  message: string;
}

/**
 * `holds`: the file must also contain this text (a bundle chunk's name follows
 * whichever entry first imports it, so React DOM's chunk is known by its content).
 */
const EXPLAINED: { code: string; file: RegExp; holds?: string; count: number; why: string }[] = [
  {
    code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
    count: 1,
    why: 'data_collection_permissions ("none") is read from Firefox 140 and ignored by 128–139, which the add-on still supports',
  },
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
    count: 1,
    why: 'the same key, read from Firefox for Android 142',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/[\w-]+\.js$/,
    holds: 'dangerouslySetInnerHTML',
    count: 2,
    why: "React DOM's own innerHTML: its <script> element trick and the dangerouslySetInnerHTML prop, which no component of ours uses",
  },
  {
    code: 'COINMINER_USAGE_DETECTED',
    file: /^trackerdb\/meta\.json$/,
    count: 1,
    why: "the Ghostery Tracker Database's names and filters of coin-miner trackers (Coinhive, …): data the classifier matches requests against, never run",
  },
];

const r = spawnSync(
  process.execPath,
  [
    path.join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js'),
    'lint',
    '--source-dir',
    FIREFOX_BUILD,
    '--output',
    'json',
    '--no-config-discovery',
  ],
  { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let report: { errors: Message[]; warnings: Message[]; notices: Message[] };
try {
  report = JSON.parse(r.stdout);
} catch {
  process.stderr.write(`web-ext lint gave no report (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  process.exit(1);
}

const problems: string[] = [];
const show = (m: Message) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`;
for (const m of report.errors) problems.push(`error ${show(m)}`);
const counts = new Map<(typeof EXPLAINED)[number], number>();
for (const m of [...report.warnings, ...report.notices]) {
  const holds = (x: (typeof EXPLAINED)[number]) =>
    !x.holds || readFileSync(path.join(FIREFOX_BUILD, m.file ?? ''), 'utf8').includes(x.holds);
  const e = EXPLAINED.find((x) => x.code === m.code && x.file.test(m.file ?? '') && holds(x));
  if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
  else problems.push(`unexplained ${show(m)}`);
}
for (const e of EXPLAINED) {
  const n = counts.get(e) ?? 0;
  if (n !== e.count) {
    problems.push(
      `${e.code} in ${e.file}: expected ${e.count}, found ${n} (update the list and README "Firefox")`,
    );
  }
}
const explained = [...counts.values()].reduce((a, b) => a + b, 0);
if (problems.length) {
  process.stderr.write(`web-ext lint on ${FIREFOX_BUILD}:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write(
  `web-ext lint: 0 errors, ${explained} warnings, each explained:\n` +
    EXPLAINED.map((e) => `  ${e.code} ×${e.count}: ${e.why}\n`).join(''),
);
