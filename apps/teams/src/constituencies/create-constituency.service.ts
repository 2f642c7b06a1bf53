import { randomUUID } from 'node:crypto';
import type { Outbox } from '@csirt/messaging';
import { parseInput } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { Team } from '../teams/team.entity';
import { TeamErrors } from '../teams/team.errors';
import { Constituency, type ConstituencyKind } from './constituency.entity';
import { announceConstituencyChanged } from './constituency-changed';
import { ConstituencyErrors } from './constituency.errors';

export interface CreateConstituencyCommand {
  name: string;
  kind: ConstituencyKind;
  boundaries: {
    geography?: readonly string[] | null;
    networkProviders?: readonly string[] | null;
    organisations?: readonly string[] | null;
  };
  teamId?: string | null;
  service: {
    objective: string;
    availability: string;
    targets: {
      triageMinutes: number;
      acknowledgeMinutes: number;
      containMinutes: number;
      recoverMinutes: number;
    };
    priorities?: readonly string[] | null;
  };
  createdBy: string;
  traceparent?: string;
}

const YEAR_IN_MINUTES = 525_600;
const entries = (max: number) =>
  z
    .array(z.string().trim().min(1).max(200))
    .max(max)
    .nullish()
    .transform((list) => [...new Set(list ?? [])]);
const minutes = z.number().int().min(1).max(YEAR_IN_MINUTES);

/** A constituency's name (unique, compared case-insensitively). */
export const ConstituencyNameSchema = z.string().trim().min(1).max(200);
/** What bounds a constituency: at least one entry in all. */
export const BoundariesSchema = z
  .object({ geography: entries(100), networkProviders: entries(100), organisations: entries(100) })
  .refine((b) => b.geography.length + b.networkProviders.length + b.organisations.length > 0, {
    message: 'a constituency needs at least one boundary (geography, network provider or organisation)',
  });

const CreateConstituencySchema = z.object({
  name: ConstituencyNameSchema,
  kind: z.enum(['EMPLOYEES', 'CUSTOMERS', 'PARTNERS', 'REGION', 'NETWORK']),
  boundaries: BoundariesSchema,
  teamId: z.uuid().nullish(),
  service: z.object({
    objective: z.string().trim().min(3).max(2_000),
    availability: z.string().trim().min(1).max(200),
    targets: z
      .object({
        triageMinutes: minutes,
        acknowledgeMinutes: minutes,
        containMinutes: minutes,
        recoverMinutes: minutes,
      })
      .refine(
        (t) =>
          t.triageMinutes <= t.acknowledgeMinutes &&
          t.acknowledgeMinutes <= t.containMinutes &&
          t.containMinutes <= t.recoverMinutes,
        {
          message: 'target times must run triage <= acknowledge <= contain <= recover',
        },
      ),
    priorities: entries(20),
  }),
});

/**
 * Records a constituency with its boundaries, serving team and service description, and
 * tells other services (ConstituencyChangedV1, labelled TLP:AMBER like the rest of the
 * directory) so response times can be measured against its SLA.
 */
export async function createConstituency(
  manager: EntityManager,
  outbox: Outbox,
  command: CreateConstituencyCommand,
): Promise<Constituency> {
  const input = parseInput(CreateConstituencySchema, command, ConstituencyErrors.invalidInput);
  if (input.teamId) {
    const team = await manager.findOne(Team, { where: { id: input.teamId } });
    if (!team) throw TeamErrors.notFound(input.teamId);
    if (team.kind === 'VCSIRT')
      throw ConstituencyErrors.invalidInput(
        'teamId',
        'a constituency is served by a standing team, not a VCSIRT',
      );
  }
  await assertNameFree(manager, input.name);
  const now = new Date();
  const constituency = manager.create(Constituency, {
    id: randomUUID(),
    name: input.name,
    kind: input.kind,
    geography: input.boundaries.geography,
    networkProviders: input.boundaries.networkProviders,
    organisations: input.boundaries.organisations,
    teamId: input.teamId ?? null,
    service: input.service,
    createdBy: command.createdBy,
    createdAt: now,
    updatedAt: now,
  });
  await manager.insert(Constituency, constituency);
  await announceConstituencyChanged(manager, outbox, constituency, command.traceparent);
  return constituency;
}

/** Names are unique, whatever their case; `except` is the constituency being renamed. */
export async function assertNameFree(manager: EntityManager, name: string, except?: string): Promise<void> {
  const clash = await manager
    .createQueryBuilder(Constituency, 'c')
    .where('lower(c.name) = lower(:name)', { name })
    .andWhere(except ? 'c.id <> :except' : 'TRUE', { except })
    .getExists();
  if (clash) throw ConstituencyErrors.nameTaken(name);
}
