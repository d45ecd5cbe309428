import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

// A small multi-series line chart as inline SVG (a few kilobytes). Pages show its data as a table beside it.

export interface LineSeries {
  label: string;
  points: { x: number; y: number }[];
  /** Published figures are drawn dashed, so they are never read as computed ones. */
  dashed?: boolean;
}

export interface LineChartProps {
  title: string;
  series: LineSeries[];
  format: (n: number) => string;
  /** Fixed y domain (percentages: 0–100), else from zero to the data's maximum. */
  yDomain?: [number, number];
  width?: number;
  height?: number;
}

/** Distinct colours (Okabe–Ito), safe for colour-vision deficiencies. */
export const SERIES_COLOURS = ['#000000', '#d55e00', '#0072b2', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];

/** The chart as an SVG element; every series labelled at its last point and in the legend. */
export function LineChart({ title, series, format, yDomain, width = 640, height = 320 }: LineChartProps) {
  const margin = { top: 16, right: 16, bottom: 28, left: 48 };
  const legendHeight = 22 * Math.ceil(series.length / 3);
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const ys = series.flatMap((s) => s.points.map((p) => p.y));
  if (!xs.length) return null;
  const x = scaleLinear().domain([Math.min(...xs), Math.max(...xs)]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain(yDomain ?? [0, Math.max(...ys) || 1]).nice().range([height - margin.bottom, margin.top]);
  const path = line<{ x: number; y: number }>().x((p) => x(p.x)).y((p) => y(p.y)).digits(1);
  const xTicks = x.ticks(Math.min(8, new Set(xs).size)).filter(Number.isInteger);
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height + legendHeight}`} role="img" aria-label={title} font-size="12">
      <g stroke="#d0d7de">
        {y.ticks(5).map((t) => (
          <line x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} />
        ))}
      </g>
      <g fill="#57606a" aria-hidden="true">
        {y.ticks(5).map((t) => (
          <text x={margin.left - 6} y={y(t) + 4} text-anchor="end">
            {format(t)}
          </text>
        ))}
        {xTicks.map((t) => (
          <text x={x(t)} y={height - 8} text-anchor="middle">
            {String(t)}
          </text>
        ))}
      </g>
      {series.map((s, i) => (
        <path d={path(s.points) ?? undefined} fill="none" stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]} stroke-width="2" stroke-dasharray={s.dashed ? '6 4' : undefined} />
      ))}
      {series.map((s, i) => (
        <g transform={`translate(${margin.left + (i % 3) * 190} ${height + 6 + Math.floor(i / 3) * 22})`}>
          <line x1="0" x2="24" y1="6" y2="6" stroke={SERIES_COLOURS[i % SERIES_COLOURS.length]} stroke-width="2" stroke-dasharray={s.dashed ? '6 4' : undefined} />
          <text x="30" y="10">
            {s.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
