// Builds of the extension that the page-load overhead bench
// (cli/bench/overhead.ts) measures beside the real one, each with one part of
// the extension alone. Chosen at build time by COOKIE_AUDIT_BENCH_VARIANT and
// written to .output/bench-<variant>/: a compile-time constant, empty in
// `npm run build`, so the shipped extension has no switch a user can reach.

export const BENCH_VARIANTS = {
  /** The background's listeners only (webRequest, cookies, messages): content scripts off. */
  background: { entrypoints: ['background'] },
  /** The main-world hook alone: no background, no relay. */
  hook: { entrypoints: ['hook'] },
  /** Hook and relay with the background answering their messages, but no webRequest or cookie listener. */
  'content-scripts': { entrypoints: ['background', 'hook', 'relay'] },
  /** The whole extension, its webRequest listeners registered without `extraHeaders`. */
  'no-extra-headers': { entrypoints: null },
  /** The background's webRequest listeners as registered, with empty bodies: the browser's own cost. */
  'empty-listeners': { entrypoints: ['background'] },
  /** The whole extension without the recorder's storage.session journal: what journaling costs. */
  'no-journal': { entrypoints: null },
} as const satisfies Record<string, { entrypoints: readonly string[] | null }>;

export type BenchVariant = keyof typeof BENCH_VARIANTS;

export function benchVariant(raw: string | undefined): BenchVariant | '' {
  if (!raw) return '';
  if (!Object.hasOwn(BENCH_VARIANTS, raw)) {
    throw new Error(
      `COOKIE_AUDIT_BENCH_VARIANT=${raw}: not one of ${Object.keys(BENCH_VARIANTS).join(', ')}`,
    );
  }
  return raw as BenchVariant;
}

export const benchOutDir = (variant: BenchVariant) => `.output/bench-${variant}`;
