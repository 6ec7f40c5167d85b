// node-html-parser's tree for hostile HTML, built in linear time (parseHtml):
// the same tree as the library's own repair of unclosed elements, which is
// quadratic in their nesting. See hostile-helpers.ts for the budget.
import fc from 'fast-check';
import { HTMLElement, type Node, parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks, parseHtml, repairedTree } from '../../lib/core/policy/html.ts';
import { LONG, RUNS, shape, soup, withinBudget } from './hostile-helpers.ts';

const LIBRARY_OPTIONS = {
  comment: false,
  blockTextElements: { script: true, noscript: true, style: true, pre: true },
};

/** The tree as text; `&lt;!` for an unclosed `<!` is the same text once decoded. */
function dump(n: Node): string {
  if (n instanceof HTMLElement) {
    const attrs = n.rawAttrs.replaceAll('&lt;!', '<!');
    return `<${n.rawTagName} ${attrs}>${n.childNodes.map(dump).join('')}</${n.rawTagName}>`;
  }
  return JSON.stringify(n.text);
}

// prettier-ignore
const HTML_TOKENS = [
  '<div>', '</div>', '<span>', '</span>', '<p>', '</p>', '<li>', '</li>', '<ul>', '</ul>', '<b>',
  '</b>', '<a href="x">', '</a>', '<td>', '<tr>', '<table>', '</table>', '<nav>', '</nav>', '<br>',
  '<img src=x>', '<script>', '</script>', '<pre>', '<!--', '-->', '<![CDATA[', ']]>',
  '<div class="a', '<h2>', '</h3>', '<dt>', '<dd>', '<html>', '<body>', '<main>', ' ', 'text',
  '\n', '<', '>', '"', "'", '<div/>', '<x-y>', '</x-y>', '&lt;', '<DIV>', '</Div>',
];

describe('parseHtml', () => {
  it(
    `builds the same tree as node-html-parser's own repair on ${RUNS} generated documents`,
    () => {
      fc.assert(
        fc.property(soup(HTML_TOKENS, 48), (html) => {
          expect(dump(repairedTree(html))).toBe(dump(parse(html, LIBRARY_OPTIONS)));
        }),
        { numRuns: RUNS },
      );
    },
    LONG,
  );

  it(
    'is linear in nesting and unclosed comments (the library alone is quadratic)',
    () => {
      for (const input of [
        shape('', '<div>'),
        shape('', '<span>a'),
        shape('<div>', '<p>a'),
        shape('', '<!--'),
        shape('', '<![CDATA['),
        shape('<table><tr>', '<td>a'),
      ]) {
        withinBudget(JSON.stringify(input.slice(0, 12)), input, () => parseHtml(input));
      }
    },
    LONG,
  );

  // The library keeps attributes in a plain object: a name Object.prototype
  // already has reads back the inherited function and getAttribute throws
  // (found by the property test on `<div class="<div class="valueOf">`).
  it.each(['valueOf', 'constructor', 'toString', 'hasOwnProperty', '__defineGetter__'])(
    'an attribute named %s is dropped, the others are kept',
    (name) => {
      const html = `<body><div ${name} role="main" class="<div class="${name}"><p>We use cookies.</p></div><aside ${name}=x>Menu</aside></body>`;
      const root = parseHtml(html);
      const main = root.querySelector('[role="main"]');
      expect(main?.getAttribute('class')).toBe('<div class=');
      expect(Object.keys(main?.attributes ?? {})).toEqual(['role', 'class']);
      expect(htmlToBlocks(html).map((b) => b.text)).toEqual(['We use cookies.']);
    },
  );
});
