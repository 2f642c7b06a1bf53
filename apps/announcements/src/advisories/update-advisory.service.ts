import type { Principal } from '@csirt/auth';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { applyContent, contentOf, parseContent, type AdvisoryContent } from './advisory-content';
import { incidentIdsOf, recordStep, setIncidentLinks, voidApprovals } from './advisory-records';
import { assertMayEdit } from './advisory-workflow';
import type { Advisory } from './advisory.entity';
import { withoutNulls } from './draft-advisory.service';
import { assertKnownConstituencies } from '../constituencies/constituencies';
import { linkableIncidents } from './incident-links';
import { lockAdvisory } from './lock-advisory';

/** The fields to change; those left out (or null) keep their value. */
export type UpdateAdvisoryInput = Partial<Omit<AdvisoryContent, 'audience'>> & { audience?: Partial<AdvisoryContent['audience']> | null };

export interface UpdateAdvisoryCommand {
  id: string;
  caller: Principal;
  input: UpdateAdvisoryInput;
  traceparent?: string;
}

/**
 * Edits an advisory in any state but WITHDRAWN, automatic drafts included. Whatever was
 * under review or approved is no longer what was approved: the advisory returns to DRAFT
 * and its standing approvals are voided (they stay on record). A published advisory keeps
 * what went out; the edit prepares its next revision.
 */
export async function updateAdvisory(manager: EntityManager, outbox: Outbox, command: UpdateAdvisoryCommand): Promise<Advisory> {
  const advisory = await lockAdvisory(manager, command.id, command.caller);
  assertMayEdit(advisory);
  const existingIncidents = (await incidentIdsOf(manager, [advisory.id])).get(advisory.id) ?? [];
  const current = contentOf(advisory, existingIncidents);
  const patch = withoutNulls(command.input);
  const content = parseContent(
    { ...current, ...patch, audience: { ...current.audience, ...withoutNulls(command.input.audience ?? {}) } },
    command.caller,
  );
  await assertKnownConstituencies(manager, content.audience.constituencyIds, current.audience.constituencyIds);
  if (patch.incidentIds) {
    await setIncidentLinks(manager, advisory.id, await linkableIncidents(manager, command.caller, content.incidentIds, existingIncidents));
  }
  const now = new Date();
  if (advisory.status !== 'DRAFT') await voidApprovals(manager, advisory.id, `content edited by ${command.caller.subject}`, now);
  applyContent(advisory, content);
  advisory.status = 'DRAFT';
  advisory.contentVersion += 1;
  advisory.authorSubjects = [...new Set([...advisory.authorSubjects, command.caller.subject])];
  advisory.updatedAt = now;
  return recordStep(manager, outbox, advisory, { action: 'EDITED', by: command.caller.subject, traceparent: command.traceparent });
}
