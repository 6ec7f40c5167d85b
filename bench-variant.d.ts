// The bench-only build variant (scripts/bench-variants.ts), replaced at build
// time by wxt.config.ts: '' in every build but the bench's own.
declare const __BENCH_VARIANT__:
  | ''
  | 'background'
  | 'hook'
  | 'content-scripts'
  | 'no-extra-headers'
  | 'empty-listeners'
  | 'no-journal';
