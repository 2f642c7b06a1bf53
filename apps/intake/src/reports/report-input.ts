import {
  InvalidObservableError,
  isRsitClassification,
  normaliseObservable,
  normaliseObservables,
  parseTlp,
  REASON_LENGTH,
  type CiaImpact,
  type Classification,
  type Observable,
  type ObservableType,
  type Tlp,
} from '@csirt/contracts';
import { parseInput } from '@csirt/service';
import { z } from 'zod';
import type { SubmitReportInput } from '../generated/resolvers-types';
import { REPORT_CHANNELS, type ReportChannel } from './report.entity';
import { ReportErrors } from './report.errors';

/** What a client sends to submit a report: the generated SubmitReportInput, never a hand-written copy. */
export type SubmitReportFields = SubmitReportInput;

/** A submission that passed every check, in normal form: safe to write. */
export interface ValidSubmission {
  channel: ReportChannel;
  reporterName: string;
  reporterEmail: string | null;
  reporterOrganisation: string | null;
  constituencyId: string | null;
  receivedAt: Date;
  occurredAt: Date | null;
  title: string;
  description: string;
  affectedAssets: string[];
  observables: Observable[];
  cia: CiaImpact;
  tlp: Tlp;
  recipients: string[];
  idempotencyKey: string | null;
}

export const LIMITS = {
  title: { min: 3, max: 300 },
  description: 20_000,
  name: 200,
  organisation: 200,
  constituencyId: 100,
  assets: 100,
  asset: 500,
  observables: 500,
  recipients: 50,
  idempotencyKey: 200,
  reason: REASON_LENGTH.max,
  region: 100,
};

/** Clocks drift; a receipt time this far ahead of ours is still accepted. */
const CLOCK_SKEW_MS = 5 * 60_000;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

const SubmissionSchema = z.object({
  channel: z.enum(REPORT_CHANNELS),
  title: z.string().trim().min(LIMITS.title.min).max(LIMITS.title.max),
  description: z.string().trim().min(1).max(LIMITS.description),
  reporter: z.object({
    name: z.string().trim().min(1).max(LIMITS.name),
    email: optionalText(320),
    organisation: optionalText(LIMITS.organisation),
    constituencyId: optionalText(LIMITS.constituencyId),
  }),
  affectedAssets: z.array(z.string().trim().min(1).max(LIMITS.asset)).max(LIMITS.assets).nullish(),
  observables: z.array(z.object({ type: z.string(), value: z.string() })).max(LIMITS.observables).nullish(),
  recipients: z.array(z.string().trim().min(1).max(200)).max(LIMITS.recipients).nullish(),
  idempotencyKey: z.string().trim().min(1).max(LIMITS.idempotencyKey).nullish(),
});

/**
 * Checks and normalises a submission before anything is written: sizes, the TLP label,
 * times, and every observable for its type. The first problem found is thrown as a
 * DomainError naming the field (e.g. `observables.2.value`).
 */
export function validateSubmission(input: SubmitReportFields, now = new Date()): ValidSubmission {
  const data = parseInput(SubmissionSchema, input, ReportErrors.invalidInput);

  const tlp = input.tlp === null || input.tlp === undefined ? 'AMBER' : parseTlp(input.tlp);
  if (!tlp) throw ReportErrors.invalidTlp('tlp', String(input.tlp));

  const receivedAt = input.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw ReportErrors.invalidInput('receivedAt', 'receivedAt is in the future');
  const occurredAt = input.occurredAt ?? null;
  if (occurredAt && occurredAt.getTime() > receivedAt.getTime() + CLOCK_SKEW_MS) {
    throw ReportErrors.invalidInput('occurredAt', 'occurredAt is after receivedAt');
  }

  let email: string | null = null;
  if (data.reporter.email) {
    try {
      email = normaliseObservable('EMAIL', data.reporter.email);
    } catch {
      throw ReportErrors.invalidInput('reporter.email', 'reporter.email is not a valid e-mail address');
    }
  }

  let observables: Observable[];
  try {
    observables = normaliseObservables(input.observables ?? []);
  } catch (error) {
    if (!(error instanceof InvalidObservableError)) throw error;
    throw ReportErrors.invalidObservable(`observables.${error.index}.value`, error.type, error.message);
  }

  return {
    channel: data.channel,
    reporterName: data.reporter.name,
    reporterEmail: email,
    reporterOrganisation: data.reporter.organisation,
    constituencyId: data.reporter.constituencyId,
    receivedAt,
    occurredAt,
    title: data.title,
    description: data.description,
    affectedAssets: [...new Set(data.affectedAssets ?? [])],
    observables,
    cia: input.cia ?? { confidentiality: false, integrity: false, availability: false },
    tlp,
    recipients: [...new Set(data.recipients ?? [])],
    idempotencyKey: data.idempotencyKey ?? null,
  };
}

/** Normalises an indicator given as a list filter; an invalid one is REPORT.INVALID_OBSERVABLE. */
export function normaliseFilterObservable(field: string, observable: { type: ObservableType; value: string }): Observable {
  try {
    return { type: observable.type, value: normaliseObservable(observable.type, observable.value) };
  } catch (error) {
    if (error instanceof InvalidObservableError) throw ReportErrors.invalidObservable(field, observable.type, error.message);
    throw error;
  }
}

/** Parses an optional TLP label of a decision input (e.g. a relabel at triage). */
export function parseOptionalTlp(field: string, label: string | null | undefined): Tlp | null {
  if (label === null || label === undefined) return null;
  const tlp = parseTlp(label);
  if (!tlp) throw ReportErrors.invalidTlp(field, label);
  return tlp;
}

export function validateClassification(field: string, classification: Classification): Classification {
  const rsitClass = classification.rsitClass.trim().toLowerCase();
  const rsitType = classification.rsitType.trim().toLowerCase();
  if (!isRsitClassification(rsitClass, rsitType)) throw ReportErrors.invalidClassification(field, rsitClass, rsitType);
  return { rsitClass, rsitType };
}

/** A decision's free-text reason: trimmed, at most LIMITS.reason characters; required or not. */
/**
 * The analyst's words for the reporter (shown in Report.reporterView), optional, at most
 * LIMITS.reason characters: kept apart from `reason`, which stays internal.
 */
export function validateReporterMessage(message: string | null | undefined): string | null {
  const trimmed = message?.trim() ?? '';
  if (trimmed.length > LIMITS.reason) {
    throw ReportErrors.invalidInput('reporterMessage', `reporterMessage is longer than ${LIMITS.reason} characters`);
  }
  return trimmed.length > 0 ? trimmed : null;
}

export function validateReason(reason: string | null | undefined, required: boolean): string | null {
  const trimmed = reason?.trim() ?? '';
  if (required && trimmed.length < REASON_LENGTH.min) {
    throw ReportErrors.invalidInput('reason', `a reason of at least ${REASON_LENGTH.min} characters is required`);
  }
  if (trimmed.length > LIMITS.reason) throw ReportErrors.invalidInput('reason', `reason is longer than ${LIMITS.reason} characters`);
  return trimmed.length > 0 ? trimmed : null;
}
