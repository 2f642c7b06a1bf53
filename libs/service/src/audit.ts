import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Principal } from '@csirt/auth';
import { AUDIT_ENTRY_CONTRACTS, tlpRank, type AuditAction, type AuditEntry, type AuditSource, type Tlp } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import { Kind, type GraphQLError, type OperationDefinitionNode, type ValueNode } from 'graphql';
import type { EntityManager } from 'typeorm';
import type { BaseRequestContext, ServiceDeps } from './subgraph-service';

/**
 * The audit trail, as every service writes to it: one call records who did what to which
 * record, with which outcome, through the service's own outbox onto `csirt.<service>.audit`.
 * The teams service keeps the entries (append-only) and serves them to auditors.
 */

/** Who acted: a request's context carries all of it; a consumer acting on its own passes `null`. */
export interface AuditCaller {
  principal: Principal | null;
  requestId?: string;
}

/** What happened to which record. Ids and labels only: an entry never carries content. */
export interface AuditFact {
  action: AuditAction;
  entityType?: string | null;
  entityId?: string | null;
  entityTlp?: Tlp | null;
  outcome?: 'ALLOWED' | 'DENIED';
  /** A short code (`AMBER->RED`, `member-added`); never free text a caller wrote. */
  reason?: string | null;
}

function entryOf(caller: AuditCaller | null, fact: AuditFact): AuditEntry {
  const principal = caller?.principal ?? null;
  return {
    actor: {
      subject: principal?.subject.slice(0, 200) ?? null,
      personId: principal?.personId ?? null,
      roles: principal ? [...principal.roles] : [],
    },
    action: fact.action,
    entityType: fact.entityType ?? null,
    entityId: fact.entityId ?? null,
    entityTlp: fact.entityTlp ?? null,
    outcome: fact.outcome ?? 'ALLOWED',
    reason: fact.reason?.slice(0, 80) ?? null,
    requestId: caller?.requestId ?? null,
    at: new Date().toISOString(),
  };
}

/**
 * The label of an entry. It is its record's: the id of a RED record is RED. An entry that
 * names a record whose label is unknown (a denied attempt) is RED too, the safe guess; one
 * that names no record says only who tried which operation: AMBER.
 */
export function entryLabel(entry: Pick<AuditEntry, 'entityId' | 'entityTlp'>): Tlp {
  if (entry.entityTlp) return entry.entityTlp;
  return entry.entityId ? 'RED' : 'AMBER';
}

/**
 * Records `facts` in `manager`'s transaction: the one that makes the change, so the change
 * and its audit entry commit together or not at all. `outbox` is the service's own, which
 * names the audit topic.
 */
export async function recordAudit(manager: EntityManager, outbox: Outbox, caller: AuditCaller | null, ...facts: AuditFact[]): Promise<void> {
  const contract = AUDIT_ENTRY_CONTRACTS[outbox.source as AuditSource];
  if (!contract) throw new Error(`${outbox.source} has no audit topic`);
  for (const fact of facts) {
    const entry = entryOf(caller, fact);
    await outbox.enqueue(manager, {
      contract,
      subject: entry.entityId ?? entry.actor.subject ?? 'anonymous',
      data: entry,
      tlp: entryLabel(entry),
    });
  }
}

/**
 * Wraps a use case so that the audit entry `describe` makes of its result is written in
 * the use case's own transaction: `deps.transaction(withAudit(outbox, ctx, describe, work))`.
 */
export function withAudit<T>(
  outbox: Outbox,
  caller: AuditCaller,
  describe: (result: T) => AuditFact,
  work: (manager: EntityManager) => Promise<T>,
): (manager: EntityManager) => Promise<T> {
  return async (manager) => {
    const result = await work(manager);
    await recordAudit(manager, outbox, caller, describe(result));
    return result;
  };
}

/**
 * The audit entry of a label change. It is labelled with the stricter of the two labels:
 * a record that was RED, or now is, is known only to RED-cleared auditors.
 */
export function labelChanged(entityType: string, entityId: string, from: Tlp, to: Tlp): AuditFact {
  return {
    action: 'LABEL_CHANGED',
    entityType,
    entityId,
    entityTlp: tlpRank(from) > tlpRank(to) ? from : to,
    reason: `${from}->${to}`,
  };
}

/** What each request has already recorded as read, so a record read twice in one answer is one entry. */
const readsRecorded = new WeakMap<AuditCaller, Set<string>>();

/**
 * Records that `records` (just loaded for the caller; only the TLP:RED ones count) were
 * read, in a transaction of its own. It fails when the entry cannot be written: no RED
 * data leaves without a trace. `caller` is the request's context; within one request each
 * record is recorded once.
 */
export async function recordRedReads(
  deps: ServiceDeps,
  caller: AuditCaller,
  entityType: string,
  records: Iterable<{ id: string; tlp: Tlp } | null | undefined>,
): Promise<void> {
  const recorded = readsRecorded.get(caller) ?? new Set<string>();
  readsRecorded.set(caller, recorded);
  const facts: AuditFact[] = [];
  for (const record of records) {
    if (record?.tlp !== 'RED' || recorded.has(`${entityType}:${record.id}`)) continue;
    recorded.add(`${entityType}:${record.id}`);
    facts.push({ action: 'RED_READ', entityType, entityId: record.id, entityTlp: 'RED' });
  }
  if (facts.length === 0) return;
  await deps.transaction((manager) => recordAudit(manager, deps.outbox, caller, ...facts));
}

const DENIAL_CODES = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
/** A request that is refused a thousand times in one list is one attempt, not a flood. */
const MAX_DENIALS_PER_REQUEST = 20;

function denialCode(error: GraphQLError): string | undefined {
  if (!error.path) return undefined;
  const original = unwrapResolverError(error) as { code?: unknown } | undefined;
  const code = typeof original?.code === 'string' ? original.code : error.extensions?.code;
  return typeof code === 'string' && DENIAL_CODES.has(code) ? code : undefined;
}

const TYPE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,79}$/;
const RECORD_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** `value` when it is a string matching `shape`; null otherwise. */
function wellFormed(value: unknown, shape: RegExp): string | null {
  return typeof value === 'string' && shape.test(value) ? value : null;
}

/** The value of an argument, literal or from the variables; undefined when it is neither. */
function argumentValue(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.STRING) return node.value;
  return undefined;
}

/**
 * Which record a denied path was about: `_entities.N` names its representation's type and
 * id; a root field names its `id` argument. Anything else is recorded by field alone.
 */
function deniedRecord(
  error: GraphQLError,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown>,
): { entityType: string | null; entityId: string | null; field: string } {
  const [rootKey, index] = error.path ?? [];
  const root = operation?.selectionSet.selections.find(
    (s) => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === rootKey,
  );
  const field = root?.kind === Kind.FIELD ? root.name.value : String(rootKey);
  const args = root?.kind === Kind.FIELD ? root.arguments ?? [] : [];
  if (field === '_entities' && typeof index === 'number') {
    const representations = argumentValue(args.find((a) => a.name.value === 'representations')?.value, variables);
    const representation = Array.isArray(representations) ? (representations[index] as Record<string, unknown>) : undefined;
    return { entityType: wellFormed(representation?.__typename, TYPE_NAME), entityId: wellFormed(representation?.id, RECORD_ID), field };
  }
  const id = argumentValue(args.find((a) => a.name.value === 'id')?.value, variables);
  return { entityType: null, entityId: wellFormed(id, RECORD_ID), field };
}

/**
 * Records every FORBIDDEN or UNAUTHENTICATED a resolver or entity reference raised, in one
 * place for all of them. Each request's denials go in a small transaction of their own,
 * after the fact: a failed write is logged and never fails or changes the answer.
 *
 * The label of the record is not known here (it was not, or may not be, loaded): see
 * `entryLabel`. What the caller sent is kept only when it looks like a type name or an id,
 * so no caller can write arbitrary text into the trail.
 */
export function auditDenials(deps: ServiceDeps): ApolloServerPlugin<BaseRequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operation, request }) {
          const seen = new Set<string>();
          const facts: AuditFact[] = [];
          for (const error of errors) {
            const code = denialCode(error);
            if (!code) continue;
            const { entityType, entityId, field } = deniedRecord(error, operation, request.variables ?? {});
            const reason = `${code} ${operation?.operation ?? 'query'}.${field}`;
            const key = `${reason}|${entityType}|${entityId}`;
            if (seen.has(key) || facts.length >= MAX_DENIALS_PER_REQUEST) continue;
            seen.add(key);
            facts.push({ action: 'DENIED', outcome: 'DENIED', entityType, entityId, reason });
          }
          if (facts.length === 0) return;
          try {
            await deps.transaction((manager) => recordAudit(manager, deps.outbox, contextValue, ...facts));
          } catch (error) {
            contextValue.log.error('audit entry for a denied attempt not written', { error: (error as Error).message });
          }
        },
      };
    },
  };
}
