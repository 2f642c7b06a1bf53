import type { Principal } from '@csirt/auth';
import { isUuid } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { assertNotClosed, lockReadableIncident } from '../incidents/incident-access';
import type { Incident } from '../incidents/incident.entity';
import { isIncidentNotFound } from '../incidents/incident.errors';
import type { Task } from './task.entity';
import { TaskErrors } from './task.errors';
import { TaskRepository } from './task.repository';

/**
 * A task about to change, with its incident: the incident locked first, then the task (the
 * lock order of every incident change). A task of an incident the caller may not read is
 * answered as not found; one of a closed incident is refused.
 */
export async function lockTaskForChange(manager: EntityManager, caller: Principal, id: string): Promise<{ task: Task; incident: Incident }> {
  const repository = new TaskRepository(manager);
  const found = isUuid(id) ? await repository.findById(id) : null;
  if (!found) throw TaskErrors.notFound(id);
  const incident = await lockReadableIncident(manager, caller, found.incidentId).catch((error) => {
    throw isIncidentNotFound(error) ? TaskErrors.notFound(id) : error;
  });
  assertNotClosed(incident);
  return { task: (await repository.lock(id)) as Task, incident };
}
