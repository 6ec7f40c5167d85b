// Pipe tables as page captures leave them (no markdown delimiter row): read
// as table cells, so a row's kind, purpose and lifetime are read together.
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../lib/core/policy/blocks.ts';
import { pipeTable } from '../../lib/core/policy/pipes.ts';
import { readPolicy } from '../../lib/core/policy/index.ts';

const cells = (text: string) =>
  textToBlocks(text)
    .filter((b) => b.kind === 'cell')
    .map((b) => `${b.row}:${b.header}=${b.text}`);

describe('pipeTable', () => {
  it('one row per line, a cell broken over two lines', () => {
    expect(
      cells(
        'Cookies we use:\nCookie | Description | Retention period |\n_pk_id | Visitor id | 13 months |\n_pk_ses\n_pk_cvar |\nVisit data | 30 minutes |\nAfter the table.',
      ),
    ).toEqual([
      '1:Cookie=_pk_id',
      '1:Description=Visitor id',
      '1:Retention period=13 months',
      '2:Cookie=_pk_ses _pk_cvar',
      '2:Description=Visit data',
      '2:Retention period=30 minutes',
    ]);
  });

  it('one cell per line, each row opened by a leading pipe', () => {
    expect(
      cells(
        '| Category |\nPurpose |\nConsent? |\n| Analytics |\nUnderstand how visitors use the site |\nYes |\n| Marketing |\nShow relevant ads |\nYes |\nNext paragraph',
      ),
    ).toEqual([
      '1:Category=Analytics',
      '1:Purpose=Understand how visitors use the site',
      '1:Consent?=Yes',
      '2:Category=Marketing',
      '2:Purpose=Show relevant ads',
      '2:Consent?=Yes',
    ]);
  });

  it('a delimiter row is skipped and the line above the next one starts a new table', () => {
    expect(
      cells(
        'Cookie | Duration |\n---|---|\nconsent | 1 year |\nCookie | Lifetime |\n---|---|\nlang | 12 months |',
      ),
    ).toEqual(['1:Cookie=consent', '1:Duration=1 year', '2:Cookie=lang', '2:Lifetime=12 months']);
  });

  it('is not a table: a single cell, a line without a closing pipe, a header with no row', () => {
    expect(pipeTable(['| Strictly necessary Always on |', '| more |'], 0, 1)).toBeNull();
    expect(pipeTable(['Home | About | Contact', 'text'], 0, 1)).toBeNull();
    expect(pipeTable(['Cookie | Purpose |', '', 'A paragraph.'], 0, 1)).toBeNull();
  });
});

describe('the reader on captured pipe tables', () => {
  it('reads each row’s kind and the lifetime beside a well-known cookie', () => {
    const p = readPolicy(
      'We use three categories of cookies:\n| Category |\nPurpose |\n| Strictly necessary |\nKeep the site working |\n| Marketing |\nShow relevant content and measure campaigns |\n\nThe cookies:\nCookie | Description | Retention period |\n_pk_id | Stores a visitor id | 13 months |',
    );
    expect(p.categories).toEqual(['necessary', 'analytics', 'advertising']);
    expect(p.retention.map((r) => `${r.category}:${r.maxDays}`)).toEqual(['analytics:395']);
  });
});

describe('pipe tables stay bounded', () => {
  it('a row never holds more than 32 cells', () => {
    const lines = ['| a | b |', '| x |', ...Array.from({ length: 500 }, (_, k) => `c${k} |`)];
    const t = pipeTable(lines, 0, 1);
    expect(t).not.toBeNull();
    const perRow = new Map<number, number>();
    for (const b of t?.blocks ?? []) perRow.set(b.row ?? 0, (perRow.get(b.row ?? 0) ?? 0) + 1);
    expect(Math.max(...perRow.values())).toBeLessThanOrEqual(32);
    expect(t?.end).toBe(lines.length);
  });
});
