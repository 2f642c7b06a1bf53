import { ConstituencyChangedV1, TOPICS } from '@csirt/contracts';
import type { TimerHandler } from '@csirt/db';
import { on, type HandlerRegistration } from '@csirt/messaging';
import type { ServiceDeps } from '@csirt/service';
import { constituencyChanged } from './constituencies';
import { TRIAGE_TIMER, triageBreachHandler } from './report-clock';

/** The directory topic: constituencies and their targets (people and partners are ignored here). */
export const slaTopics = [TOPICS.teamsDirectory];

export function slaEventHandlers(): HandlerRegistration[] {
  return [on(ConstituencyChangedV1, (event, manager) => constituencyChanged(manager, event.data))];
}

/** Intake's durable timers, by kind. */
export function slaTimers(deps: ServiceDeps): Record<string, TimerHandler> {
  return { [TRIAGE_TIMER]: triageBreachHandler(deps.outbox) };
}
