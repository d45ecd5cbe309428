/**
 * True when an Accept header prefers JSON-LD (or plain JSON) over HTML: `application/ld+json` or
 * `application/json` with a higher quality than `text/html`, or without HTML at all.
 */
export function prefersJsonLd(accept: string | undefined): boolean {
  if (!accept) return false;
  const q = (type: string) => {
    let best = -1;
    for (const part of accept.split(',')) {
      const [t, ...params] = part.trim().toLowerCase().split(';');
      if (t !== type) continue;
      const qv = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      best = Math.max(best, qv ? Number(qv) : 1);
    }
    return best;
  };
  const data = Math.max(q('application/ld+json'), q('application/json'));
  return data > 0 && data > q('text/html');
}
