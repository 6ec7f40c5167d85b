// How much the extension keeps (SPEC: storage is bounded; retention setting;
// oldest pruned). Validation only: where they are stored is the platform's.

export interface StorageSettings {
  /** Page visits (and their records) older than this are deleted. */
  retentionDays: number;
  /** At most this many page visits are kept; the oldest go first. */
  maxPages: number;
  /**
   * Keep cookie and storage values themselves (off by default: only their
   * length, keyed hash prefix and entropy), and include them in exports.
   */
  keepValues: boolean;
  /**
   * Exports keep URL parameter names but not their values, nor fragments
   * (tracker URLs carry identifiers of the auditor's browser). Off by
   * default: the values are often the evidence.
   */
  redactQueryStrings: boolean;
}

export const DEFAULT_STORAGE_SETTINGS: StorageSettings = {
  retentionDays: 30,
  maxPages: 2000,
  keepValues: false,
  redactQueryStrings: false,
};

export const STORAGE_LIMITS = {
  retentionDays: { min: 1, max: 365 },
  maxPages: { min: 10, max: 100_000 },
} as const;

export type SettingsResult = { ok: true; value: StorageSettings } | { ok: false; error: string };

/** Checks settings sent by the options page (or read back from storage). */
export function validateStorageSettings(input: unknown): SettingsResult {
  if (typeof input !== 'object' || input === null) return { ok: false, error: 'no settings given' };
  const keep = (input as Record<string, unknown>).keepValues;
  // Absent in settings saved before the option existed: off.
  if (keep !== undefined && typeof keep !== 'boolean') {
    return { ok: false, error: 'keeping values must be on or off' };
  }
  const redact = (input as Record<string, unknown>).redactQueryStrings;
  if (redact !== undefined && typeof redact !== 'boolean') {
    return { ok: false, error: 'redacting query strings must be on or off' };
  }
  const out: Partial<StorageSettings> = {
    keepValues: keep === true,
    redactQueryStrings: redact === true,
  };
  for (const key of ['retentionDays', 'maxPages'] as const) {
    const v = (input as Record<string, unknown>)[key];
    const { min, max } = STORAGE_LIMITS[key];
    const label = key === 'retentionDays' ? 'days to keep records' : 'pages to keep';
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      return { ok: false, error: `${label} must be a whole number` };
    }
    if (v < min || v > max) {
      return {
        ok: false,
        error: `${label} must be between ${min} and ${max.toLocaleString('en')}`,
      };
    }
    out[key] = v;
  }
  return { ok: true, value: out as StorageSettings };
}
