// Which data sets classify: the "open data only" switch (SPEC: "a setting
// restricts classification to data sets that allow commercial use") and the
// lists the user turned off without removing them. Validation only: where
// it is stored is the platform's.
import { allowsCommercialUse } from './catalog.ts';

export interface ListSettings {
  /** Leave out every data set whose licence forbids commercial use. */
  openDataOnly: boolean;
  /** Ids of lists (bundled or added) kept but not used. */
  disabled: string[];
}

export const DEFAULT_LIST_SETTINGS: ListSettings = { openDataOnly: false, disabled: [] };

/** More ids than any user keeps lists; a stored value beyond it is not ours. */
const MAX_DISABLED = 1000;
const MAX_ID = 200;

/** Settings read back from storage: anything malformed gives the defaults. */
export function readListSettings(value: unknown): ListSettings {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_LIST_SETTINGS };
  const v = value as Record<string, unknown>;
  const disabled = Array.isArray(v.disabled)
    ? v.disabled
        .slice(0, MAX_DISABLED)
        .filter((x): x is string => typeof x === 'string' && x.length <= MAX_ID)
    : [];
  return { openDataOnly: v.openDataOnly === true, disabled: [...new Set(disabled)] };
}

/** Why a list is used or not. */
export type ListState = 'in-use' | 'disabled' | 'non-commercial';

/** The user's switch first; then the licence, when only open data may classify. */
export function listState(settings: ListSettings, id: string, licence: string | null): ListState {
  if (settings.disabled.includes(id)) return 'disabled';
  if (settings.openDataOnly && allowsCommercialUse(licence) === false) return 'non-commercial';
  return 'in-use';
}
