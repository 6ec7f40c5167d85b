// The one place the extension fetches anything: a site's policy page and
// well-known resources, and the list downloads the user configured. No
// credentials are sent or stored, the answer is size- and time-limited, and
// only text is accepted.
import type { Download } from '../core/lists/update.ts';

export const FETCH_TIMEOUT_MS = 10_000;
export const FETCH_MAX_BYTES = 2_000_000;

/** A tracker or cookie list the user asked for: larger, slower to come. */
export const LIST_LIMITS = { timeoutMs: 30_000, maxBytes: 20_000_000 };

/**
 * A list's address fetched again with the validators of the last download: a
 * 304 is "not modified"; otherwise the new text and its validators.
 */
export async function downloadList(
  url: string,
  headers: Record<string, string>,
): Promise<Download> {
  let notModified = false;
  const got = await fetchText(
    url,
    () => true,
    LIST_LIMITS,
    headers,
    (status) => {
      notModified = status === 304;
      return notModified;
    },
  );
  if (notModified) return { status: 'not-modified' };
  return {
    status: 'modified',
    text: got.text,
    validators: { etag: got.etag, lastModified: got.lastModified },
  };
}

export async function fetchText(
  url: string,
  allowed: (finalUrl: string) => boolean = () => true,
  limits: { timeoutMs: number; maxBytes: number } = {
    timeoutMs: FETCH_TIMEOUT_MS,
    maxBytes: FETCH_MAX_BYTES,
  },
  conditional: Record<string, string> = {},
  /** True for a status that ends the fetch with no body (a 304 answer to a conditional GET). */
  noBody: (status: number) => boolean = () => false,
): Promise<{
  url: string;
  text: string;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
}> {
  const mb = `${Math.round(limits.maxBytes / 1_000_000)} MB`;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), limits.timeoutMs);
  try {
    const res = await fetch(url, {
      credentials: 'omit',
      redirect: 'follow',
      signal: ctrl.signal,
      headers: { accept: 'text/html,text/plain;q=0.9,*/*;q=0.1', ...conditional },
      // Validators are sent by hand: the HTTP cache must not answer for the server.
      ...(Object.keys(conditional).length ? { cache: 'no-store' as const } : {}),
    });
    if (!allowed(res.url)) throw new Error(`redirected to ${res.url}, which is not the site's own`);
    const etag = res.headers.get('etag');
    const lastModified = res.headers.get('last-modified');
    if (noBody(res.status)) {
      return { url: res.url, text: '', contentType: null, etag, lastModified };
    }
    if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
    const type = res.headers.get('content-type');
    if (type && !/text\/|html|xml|json/i.test(type)) throw new Error(`not a text page (${type})`);
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > limits.maxBytes) throw new Error(`larger than ${mb} (${declared} bytes)`);
    const reader = res.body?.getReader();
    if (!reader) {
      return { url: res.url, text: await res.text(), contentType: type, etag, lastModified };
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel();
        throw new Error(`larger than ${mb}`);
      }
      chunks.push(value);
    }
    const all = new Uint8Array(size);
    let o = 0;
    for (const c of chunks) {
      all.set(c, o);
      o += c.byteLength;
    }
    const text = new TextDecoder().decode(all);
    return { url: res.url, text, contentType: type, etag, lastModified };
  } catch (e) {
    if ((e as Error).name === 'AbortError')
      throw new Error(`no answer from ${url} within ${limits.timeoutMs / 1000} s`);
    // fetch() says only "Failed to fetch": a network error, or a hop the
    // private-network guard stopped before it was sent.
    if (e instanceof TypeError)
      throw new Error(
        `could not fetch ${url}: network error, or a redirect into the local network, which the extension refuses`,
      );
    throw e;
  } finally {
    clearTimeout(timer);
  }
}
