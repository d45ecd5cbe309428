import { scaleBand, scaleLinear } from 'd3-scale';

export interface Bar {
  label: string;
  /** Between 0 and 1: a share. */
  value: number;
  /** The value as the reader sees it, already formatted ("12 %"). */
  valueText: string;
}

export interface BarChartProps {
  id: string;
  title: string;
  /** Says where the same figures are as a table (the accessible alternative). */
  description: string;
  bars: Bar[];
  /** Right-to-left layout: labels on the right, bars growing leftwards. */
  rtl?: boolean;
}

const WIDTH = 720;
const LABEL_WIDTH = 270;
const VALUE_WIDTH = 60;
const ROW = 24;
const PAD = 8;

/**
 * A horizontal bar chart of shares as an SVG element, rendered on the server. The axis runs from 0 to
 * a round value just above the largest share (at least 10 %), so small shares stay visible.
 * Presentation attributes and CSS classes only (no style attributes: CSP style-src 'self').
 */
export function BarChart({ id, title, description, bars, rtl = false }: BarChartProps) {
  const height = bars.length * ROW + 2 * PAD;
  const plotStart = LABEL_WIDTH + PAD;
  const plotEnd = WIDTH - VALUE_WIDTH - PAD;
  const max = Math.max(0.1, ...bars.map((b) => b.value));
  const x = scaleLinear().domain([0, Math.min(1, max)]).range([0, plotEnd - plotStart]).nice(4).clamp(true);
  const y = scaleBand<number>().domain(bars.map((_, i) => i)).range([PAD, height - PAD]).paddingInner(0.25);
  // In right-to-left layout the picture is mirrored: x positions are measured from the right edge.
  const at = (pos: number) => (rtl ? WIDTH - pos : pos);
  return (
    // direction="ltr": positions and anchors are computed here, whatever the page's direction; text inside still follows bidi rules.
    <svg class="bar-chart" direction="ltr" viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img" aria-labelledby={`${id}-title ${id}-desc`} xmlns="http://www.w3.org/2000/svg">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {x.ticks(4).map((tick) => (
        <line class="bar-grid" x1={at(plotStart + x(tick))} x2={at(plotStart + x(tick))} y1={PAD} y2={height - PAD} />
      ))}
      {bars.map((b, i) => {
        const top = y(i)!;
        const w = x(b.value);
        const mid = top + y.bandwidth() / 2;
        return (
          <g class="bar-row">
            <text class="bar-label" x={at(LABEL_WIDTH)} y={mid} text-anchor={rtl ? 'start' : 'end'} dominant-baseline="middle">
              {b.label}
            </text>
            <rect class="bar" x={rtl ? WIDTH - plotStart - w : plotStart} y={top} width={w} height={y.bandwidth()} />
            <text class="bar-value" x={at(plotStart + w + 4)} y={mid} text-anchor={rtl ? 'end' : 'start'} dominant-baseline="middle">
              {b.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
