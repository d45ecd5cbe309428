/** The six trust dimensions of WTPF-21 Opinion 4. */
export const TRUST_DIMENSIONS = [
  'trust-security',
  'reliability',
  'inclusiveness',
  'transparency',
  'interoperability',
  'accountability',
] as const;
export type TrustDimension = (typeof TRUST_DIMENSIONS)[number];

/** IATI policy-marker pattern: 0 not targeted, 1 significant objective, 2 principal objective. */
export type Significance = 0 | 1 | 2;

export interface TrustMarker {
  dimension: TrustDimension;
  significance: Significance;
  evidence?: string;
}
