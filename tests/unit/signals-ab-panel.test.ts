// The popup's A/B test panel (components/SignalsAb.tsx), rendered to markup
// (no browser): its button while a test runs and after, the phase line, a
// failure said plainly with what is not back, and the stored result with
// when it ran and one verdict per signal.
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SignalsAbPanel } from '../../components/SignalsAb.tsx';
import { PHASE_TEXT, type AbProgress } from '../../lib/core/signals/ab-run.ts';
import type { SignalsAb } from '../../lib/core/signals/ab.ts';

const ab = (
  JSON.parse(
    readFileSync(new URL('../../cli/demo-site/ab-truth.json', import.meta.url), 'utf8'),
  ) as { sites: Record<string, { ab: SignalsAb }> }
).sites['gpc-ignores.test']!.ab;

const progress = (over: Partial<AbProgress>): AbProgress => ({
  tabId: 1,
  site: 'gpc-ignores.test',
  phase: 'loading-a',
  text: PHASE_TEXT['loading-a'],
  finished: false,
  ab: null,
  error: null,
  notRestored: null,
  ...over,
});

const render = (props: Partial<Parameters<typeof SignalsAbPanel>[0]>) =>
  renderToStaticMarkup(
    createElement(SignalsAbPanel, {
      progress: null,
      ab: null,
      error: null,
      onRun: () => {},
      ...props,
    }),
  );

describe('the A/B test panel', () => {
  it('offers the test, and nothing else, before any ran', () => {
    const html = render({});
    expect(html).toContain(
      '<button type="button" aria-describedby="signals-ab-progress">Test DNT/GPC on this site</button>',
    );
    expect(html).toContain('data-phase=""');
    expect(html).not.toContain('signals-ab-result');
  });

  it('disables the button and shows the phase while a test runs', () => {
    const html = render({ progress: progress({}) });
    expect(html).toContain('<button type="button" disabled=""');
    expect(html).toContain(
      'class="status" role="status" aria-live="polite" data-testid="signals-ab-progress" data-phase="loading-a">Load A: loading the page with no signal…</p>',
    );
  });

  it('says a failure plainly, with what is not back', () => {
    const html = render({
      progress: progress({
        phase: 'failed',
        finished: true,
        text: 'The test stopped: Not restored exactly: missing: login @ shop.test/',
        error: 'Not restored exactly: missing: login @ shop.test/',
        notRestored: ['missing: login @ shop.test/'],
      }),
    });
    expect(html).toContain('class="status error"');
    expect(html).toContain(
      '>The test stopped: Not restored exactly: missing: login @ shop.test/</p>',
    );
    expect(html).toContain(
      '<ul class="error" data-testid="signals-ab-not-restored"><li>missing: login @ shop.test/</li></ul>',
    );
    expect(html).not.toContain('disabled');
  });

  it('shows the stored result: when, of which page, and each verdict', () => {
    const html = render({ ab, testedAt: Date.UTC(2026, 11, 6, 21, 16) });
    expect(html).toContain(
      `<p class="why" data-testid="signals-ab-when">Last test: 2026-12-06 21:16 UTC, of ${ab.url}</p>`,
    );
    expect(html).toContain('<li data-signal="dnt" data-outcome="ignored"><strong>DNT</strong>: ');
    expect(html).toContain('<li data-signal="gpc" data-outcome="ignored"><strong>GPC</strong>: ');
    expect(html).toContain(ab.note);
  });

  it('shows a refusal instead of the last phase', () => {
    const html = render({
      progress: progress({ phase: 'done', finished: true, text: 'Done.' }),
      error: 'Could not run the test: A DNT/GPC test is already running.',
    });
    expect(html).toContain('>Could not run the test: A DNT/GPC test is already running.</p>');
    expect(html).toContain('class="status error"');
  });
});
