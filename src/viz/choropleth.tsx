import { geoEqualEarth, geoPath } from 'd3-geo';
import { scaleQuantize } from 'd3-scale';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { render } from 'preact-render-to-string';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };

// A world choropleth as a standalone SVG document. Country outlines never change, so their paths are
// computed once per process; a render only assigns colours (callers cache the result by data version).

const WIDTH = 960;
const MAP_HEIGHT = 470;
const HEIGHT = 560;
/** Sequential blues (ColorBrewer), readable by most colour-vision deficiencies; grey means no data. */
export const PALETTE = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
export const NO_DATA = '#d4d4d4';

let shapes: { id: string; name: string; d: string }[] | undefined;

/** Outlines of world-atlas countries-110m (ids are zero-padded M49 codes; three areas have none). */
function countryShapes() {
  if (!shapes) {
    const topo = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const countries = feature(topo, topo.objects.countries) as FeatureCollection<GeoJSON.Geometry, { name: string }>;
    const projection = geoEqualEarth().fitSize([WIDTH, MAP_HEIGHT], countries);
    const path = geoPath(projection).digits(1);
    shapes = countries.features.map((f) => ({ id: String(f.id ?? ''), name: f.properties.name, d: path(f) ?? '' })).filter((s) => s.d);
  }
  return shapes;
}

export interface ChoroplethProps {
  title: string;
  /** Values by M49 code. */
  values: ReadonlyMap<string, number>;
  /** Country names by M49 code, in the reader's language. */
  names: (m49: string) => string;
  format: (n: number) => string;
  noDataLabel: string;
  /** Fixed domain (percentages: 0–100), else the data's extent. */
  domain?: [number, number];
  /** Darker is better: reverse the palette when lower values are better (prices). */
  lowerIsBetter?: boolean;
  dir?: 'ltr' | 'rtl';
}

/** Equal-width classes over the domain, with their colours, lowest first. */
export function legendClasses(values: Iterable<number>, domain?: [number, number]) {
  const all = [...values];
  const [lo, hi] = domain ?? [Math.min(...all), Math.max(...all)];
  const scale = scaleQuantize<string>().domain([lo, hi === lo ? lo + 1 : hi]).range(PALETTE);
  const classes = PALETTE.map((colour) => ({ colour, range: scale.invertExtent(colour) as [number, number] }));
  return { scale, classes };
}

function Choropleth(p: ChoroplethProps) {
  const { scale, classes } = legendClasses(p.values.values(), p.domain);
  const colour = (v: number) => (p.lowerIsBetter ? PALETTE[PALETTE.length - 1 - PALETTE.indexOf(scale(v))]! : scale(v));
  const swatch = 36;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-labelledby="map-title" font-family="system-ui, sans-serif" font-size="14" direction={p.dir}>
      <title id="map-title">{p.title}</title>
      <rect width={WIDTH} height={HEIGHT} fill="#ffffff" />
      <g stroke="#ffffff" stroke-width="0.5">
        {countryShapes().map((s) => {
          const v = p.values.get(s.id);
          return (
            <path d={s.d} fill={v === undefined ? NO_DATA : colour(v)}>
              <title>{`${s.id ? p.names(s.id) : s.name}: ${v === undefined ? p.noDataLabel : p.format(v)}`}</title>
            </path>
          );
        })}
      </g>
      <g transform={`translate(20 ${MAP_HEIGHT + 30})`} aria-hidden="true">
        {classes.map((c, i) => (
          <g transform={`translate(${i * 130} 0)`}>
            <rect width={swatch} height="16" fill={p.lowerIsBetter ? PALETTE[PALETTE.length - 1 - i] : c.colour} stroke="#888888" stroke-width="0.5" />
            <text x={swatch + 6} y="13">{`${p.format(c.range[0])}–${p.format(c.range[1])}`}</text>
          </g>
        ))}
        <g transform={`translate(${classes.length * 130} 0)`}>
          <rect width={swatch} height="16" fill={NO_DATA} stroke="#888888" stroke-width="0.5" />
          <text x={swatch + 6} y="13">{p.noDataLabel}</text>
        </g>
      </g>
    </svg>
  );
}

/** The map as a standalone SVG file's text. */
export function renderChoropleth(props: ChoroplethProps): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(<Choropleth {...props} />)}`;
}
