// SPEC "Pixels": an image request is a pixel when its response is tiny, or
// when it "matches a known pixel endpoint or a beacon/pixel rule of a list".
// A rule is a beacon/pixel rule when it only applies to images and/or pings
// (`$image`, `$ping`), or when its pattern names a pixel/beacon endpoint
// (`||facebook.com/tr`, `||google-analytics.com/collect`, `/pixel.gif`, …).
import { NetworkFilter, parseFilter } from '@ghostery/adblocker';

const PIXEL_ENDPOINT =
  /pixel|beacon|1x1|\.gif(?=$|[?^|*&#/])|\/(?:tr|collect|track|imp|impression)(?=$|[?^|/&])|\/[pbti](?=$|[?^|&])/i;

/** Pattern part of a filter's text (options after the last `$` removed). */
function patternOf(rule: string): string {
  const dollar = rule.lastIndexOf('$');
  if (dollar === -1) return rule;
  const options = rule.slice(dollar + 1);
  // `$` inside a regular expression is an anchor, not the options separator.
  return /^[\w~,=.|*:-]*$/.test(options) ? rule.slice(0, dollar) : rule;
}

function imageOrPingOnly(filter: NetworkFilter): boolean {
  if (!filter.fromImage() && !filter.fromPing()) return false;
  return !(
    filter.fromScript() ||
    filter.fromStylesheet() ||
    filter.fromDocument() ||
    filter.fromSubdocument() ||
    filter.fromXmlHttpRequest() ||
    filter.fromFont() ||
    filter.fromMedia() ||
    filter.fromObject() ||
    filter.fromWebsocket()
  );
}

/** Decide for a filter the engine matched (no parsing needed). */
export function isPixelFilter(filter: NetworkFilter, rule = filter.toString()): boolean {
  if (filter.isException()) return false;
  return imageOrPingOnly(filter) || PIXEL_ENDPOINT.test(patternOf(rule));
}

const decided = new Map<string, boolean>();

/** Whether a filter's text (as shown in evidence) is a beacon/pixel rule. */
export function isTrackingPixelRule(rule: string): boolean {
  let answer = decided.get(rule);
  if (answer === undefined) {
    const filter = parseFilter(rule);
    answer = filter instanceof NetworkFilter && isPixelFilter(filter, rule);
    if (decided.size > 10_000) decided.clear();
    decided.set(rule, answer);
  }
  return answer;
}
