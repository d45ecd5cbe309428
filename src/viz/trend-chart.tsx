import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/** One line of a trend chart: values by year (null where there is nothing to measure), and an optional reference level. */
export interface TrendSeries {
  key: string;
  label: string;
  points: { x: number; y: number | null }[];
  /** A level to compare with (drawn dashed in the series' colour), e.g. the area's share of countries. */
  reference?: number;
}

export interface TrendChartProps {
  id: string;
  title: string;
  description: string;
  series: TrendSeries[];
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  width?: number;
  height?: number;
}

const MARGIN = { top: 12, right: 16, bottom: 28, left: 44 };

/**
 * A line chart of values over years, as an SVG element: pure (data in, markup out), no inline styles
 * (colours come from the stylesheet by series index, so a strict CSP holds). The page shows the data table beside it.
 */
export function TrendChart({ id, title, description, series, formatX, formatY, width = 560, height = 240 }: TrendChartProps) {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const ys = series.flatMap((s) => [...s.points.map((p) => p.y ?? 0), s.reference ?? 0]);
  const x = scaleLinear()
    .domain(xs.length > 1 ? [xs[0]!, xs[xs.length - 1]!] : [(xs[0] ?? 0) - 1, (xs[0] ?? 0) + 1])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, Math.max(0.05, ...ys)])
    .nice(4)
    .range([height - MARGIN.bottom, MARGIN.top]);
  const path = line<{ x: number; y: number | null }>()
    .defined((p) => p.y !== null)
    .x((p) => x(p.x))
    .y((p) => y(p.y ?? 0))
    .digits(1);
  const r = (n: number) => Math.round(n * 10) / 10;
  return (
    <svg class="chart" id={id} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-labelledby={`${id}-title ${id}-desc`} xmlns="http://www.w3.org/2000/svg">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g class="chart-grid">
        {y.ticks(4).map((t) => (
          <g>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={r(y(t))} y2={r(y(t))} />
            <text x={MARGIN.left - 6} y={r(y(t))} dy="0.32em" text-anchor="end">
              {formatY(t)}
            </text>
          </g>
        ))}
        {xs.map((v) => (
          <text x={r(x(v))} y={height - MARGIN.bottom + 18} text-anchor="middle">
            {formatX(v)}
          </text>
        ))}
      </g>
      {series.map((s, i) => (
        <g class={`chart-series series-${i % 6}`}>
          {s.reference !== undefined ? <line class="chart-reference" x1={MARGIN.left} x2={width - MARGIN.right} y1={r(y(s.reference))} y2={r(y(s.reference))} /> : null}
          <path class="chart-line" d={path(s.points) ?? undefined} />
          {s.points
            .filter((p) => p.y !== null)
            .map((p) => (
              <circle class="chart-point" cx={r(x(p.x))} cy={r(y(p.y!))} r={3}>
                <title>{`${s.label}, ${formatX(p.x)}: ${formatY(p.y!)}`}</title>
              </circle>
            ))}
        </g>
      ))}
    </svg>
  );
}
