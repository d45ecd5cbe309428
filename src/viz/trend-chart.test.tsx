import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { render } from 'preact-render-to-string';
import { TrendChart } from './trend-chart.tsx';

const pct = (y: number) => `${Math.round(y * 100)}%`;
const svg = (series: Parameters<typeof TrendChart>[0]['series']) =>
  render(<TrendChart id="c" title="Share of LDC participants" description="By year" series={series} formatX={String} formatY={pct} />);

describe('trend chart', () => {
  it('draws one line per series, a point per value and the reference level', () => {
    const out = svg([
      { key: 'LDC', label: 'LDC', points: [{ x: 2022, y: 0.1 }, { x: 2023, y: 0.2 }, { x: 2024, y: 0.15 }], reference: 0.23 },
      { key: 'SIDS', label: 'SIDS', points: [{ x: 2022, y: 0.05 }, { x: 2023, y: 0.04 }, { x: 2024, y: 0.06 }] },
    ]);
    assert.equal(out.match(/class="chart-line"/g)?.length, 2);
    assert.equal(out.match(/<circle/g)?.length, 6);
    assert.equal(out.match(/class="chart-reference"/g)?.length, 1);
    assert.match(out, /<title id="c-title">Share of LDC participants<\/title>/);
    assert.match(out, /LDC, 2023: 20%/);
    assert.match(out, />2022<\/text>/);
  });

  it('leaves a gap where a year has nothing to measure, and never writes inline styles', () => {
    const out = svg([{ key: 'LDC', label: 'LDC', points: [{ x: 2022, y: 0.1 }, { x: 2023, y: null }, { x: 2024, y: 0.3 }] }]);
    assert.equal(out.match(/<circle/g)?.length, 2);
    const d = /class="chart-line" d="([^"]+)"/.exec(out)![1]!;
    assert.equal(d.match(/M/g)?.length, 2, 'two segments');
    assert.doesNotMatch(out, /style=/);
  });

  it('escapes labels and draws a single year without failing', () => {
    const out = svg([{ key: 'x', label: '<b>x</b>', points: [{ x: 2024, y: 0.5 }] }]);
    assert.doesNotMatch(out, /<b>/);
    assert.match(out, /&lt;b>x&lt;\/b>|&lt;b&gt;x&lt;\/b&gt;/);
  });
});
