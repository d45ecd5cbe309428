/**
 * The UN SDG KOS IRI of an indicator: '9.c.1' → http://metadata.un.org/sdg/C090c01
 * (C, then goal, target and indicator each padded to two characters).
 */
export function sdgIndicatorIri(code: string): string {
  const parts = code.split('.').map((p) => p.padStart(2, '0'));
  return `http://metadata.un.org/sdg/C${parts.join('')}`;
}
