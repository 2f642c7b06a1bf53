// Test helpers of this service (imported by specs only).
import { randomUUID } from 'node:crypto';
import type { EventContract, EventData, Tlp } from '@csirt/contracts';
import type { PlatformRole } from '@csirt/auth';
import type { SubgraphService } from '@csirt/service';
import { bearer, graphql } from '@csirt/testing';
import type { Producer } from 'kafkajs';
import type { IncidentsContext } from '../context';
import { applyEscalatedReport, type EscalatedReport } from '../incidents/escalated-report';
import { incidentsSubgraph } from '../subgraph';

/** The subgraph without its Kafka consumer: for suites that do not test event consumption, so they do not join (and rebalance) the consumer group. */
export const incidentsWithoutConsumer = { ...incidentsSubgraph, consumes: undefined };

export type Service = SubgraphService<IncidentsContext>;

/** A ReportEscalatedV1 payload with fresh ids; override what the test cares about. */
export function escalation(overrides: Partial<EscalatedReport> = {}): EscalatedReport {
  const reportId = randomUUID();
  const now = new Date().toISOString();
  return {
    reportId,
    reference: `RPT-2026-${reportId.slice(0, 5)}`,
    incidentId: null,
    title: 'Phishing campaign against the finance department',
    description: 'Several employees received credential-harvesting mails.',
    classification: { rsitClass: 'fraud', rsitType: 'phishing' },
    severity: 2,
    priority: 'P2',
    cia: { confidentiality: true, integrity: false, availability: false },
    tlp: 'GREEN',
    constituencyId: `const-${randomUUID()}`,
    region: 'EMEA',
    observables: [{ type: 'DOMAIN', value: 'evil.example' }],
    affectedAssets: ['mail.example.org'],
    receivedAt: now,
    occurredAt: null,
    escalatedBy: 'analyst-1',
    escalatedAt: now,
    reason: null,
    ...overrides,
  };
}

/** Opens an incident through the same use case the event handler runs (without Kafka). */
export async function openIncident(
  service: Service,
  overrides: Partial<EscalatedReport> = {},
): Promise<string> {
  const deps = service.dependencies;
  const result = await deps.transaction((manager) =>
    applyEscalatedReport(manager, deps.outbox, escalation(overrides), randomUUID()),
  );
  if (!result.incidentId) throw new Error(`escalation was ${result.outcome}`);
  return result.incidentId;
}

/** An envelope as another service would publish it. */
export function envelope<C extends EventContract>(
  contract: C,
  subject: string,
  data: EventData<C>,
  tlp: Tlp = 'GREEN',
) {
  return {
    id: randomUUID(),
    type: contract.type,
    version: contract.version,
    source: contract.topic.split('.')[1],
    subject,
    time: new Date().toISOString(),
    tlp,
    data,
  };
}

export async function publish(
  producer: Producer,
  contract: EventContract,
  value: ReturnType<typeof envelope>,
): Promise<void> {
  await producer.send({
    topic: contract.topic,
    messages: [{ key: value.subject, value: JSON.stringify(value) }],
  });
}

export const MANAGER_ROLES: PlatformRole[] = ['INCIDENT_MANAGER'];

/** A caller with `roles`, cleared for everything but RED unless said otherwise. */
export function as(
  roles: PlatformRole[],
  extra: { subject?: string; clearance?: Tlp; personId?: string } = {},
) {
  return bearer(roles, { clearance: 'AMBER_STRICT', ...extra });
}

/** Runs an operation and fails the test on any GraphQL error. */
export async function ok<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  auth: string,
): Promise<T> {
  const res = await graphql<T>(url, query, variables, auth);
  if (res.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

export const INCIDENT_FIELDS = `
  id reference title summary severity priority tlp pap status constituencyId region
  classification { rsitClass rsitType }
  cia { confidentiality integrity availability }
  reports { id } affectedAssets observables { type value }
  estimatedLoss { amount currency } complexity effortHours resolution lessonsLearned
  openedAt acknowledgedAt containmentAt eradicationAt recoveryAt postIncidentAt closedAt
  timeline { kind actor phase message }
`;
