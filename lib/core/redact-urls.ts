// The auditor's option to keep query strings out of exports (issue 14): a
// tracker's request URL carries identifiers of the browser that made it (a
// client id, a session id, the page the auditor was reading), which an
// exported report would hand to whoever reads it. With the option on, every
// URL anywhere in the report (request and page URLs, setter scripts, the
// URLs quoted in findings' evidence) keeps its parameter names and loses
// their values and its fragment: `https://t.example/p?cid=123&ev=view#x` →
// `https://t.example/p?cid=…&ev=…#…`. Which parameters a tracker sends stays
// visible; what it sent about this browser does not.
//
// Site-controlled text: scanned by hand in one pass (no regular expression
// over the whole string), so any length is linear.

/** What replaces a parameter value or a fragment. */
export const REDACTED = '…';

const SCHEMES = ['https://', 'http://', 'wss://', 'ws://'];

/** Characters that end a URL quoted in running text. */
function endsUrl(c: number): boolean {
  // whitespace, quotes, angle brackets, backtick
  return c <= 32 || c === 34 || c === 39 || c === 60 || c === 62 || c === 96 || c === 0x7f;
}

/** Parameter values and the fragment of one URL replaced; its path and names kept. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  const h = url.indexOf('#');
  if (q < 0 && h < 0) return url;
  const queryEnd = h < 0 ? url.length : h;
  let out: string;
  if (q >= 0 && q < queryEnd) {
    const params = url
      .slice(q + 1, queryEnd)
      .split('&')
      .map((p) => {
        const eq = p.indexOf('=');
        return eq < 0 ? (p === '' ? '' : `${p}=${REDACTED}`) : `${p.slice(0, eq)}=${REDACTED}`;
      });
    out = `${url.slice(0, q)}?${params.join('&')}`;
  } else out = url.slice(0, queryEnd);
  return h >= 0 ? `${out}#${REDACTED}` : out;
}

/** Every URL in a text (a whole URL or URLs quoted in a sentence) redacted. */
export function redactUrlsInText(text: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('://', i);
    if (at < 0) break;
    const scheme = SCHEMES.find(
      (s) => text.slice(Math.max(0, at + 3 - s.length), at + 3).toLowerCase() === s,
    );
    if (!scheme) {
      i = at + 3;
      continue;
    }
    const start = at + 3 - scheme.length;
    let end = at + 3;
    while (end < text.length && !endsUrl(text.charCodeAt(end))) end++;
    out += text.slice(from, start) + redactUrl(text.slice(start, end));
    from = end;
    i = end;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A copy of a JSON value with every URL in its strings redacted (keys kept as they are). */
export function redactUrlsDeep<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactUrlsInText(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) o[k] = walk(x);
      return o;
    }
    return v;
  };
  return walk(value) as T;
}
