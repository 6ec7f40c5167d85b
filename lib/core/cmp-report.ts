// What the main-world script reads of a page's CMP, as the background gets
// it: untrusted JSON from page context → a declaration, or a clear error.
import {
  oneTrustGroupCategories,
  parseCookiebotDialog,
  parseOneTrustConsentJson,
  parseTcfGetTcData,
  tcfConsentState,
  tcfDeclaredPolicy,
  type ConsentState,
} from './cmp/index.ts';
import type { DeclaredPolicy } from './policy/types.ts';
import type { Category } from './types.ts';

export type CmpKind = 'onetrust' | 'cookiebot' | 'tcf';
export const MAX_CMP_JSON = 2_000_000;

export interface CmpReading {
  declared: DeclaredPolicy | null;
  /** OneTrust: group id → category, to read its consent cookie. */
  groups: Record<string, Category> | null;
  /** TCF: the consent the API reports right now. */
  consent: ConsentState | null;
  notes: string[];
}

export function readCmpReport(
  cmp: CmpKind,
  json: string,
  pageUrl: string,
): { ok: true; value: CmpReading } | { ok: false; error: string } {
  if (json.length > MAX_CMP_JSON) return { ok: false, error: `${cmp} data larger than 2 MB` };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: `${cmp} data is not JSON` };
  }
  if (cmp === 'onetrust') {
    const root = { DomainData: data };
    const r = parseOneTrustConsentJson(root, { url: pageUrl });
    if (!r.ok) return r;
    const g = oneTrustGroupCategories(root);
    return {
      ok: true,
      value: { declared: r.value, groups: g.ok ? g.value : null, consent: null, notes: r.notes },
    };
  }
  if (cmp === 'cookiebot') {
    const r = parseCookiebotDialog(data, { url: pageUrl });
    if (!r.ok) return r;
    return { ok: true, value: { declared: r.value, groups: null, consent: null, notes: r.notes } };
  }
  const r = parseTcfGetTcData(data);
  if (!r.ok) return r;
  return {
    ok: true,
    value: {
      declared: tcfDeclaredPolicy(r.value, { url: pageUrl }),
      groups: null,
      consent: tcfConsentState(r.value, '__tcfapi getTCData'),
      notes: r.notes,
    },
  };
}
