// Helpers for this service's integration specs only (never imported by the service itself).
import { randomUUID } from 'node:crypto';
import type { PlatformRole } from '@csirt/auth';
import type { Tlp } from '@csirt/contracts';
import { bearer, graphql, startTestSubgraph } from '@csirt/testing';
import type { TeamsContext } from './context';
import { teamsSubgraph } from './subgraph';

export const TEST_DATABASE = 'csirt_test_teams';

/** The subgraph without its Kafka consumer: for specs that do not feed it events. */
export function startTeamsWithoutConsumer() {
  return startTestSubgraph<TeamsContext>({ ...teamsSubgraph, consumes: undefined }, TEST_DATABASE);
}

/**
 * The whole subgraph, consuming as its own group: a teams process started by a developer
 * or the gateway e2e stack (other groups) cannot take this run's events away; its name fits
 * the teams principal's group ACL (csirt-teams.*). The group is
 * fixed, not random, so a run resumes where the last one stopped instead of replaying the
 * whole incidents topic.
 */
export function startTeams() {
  return startTestSubgraph<TeamsContext>(teamsSubgraph, TEST_DATABASE, { consumerGroup: 'csirt-teams.test' });
}

/** A region name no other test uses, so queries by region see only this test's people. */
export function uniqueRegion(): string {
  return `R${randomUUID().slice(0, 8).toUpperCase()}`;
}

export const admin = () => bearer(['TEAM_ADMIN'], { subject: 'admin-1' });
export const reader = () => bearer(['ANALYST'], { subject: 'analyst-1' });
export const officer = (personId?: string, clearance: Tlp = 'AMBER_STRICT') =>
  bearer(['SECURITY_OFFICER'], { subject: `officer-${personId ?? 'x'}`, personId, clearance });
export const as = (roles: PlatformRole[], extra: Parameters<typeof bearer>[1] = {}) => bearer(roles, extra);

export const PERSON_FIELDS =
  'id name email region roles skills onCall active hasSecurityResponsibilities createdAt updatedAt';

export interface PersonSeed {
  name?: string;
  email?: string;
  region?: string | null;
  roles: string[];
  skills?: string[];
  onCall?: boolean;
  active?: boolean;
}

/** Creates a person through the API (as TEAM_ADMIN) and returns it. */
export async function seedPerson(
  url: string,
  seed: PersonSeed,
): Promise<{ id: string; email: string; [key: string]: unknown }> {
  const res = await graphql(
    url,
    `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS} } }`,
    {
      input: {
        name: seed.name ?? 'Test Person',
        email: seed.email ?? `p-${randomUUID()}@example.org`,
        region: seed.region ?? null,
        roles: seed.roles,
        skills: seed.skills ?? [],
        onCall: seed.onCall ?? false,
        active: seed.active ?? true,
      },
    },
    await admin(),
  );
  if (res.errors) throw new Error(`seedPerson failed: ${JSON.stringify(res.errors)}`);
  return res.data.createPerson;
}
