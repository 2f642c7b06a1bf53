import { randomUUID } from 'node:crypto';
import type { Principal } from '@csirt/auth';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { applyContent, EMPTY_CONTENT, parseContent, type AdvisoryContent } from './advisory-content';
import { recordStep, setIncidentLinks } from './advisory-records';
import { Advisory } from './advisory.entity';
import { AdvisoryRepository } from './advisory.repository';
import { assertKnownConstituencies } from '../constituencies/constituencies';
import { linkableIncidents } from './incident-links';

/** A new draft: the required fields, and any of the others. */
export type DraftAdvisoryInput = Pick<AdvisoryContent, 'kind' | 'title' | 'summary' | 'severity' | 'tlp'> &
  Partial<Omit<AdvisoryContent, 'audience'>> & { audience?: Partial<AdvisoryContent['audience']> | null };

export interface DraftAdvisoryCommand {
  input: DraftAdvisoryInput;
  /** Token subject, or `system:<why>` for an automatic draft. */
  createdBy: string;
  /** The person drafting, when a person is: label within their clearance, incidents they may read. */
  drafter?: Principal;
  /** Set when an event, not a person, asked for the draft. */
  sourceEventId?: string;
  traceparent?: string;
}

/** Creates a DRAFT advisory. Nothing leaves the service until it is approved and published. */
export async function draftAdvisory(manager: EntityManager, outbox: Outbox, command: DraftAdvisoryCommand): Promise<Advisory> {
  const { input } = command;
  const content = parseContent(
    { ...EMPTY_CONTENT, ...withoutNulls(input), audience: { ...EMPTY_CONTENT.audience, ...withoutNulls(input.audience ?? {}) } },
    command.drafter,
  );
  const incidentIds = command.drafter ? await linkableIncidents(manager, command.drafter, content.incidentIds) : content.incidentIds;
  await assertKnownConstituencies(manager, content.audience.constituencyIds);
  const now = new Date();
  const advisory = manager.create(Advisory, {
    id: randomUUID(),
    reference: await new AdvisoryRepository(manager).nextReference(now),
    status: 'DRAFT',
    contentVersion: 1,
    authorSubjects: [command.createdBy],
    releasedRevision: null,
    sourceEventId: command.sourceEventId ?? null,
    createdBy: command.createdBy,
    createdAt: now,
    updatedAt: null,
    publishedAt: null,
    publishedBy: null,
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawnReason: null,
  });
  applyContent(advisory, content);
  await manager.insert(Advisory, advisory);
  await setIncidentLinks(manager, advisory.id, incidentIds);
  return recordStep(manager, outbox, advisory, { action: 'DRAFTED', by: command.createdBy, traceparent: command.traceparent });
}

/** GraphQL gives null for an optional field left out: null means "not given" here. */
export function withoutNulls<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as never;
}
