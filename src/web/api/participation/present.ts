import type { Body, Meeting, Participation } from '../../../domain/participation/participation.ts';
import type { Vocabulary } from '../../../domain/vocabulary/vocabulary.ts';

const iso3 = (vocab: Vocabulary, m49: string | undefined) => (m49 ? (vocab.countryByM49.get(m49)?.iso3 ?? m49) : null);

/** A body as the API shows it. */
export function presentBody(b: Body) {
  return { code: b.code, name: b.name, acronym: b.acronym ?? null, kind: b.kind, url: b.url ?? null, isSample: b.isSample };
}

/** A meeting, its body and host country by code. */
export function presentMeeting(m: Meeting, bodies: Map<string, Body>, vocab: Vocabulary) {
  return { body: bodies.get(m.bodyId)?.code ?? m.bodyId, code: m.code, title: m.title, startDate: m.startDate, endDate: m.endDate, city: m.city ?? null, country: iso3(vocab, m.country), online: m.online, isSample: m.isSample };
}

/** A participation row with its body and meeting by code and its country in ISO alpha-3. */
export function presentParticipation(p: Participation, meetings: Map<string, Meeting>, bodies: Map<string, Body>, vocab: Vocabulary) {
  const m = meetings.get(p.meetingId);
  return {
    id: p.id,
    body: m ? (bodies.get(m.bodyId)?.code ?? m.bodyId) : null,
    meeting: m?.code ?? p.meetingId,
    meetingStart: m?.startDate ?? null,
    country: iso3(vocab, p.country),
    organisation: p.organisation,
    stakeholderType: p.stakeholderType,
    role: p.role,
    contributions: p.contributions,
    isSample: p.isSample,
  };
}
