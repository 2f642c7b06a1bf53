import type { Principal } from '@csirt/auth';
import { InvalidObservableError, normaliseObservable, type ObservableType } from '@csirt/contracts';
import { decodeCursor, isUuid, MAX_TEXT_FILTER_LENGTH, pageSize, toConnection, type Connection } from '@csirt/service';
import type { Incident } from './incident.entity';
import { IncidentErrors } from './incident.errors';
import type { IncidentListFilter, IncidentRepository } from './incident.repository';

export interface ListIncidentsQuery {
  filter?: (Omit<IncidentListFilter, 'observable'> & { observable?: { type: ObservableType; value: string } | null }) | null;
  first?: number | null;
  after?: string | null;
}

/** A page of the incidents `caller` may read, newest opened first (keyset on opened_at, id). */
export async function listIncidents(
  repository: IncidentRepository,
  caller: Principal,
  query: ListIncidentsQuery,
): Promise<Connection<Incident>> {
  const size = pageSize(query.first);
  const filter = query.filter ?? {};
  if (filter.severity?.some((s) => !Number.isInteger(s) || s < 1 || s > 4)) {
    throw IncidentErrors.invalidInput('severity', 'severity must be between 1 and 4');
  }
  const text = filter.text?.trim() ?? null;
  // Trigram search needs three characters to use its index.
  if (text !== null && (text.length < 3 || text.length > MAX_TEXT_FILTER_LENGTH)) {
    throw IncidentErrors.invalidInput('text', `text must be 3 to ${MAX_TEXT_FILTER_LENGTH} characters`);
  }
  if (filter.assigneeId != null && !isUuid(filter.assigneeId)) {
    throw IncidentErrors.invalidInput('assigneeId', 'assigneeId must be a person id');
  }
  const observable = filter.observable ? { type: filter.observable.type, value: normalised(filter.observable) } : null;
  const rows = await repository.list(caller, { ...filter, text, observable }, decodeCursor(query.after), size + 1);
  return toConnection(rows, size, (incident) => ({ at: incident.openedAt, id: incident.id }));
}

/** The filter's indicator in the form incidents store it, or INCIDENT.INVALID_INPUT. */
function normalised(observable: { type: ObservableType; value: string }): string {
  try {
    return normaliseObservable(observable.type, observable.value);
  } catch (error) {
    if (error instanceof InvalidObservableError) throw IncidentErrors.invalidInput('observable', error.message);
    throw error;
  }
}
