// OneTrust category groups → SPEC categories. Ids: the modern defaults
// C0001–C0005 (strictly necessary, performance, functional, targeting, social
// media); legacy scripts used numbers whose meaning CommonData spells out
// (OptanonGroupIdPerformanceCookies: "2", …). Sites rename and add groups, so
// the group's own name, read with the SPEC vocabulary, comes first.
import type { Category } from '../types.ts';
import { isRecord } from './result.ts';

export const ONETRUST_DEFAULT_GROUPS: Readonly<Record<string, Category>> = {
  C0001: 'necessary',
  C0002: 'analytics',
  C0003: 'preferences',
  C0004: 'advertising',
  C0005: 'social',
};

/** Legacy numeric ids when CommonData does not say otherwise ("1" was strictly necessary). */
const LEGACY_GROUPS: Readonly<Record<string, Category>> = {
  '1': 'necessary',
  '2': 'analytics',
  '3': 'preferences',
  '4': 'advertising',
};

const COMMON_DATA_KEYS: Readonly<Record<string, Category>> = {
  OptanonGroupIdPerformanceCookies: 'analytics',
  OptanonGroupIdFunctionalityCookies: 'preferences',
  OptanonGroupIdTargetingCookies: 'advertising',
  OptanonGroupIdSocialCookies: 'social',
};

// Checked in this order: "Personalised advertising" is advertising,
// "Functional (required)" is necessary (SPEC: functional-when-described-as-required).
const NAME_RULES: { category: Category; re: RegExp }[] = [
  {
    category: 'unknown',
    re: /uncategori[sz]ed|unclassified|not classified|nicht klassifiziert|non class[ée]s?|sin clasificar|niet geclassificeerd/u,
  },
  {
    category: 'advertising',
    re: /target(?:ing|ed)|advertis|\bads?\b|marketing|sale of personal|werbung|werbe|publicit|ciblage|publicidad|dirigidas|reclame|advertentie|pubblicit|m[aá]rketing/u,
  },
  {
    category: 'social',
    re: /social|soziale|r[ée]seaux sociaux|redes sociales|sociale media/u,
  },
  {
    category: 'analytics',
    re: /performance|analytic|analytisch|analyse|statisti|measurement|mesure|audience|leistung|rendimiento|anal[íi]tic|prestati|prestazion/u,
  },
  {
    category: 'necessary',
    re: /necessary|essential|required|strictly|notwendig|erforderlich|essentiel|n[ée]cessaire|necesari|esencial|noodzakelijk|necessari|unbedingt/u,
  },
  {
    category: 'preferences',
    re: /functional|functionality|preference|personali[sz]|funktion|fonctionn|pr[ée]f[ée]rence|funcional|personaliza|functione|voorkeur|funzional/u,
  },
];

/** The category a group name states, or null when it names none of them. */
export function categoryOfGroupName(name: string): { category: Category; rule: string } | null {
  const norm = name.normalize('NFC').toLowerCase();
  for (const r of NAME_RULES) {
    const m = r.re.exec(norm);
    if (m) return { category: r.category, rule: `onetrust:name "${m[0]}"` };
  }
  return null;
}

/**
 * Group id → category: the defaults (modern C000x and legacy numbers), then
 * the site's own CommonData.OptanonGroupId… keys, which win.
 */
export function groupIdMap(commonData?: unknown): Record<string, Category> {
  const map: Record<string, Category> = { ...ONETRUST_DEFAULT_GROUPS, ...LEGACY_GROUPS };
  if (!isRecord(commonData)) return map;
  for (const [key, category] of Object.entries(COMMON_DATA_KEYS)) {
    const id = commonData[key];
    if ((typeof id === 'string' && id.trim() !== '') || typeof id === 'number') {
      map[String(id).trim()] = category;
    }
  }
  return map;
}
