// The policy reader on hostile input: generated policies in every format and
// long adversarial shapes (HTML's tree: hostile-html.test.ts).
// See hostile-helpers.ts for the budget.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_POLICY_CHARS, detectFormat } from '../../lib/core/policy/blocks.ts';
import { readPolicy, toBlocks, type PolicyFormat } from '../../lib/core/policy/index.ts';
import { guessHeadings, toSentences } from '../../lib/core/policy/sentences.ts';
import { LONG, RUNS, shape, soup, withinBudget } from './hostile-helpers.ts';

const FORMATS: PolicyFormat[] = ['text', 'markdown', 'html'];

// prettier-ignore
const POLICY_TOKENS = [
  '#', '# ', '## ', '####### ', '|', ' | ', '|---|', '| :-: |', '-', '---', '*', '**', '_', '__',
  '`', '```', '~~~', '<', '>', '> ', '[', ']', '(', ')', '![', '](', '[a](http://x "t")', '[a][b]',
  '<https://x>', '&', '&amp;', '&#x1F600;', '&#99999999;', '&nbsp;', '.', '. ', '!', '?', ':', ';',
  ',', '"', "'", '=', '===', '\\', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\u00a0', '\u200b',
  '\u2028', '\u2029', '\ufeff', '\ud800', 'a', 'A', 'é', 'ß', '1', '1. ', '(a) ', 'iv. ', '- ',
  '• ', 'e.g. ', 'Inc. ', 'cookies', 'We use cookies', 'Google Analytics', 'Do Not Track',
  'Global Privacy Control', '30 days', 'session', 'we do not', 'analytics', 'advertising',
  'Cookies:', 'Strictly necessary', '<p>', '</p>', '<div>', '</div>', '<br>', '<h2>', '</h2>',
  '<li>', '<ul>', '</ul>', '<table>', '<tr>', '<td>', '<th>', '</table>', '<nav>', '<main>',
  '<footer>', '<script>', '</script>', '<style>', '<pre>', '<!--', '-->', '<![CDATA[', ']]>',
  '<a href="x">', '</a>', '<div class="footer">', '<div hidden>', '<p><strong>', '<dt>', '<dd>',
  '<html>', '<body>', '<!doctype html>', '<?xml', '<div class="',
];
const policyText = soup(POLICY_TOKENS, 16);

// --- the policy reader -------------------------------------------------------

describe('policy reader on hostile input', () => {
  it.each(FORMATS)(
    `%s: ${RUNS} generated policies are read without an exception, within budget`,
    (format) => {
      fc.assert(
        fc.property(policyText, (input) => {
          const policy = withinBudget(format, input, () => readPolicy(input, { format }));
          expect(policy.source).toBe('policy-text');
        }),
        { numRuns: RUNS },
      );
    },
    LONG,
  );

  it(
    `${RUNS} generated inputs: blocks and sentences are trimmed, non-empty and capped`,
    () => {
      fc.assert(
        fc.property(policyText, fc.constantFrom(...FORMATS), (input, format) => {
          const blocks = toBlocks(input, format);
          for (const b of blocks) {
            expect(b.text.length).toBeGreaterThan(0);
            expect(b.text).toBe(b.text.trim());
          }
          const sentences = toSentences(blocks);
          guessHeadings(sentences, blocks, format);
          for (const s of sentences) {
            expect(s.text.length).toBeGreaterThan(0);
            expect(s.text.length).toBeLessThanOrEqual(1500);
          }
          expect(FORMATS).toContain(detectFormat(input));
        }),
        { numRuns: RUNS },
      );
    },
    LONG,
  );

  it('the reported hang: "# a", 50 KB of spaces and "x" as a text/plain policy', () => {
    const input = `# a${' '.repeat(50_000)}x`;
    // The background leaves the format to detectFormat for text/plain.
    withinBudget('auto', input, () => readPolicy(input));
    for (const format of FORMATS) withinBudget(format, input, () => readPolicy(input, { format }));
  });

  // Long runs of what the structural expressions look for: headings, tables,
  // rules, fences, list markers, quotes, links, emphasis, entities, tags,
  // sentence ends, hard-wrapped lines. 200 KB each, through the parsing stage
  // (blocks, sentences, guessed headings, format detection).
  const TEXT_UNITS = [
    ' ',
    '#',
    '|',
    '-',
    '*',
    '_',
    '[',
    '`',
    '.',
    '&',
    ':',
    '"',
    '=',
    '\\',
    '\n',
    ' \n',
    'a ',
    'A. ',
    'e.g. A ',
    '1. ',
    '- ',
    '> ',
    '| a ',
    '|--',
    // Pipe tables without a delimiter row (pipes.ts): rows, cells, broken cells.
    'a | b |\n',
    '| a |\n',
    'a |\n',
    'a\n| ',
    '---|---|\n',
    '&#x',
    '[a](',
    '![',
    '**a',
    '_a_',
    'a\n',
    'a.\n',
    '# a\n',
    '=\n',
    '(a) ',
    'x.',
    'a | b\n',
    '<p>',
  ];
  const HTML_UNITS = [
    ' ',
    '<',
    '<p>',
    '<div>',
    '<b>',
    '<!--',
    '<![CDATA[',
    '<li>a',
    '<td>a',
    '<tr><td>a',
    '<h2>a',
    '<a href="',
    '<table>',
    'A. ',
  ];
  const SHAPES: Record<PolicyFormat, [string, string][]> = {
    text: ['', '# a', 'a | b |\n', '| a |\nb |\n'].flatMap((p) =>
      TEXT_UNITS.map((u): [string, string] => [p, u]),
    ),
    markdown: ['', '# a', 'a |\n'].flatMap((p) => TEXT_UNITS.map((u): [string, string] => [p, u])),
    html: ['', '<table><tr><td>'].flatMap((p) => HTML_UNITS.map((u): [string, string] => [p, u])),
  };

  it.each(FORMATS)(
    '%s: long adversarial shapes (200 KB each) parse in linear time',
    (format) => {
      for (const [prefix, unit] of SHAPES[format]) {
        const input = shape(prefix, unit);
        withinBudget(
          `${format} ${JSON.stringify(prefix)} + ${JSON.stringify(unit)}…`,
          input,
          () => {
            const blocks = toBlocks(input, format);
            guessHeadings(toSentences(blocks), blocks, format);
            detectFormat(input);
          },
        );
      }
    },
    LONG,
  );

  it.each(FORMATS)(
    '%s: the whole reader on long runs (200 KB)',
    (format) => {
      for (const input of [
        shape('# a', ' '),
        shape('a |\n', ' '),
        shape('', 'a\n'),
        shape('', 'We use cookies. '),
        shape('<p>', '<div>'),
        shape('', '<!--'),
        // A run of quotes after a negated verb near a signal (signals.ts
        // signalObject: quotes are both separators and word characters).
        shape('Global Privacy Control: we do not collect ', "'"),
        shape('Do Not Track: we do not collect ', "' "),
      ]) {
        withinBudget(`${format} ${JSON.stringify(input.slice(0, 12))}…`, input, () =>
          readPolicy(input, { format }),
        );
      }
    },
    LONG,
  );

  it('found by fast-check in CI: a quote run after "do not track" repeats took a second on 135 characters', () => {
    const input = `Global Privacy Control##${'Do Not Track'.repeat(5)}${"'".repeat(34)}  \u{aa5dd}\r\n`;
    const policy = withinBudget('markdown', input, () => readPolicy(input, { format: 'markdown' }));
    expect(policy.source).toBe('policy-text');
    // Ten times the quotes: exponential before, a few milliseconds now.
    const longer = `Global Privacy Control: we do not collect ${"'".repeat(340)} x`;
    withinBudget('text', longer, () => readPolicy(longer, { format: 'text' }));
  });

  it(`reads no more than ${MAX_POLICY_CHARS} characters`, () => {
    const input = `Intro.\n\n${'x'.repeat(MAX_POLICY_CHARS)}\n\nWe use advertising cookies.`;
    expect(toBlocks(input, 'text').map((b) => b.kind)).toEqual(['para', 'para']);
  });
});
