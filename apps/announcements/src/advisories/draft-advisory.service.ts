import { randomUUID } from 'node:crypto';
import { canRead, type Principal } from '@csirt/auth';
import { SeveritySchema, TlpSchema, type Tlp } from '@csirt/contracts';
import { parseInput } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { Advisory, type AdvisoryKind } from './advisory.entity';
import { AdvisoryErrors } from './advisory.errors';
import { AdvisoryRepository } from './advisory.repository';

export interface DraftAdvisoryCommand {
  kind: AdvisoryKind;
  title: string;
  summary: string;
  severity: number;
  tlp: Tlp;
  incidentId?: string | null;
  createdBy: string;
  /** The person drafting, when a person is; they may not label a draft beyond their own clearance. */
  drafter?: Principal;
  /** Set when an event, not a person, asked for the draft. */
  sourceEventId?: string;
}

const DraftSchema = z.object({
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().min(1).max(10_000),
  severity: SeveritySchema,
  tlp: TlpSchema,
  incidentId: z.uuid().nullish(),
});

/** Creates a DRAFT advisory. Nothing leaves the service until it is published. */
export async function draftAdvisory(manager: EntityManager, command: DraftAdvisoryCommand): Promise<Advisory> {
  const fields = parseInput(DraftSchema, command, AdvisoryErrors.invalidInput);
  // A draft its author could not read would be one nobody may publish or withdraw.
  if (command.drafter && !canRead(command.drafter, fields.tlp)) throw AdvisoryErrors.tlpNotCleared(fields.tlp);
  const repository = new AdvisoryRepository(manager);
  const now = new Date();
  const advisory = manager.create(Advisory, {
    id: randomUUID(),
    reference: await repository.nextReference(now),
    kind: command.kind,
    status: 'DRAFT',
    ...fields,
    incidentId: fields.incidentId ?? null,
    sourceEventId: command.sourceEventId ?? null,
    createdBy: command.createdBy,
    createdAt: now,
    publishedAt: null,
    publishedBy: null,
    withdrawnReason: null,
  });
  return manager.save(advisory);
}
