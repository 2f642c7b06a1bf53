import { z } from 'zod';
import { defineEvent } from '../define-event';
import { isPartnerId, TOPICS } from '../topics';
import { AuthoritySchema, TlpSchema } from '../vocabulary';

/**
 * Events of the teams and personnel service. Response-team (VCSIRT) events are keyed by
 * incident id on `csirt.teams.response-teams`; directory changes (people, partners) are
 * keyed by their id on `csirt.teams.directory`, so other services can keep small read models.
 */

const at = z.iso.datetime({ offset: true });

export const ResponseTeamProposedV1 = defineEvent({
  type: 'teams.response-team.proposed',
  version: 1,
  topic: TOPICS.teamsResponseTeams,
  schema: z.object({
    incidentId: z.uuid(),
    proposalId: z.uuid(),
    region: z.string().nullable(),
    candidates: z.array(z.object({ personId: z.uuid(), role: z.string(), why: z.string() })),
    proposedAt: at,
  }),
});

export const ResponseTeamFormedV1 = defineEvent({
  type: 'teams.response-team.formed',
  version: 1,
  topic: TOPICS.teamsResponseTeams,
  schema: z.object({
    incidentId: z.uuid(),
    teamId: z.uuid(),
    leadPersonId: z.uuid(),
    memberIds: z.array(z.uuid()),
    formedBy: z.string(),
    formedAt: at,
  }),
});

/**
 * An incident's virtual CSIRT was formed. v2 adds the team's `authority` over the incident's
 * constituency (chosen when forming it, SHARED by default): the incidents service decides
 * from it which tasks may be carried out directly, need the constituency's consent, are
 * raised with its management, or may only be recommendations. Teams publishes v2 only; v1
 * stays parseable for events still on the topic.
 */
export const ResponseTeamFormedV2 = defineEvent({
  type: 'teams.response-team.formed',
  version: 2,
  topic: TOPICS.teamsResponseTeams,
  schema: ResponseTeamFormedV1.schema.extend({ authority: AuthoritySchema }),
});

export const ResponseTeamMemberAddedV1 = defineEvent({
  type: 'teams.response-team.member-added',
  version: 1,
  topic: TOPICS.teamsResponseTeams,
  schema: z.object({
    incidentId: z.uuid(),
    teamId: z.uuid(),
    personId: z.uuid(),
    role: z.string(),
    reason: z.string().nullable(),
    addedBy: z.string(),
    addedAt: at,
  }),
});

export const ResponseTeamMemberRemovedV1 = defineEvent({
  type: 'teams.response-team.member-removed',
  version: 1,
  topic: TOPICS.teamsResponseTeams,
  schema: z.object({
    incidentId: z.uuid(),
    teamId: z.uuid(),
    personId: z.uuid(),
    reason: z.string().nullable(),
    removedBy: z.string(),
    removedAt: at,
  }),
});

export const PersonChangedV1 = defineEvent({
  type: 'teams.person.changed',
  version: 1,
  topic: TOPICS.teamsDirectory,
  schema: z.object({
    personId: z.uuid(),
    name: z.string(),
    email: z.string(),
    region: z.string().nullable(),
    roles: z.array(z.string()),
    active: z.boolean(),
    changedAt: at,
  }),
});

export const PartnerChangedV1 = defineEvent({
  type: 'teams.partner.changed',
  version: 1,
  topic: TOPICS.teamsDirectory,
  schema: z.object({
    partnerId: z.uuid(),
    name: z.string(),
    country: z.string(),
    active: z.boolean(),
    /** Highest TLP label the partner may receive under its information-exchange agreement. */
    tlpCeiling: TlpSchema,
    permittedActions: z.array(z.string()),
    attribution: z.enum(['MUST', 'MAY', 'MUST_NOT']),
    changedAt: at,
  }),
});

/**
 * A partner CSIRT was registered, or its agreement or status changed. v2 carries the
 * partner's `code` (its id outside the platform: Kafka principal `partner-<code>`, topics
 * `csirt.partner.<code>.*`, the `partner_id` claim of its tokens) and the whole
 * information-exchange agreement, so announcements can decide per partner what it may
 * receive and on which terms. Named recipients are counted, never listed: their e-mail
 * addresses stay in teams. `agreement.version` grows with every change; a read model keeps
 * the highest it has seen, so a late, older event changes nothing. Keyed by partner id.
 */
export const PartnerChangedV2 = defineEvent({
  type: 'teams.partner.changed',
  version: 2,
  topic: TOPICS.teamsDirectory,
  schema: z.object({
    partnerId: z.uuid(),
    code: z.string().refine(isPartnerId, 'a partner code: lower-case letters, digits and dashes'),
    name: z.string(),
    country: z.string(),
    active: z.boolean(),
    agreement: z.object({
      /** Highest TLP label the partner may receive. */
      tlpCeiling: TlpSchema,
      namedRecipientCount: z.number().int().min(0),
      permittedActions: z.array(z.string()),
      disclosure: z.enum(['MAY_DISCLOSE', 'AFTER_EMBARGO', 'WITH_SOURCE_CONSENT', 'MUST_NOT_DISCLOSE']),
      /** Set exactly when disclosure is AFTER_EMBARGO. */
      embargoDays: z.number().int().positive().nullable(),
      /** Whether the source must, may or must not be credited in what the partner receives. */
      attribution: z.enum(['MUST', 'MAY', 'MUST_NOT']),
      version: z.number().int().positive(),
      agreedAt: at,
    }),
    changedAt: at,
  }),
});

/**
 * A constituency was recorded (or, later, changed): who serves it, what bounds it and its
 * service-level targets, so the incidents service can measure response times against the
 * constituency's SLA. Keyed by constituency id on `csirt.teams.directory`.
 */
export const ConstituencyChangedV1 = defineEvent({
  type: 'teams.constituency.changed',
  version: 1,
  topic: TOPICS.teamsDirectory,
  schema: z.object({
    constituencyId: z.uuid(),
    name: z.string(),
    kind: z.enum(['EMPLOYEES', 'CUSTOMERS', 'PARTNERS', 'REGION', 'NETWORK']),
    /** The standing team serving it. */
    teamId: z.uuid().nullable(),
    geography: z.array(z.string()),
    networkProviders: z.array(z.string()),
    organisations: z.array(z.string()),
    /** Target times, in minutes from the report. */
    targets: z.object({
      triageMinutes: z.number().int().positive(),
      acknowledgeMinutes: z.number().int().positive(),
      containMinutes: z.number().int().positive(),
      recoverMinutes: z.number().int().positive(),
    }),
    changedAt: at,
  }),
});

export const TEAMS_EVENTS = [
  ResponseTeamProposedV1,
  ResponseTeamFormedV1,
  ResponseTeamFormedV2,
  ResponseTeamMemberAddedV1,
  ResponseTeamMemberRemovedV1,
  PersonChangedV1,
  // v1 stays parseable for events still on the topic; teams publishes v2 only.
  PartnerChangedV1,
  PartnerChangedV2,
  ConstituencyChangedV1,
];
