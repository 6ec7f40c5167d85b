import type { RequestType } from './types.ts';

/** Every request type both Chrome and Firefox know (webRequest and declarativeNetRequest alike). */
export const REQUEST_TYPES = [
  'main_frame',
  'sub_frame',
  'stylesheet',
  'script',
  'image',
  'font',
  'object',
  'xmlhttprequest',
  'ping',
  'csp_report',
  'media',
  'websocket',
  'other',
] as const satisfies readonly RequestType[];

const KNOWN: ReadonlySet<string> = new Set<RequestType>(REQUEST_TYPES);

/**
 * Chrome and Firefox name request types differently: Firefox reports
 * navigator.sendBeacon as `beacon` (Chrome: `ping`), responsive images as
 * `imageset`, and has `xslt`, `xml_dtd`, `speculative`, `web_manifest`.
 */
export function normaliseRequestType(raw: string): RequestType {
  if (KNOWN.has(raw)) return raw as RequestType;
  switch (raw) {
    case 'beacon':
      return 'ping';
    case 'imageset':
      return 'image';
    case 'xslt':
    case 'xml_dtd':
      return 'stylesheet';
    case 'webbundle':
    case 'speculative':
    case 'web_manifest':
    default:
      return 'other';
  }
}

/** navigator.sendBeacon and <a ping> both arrive as `ping` once normalised. */
export function isBeacon(type: RequestType): boolean {
  return type === 'ping';
}

/** A response of at most this many bytes is a pixel candidate (SPEC). */
export const PIXEL_MAX_BYTES = 100;

export interface PixelEvidence {
  type: RequestType;
  party: 'first' | 'third';
  contentLength: number | null;
  contentType: string | null;
  status: number | null;
}

/**
 * A third-party image whose response is tiny. Known pixel endpoints and list
 * rules are added by classification; this is the size-based detection.
 */
export function isPixelCandidate(r: PixelEvidence): boolean {
  if (r.type !== 'image' || r.party !== 'third') return false;
  if (r.status !== null && (r.status < 200 || r.status >= 400)) return false;
  if (r.status === 204) return true;
  return r.contentLength !== null && r.contentLength <= PIXEL_MAX_BYTES;
}

export function headerValue(
  headers: readonly { name: string; value?: string }[] | undefined,
  name: string,
): string | null {
  const lower = name.toLowerCase();
  const h = headers?.find((x) => x.name.toLowerCase() === lower);
  return h?.value ?? null;
}

export function headerValues(
  headers: readonly { name: string; value?: string }[] | undefined,
  name: string,
): string[] {
  const lower = name.toLowerCase();
  return (headers ?? [])
    .filter((x) => x.name.toLowerCase() === lower && typeof x.value === 'string')
    .map((x) => x.value!);
}

export function parseContentLength(raw: string | null): number | null {
  if (raw === null || !/^\s*\d+\s*$/.test(raw)) return null;
  return Number(raw);
}
