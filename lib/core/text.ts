// Small string helpers for site-controlled text, written as scans: the
// expressions they replace (`/x+$/`, `/^x+|x+$/g`) move quadratically over a
// long inner run of x.

/** `text` without the run of `char` at its end. */
export function trimCharEnd(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return text.slice(0, end);
}

/** `text` without the runs of `char` at its start and its end. */
export function trimChar(text: string, char: string): string {
  let start = 0;
  while (text[start] === char) start++;
  return trimCharEnd(text.slice(start), char);
}
