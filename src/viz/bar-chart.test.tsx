import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from 'preact-render-to-string';
import { BarChart } from './bar-chart.tsx';

const bars = [
  { label: 'Artificial intelligence', value: 0.5, valueText: '50 %' },
  { label: '5G <mobile>', value: 0, valueText: '0 %' },
  { label: 'Everything', value: 1, valueText: '100 %' },
];

test('bar widths are proportional to the shares, and labels are escaped', () => {
  const svg = render(<BarChart id="c" title="Coverage" description="Same figures in the table below." bars={bars} />);
  const widths = [...svg.matchAll(/<rect class="bar"[^>]* width="([\d.]+)"/g)].map((m) => Number(m[1]));
  assert.equal(widths.length, 3);
  assert.equal(widths[1], 0);
  assert.ok(Math.abs(widths[0]! * 2 - widths[2]!) < 1e-9, `${widths}`);
  assert.ok(svg.includes('5G &lt;mobile>'));
  assert.ok(!svg.includes('style='), 'no inline styles under the CSP');
  assert.match(svg, /role="img" aria-labelledby="c-title c-desc"/);
});

test('right-to-left charts grow bars from the right edge', () => {
  const ltr = render(<BarChart id="c" title="t" description="d" bars={bars} />);
  const rtl = render(<BarChart id="c" title="t" description="d" bars={bars} rtl />);
  const xOf = (svg: string) => [...svg.matchAll(/<rect class="bar" x="([\d.]+)"/g)].map((m) => Number(m[1]));
  const [l, r] = [xOf(ltr), xOf(rtl)];
  assert.equal(l[0], l[2], 'left-to-right bars start at the same x');
  assert.ok(r[2]! < r[0]!, 'a longer right-to-left bar starts further left');
});
