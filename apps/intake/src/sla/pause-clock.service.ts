import type { Principal } from '@csirt/auth';
import type { EntityManager } from 'typeorm';
import { lockReport } from '../reports/report-decisions';
import { validateReason } from '../reports/report-input';
import type { Report } from '../reports/report.entity';
import { pauseTriageClock, resumeTriageClock } from './report-clock';

/** Waiting on the constituent: the report's triage clock stops counting, with the reason kept. */
export async function pauseReportClock(
  manager: EntityManager,
  command: { id: string; reason: string; caller: Principal; at: Date },
): Promise<Report> {
  const reason = validateReason(command.reason, true) as string;
  const report = await lockReport(manager, command.id, command.caller);
  await pauseTriageClock(manager, report.id, reason, command.caller.subject, command.at);
  return report;
}

/** The constituent answered: the clock runs again for the time it had left. */
export async function resumeReportClock(manager: EntityManager, command: { id: string; caller: Principal; at: Date }): Promise<Report> {
  const report = await lockReport(manager, command.id, command.caller);
  await resumeTriageClock(manager, report.id, command.caller.subject, command.at);
  return report;
}
