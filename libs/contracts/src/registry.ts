import { contractKey, type EventContract } from './define-event';
import { EnvelopeSchema, type EventEnvelope } from './envelope';
import { ANNOUNCEMENT_EVENTS } from './events/announcements';
import { AUDIT_EVENTS } from './events/audit';
import { FEEDBACK_EVENTS } from './events/feedback';
import { INCIDENT_EVENTS } from './events/incidents';
import { INTAKE_EVENTS } from './events/intake';
import { TEAMS_EVENTS } from './events/teams';

/** Every event contract the platform knows, by `type@version`. */
export const EVENT_CONTRACTS: ReadonlyMap<string, EventContract> = new Map(
  [...INTAKE_EVENTS, ...FEEDBACK_EVENTS, ...INCIDENT_EVENTS, ...TEAMS_EVENTS, ...ANNOUNCEMENT_EVENTS, ...AUDIT_EVENTS].map(
    (contract) => [contractKey(contract.type, contract.version), contract as EventContract],
  ),
);

export type ParseFailureCode = 'MALFORMED_JSON' | 'INVALID_ENVELOPE' | 'UNKNOWN_CONTRACT' | 'INVALID_PAYLOAD';

export type ParseResult =
  | { ok: true; envelope: EventEnvelope }
  | { ok: false; code: ParseFailureCode; reason: string; envelope?: Partial<EventEnvelope> };

/**
 * Reads one message value into a validated envelope. Never throws: a consumer turns a
 * failure into a dead letter with `code` and `reason`, and goes on.
 */
export function parseEvent(raw: Buffer | string | null, contracts = EVENT_CONTRACTS): ParseResult {
  if (raw === null) return { ok: false, code: 'MALFORMED_JSON', reason: 'empty message value (tombstone)' };
  let json: unknown;
  try {
    json = JSON.parse(raw.toString());
  } catch (error) {
    return { ok: false, code: 'MALFORMED_JSON', reason: `not JSON: ${(error as Error).message}` };
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    return { ok: false, code: 'INVALID_ENVELOPE', reason: summarise(envelope.error.issues) };
  }
  const contract = contracts.get(contractKey(envelope.data.type, envelope.data.version));
  if (!contract) {
    return {
      ok: false,
      code: 'UNKNOWN_CONTRACT',
      reason: `no contract for ${envelope.data.type}@${envelope.data.version}`,
      envelope: envelope.data as EventEnvelope,
    };
  }
  const data = contract.schema.safeParse(envelope.data.data);
  if (!data.success) {
    return {
      ok: false,
      code: 'INVALID_PAYLOAD',
      reason: `${contract.type}@${contract.version}: ${summarise(data.error.issues)}`,
      envelope: envelope.data as EventEnvelope,
    };
  }
  return { ok: true, envelope: { ...(envelope.data as EventEnvelope), data: data.data } };
}

function summarise(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
