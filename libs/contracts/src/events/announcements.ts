import { z } from 'zod';
import { defineEvent } from '../define-event';
import { TOPICS } from '../topics';
import { AnnouncementKindSchema, SeveritySchema, TlpSchema } from '../vocabulary';

/**
 * Events of the announcements service on `csirt.announcements.advisories`. Partners no
 * longer read this topic (they receive signed CSAF documents on their own topics); it
 * carries the service's own workflow for the platform. Nothing above the topic's TLP
 * ceiling is written here.
 */

/**
 * No longer emitted: its `kind` still says THREAT_ADVISORY, which became THREAT_ALERT.
 * Kept so that events already on the topic still parse. See AdvisoryWorkflowChangedV1.
 */
export const AdvisoryPublishedV1 = defineEvent({
  type: 'announcements.advisory.published',
  version: 1,
  topic: TOPICS.announcements,
  schema: z.object({
    advisoryId: z.uuid(),
    reference: z.string(),
    kind: z.enum([
      'THREAT_ADVISORY',
      'VULNERABILITY_ADVISORY',
      'INCIDENT_NOTIFICATION',
      'TECHNOLOGY_WATCH',
      'EDUCATION',
    ]),
    title: z.string(),
    summary: z.string(),
    severity: SeveritySchema,
    tlp: TlpSchema,
    publishedAt: z.iso.datetime({ offset: true }),
  }),
});

/** Steps of the authoring workflow, as `AdvisoryWorkflowChangedV1.action`. */
export const ADVISORY_WORKFLOW_ACTIONS = ['DRAFTED', 'EDITED', 'SUBMITTED', 'APPROVED', 'PUBLISHED', 'REVISED', 'WITHDRAWN'] as const;
/** Where an advisory is in its workflow. */
export const ADVISORY_STATUSES = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'REVISED', 'WITHDRAWN'] as const;

/**
 * One step of an advisory's workflow: drafted, edited, submitted for review, approved (one
 * approval; `status` says whether it completed the set), published, revised, withdrawn.
 * Keyed by advisory id. `revision` is the release number for PUBLISHED, REVISED and
 * WITHDRAWN (1, 2, …), null otherwise. Ids and the headline only: the body and the
 * audience travel to partners through delivery, not here.
 */
export const AdvisoryWorkflowChangedV1 = defineEvent({
  type: 'announcements.advisory.workflow-changed',
  version: 1,
  topic: TOPICS.announcements,
  schema: z.object({
    advisoryId: z.uuid(),
    reference: z.string(),
    action: z.enum(ADVISORY_WORKFLOW_ACTIONS),
    status: z.enum(ADVISORY_STATUSES),
    kind: AnnouncementKindSchema,
    title: z.string(),
    severity: SeveritySchema,
    tlp: TlpSchema,
    /** Edits since the draft was started; approvals are for one content version. */
    contentVersion: z.number().int().positive(),
    revision: z.number().int().positive().nullable(),
    /** Who did it: a token subject, or `system:<why>` for automatic drafts. */
    by: z.string(),
    at: z.iso.datetime({ offset: true }),
  }),
});

export const ANNOUNCEMENT_EVENTS = [AdvisoryPublishedV1, AdvisoryWorkflowChangedV1];
