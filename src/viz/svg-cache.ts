/**
 * Rendered SVG kept in memory, keyed by everything it depends on (data version, language, indicator, year,
 * breakdown). An import changes the data version, so stale entries are simply never asked for again;
 * the oldest are dropped past `max`.
 */
export class SvgCache {
  private readonly entries = new Map<string, string>();
  constructor(private readonly max = 200) {}

  /** The cached SVG for `key`, rendering and keeping it on a miss. */
  async get(key: string, render: () => string | Promise<string>): Promise<string> {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const svg = await render();
    this.entries.set(key, svg);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return svg;
  }

  get size(): number {
    return this.entries.size;
  }
}
