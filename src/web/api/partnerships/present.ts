import type { Connection, ConnectionEvent, Post } from '../../../domain/partnership/partnership.ts';
import type { Match } from '../../../domain/partnership/partnership-service.ts';
import type { Vocabulary } from '../../../domain/vocabulary/vocabulary.ts';

/** A need or an offer for everyone: never its contact details or who posted it. */
export function presentPost(p: Post, vocab: Vocabulary) {
  return {
    id: p.id,
    kind: p.kind,
    title: p.title,
    description: p.description,
    originalLang: p.originalLang,
    country: p.country ? (vocab.countryByM49.get(p.country)?.iso3 ?? p.country) : null,
    organisation: p.organisationId ?? null,
    technologies: p.technologies,
    sdgTargets: p.sdgTargets,
    helpKinds: p.helpKinds,
    status: p.status,
    isSample: p.isSample,
    createdAt: p.createdAt,
  };
}

/** A ranked suggestion: what it is, its score and the reasons, and its title for display. */
export function presentMatch(m: Match) {
  return { type: m.type, id: m.id, score: m.score, reasons: m.reasons, title: m.item.title };
}

/** A connection: its two sides, status, the exchange for its parties, and contacts only when both agreed. */
export function presentConnection(
  c: { connection: Connection; need: Post; offer: Post; contacts: { need: string; offer: string } | null; events: ConnectionEvent[] },
  vocab: Vocabulary,
) {
  return {
    id: c.connection.id,
    need: presentPost(c.need, vocab),
    offer: presentPost(c.offer, vocab),
    requestedSide: c.connection.requestedSide,
    status: c.connection.status,
    isPublic: c.connection.isPublic,
    publicSummary: c.connection.publicSummary,
    contacts: c.contacts,
    events: c.events.map((e) => ({ action: e.action, note: e.note ?? null, at: e.createdAt })),
    createdAt: c.connection.createdAt,
    updatedAt: c.connection.updatedAt,
  };
}
