// Plain-language titles and explanations: a non-expert should understand
// what was seen and why it matters, without knowing the vocabulary.
import type { Category } from '../types.ts';

const CATEGORY_WORDS: Record<Category, string> = {
  necessary: 'strictly necessary',
  preferences: 'preference',
  analytics: 'analytics (audience measurement)',
  advertising: 'advertising and tracking',
  social: 'social media',
  unknown: 'unclassified',
};

export const categoryWords = (c: Category) => CATEGORY_WORDS[c];

const SHORT: Record<Category, string> = {
  necessary: 'necessary',
  preferences: 'preference',
  analytics: 'analytics',
  advertising: 'advertising',
  social: 'social media',
  unknown: 'unclassified',
};
/** For titles: "Undeclared advertising cookies or trackers". */
export const categoryShort = (c: Category) => SHORT[c];

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function itemsPhrase(cookies: number, requests: number, storage = 0): string {
  const parts = [
    cookies ? plural(cookies, 'cookie') : '',
    requests ? plural(requests, 'request') : '',
    storage ? plural(storage, 'storage key') : '',
  ].filter(Boolean);
  return parts.length <= 1
    ? (parts[0] ?? 'nothing')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export function days(d: number | null): string {
  if (d === null) return 'the browsing session';
  if (d < 1) return `${Math.round(d * 24)} hours`;
  if (d >= 365 && Math.abs(d / 365 - Math.round(d / 365)) < 0.02)
    return plural(Math.round(d / 365), 'year');
  if (d >= 28 && Math.abs(d / 30.4 - Math.round(d / 30.4)) < 0.05)
    return plural(Math.round(d / 30.4), 'month');
  return plural(Math.round(d), 'day');
}
