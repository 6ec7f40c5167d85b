// Renders a view tree (lib/core/first-paint.ts) as DOM. Site-controlled
// strings arrive as text children and attribute values: they become text
// nodes and setAttribute values, never parsed as HTML (no innerHTML here).
import type { ViewNode } from '../core/first-paint.ts';

/** The document methods used: a real Document, or a small fake in tests. */
export type ElementFactory = Pick<Document, 'createElement' | 'createTextNode'>;

export function renderView(doc: ElementFactory, node: ViewNode): HTMLElement {
  const el = doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) el.setAttribute(name, value);
  for (const child of node.children) {
    el.appendChild(typeof child === 'string' ? doc.createTextNode(child) : renderView(doc, child));
  }
  return el;
}
