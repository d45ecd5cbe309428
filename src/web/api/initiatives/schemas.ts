import { Type } from '@sinclair/typebox';
import { INITIATIVE_KINDS, INITIATIVE_STATUSES } from '../../../domain/initiative/initiative.ts';
import { WORKFLOW_ACTIONS } from '../../../domain/review/workflow.ts';
import { FRESHNESS } from '../../../domain/review/freshness.ts';
import { union as literals } from '../../../domain/initiative/initiative-input.ts';


/** Filters of GET /api/v1/initiatives (codes of the standards, never names). */
export const InitiativeListQuery = Type.Object(
  {
    sdg: Type.Optional(Type.Integer({ minimum: 1, maximum: 17, description: 'SDG goal number' })),
    target: Type.Optional(Type.String({ pattern: '^\\d{1,2}\\.[0-9a-z]{1,2}$', description: 'SDG target code, e.g. 9.c' })),
    technology: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,60}$', description: 'technology slug' })),
    wsis: Type.Optional(Type.String({ pattern: '^C\\d{1,2}(\\.[a-z-]+)?$', description: 'WSIS action line, e.g. C7 or C7.e-health' })),
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3' })),
    group: Type.Optional(Type.String({ pattern: '^[A-Z]{3,4}$', description: 'LDC, LLDC, SIDS or EIT' })),
    region: Type.Optional(Type.String({ pattern: '^(\\d{3}|[A-Z]{3})$', description: 'M49 region code (e.g. 002) or ITU region (AFR, AMS, ARB, ASP, CIS, EUR)' })),
    status: Type.Optional(literals(INITIATIVE_STATUSES)),
    kind: Type.Optional(literals(INITIATIVE_KINDS)),
    organisation: Type.Optional(Type.String({ maxLength: 64 })),
    freshness: Type.Optional(literals(FRESHNESS, 'published records last verified within 12 months (current), 12–24 months ago (needs-update) or longer ago (possibly-inactive)')),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export const ActionParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }), action: literals(WORKFLOW_ACTIONS) });

export const ActionBody = Type.Union([Type.Object({ comment: Type.Optional(Type.String({ maxLength: 5000 })) }, { additionalProperties: false }), Type.Null()]);
