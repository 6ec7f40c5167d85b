// The one place the extension fetches anything: a site's policy page and
// well-known resources, and the list downloads the user configured. No
// credentials are sent or stored, the answer is size- and time-limited, and
// only text is accepted.
export const FETCH_TIMEOUT_MS = 10_000;
export const FETCH_MAX_BYTES = 2_000_000;

/** A tracker or cookie list the user asked for: larger, slower to come. */
export const LIST_LIMITS = { timeoutMs: 30_000, maxBytes: 20_000_000 };

export async function fetchText(
  url: string,
  allowed: (finalUrl: string) => boolean = () => true,
  limits: { timeoutMs: number; maxBytes: number } = {
    timeoutMs: FETCH_TIMEOUT_MS,
    maxBytes: FETCH_MAX_BYTES,
  },
): Promise<{ url: string; text: string; contentType: string | null }> {
  const mb = `${Math.round(limits.maxBytes / 1_000_000)} MB`;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), limits.timeoutMs);
  try {
    const res = await fetch(url, {
      credentials: 'omit',
      redirect: 'follow',
      signal: ctrl.signal,
      headers: { accept: 'text/html,text/plain;q=0.9,*/*;q=0.1' },
    });
    if (!allowed(res.url)) throw new Error(`redirected to ${res.url}, which is not the site's own`);
    if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
    const type = res.headers.get('content-type');
    if (type && !/text\/|html|xml|json/i.test(type)) throw new Error(`not a text page (${type})`);
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > limits.maxBytes) throw new Error(`larger than ${mb} (${declared} bytes)`);
    const reader = res.body?.getReader();
    if (!reader) return { url: res.url, text: await res.text(), contentType: type };
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
    return { url: res.url, text: new TextDecoder().decode(all), contentType: type };
  } catch (e) {
    if ((e as Error).name === 'AbortError')
      throw new Error(`no answer from ${url} within ${limits.timeoutMs / 1000} s`);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}
