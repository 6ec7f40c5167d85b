import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STORAGE_SETTINGS,
  validateStorageSettings,
} from '../../lib/core/storage-settings.ts';

describe('storage settings', () => {
  it('accepts whole numbers within the limits, at both ends', () => {
    // keepValues, redactQueryStrings absent (settings saved before the options existed): off.
    expect(validateStorageSettings({ retentionDays: 1, maxPages: 10 })).toEqual({
      ok: true,
      value: { retentionDays: 1, maxPages: 10, keepValues: false, redactQueryStrings: false },
    });
    expect(
      validateStorageSettings({
        retentionDays: 365,
        maxPages: 100_000,
        keepValues: true,
        redactQueryStrings: true,
        extra: 1,
      }),
    ).toEqual({
      ok: true,
      value: { retentionDays: 365, maxPages: 100_000, keepValues: true, redactQueryStrings: true },
    });
    expect(validateStorageSettings(DEFAULT_STORAGE_SETTINGS)).toEqual({
      ok: true,
      value: { retentionDays: 30, maxPages: 2000, keepValues: false, redactQueryStrings: false },
    });
  });

  it('refuses what is outside them, with the reason', () => {
    expect(validateStorageSettings({ retentionDays: 0, maxPages: 100 })).toEqual({
      ok: false,
      error: 'days to keep records must be between 1 and 365',
    });
    expect(validateStorageSettings({ retentionDays: 366, maxPages: 100 }).ok).toBe(false);
    expect(validateStorageSettings({ retentionDays: 7, maxPages: 9 })).toEqual({
      ok: false,
      error: 'pages to keep must be between 10 and 100,000',
    });
    expect(validateStorageSettings({ retentionDays: 7, maxPages: 100_001 }).ok).toBe(false);
    expect(validateStorageSettings({ retentionDays: 7.5, maxPages: 100 })).toEqual({
      ok: false,
      error: 'days to keep records must be a whole number',
    });
    expect(validateStorageSettings({ retentionDays: '7', maxPages: 100 }).ok).toBe(false);
    expect(validateStorageSettings(null)).toEqual({ ok: false, error: 'no settings given' });
    expect(validateStorageSettings({ retentionDays: 7, maxPages: 100, keepValues: 'yes' })).toEqual(
      {
        ok: false,
        error: 'keeping values must be on or off',
      },
    );
    expect(
      validateStorageSettings({ retentionDays: 7, maxPages: 100, redactQueryStrings: 1 }),
    ).toEqual({ ok: false, error: 'redacting query strings must be on or off' });
  });
});
