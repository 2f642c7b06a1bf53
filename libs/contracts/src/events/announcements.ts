import { z } from 'zod';
import { defineEvent } from '../define-event';
import { TOPICS } from '../topics';
import { SeveritySchema, TlpSchema } from '../vocabulary';

/**
 * Events of the announcements service on `csirt.announcements.advisories`, the topic
 * partner CSIRTs subscribe to. Nothing above TLP:AMBER is ever published here.
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

export const ANNOUNCEMENT_EVENTS = [AdvisoryPublishedV1];
