// The policy reader: a cookie/privacy policy (plain text, markdown or HTML)
// → DeclaredPolicy, every fact with the sentence it was read from and the
// rule that matched. Pure, deterministic, linear in the input.
//
// Pipeline:
//   html.ts / markdown.ts / blocks.ts   input → blocks (headings, paragraphs, list items, table cells)
//   sentences.ts                        blocks → sentences + outline (headings, labels, list lead-ins)
//   selfnames.ts                        the site's own name ("Huawei uses …" = "we use …")
//   analysis.ts, match.ts, clauses.ts   vocabulary mentions + statement-of-use / negation per clause
//   categories.ts, technologies.ts,     the facts, each with evidence
//   vendors.ts, retention.ts, signals.ts
//   unmapped.ts                         cookie sentences no category could be read from
//   vocab/*.ts                          vocabularies and sentence patterns, as data
import { DocPurposes, analyze } from './analysis.ts';
import { type Block, detectFormat, textToBlocks } from './blocks.ts';
import { readCategories } from './categories.ts';
import { agentRegex } from './clauses.ts';
import { type Doc, cookieNear, labelLike } from './doc.ts';
import { htmlToBlocks } from './html.ts';
import { markdownToBlocks } from './markdown.ts';
import { readRetention } from './retention.ts';
import { detectSelfNames } from './selfnames.ts';
import { guessHeadings, labelLevel, outline, toSentences } from './sentences.ts';
import { readSignals } from './signals.ts';
import { readTechnologies } from './technologies.ts';
import type { DeclaredEvidence, DeclaredPolicy, PolicyFormat, ReadPolicyOptions } from './types.ts';
import { MAX_UNMAPPED, readUnmapped } from './unmapped.ts';
import { readVendors } from './vendors.ts';

export type {
  DeclaredCookie,
  DeclaredEvidence,
  DeclaredPolicy,
  PolicyFormat,
  PolicySource,
  ReadPolicyOptions,
  RetentionClaim,
} from './types.ts';
export { CATEGORY_ORDER, TECHNOLOGY_ORDER, emptyPolicy } from './types.ts';
export { detectFormat } from './blocks.ts';
export { parseDurations, retentionOf, toDays } from './retention.ts';
export { stanceOf } from './signals.ts';

/** Words of advertising in the seven languages: where targeted-ad purposes may be. */
const AD_WORDS =
  /advert|\bads?\b|anunci|publici|werbung|anzeigen|annunc|pubblicit|reclame|propaganda/u;

export function toBlocks(input: string, format: PolicyFormat): Block[] {
  if (format === 'html') return htmlToBlocks(input);
  if (format === 'markdown') return markdownToBlocks(input);
  return textToBlocks(input);
}

/** Read the document structure and analyse every sentence. */
export function readDocument(input: string, opts: ReadPolicyOptions = {}): Doc {
  const format = opts.format ?? detectFormat(input);
  const blocks = toBlocks(input, format);
  const sents = toSentences(blocks);
  guessHeadings(sents, blocks, format);
  const agentRe = agentRegex(detectSelfNames(sents, opts.url));
  const an = sents.map((s) => analyze(s, agentRe));
  const norms = an.map((a) => a.norm);
  // Purposes count only near a mention of cookies (cookieNear); the outline it
  // reads is built below, before anybody asks.
  const doc: Doc = { sents, an };
  // …and where targeted advertising is spoken of (read without cookie context).
  const purposes = new DocPurposes(
    norms,
    (i) => cookieNear(doc, i) || AD_WORDS.test(norms[i] ?? ''),
  );
  an.forEach((a, i) => (a.shared = { doc: purposes, i }));
  const inlineLabels = new Set<number>();
  for (const s of sents) {
    const a = an[s.i];
    if (!a || !labelLike(s, a)) continue;
    if (s.alone) {
      s.kind = 'label';
      s.level = labelLevel(format);
    } else inlineLabels.add(s.i);
  }
  outline(sents, (s) => inlineLabels.has(s.i));
  return doc;
}

export function readPolicy(input: string, opts: ReadPolicyOptions = {}): DeclaredPolicy {
  const doc = readDocument(input, opts);
  const vendors = readVendors(doc);
  const retention = readRetention(doc);
  const categories = readCategories(doc, [vendors.categories, retention.categories]);
  const technologies = readTechnologies(doc, categories.cookieCategory, new Set(vendors.vendors));
  const signals = readSignals(
    doc,
    vendors.vendors.map((name) => ({ name, ...vendors.categoryOf(name) })),
  );
  return {
    source: 'policy-text',
    url: opts.url ?? null,
    categories: categories.categories,
    vendors: vendors.vendors,
    cookies: [],
    retention: retention.retention,
    technologies: technologies.technologies,
    dnt: signals.dnt,
    gpc: signals.gpc,
    evidence: [
      ...categories.evidence,
      ...vendors.evidence,
      ...technologies.evidence,
      ...retention.evidence,
      ...signals.evidence,
    ],
    unmapped: withKindless(readUnmapped(doc), categories.evidence),
    mentioned: categories.mentioned,
  };
}

/**
 * A declared category of no stated kind ("we use tracking cookies",
 * "unclassified cookies") is a sentence about cookies the reader could not
 * map to a category: it may cover any kind, so findings resting on a kind's
 * absence say "check the policy" and quote it.
 */
function withKindless(unmapped: string[], evidence: DeclaredEvidence[]): string[] {
  const kindless = evidence.find((e) => e.field === 'categories.unknown');
  if (!kindless || unmapped.includes(kindless.quote) || unmapped.length >= MAX_UNMAPPED)
    return unmapped;
  return [kindless.quote, ...unmapped];
}
