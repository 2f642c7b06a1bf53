import type { CiaImpact, Classification, Observable, Severity } from '@csirt/contracts';

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
/** P1 is the most urgent. The string travels as-is in ReportTriagedV1/ReportEscalatedV1 `priority`. */
export type Priority = (typeof PRIORITIES)[number];

export interface TriageSuggestion {
  classification: Classification | null;
  severity: Severity;
  priority: Priority;
  reasons: string[];
}

export interface SuggestionInput {
  title: string;
  description: string;
  observables: readonly Observable[];
  cia: CiaImpact;
  constituencyId: string | null;
}

interface Rule {
  /** Whole-word (prefix) keywords, lower-case. */
  keywords: RegExp;
  classification: Classification;
  /** Base severity this kind of event usually has. */
  severity: Severity;
}

// Ordered: the first rule with the most keyword hits wins; ties go to the earlier (more severe) rule.
const RULES: Rule[] = [
  { keywords: /\b(ransomware|encrypted files|ransom note)/g, classification: { rsitClass: 'malicious-code', rsitType: 'infected-system' }, severity: 4 },
  { keywords: /\b(data leak|leaked|exfiltrat\w*|data breach|dump(ed)? online)/g, classification: { rsitClass: 'information-content-security', rsitType: 'data-leak' }, severity: 3 },
  { keywords: /\b(compromised?|defaced?|defacement|backdoor|webshell|root ?kit)/g, classification: { rsitClass: 'intrusions', rsitType: 'system-compromise' }, severity: 3 },
  { keywords: /\b(account takeover|stolen credentials?|password (was )?stolen)/g, classification: { rsitClass: 'intrusions', rsitType: 'unprivileged-account-compromise' }, severity: 3 },
  { keywords: /\b(c2|c&c|command and control|beacon(ing)?|botnet)/g, classification: { rsitClass: 'malicious-code', rsitType: 'c2-server' }, severity: 3 },
  { keywords: /\b(malware|trojan|virus|worm|infected|infection)/g, classification: { rsitClass: 'malicious-code', rsitType: 'infected-system' }, severity: 3 },
  { keywords: /\b(d?dos|denial of service|flood(ing)?)/g, classification: { rsitClass: 'availability', rsitType: 'ddos' }, severity: 3 },
  { keywords: /\b(exploit(ed|ation)?|rce|remote code execution)/g, classification: { rsitClass: 'intrusion-attempts', rsitType: 'exploit' }, severity: 3 },
  { keywords: /\b(phish(ing)?|credential harvest\w*|fake login|spoofed)/g, classification: { rsitClass: 'fraud', rsitType: 'phishing' }, severity: 2 },
  { keywords: /\b(brute[- ]?force|password spray(ing)?|failed logins?)/g, classification: { rsitClass: 'intrusion-attempts', rsitType: 'brute-force' }, severity: 2 },
  { keywords: /\b(vulnerab\w*|unpatched|outdated version|misconfigur\w*)/g, classification: { rsitClass: 'vulnerable', rsitType: 'vulnerable-system' }, severity: 2 },
  { keywords: /\b(scan(ning|ner|s)?|port ?scan|probing)/g, classification: { rsitClass: 'information-gathering', rsitType: 'scanner' }, severity: 1 },
  { keywords: /\b(spam|unsolicited)/g, classification: { rsitClass: 'abusive-content', rsitType: 'spam' }, severity: 1 },
];

/**
 * Proposes a classification, severity and priority from what a report says: keywords in
 * its title and description, the kinds of observable it carries, which of C, I, A it
 * affects and whether the reporter is in a known constituency. Deterministic and cheap;
 * an analyst's decision always overrides it.
 */
export function suggestTriage(input: SuggestionInput): TriageSuggestion {
  const reasons: string[] = [];
  const text = `${input.title}\n${input.description}`.toLowerCase();

  let best: { rule: Rule; hits: string[] } | null = null;
  for (const rule of RULES) {
    const hits = [...new Set(text.match(rule.keywords) ?? [])];
    if (hits.length > 0 && (!best || hits.length > best.hits.length)) best = { rule, hits };
  }

  let classification: Classification | null = null;
  let severity: number = 1;
  if (best) {
    classification = best.rule.classification;
    severity = best.rule.severity;
    reasons.push(`keywords ${best.hits.map((hit) => `"${hit}"`).join(', ')} suggest ${classification.rsitClass}/${classification.rsitType}`);
  } else {
    const types = new Set(input.observables.map((o) => o.type));
    if (types.has('MD5') || types.has('SHA1') || types.has('SHA256')) {
      classification = { rsitClass: 'malicious-code', rsitType: 'infected-system' };
      severity = 2;
      reasons.push('file hashes suggest malicious code');
    } else if (types.has('CVE')) {
      classification = { rsitClass: 'vulnerable', rsitType: 'vulnerable-system' };
      severity = 2;
      reasons.push('a CVE id suggests a vulnerable system');
    } else if (types.has('URL') && types.has('EMAIL')) {
      classification = { rsitClass: 'fraud', rsitType: 'phishing' };
      severity = 2;
      reasons.push('a URL with an e-mail address suggests phishing');
    } else {
      classification = null;
      reasons.push('no keyword or observable points to a classification');
    }
  }

  const affected = (['confidentiality', 'integrity', 'availability'] as const).filter((k) => input.cia[k]);
  if (affected.length >= 2) {
    severity += 1;
    reasons.push(`${affected.join(' and ')} affected: severity raised`);
  } else if (affected.length === 1 && severity < 2) {
    severity = 2;
    reasons.push(`${affected[0]} affected: at least medium severity`);
  }
  severity = Math.min(4, Math.max(1, severity));

  // Priority follows severity; a report from outside any known constituency is someone
  // else's to handle first, so it waits one step longer (never below P4).
  let priorityRank = 5 - severity;
  if (input.constituencyId === null) {
    if (priorityRank < 4) reasons.push('no known constituency: priority lowered one step');
    priorityRank = Math.min(4, priorityRank + 1);
  } else {
    reasons.push(`constituency ${input.constituencyId} is served`);
  }
  return {
    classification,
    severity: severity as Severity,
    priority: PRIORITIES[priorityRank - 1],
    reasons,
  };
}
