import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { parseInput } from '@csirt/service';
import { normaliseRegion } from '../validation';
import { Team, type Authority, type TeamKind } from './team.entity';
import { TeamErrors } from './team.errors';

export interface CreateTeamCommand {
  name: string;
  kind: TeamKind;
  region?: string | null;
  authority: Authority;
  description?: string | null;
  createdBy: string;
}

const CreateTeamSchema = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(
    [
      'WORLDWIDE_SECURITY_TEAM',
      'GEO_SECURITY_TEAM',
      'SECURITY_ADVISORY_GROUP',
      'ENTERPRISE_CSIRT',
      'CORPORATE_SECURITY_TEAM',
    ],
    {
      message: 'a standing team cannot be a VCSIRT; form one with formResponseTeam',
    },
  ),
  region: z.string().trim().max(64).nullish().transform(normaliseRegion),
  authority: z.enum(['FULL', 'SHARED', 'NONE', 'INDIRECT']),
  description: z.string().trim().max(2_000).nullish(),
});

/** Creates a standing team; virtual CSIRTs come only from formResponseTeam. */
export async function createTeam(manager: EntityManager, command: CreateTeamCommand): Promise<Team> {
  const input = parseInput(CreateTeamSchema, command, TeamErrors.invalidInput);
  const clash = await manager
    .createQueryBuilder(Team, 't')
    .where('lower(t.name) = lower(:name) AND t.incident_id IS NULL', { name: input.name })
    .getExists();
  if (clash) throw TeamErrors.nameTaken(input.name);
  const team = manager.create(Team, {
    id: randomUUID(),
    name: input.name,
    kind: input.kind,
    region: input.region,
    authority: input.authority,
    description: input.description ?? null,
    incidentId: null,
    leadPersonId: null,
    createdBy: command.createdBy,
    createdAt: new Date(),
  });
  await manager.insert(Team, team);
  return team;
}
