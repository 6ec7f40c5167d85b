// Request to classify → the engine's Request, each URL parsed once. The
// engine's Request.fromRawDetails parses the URL with tldts (host, then the
// registrable domain by a public-suffix lookup) and the page URL again; both
// depend on the host alone. Here the host is read from the URL into the
// per-host cache (host-cache.ts), whose entries carry the domain as the
// engine's parser gave it the first time, and whatever the caller keeps per
// host; the engine parses only a URL whose host is new or not in the simple form.
import { type RequestType as EngineRequestType, Request } from '@ghostery/adblocker';
import type { RequestType } from '../types.ts';
import { type HostEntry, createHostCache } from './host-cache.ts';
import type { RequestToClassify } from './types.ts';

/**
 * Our request types → the engine's. Options such as `$ping`, `$image`,
 * `$xmlhttprequest`, `$subdocument` only match the right type, so the engine
 * must be given the true one (sendBeacon arrives as `ping` after
 * normaliseRequestType).
 */
export const ENGINE_REQUEST_TYPE: Readonly<Record<RequestType, EngineRequestType>> = {
  main_frame: 'main_frame',
  sub_frame: 'sub_frame',
  stylesheet: 'stylesheet',
  script: 'script',
  image: 'image',
  font: 'font',
  object: 'object',
  xmlhttprequest: 'xhr',
  ping: 'ping',
  csp_report: 'csp_report',
  media: 'media',
  websocket: 'websocket',
  other: 'other',
};

/** A type we do not know (records come from pages too: untrusted) is what browsers call 'other'. */
function engineType(type: string): EngineRequestType {
  return Object.hasOwn(ENGINE_REQUEST_TYPE, type)
    ? ENGINE_REQUEST_TYPE[type as RequestType]
    : 'other';
}

/** What is kept per host: its name and registrable domain, and the caller's own facts. */
export interface HostFacts extends HostEntry {
  /** The engine parser's registrable domain ('' for IP addresses and bare suffixes). */
  readonly domain: string;
}

export interface ParsedRequest<F extends HostFacts> {
  request: Request;
  /** The request's host; undefined when the engine found none (then nothing matches). */
  facts: F | undefined;
}

export interface RequestParser<F extends HostFacts> {
  parse(input: RequestToClassify): ParsedRequest<F>;
}

interface SourceHost {
  sourceHostname: string;
  sourceDomain: string;
}

const NO_SOURCE: SourceHost = { sourceHostname: '', sourceDomain: '' };

/**
 * A copy of a string that shares no memory with it. A host sliced out of a
 * URL is, in V8, a view that keeps the whole URL alive: a cache of hosts must
 * not keep the (page-chosen, arbitrarily long) URLs they came from. The
 * concatenation is flattened into a new string of the host's length plus one
 * when sliced, and the slice refers to that one (shorter than 13 characters,
 * a slice is a copy anyway). A character array and its join cost ~4× more,
 * once per host missed by the cache.
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/**
 * @param capacity hosts kept (host-cache.ts: fixed size, a newcomer evicts)
 * @param makeFacts the entry of a new host (its name and domain copied apart
 *   from the URL), with what the caller wants to remember about it
 */
export function createRequestParser<F extends HostFacts>(
  capacity: number,
  makeFacts: (hostname: string, domain: string) => F,
): RequestParser<F> {
  const hosts = createHostCache<F>(capacity);

  const remember = (hostname: string, domain: string): F => {
    const facts = makeFacts(detached(hostname), detached(domain));
    hosts.set(facts);
    return facts;
  };

  // The page's URL only matters by its host: a source is one host lookup
  // (the last one is compared first: consecutive requests share it).
  let lastUrl = '';
  let last: SourceHost = NO_SOURCE;
  const sourceOf = (url: string): SourceHost => {
    if (url === lastUrl) return last;
    let facts = hosts.lookup(url);
    if (!facts) {
      const parsed = Request.fromRawDetails({ url });
      facts = parsed.hostname
        ? (hosts.get(parsed.hostname) ?? remember(parsed.hostname, parsed.domain))
        : undefined;
    }
    lastUrl = url;
    last = facts
      ? { sourceHostname: facts.hostname, sourceDomain: facts.domain || facts.hostname }
      : NO_SOURCE;
    return last;
  };

  return {
    parse(input) {
      const source = sourceOf(input.sourceUrl);
      let facts = hosts.lookup(input.url);
      const request = Request.fromRawDetails({
        url: input.url,
        type: engineType(input.type),
        sourceHostname: source.sourceHostname,
        sourceDomain: source.sourceDomain,
        // Given both, the engine does not parse the URL.
        hostname: facts?.hostname,
        domain: facts?.domain,
      });
      if (!facts && request.hostname) {
        facts = hosts.get(request.hostname) ?? remember(request.hostname, request.domain);
      }
      return { request, facts };
    },
  };
}
