// Every regular expression our core builds at run time must be free of
// super-linear backtracking and of super-linear moves (SPEC "Reliability and
// security requirements": site-controlled text is hostile; issue 9). Literal
// expressions are checked by lint (eslint-plugin-regexp's
// no-super-linear-backtracking / no-super-linear-move); the policy reader
// builds most of its expressions from vocabulary lists, which lint cannot
// see. This test records every expression constructed while lib/core is
// loaded and used, and runs the same analysis (scslre) on each.
//
// Not covered: the token router's screen (classify/token-router.ts), which
// joins a tracker list's own regular-expression filters; the filter engine
// runs those same expressions itself.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';

const built = new Map<string, { source: string; flags: string; where: string }>();

function record(r: RegExp): RegExp {
  const key = `/${r.source}/${r.flags}`;
  if (built.has(key)) return r;
  const stack = new Error().stack ?? '';
  const ours = stack.split('\n').find((l) => l.includes('/lib/core/'));
  if (ours && !ours.includes('token-router')) {
    built.set(key, { source: r.source, flags: r.flags, where: ours.trim() });
  }
  return r;
}

const Original = RegExp;
globalThis.RegExp = new Proxy(Original, {
  construct: (target, args: [string | RegExp, string?]) =>
    record(Reflect.construct(target, args) as RegExp),
  apply: (target, self, args: [string | RegExp, string?]) =>
    record(Reflect.apply(target, self, args) as RegExp),
});

const SEEDS = join(import.meta.dirname, '../fixtures/policies/seeds');
const CASES = join(import.meta.dirname, '../fixtures/policies/cases');

describe('expressions built at run time', () => {
  it('the analysis finds the shapes it must find', () => {
    const reports = (source: string, flags = 'u') =>
      analyse({ source, flags }).reports.map((r) => r.type);
    // The quote-run shape fast-check found in the signal reader (ee5683c).
    expect(reports(`^(?:[\\s"'(]+[\\p{L}'-]+){0,4}?[\\s"'(]+(?:dnt|gpc)-signal`)).toContain(
      'Trade',
    );
    expect(reports('\\s+(?:whereas|while)')).toEqual(['Move']);
    expect(reports('\\b(?:we|us)\\b')).toEqual([]);
  });

  it('none backtracks or moves super-linearly (policy reader, CMP, discovery)', async () => {
    // Load every core module under the proxy (a module-level `new RegExp`
    // runs on load), then read real policies in all three formats so the
    // expressions built on first use are built too.
    const modules = import.meta.glob<Record<string, unknown>>('../../lib/core/**/*.ts');
    for (const load of Object.values(modules)) await load();
    const { readPolicy } = await import('../../lib/core/policy/index.ts');
    const inputs = [
      ...readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(SEEDS, f)),
      ...readdirSync(CASES).map((f) => join(CASES, f)),
    ];
    for (const file of inputs) {
      const text = readFileSync(file, 'utf8');
      readPolicy(text);
      readPolicy(text, { format: 'markdown' });
      readPolicy(`<html><body><main>${text}</main></body></html>`, { format: 'html' });
    }
    // A vacuous pass (nothing recorded) would prove nothing.
    expect(built.size).toBeGreaterThan(300);
    const offenders = [...built.values()].flatMap(({ source, flags, where }) =>
      analyse({ source, flags }, { maxReports: 1 }).reports.map(
        (r) =>
          `${r.type}${r.exponential ? ' (exponential)' : ''} on ${JSON.stringify(r.character.pick)}: /${source.slice(0, 120)}/${flags} ${where}`,
      ),
    );
    expect(offenders).toEqual([]);
  });
});
