// The first paint's renderer: elements, attributes and text nodes only, so a
// site's string can never become markup (no innerHTML, no parsing).
import { expect, it } from 'vitest';
import type { ViewNode } from '../../lib/core/first-paint.ts';
import { renderView, type ElementFactory } from '../../lib/platform/dom-render.ts';

type FakeNode = { text: string } | FakeElement;
interface FakeElement {
  tag: string;
  attrs: [string, string][];
  children: FakeNode[];
}

/** A document that builds plain objects, and throws if anything asks for HTML parsing. */
function fakeDocument(): ElementFactory {
  const element = (tag: string): FakeElement => {
    const el = {
      tag,
      attrs: [] as [string, string][],
      children: [] as FakeNode[],
      setAttribute(name: string, value: string) {
        el.attrs.push([name, value]);
      },
      appendChild(child: FakeNode) {
        el.children.push(child);
        return child;
      },
    };
    for (const parsing of ['innerHTML', 'outerHTML'])
      Object.defineProperty(el, parsing, {
        set: () => {
          throw new Error(`${parsing} used`);
        },
      });
    for (const parsing of ['insertAdjacentHTML', 'setHTMLUnsafe'])
      Object.defineProperty(el, parsing, {
        value: () => {
          throw new Error(`${parsing} used`);
        },
      });
    return el;
  };
  return {
    createElement: element,
    createTextNode: (text: string) => ({ text }),
  } as unknown as ElementFactory;
}

const strip = (n: FakeNode): unknown =>
  'text' in n ? n.text : { tag: n.tag, attrs: n.attrs, children: n.children.map(strip) };

it('renders elements with their attributes in order, and every string as a text node', () => {
  const hostile = '<img src=x onerror="alert(1)"></li><script>alert(2)</script>';
  const view: ViewNode = {
    tag: 'li',
    attrs: { 'data-kind': 'undeclared-vendor', 'data-subject': `"><b>${hostile}` },
    children: [
      {
        tag: 'summary',
        attrs: {},
        children: [
          { tag: 'span', attrs: { class: 'sev sev-high' }, children: ['high'] },
          ' ',
          hostile,
        ],
      },
    ],
  };
  const el = renderView(fakeDocument(), view) as unknown as FakeElement;
  expect(strip(el)).toEqual({
    tag: 'li',
    attrs: [
      ['data-kind', 'undeclared-vendor'],
      ['data-subject', `"><b>${hostile}`],
    ],
    children: [
      {
        tag: 'summary',
        attrs: [],
        children: [
          { tag: 'span', attrs: [['class', 'sev sev-high']], children: ['high'] },
          ' ',
          hostile,
        ],
      },
    ],
  });
});
