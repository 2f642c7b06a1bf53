/**
 * Roles a person holds in the organisation (DOMAIN.md, "People and roles"). These are not
 * platform access rights (those are in @csirt/auth); they say who a person is in a response.
 */
export const DOMAIN_ROLES = [
  'GEO_SECURITY_OFFICER',
  'WORLDWIDE_SECURITY_MANAGER',
  'SECURITY_COORDINATOR',
  'CUSTOMER_ACCOUNT_MANAGER',
  'SERVICE_ENGINEER',
  'TECHNICAL_SUPPORT',
  'ENTERPRISE_CSIRT_CONTACT',
  'PR_OFFICER',
  'LEGAL_COUNSEL',
  'HUMAN_RESOURCES',
  'IT_AUDITOR',
  'FINANCIAL_AUDITOR',
  'FORENSICS_EXPERT',
  'TECHNICAL_LEAD',
  'TEAM_MANAGER',
] as const;
export type DomainRole = (typeof DOMAIN_ROLES)[number];

/**
 * Roles with security responsibilities: a virtual CSIRT needs at least one member holding
 * one of them in the team. The coordinator and the enterprise CSIRT contact count because
 * both are named security functions in the domain; account managers and engineers do not.
 */
export const SECURITY_ROLES: readonly DomainRole[] = [
  'GEO_SECURITY_OFFICER',
  'WORLDWIDE_SECURITY_MANAGER',
  'SECURITY_COORDINATOR',
  'ENTERPRISE_CSIRT_CONTACT',
];

/** The technical people a response team normally includes (DOMAIN.md: engineers, support, forensics). */
export const TECHNICAL_ROLES: readonly DomainRole[] = [
  'SERVICE_ENGINEER',
  'TECHNICAL_SUPPORT',
  'FORENSICS_EXPERT',
  'TECHNICAL_LEAD',
];

export function isDomainRole(value: string): value is DomainRole {
  return (DOMAIN_ROLES as readonly string[]).includes(value);
}

export function isSecurityRole(role: string): boolean {
  return (SECURITY_ROLES as readonly string[]).includes(role);
}
