/** How recently a published record was confirmed: after 12 months it needs an update, after 24 it is possibly inactive. */
export const FRESHNESS = ['current', 'needs-update', 'possibly-inactive'] as const;
export type Freshness = (typeof FRESHNESS)[number];

const monthsBefore = (now: Date, months: number): string => {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString();
};

/** The freshness of a record last verified (or, never verified, last changed) at `verified`. */
export function freshnessOf(verified: string, now: Date): Freshness {
  if (verified < monthsBefore(now, 24)) return 'possibly-inactive';
  if (verified < monthsBefore(now, 12)) return 'needs-update';
  return 'current';
}

/** The verification-time window of a freshness class, for list filters. */
export function freshnessWindow(f: Freshness, now: Date): { verifiedBefore?: string; verifiedSince?: string } {
  if (f === 'current') return { verifiedSince: monthsBefore(now, 12) };
  if (f === 'needs-update') return { verifiedSince: monthsBefore(now, 24), verifiedBefore: monthsBefore(now, 12) };
  return { verifiedBefore: monthsBefore(now, 24) };
}
