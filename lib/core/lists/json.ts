import { type ListFormat, ListParseError, lineAt } from './common.ts';

class SyntaxAt {
  constructor(readonly offset: number) {}
}

const LITERAL = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/;

/**
 * Offset of the first JSON syntax error, or -1. V8 names a position for some
 * errors only ("Unexpected token ']' … is not valid JSON" has none), so on
 * failure the text is scanned once more to find where it breaks.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxAt(i);
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const string = (): void => {
    i++;
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') i += 2;
      else if (c < ' ') fail();
      else i++;
    }
    fail();
  };
  const value = (): void => {
    skipSpace();
    const c = text.charAt(i);
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      skipSpace();
      if (text.charAt(i) === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          skipSpace();
          if (text.charAt(i) !== '"') fail();
          string();
          skipSpace();
          if (text.charAt(i) !== ':') fail();
          i++;
        }
        value();
        skipSpace();
        if (text.charAt(i) === ',') i++;
        else if (text.charAt(i) === close) {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') return string();
    const literal = LITERAL.exec(text.slice(i, i + 64));
    if (!literal) fail();
    else i += literal[0].length;
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail();
    return -1;
  } catch (error) {
    if (error instanceof SyntaxAt) return error.offset;
    return -1; // nesting too deep for the scanner: the caller falls back to line 1
  }
}

/** Parse JSON, turning a syntax error into a ListParseError with its line. */
export function parseJson(text: string, format: ListFormat): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(body);
    const line = offset === -1 ? 1 : lineAt(body, offset);
    throw new ListParseError(format, line, `not valid JSON (${message.slice(0, 200)})`);
  }
}
