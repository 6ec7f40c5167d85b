// A reader for the JavaScript literals CMPs embed in scripts and cookies
// (Cookiebot's cc.js tables, its CookieConsent cookie): arrays, objects with
// bare or quoted keys, '…' / "…" strings with JS escapes, numbers, booleans.
// It never evaluates anything. JSON.parse is not enough: cc.js writes
// "Stores the user\'s …" (an escape JSON forbids) and single-quoted rows.

export type JsValue = string | number | boolean | null | JsValue[] | { [key: string]: JsValue };

export type JsRead = { ok: true; value: JsValue; end: number } | { ok: false; error: string };

export interface JsReadOptions {
  /** Deepest nesting accepted (cc.js tables are 2 deep). */
  maxDepth?: number;
  /** Most elements in one array / properties in one object. */
  maxItems?: number;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

const HEX2 = /^[0-9a-fA-F]{2}$/;
const HEX4 = /^[0-9a-fA-F]{4}$/;

class Reader {
  i: number;
  constructor(
    readonly s: string,
    start: number,
    readonly maxDepth: number,
    readonly maxItems: number,
  ) {
    this.i = start;
  }

  fail(what: string): never {
    throw new LiteralError(`${what} at offset ${this.i}`);
  }

  skipSpace(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i] as string)) this.i++;
  }

  value(depth: number): JsValue {
    if (depth > this.maxDepth) this.fail(`nesting deeper than ${this.maxDepth}`);
    this.skipSpace();
    const c = this.s[this.i];
    if (c === undefined) this.fail('unexpected end of text');
    if (c === '[') return this.array(depth);
    if (c === '{') return this.object(depth);
    if (c === '"' || c === "'") return this.string();
    if (c === '-' || c === '.' || (c >= '0' && c <= '9')) return this.number();
    if (c === '!') {
      // Minified booleans: !0 is true, !1 is false.
      const m = /^!([01])/.exec(this.s.slice(this.i, this.i + 2));
      if (!m) this.fail('unexpected "!"');
      this.i += 2;
      return m[1] === '0';
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(this.s.slice(this.i, this.i + 16))?.[0];
    if (word === 'true' || word === 'false') {
      this.i += word.length;
      return word === 'true';
    }
    if (word === 'null' || word === 'undefined') {
      this.i += word.length;
      return null;
    }
    return this.fail(`unexpected ${JSON.stringify(this.s.slice(this.i, this.i + 12))}`);
  }

  array(depth: number): JsValue[] {
    const out: JsValue[] = [];
    this.i++; // [
    for (;;) {
      this.skipSpace();
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      if (out.length >= this.maxItems) this.fail(`more than ${this.maxItems} array elements`);
      out.push(this.value(depth + 1));
      this.skipSpace();
      const c = this.s[this.i];
      if (c === ',') this.i++;
      else if (c !== ']') this.fail(c === undefined ? 'unterminated array' : 'expected "," or "]"');
    }
  }

  object(depth: number): { [key: string]: JsValue } {
    const out: { [key: string]: JsValue } = Object.create(null);
    let count = 0;
    this.i++; // {
    for (;;) {
      this.skipSpace();
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      if (count++ >= this.maxItems) this.fail(`more than ${this.maxItems} properties`);
      const key = this.key();
      this.skipSpace();
      if (this.s[this.i] !== ':') this.fail('expected ":"');
      this.i++;
      out[key] = this.value(depth + 1);
      this.skipSpace();
      const c = this.s[this.i];
      if (c === ',') this.i++;
      else if (c !== '}')
        this.fail(c === undefined ? 'unterminated object' : 'expected "," or "}"');
    }
  }

  key(): string {
    const c = this.s[this.i];
    if (c === '"' || c === "'") return this.string();
    const m = /^[A-Za-z_$0-9][\w$]*/.exec(this.s.slice(this.i, this.i + 256));
    if (!m) this.fail('expected a property name');
    this.i += m[0].length;
    return m[0];
  }

  string(): string {
    const quote = this.s[this.i];
    let out = '';
    this.i++;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined || c === '\n' || c === '\r') this.fail('unterminated string');
      this.i++;
      if (c === quote) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      out += this.escape();
    }
  }

  escape(): string {
    const e = this.s[this.i];
    if (e === undefined) this.fail('unterminated string');
    this.i++;
    if (e in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[e] as string;
    if (e === '\n') return ''; // line continuation
    if (e === '\r') {
      if (this.s[this.i] === '\n') this.i++;
      return '';
    }
    if (e === 'x') return this.hex(2);
    if (e === 'u') {
      if (this.s[this.i] !== '{') return this.hex(4);
      // `{` + at most 6 hex digits + `}`: look no further (a search to the end
      // of the text for every `\u{` would be quadratic).
      const close = this.s.slice(this.i, this.i + 9).indexOf('}');
      const end = close === -1 ? -1 : this.i + close;
      const code = end === -1 ? NaN : parseInt(this.s.slice(this.i + 1, end), 16);
      if (!/^\{[0-9a-fA-F]{1,6}\}$/.test(this.s.slice(this.i, end + 1)) || code > 0x10ffff) {
        this.fail('bad \\u{…} escape');
      }
      this.i = end + 1;
      return String.fromCodePoint(code);
    }
    // JS keeps the character of any other escape: "\'" → "'", "\d" → "d".
    return e;
  }

  hex(n: 2 | 4): string {
    const h = this.s.slice(this.i, this.i + n);
    if (!(n === 2 ? HEX2 : HEX4).test(h)) this.fail('bad hex escape');
    this.i += n;
    return String.fromCharCode(parseInt(h, 16));
  }

  number(): number {
    const m = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 40));
    if (!m) this.fail('bad number');
    this.i += m[0].length;
    return Number(m[0]);
  }
}

class LiteralError extends Error {}

/** Read one literal starting at `start` (leading whitespace allowed). */
export function readJsLiteral(text: string, start = 0, opts: JsReadOptions = {}): JsRead {
  const r = new Reader(text, start, opts.maxDepth ?? 8, opts.maxItems ?? 100_000);
  try {
    const value = r.value(0);
    return { ok: true, value, end: r.i };
  } catch (error) {
    if (error instanceof LiteralError) return { ok: false, error: error.message };
    throw error;
  }
}
