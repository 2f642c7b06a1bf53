import { z } from 'zod';

/**
 * The shared vocabulary of the platform: the labels every service and every partner CSIRT
 * reads the same way. Kept beside the event contracts because events carry them verbatim.
 */

/** FIRST Traffic Light Protocol 2.0, least to most restrictive. */
export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'] as const;
export type Tlp = (typeof TLP_LEVELS)[number];
export const TlpSchema = z.enum(TLP_LEVELS);

/**
 * Reads a TLP label as partners write it ("TLP:AMBER+STRICT", "amber+strict", "WHITE").
 * TLP 1.0's WHITE is accepted on import only, as an alias of CLEAR; nothing is ever
 * emitted as WHITE. Returns undefined for anything that is not a TLP 2.0 label.
 */
export function parseTlp(label: string): Tlp | undefined {
  const normalised = label
    .trim()
    .toUpperCase()
    .replace(/^TLP:/, '')
    .replace('+', '_')
    .replace('-', '_');
  if (normalised === 'WHITE') return 'CLEAR';
  return (TLP_LEVELS as readonly string[]).includes(normalised) ? (normalised as Tlp) : undefined;
}

/** Rank of a TLP label: a higher rank is more restrictive. */
export function tlpRank(tlp: Tlp): number {
  return TLP_LEVELS.indexOf(tlp);
}

/** The TLP 2.0 label as written on the wire to humans, e.g. `TLP:AMBER+STRICT`. */
export function formatTlp(tlp: Tlp): string {
  return `TLP:${tlp.replace('_', '+')}`;
}

/** FIRST Permissible Actions Protocol: how actively indicators may be used. */
export const PAP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'RED'] as const;
export type Pap = (typeof PAP_LEVELS)[number];
export const PapSchema = z.enum(PAP_LEVELS);

/**
 * Authority of a team over its constituency (see DOMAIN.md "Authority"): FULL acts on the
 * constituency's behalf; SHARED acts with its contact's consent; NONE only advises; INDIRECT
 * presses the constituency's management to act.
 */
export const AUTHORITY_LEVELS = ['FULL', 'SHARED', 'NONE', 'INDIRECT'] as const;
export type Authority = (typeof AUTHORITY_LEVELS)[number];
export const AuthoritySchema = z.enum(AUTHORITY_LEVELS);

/**
 * A free-text reason given for a decision (rejecting or merging a report, linking or merging
 * incidents, lowering a label, overriding a rule): long enough to mean something, short
 * enough to be read. Events carry reasons, so every service holds them to the same length.
 */
export const REASON_LENGTH = { min: 3, max: 2_000 } as const;
export const ReasonSchema = z.string().trim().min(REASON_LENGTH.min).max(REASON_LENGTH.max);

/**
 * The five kinds of announcement a CSIRT publishes: threat alert, vulnerability advisory,
 * incident notification, technology watch, education/FAQ. One list for the authoring
 * schema, its events and the CSAF documents partners receive.
 */
export const ANNOUNCEMENT_KINDS = [
  'THREAT_ALERT',
  'VULNERABILITY_ADVISORY',
  'INCIDENT_NOTIFICATION',
  'TECHNOLOGY_WATCH',
  'EDUCATION',
] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];
export const AnnouncementKindSchema = z.enum(ANNOUNCEMENT_KINDS);

/** Severity 1 low, 2 medium, 3 high, 4 critical. */
export const SeveritySchema = z.number().int().min(1).max(4);
export type Severity = 1 | 2 | 3 | 4;

/** Which of confidentiality, integrity and availability an event compromises or threatens. */
export const CiaImpactSchema = z.object({
  confidentiality: z.boolean(),
  integrity: z.boolean(),
  availability: z.boolean(),
});
export type CiaImpact = z.infer<typeof CiaImpactSchema>;

/** Reference Security Incident Taxonomy (RSIT): classes and the types within each. */
export const RSIT = {
  'abusive-content': ['spam', 'harmful-speech', 'violence'],
  'malicious-code': ['infected-system', 'c2-server', 'malware-distribution', 'malware-configuration'],
  'information-gathering': ['scanner', 'sniffing', 'social-engineering'],
  'intrusion-attempts': ['ids-alert', 'brute-force', 'exploit'],
  intrusions: ['privileged-account-compromise', 'unprivileged-account-compromise', 'application-compromise', 'system-compromise', 'burglary'],
  availability: ['dos', 'ddos', 'misconfiguration', 'sabotage', 'outage'],
  'information-content-security': ['unauthorised-information-access', 'unauthorised-information-modification', 'data-loss', 'data-leak'],
  fraud: ['unauthorised-use-of-resources', 'copyright', 'masquerade', 'phishing'],
  vulnerable: ['weak-crypto', 'ddos-amplifier', 'potentially-unwanted-accessible', 'information-disclosure', 'vulnerable-system'],
  other: ['other', 'undetermined'],
  test: ['test'],
} as const satisfies Record<string, readonly string[]>;
export type RsitClass = keyof typeof RSIT;

export const ClassificationSchema = z
  .object({ rsitClass: z.string(), rsitType: z.string() })
  .refine((c) => isRsitClassification(c.rsitClass, c.rsitType), {
    message: 'not an RSIT class and type',
  });
export type Classification = { rsitClass: string; rsitType: string };

export function isRsitClassification(rsitClass: string, rsitType: string): boolean {
  const types = (RSIT as Record<string, readonly string[]>)[rsitClass];
  return types !== undefined && types.includes(rsitType);
}

/** Observable (indicator) kinds the platform validates and normalises. */
export const OBSERVABLE_TYPES = [
  'IPV4',
  'IPV6',
  'DOMAIN',
  'URL',
  'EMAIL',
  'MD5',
  'SHA1',
  'SHA256',
  'CVE',
  'ASN',
  'HOSTNAME',
] as const;
export type ObservableType = (typeof OBSERVABLE_TYPES)[number];
export const ObservableSchema = z.object({ type: z.enum(OBSERVABLE_TYPES), value: z.string().min(1).max(2048) });
export type Observable = z.infer<typeof ObservableSchema>;
