import type { Outbox } from '@csirt/messaging';
import { isUuid, parseInput } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { UpdateConstituencyInput } from '../generated/resolvers-types';
import { announceConstituencyChanged } from './constituency-changed';
import { Constituency } from './constituency.entity';
import { ConstituencyErrors } from './constituency.errors';
import { assertNameFree, BoundariesSchema, ConstituencyNameSchema } from './create-constituency.service';

/** The generated UpdateConstituencyInput, with the constituency's id. */
export type UpdateConstituencyCommand = UpdateConstituencyInput & { id: string; traceparent?: string };

const UpdateSchema = z.object({ name: ConstituencyNameSchema.nullish(), boundaries: BoundariesSchema.nullish() });

/**
 * Renames a constituency or replaces its boundaries (a region added or dropped), and tells
 * other services, whose read models (intake's, announcements') follow the newest description.
 */
export async function updateConstituency(
  manager: EntityManager,
  outbox: Outbox,
  command: UpdateConstituencyCommand,
): Promise<Constituency> {
  const input = parseInput(UpdateSchema, command, ConstituencyErrors.invalidInput);
  const constituency = isUuid(command.id)
    ? await manager.findOne(Constituency, { where: { id: command.id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!constituency) throw ConstituencyErrors.notFound(command.id);
  if (input.name && input.name !== constituency.name) {
    await assertNameFree(manager, input.name, constituency.id);
    constituency.name = input.name;
  }
  if (input.boundaries) Object.assign(constituency, input.boundaries);
  constituency.updatedAt = new Date();
  await manager.save(constituency);
  await announceConstituencyChanged(manager, outbox, constituency, command.traceparent);
  return constituency;
}
