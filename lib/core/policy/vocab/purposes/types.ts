// Purpose phrases: what cookies are said to do, mapped to the category it
// implies ("remember your language settings" → preferences). One file per
// language, written from how policies in that language phrase purposes.
// Regular expression sources on normalised text (lower case, diacritics
// stripped, straight quotes), no capturing groups; quantifiers bounded.
//
// Rule (categories.ts): a purpose phrase counts only in cookie context (the
// sentence, its neighbours or its heading name cookies or tracking
// technologies), outside definitions ("What are cookies?" sections, type
// lists, generic subjects: "websites can use cookies to …") and
// hypotheticals ("if we later add advertising …"), not negated, and only
// where the passage names no category itself (a "Necessary cookies" section
// that stores preferences stays necessary).
import type { Category } from '../../../types.ts';
import type { Lang } from '../categories.ts';

export interface PurposePhrase {
  id: string;
  value: Category;
  re: string;
  lang: Lang;
  /** The match does not count when its own text matches this ("cookie preferences"). */
  unless?: string;
}

export const purpose =
  (lang: Lang) =>
  (value: Category, id: string, re: string, unless?: string): PurposePhrase => ({
    id: `purpose.${lang}.${id}`,
    value,
    re,
    lang,
    ...(unless ? { unless } : {}),
  });
