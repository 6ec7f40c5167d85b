// Sentences about the site's cookies that the reader could not map to any
// category (SPEC "Declared": `unmapped`). A finding that rests on a category
// being absent from the policy says so when this is not empty, since the
// category may be declared in one of these sentences in words the reader
// does not know.
import { type Doc, contextCats, quote } from './doc.ts';
import { wordRe } from './match.ts';
import { scopeOf, selfSpeaks } from './scope.ts';
import { NOT_A_PURPOSE, PURPOSE_CUES, THESE } from './vocab/unmapped.ts';

const PURPOSE_RE = wordRe(PURPOSE_CUES, 'u');
const NOT_A_PURPOSE_RE = wordRe(NOT_A_PURPOSE, 'u');
const THESE_RE = new RegExp(`(?:${THESE})`, 'u');
/** At most this many are kept; the count says how many there were. */
export const MAX_UNMAPPED = 20;

/**
 * Sentences in which the site says what its cookies (or tracking
 * technologies) are for — a statement of its own use, or "these cookies …"
 * in a section — and from which no category could be read: no category
 * word, no purpose phrase, no vendor with a line of business, no category
 * from their heading or row. Sentences about the user's controls, consent or
 * the document itself are not statements of purpose and are left out.
 */
export function readUnmapped(doc: Doc): string[] {
  const out: string[] = [];
  doc.sents.forEach((s, i) => {
    if (out.length >= MAX_UNMAPPED) return;
    const a = doc.an[i];
    if (!a || !a.cookieContext || s.kind === 'heading' || s.kind === 'label') return;
    if (scopeOf(doc, i) !== 'own') return;
    // Cheapest tests first: clause analysis only for the few left.
    if (a.cats.length > 0 || a.loose.length > 0 || a.purposes.length > 0) return;
    if (a.vendors.some((v) => v.category)) return;
    if (!a.has(PURPOSE_RE) || a.has(NOT_A_PURPOSE_RE)) return;
    if (contextCats(doc, i).length > 0) return;
    if (!THESE_RE.test(a.norm) && !selfSpeaks(a)) return;
    if (a.sc.negations.length > 0) return;
    out.push(quote(doc, i));
  });
  return out;
}
