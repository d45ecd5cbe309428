import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { progressBar, formatReport } from './indicators.ts';

describe('indicators import command output', () => {
  it('draws a progress bar with share and counts', () => {
    assert.equal(progressBar(1000, 4000), `[${'#'.repeat(8)}${' '.repeat(22)}]  25% 1,000/4,000`);
    assert.equal(progressBar(0, 0), `[${'#'.repeat(30)}] 100% 0/0`);
  });

  it('reports rows read, accepted, skipped and every rejected line with its reason', () => {
    const text = formatReport(
      {
        format: 'owid',
        fileName: 'internet.csv',
        rowsRead: 5,
        accepted: 3,
        officialAggregates: 1,
        rejected: [{ line: 4, reason: 'XXX (Nowhere) is not a UN M49 country or area' }],
        skipped: [{ reason: 'aggregate without a code', rows: 1 }],
        series: [{ id: 'owid:x', indicatorCode: '17.8.1', format: 'owid', sourceSeries: 'x', source: 'OWID', licence: 'CC-BY-4.0', importedAt: '2025-01-01T00:00:00Z', rows: 3 }],
        importedAt: '2025-01-01T00:00:00Z',
      },
      50,
    );
    assert.match(text, /rows read: 5\n  accepted: 3 \(1 of them published group aggregates\)\n  skipped: 1 — aggregate without a code\n  rejected: 1\n    line 4: XXX \(Nowhere\) is not a UN M49 country or area/);
    assert.match(text, /series owid:x → 17.8.1: 3 rows; source: OWID; licence: CC-BY-4.0/);
  });
});
