/**
 * The demo CSIRT: a fictional national-and-enterprise team serving three regions. All names,
 * addresses and indicators are made up (documentation ranges: RFC 5737 addresses, RFC 2606
 * domains, AS numbers from RFC 5398), so nothing here points at a real party.
 */

export const DEMO_MARKER_CONSTITUENCY = 'Northwind Health (customers, EMEA)';

export type Region = 'EMEA' | 'AMER' | 'APAC';

export interface DemoPerson {
  key: string;
  name: string;
  region: Region | null;
  roles: string[];
  skills?: string[];
  onCall?: boolean;
}

/** At least one person per domain role, and the roles a VCSIRT needs in every region. */
export const PEOPLE: DemoPerson[] = [
  { key: 'wsm', name: 'Grace Okafor', region: null, roles: ['WORLDWIDE_SECURITY_MANAGER', 'TEAM_MANAGER'] },
  { key: 'gso-emea', name: 'Lars Henriksen', region: 'EMEA', roles: ['GEO_SECURITY_OFFICER'], onCall: true },
  { key: 'gso-amer', name: 'Maria Alvarez', region: 'AMER', roles: ['GEO_SECURITY_OFFICER'], onCall: true },
  { key: 'gso-apac', name: 'Kenji Watanabe', region: 'APAC', roles: ['GEO_SECURITY_OFFICER'] },
  { key: 'cam-emea', name: 'Sophie Laurent', region: 'EMEA', roles: ['CUSTOMER_ACCOUNT_MANAGER'] },
  { key: 'cam-amer', name: 'Daniel Brooks', region: 'AMER', roles: ['CUSTOMER_ACCOUNT_MANAGER'] },
  { key: 'cam-apac', name: 'Priya Raman', region: 'APAC', roles: ['CUSTOMER_ACCOUNT_MANAGER'] },
  {
    key: 'coord',
    name: 'Tomasz Nowak',
    region: 'EMEA',
    roles: ['SECURITY_COORDINATOR'],
    skills: ['vulnerability-handling'],
  },
  {
    key: 'eng-emea',
    name: 'Aisha Bello',
    region: 'EMEA',
    roles: ['SERVICE_ENGINEER'],
    skills: ['windows', 'networking'],
  },
  {
    key: 'eng-amer',
    name: 'Chris Miller',
    region: 'AMER',
    roles: ['SERVICE_ENGINEER'],
    skills: ['linux', 'web'],
  },
  { key: 'support', name: 'Elena Rossi', region: 'EMEA', roles: ['TECHNICAL_SUPPORT'] },
  { key: 'ecsirt', name: 'Jonas Becker', region: 'EMEA', roles: ['ENTERPRISE_CSIRT_CONTACT'] },
  {
    key: 'forensics',
    name: 'Nadia Haddad',
    region: 'EMEA',
    roles: ['FORENSICS_EXPERT'],
    skills: ['memory-forensics', 'malware-analysis'],
  },
  {
    key: 'forensics-amer',
    name: 'Sam Carter',
    region: 'AMER',
    roles: ['FORENSICS_EXPERT'],
    skills: ['disk-forensics'],
  },
  { key: 'lead', name: 'Mei Chen', region: 'APAC', roles: ['TECHNICAL_LEAD'], skills: ['cloud', 'identity'] },
  { key: 'pr', name: 'Olivia Grant', region: 'EMEA', roles: ['PR_OFFICER'] },
  { key: 'legal', name: 'Henrik Dahl', region: 'EMEA', roles: ['LEGAL_COUNSEL'] },
  { key: 'hr', name: 'Fatima Zahra', region: 'EMEA', roles: ['HUMAN_RESOURCES'] },
  { key: 'it-audit', name: 'Peter Novak', region: 'AMER', roles: ['IT_AUDITOR'] },
  { key: 'fin-audit', name: 'Laura Kim', region: 'APAC', roles: ['FINANCIAL_AUDITOR'] },
];

export interface DemoTeam {
  key: string;
  name: string;
  kind: string;
  region: Region | null;
  authority: 'FULL' | 'SHARED' | 'NONE' | 'INDIRECT';
  description: string;
  members: { person: string; role: string }[];
}

export const TEAMS: DemoTeam[] = [
  {
    key: 'worldwide',
    name: 'Worldwide Security Team',
    kind: 'WORLDWIDE_SECURITY_TEAM',
    region: null,
    authority: 'FULL',
    description: 'Sets policy and coordinates the geo-based teams.',
    members: [
      { person: 'wsm', role: 'WORLDWIDE_SECURITY_MANAGER' },
      { person: 'coord', role: 'SECURITY_COORDINATOR' },
    ],
  },
  {
    key: 'emea',
    name: 'EMEA Security Team',
    kind: 'GEO_SECURITY_TEAM',
    region: 'EMEA',
    authority: 'FULL',
    description: 'Customer sites in Europe, the Middle East and Africa.',
    members: [
      { person: 'gso-emea', role: 'GEO_SECURITY_OFFICER' },
      { person: 'cam-emea', role: 'CUSTOMER_ACCOUNT_MANAGER' },
      { person: 'eng-emea', role: 'SERVICE_ENGINEER' },
      { person: 'forensics', role: 'FORENSICS_EXPERT' },
    ],
  },
  {
    key: 'amer',
    name: 'Americas Security Team',
    kind: 'GEO_SECURITY_TEAM',
    region: 'AMER',
    authority: 'SHARED',
    description: 'Customer sites in North and South America.',
    members: [
      { person: 'gso-amer', role: 'GEO_SECURITY_OFFICER' },
      { person: 'cam-amer', role: 'CUSTOMER_ACCOUNT_MANAGER' },
      { person: 'eng-amer', role: 'SERVICE_ENGINEER' },
    ],
  },
  {
    key: 'apac',
    name: 'APAC Security Team',
    kind: 'GEO_SECURITY_TEAM',
    region: 'APAC',
    authority: 'SHARED',
    description: 'Customer sites in Asia and the Pacific.',
    members: [
      { person: 'gso-apac', role: 'GEO_SECURITY_OFFICER' },
      { person: 'cam-apac', role: 'CUSTOMER_ACCOUNT_MANAGER' },
      { person: 'lead', role: 'TECHNICAL_LEAD' },
    ],
  },
  {
    key: 'sag',
    name: 'Security Advisory Group',
    kind: 'SECURITY_ADVISORY_GROUP',
    region: null,
    authority: 'NONE',
    description: 'Advises on policy and architecture; takes no action itself.',
    members: [{ person: 'it-audit', role: 'IT_AUDITOR' }],
  },
  {
    key: 'enterprise',
    name: 'Enterprise CSIRT',
    kind: 'ENTERPRISE_CSIRT',
    region: 'EMEA',
    authority: 'INDIRECT',
    description: "The company's own network: presses business units to follow the rules.",
    members: [{ person: 'ecsirt', role: 'ENTERPRISE_CSIRT_CONTACT' }],
  },
];

export interface DemoConstituency {
  key: string;
  name: string;
  kind: string;
  team: string;
  geography?: string[];
  networkProviders?: string[];
  organisations?: string[];
  objective: string;
  availability: string;
  targets: {
    triageMinutes: number;
    acknowledgeMinutes: number;
    containMinutes: number;
    recoverMinutes: number;
  };
  priorities: string[];
}

export const CONSTITUENCIES: DemoConstituency[] = [
  {
    key: 'northwind',
    name: DEMO_MARKER_CONSTITUENCY,
    kind: 'CUSTOMERS',
    team: 'emea',
    geography: ['DE', 'FR', 'NL'],
    organisations: ['Northwind Health'],
    objective: 'Keep patient-facing systems of Northwind Health available and their data confidential.',
    availability: '24x7',
    targets: { triageMinutes: 30, acknowledgeMinutes: 60, containMinutes: 240, recoverMinutes: 2880 },
    priorities: ['patient safety', 'data protection', 'availability of clinical systems'],
  },
  {
    key: 'contoso',
    name: 'Contoso employees',
    kind: 'EMPLOYEES',
    team: 'enterprise',
    organisations: ['Contoso Group'],
    objective: "Protect the company's own network and staff accounts.",
    availability: 'business hours, on-call for P1',
    targets: { triageMinutes: 60, acknowledgeMinutes: 120, containMinutes: 480, recoverMinutes: 4320 },
    priorities: ['identity', 'e-mail'],
  },
  {
    key: 'research',
    name: 'Research network AS64500',
    kind: 'NETWORK',
    team: 'amer',
    geography: ['US', 'CA'],
    networkProviders: ['AS64500'],
    objective: 'Help the universities on the research network handle incidents on their hosts.',
    availability: 'business hours',
    targets: { triageMinutes: 120, acknowledgeMinutes: 240, containMinutes: 1440, recoverMinutes: 10080 },
    priorities: ['open science', 'availability'],
  },
  {
    key: 'apac-partners',
    name: 'APAC business partners',
    kind: 'PARTNERS',
    team: 'apac',
    geography: ['SG', 'JP', 'AU'],
    objective: 'Coordinate with partners connected to the APAC extranet.',
    availability: 'business hours',
    targets: { triageMinutes: 240, acknowledgeMinutes: 480, containMinutes: 2880, recoverMinutes: 10080 },
    priorities: ['extranet availability'],
  },
];

/** The development partners, whose Kafka principals infra/kafka provisions (dev-partners.properties). */
export const PARTNERS = [
  {
    code: 'alpha',
    name: 'CERT-Alpha (national CSIRT)',
    country: 'NL',
    contactEmail: 'duty@cert-alpha.example',
    trustLevel: 'HIGH',
    agreement: {
      tlpCeiling: 'RED',
      namedRecipients: ['duty@cert-alpha.example'],
      permittedActions: ['INTERNALLY_VISIBLE_ACTIONS', 'EXTERNALLY_VISIBLE_INDIRECT_ACTIONS'],
      disclosure: 'WITH_SOURCE_CONSENT',
      attribution: 'MAY',
    },
  },
  {
    code: 'bravo',
    name: 'Bravo Sector CSIRT',
    country: 'DE',
    contactEmail: 'soc@bravo-csirt.example',
    trustLevel: 'MEDIUM',
    agreement: {
      tlpCeiling: 'GREEN',
      permittedActions: ['CONTACT_FOR_INSTRUCTION'],
      disclosure: 'AFTER_EMBARGO',
      embargoDays: 30,
      attribution: 'MUST',
    },
  },
];

export interface DemoReport {
  key: string;
  channel: string;
  constituency: string;
  title: string;
  description: string;
  tlp: string;
  observables: { type: string; value: string }[];
  cia?: { confidentiality: boolean; integrity: boolean; availability: boolean };
  /** Hours before the seed ran: spreads the demo over the last weeks. */
  hoursAgo: number;
  /** PARTNER_CSIRT channel: the partner's code (its token's partner_id). */
  partner?: string;
}

export const REPORTS: DemoReport[] = [
  // Left NEW: the triage queue has work in it.
  {
    key: 'new-1',
    channel: 'WEB_FORM',
    constituency: 'northwind',
    title: 'Suspicious login prompts on the patient portal',
    description: 'Several patients report a second login page asking for their card number.',
    tlp: 'GREEN',
    observables: [{ type: 'URL', value: 'hxxps://portal-login[.]example.net/auth' }],
    hoursAgo: 1,
  },
  {
    key: 'new-2',
    channel: 'EMAIL',
    constituency: 'contoso',
    title: 'Invoice e-mail with macro attachment',
    description: 'Finance forwarded an invoice e-mail with a macro-enabled document.',
    tlp: 'AMBER',
    observables: [
      { type: 'EMAIL', value: 'billing@invoices-contoso.example' },
      { type: 'SHA256', value: 'a3f5c1d2e4b6a7980c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b' },
    ],
    hoursAgo: 2,
  },
  {
    key: 'new-3',
    channel: 'SENSOR',
    constituency: 'research',
    title: 'Outbound scanning from 198.51.100.23',
    description: 'The IDS saw 40,000 SYNs to port 22 in ten minutes from a lab host.',
    tlp: 'GREEN',
    observables: [{ type: 'IPV4', value: '198.51.100.23' }],
    hoursAgo: 3,
  },
  {
    key: 'new-4',
    channel: 'PHONE',
    constituency: 'apac-partners',
    title: 'Partner reports extranet slowness and odd DNS answers',
    description: 'Call from the partner NOC: extranet names resolve to unexpected addresses.',
    tlp: 'AMBER',
    observables: [{ type: 'DOMAIN', value: 'extranet.apac.example' }],
    hoursAgo: 4,
  },
  {
    key: 'new-5',
    channel: 'PARTNER_CSIRT',
    constituency: 'northwind',
    title: 'CERT-Alpha: C2 traffic from a Northwind address',
    partner: 'alpha',
    description: 'CERT-Alpha shares netflow showing beaconing to a known C2 server.',
    tlp: 'AMBER',
    observables: [
      { type: 'IPV4', value: '203.0.113.77' },
      { type: 'DOMAIN', value: 'update-check.example.org' },
    ],
    hoursAgo: 5,
  },
  // Triaged, waiting for a decision.
  {
    key: 'triaged-1',
    channel: 'WEB_FORM',
    constituency: 'research',
    title: 'Defaced department web page',
    description: 'The physics department page shows a defacement banner.',
    tlp: 'CLEAR',
    observables: [{ type: 'URL', value: 'https://physics.research.example/' }],
    cia: { confidentiality: false, integrity: true, availability: false },
    hoursAgo: 20,
  },
  {
    key: 'triaged-2',
    channel: 'INTERNAL',
    constituency: 'contoso',
    title: 'Unusual mailbox forwarding rule',
    description: 'An audit found a forwarding rule to an external address on a director mailbox.',
    tlp: 'AMBER',
    observables: [{ type: 'EMAIL', value: 'collector@mailbox-forward.example' }],
    hoursAgo: 26,
  },
  // Rejected and merged.
  {
    key: 'rejected-1',
    channel: 'EMAIL',
    constituency: 'contoso',
    title: 'Newsletter marked as spam',
    description: 'A user asks whether a marketing newsletter is dangerous.',
    tlp: 'CLEAR',
    observables: [],
    hoursAgo: 48,
  },
  {
    key: 'dup-1',
    channel: 'WEB_FORM',
    constituency: 'research',
    title: 'Physics web page hacked?',
    description: 'A student reports the physics department page shows a strange banner.',
    tlp: 'CLEAR',
    observables: [{ type: 'URL', value: 'https://physics.research.example/' }],
    hoursAgo: 19,
  },
  // Escalated: one per incident below, in the same order.
  {
    key: 'inc-open',
    channel: 'PHONE',
    constituency: 'northwind',
    title: 'Ransom note on a file server',
    description: 'Files on the radiology share are encrypted; a ransom note names a Tor site.',
    tlp: 'AMBER',
    observables: [
      { type: 'IPV4', value: '192.0.2.44' },
      { type: 'SHA256', value: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' },
    ],
    cia: { confidentiality: true, integrity: true, availability: true },
    hoursAgo: 31,
  },
  {
    key: 'inc-analysis',
    channel: 'EMAIL',
    constituency: 'contoso',
    title: 'Phishing campaign against finance staff',
    description: 'Twelve finance employees received a fake payroll login page.',
    tlp: 'GREEN',
    observables: [
      { type: 'DOMAIN', value: 'payroll-contoso.example' },
      { type: 'URL', value: 'hxxps://payroll-contoso[.]example/login' },
    ],
    cia: { confidentiality: true, integrity: false, availability: false },
    hoursAgo: 72,
  },
  {
    key: 'inc-containment',
    channel: 'SENSOR',
    constituency: 'research',
    title: 'DDoS against the research portal',
    description: 'UDP reflection traffic saturates the uplink of the research portal.',
    tlp: 'GREEN',
    observables: [
      { type: 'IPV4', value: '198.51.100.200' },
      { type: 'ASN', value: 'as64511' },
    ],
    cia: { confidentiality: false, integrity: false, availability: true },
    hoursAgo: 96,
  },
  {
    key: 'inc-eradication',
    channel: 'PARTNER_CSIRT',
    constituency: 'northwind',
    title: 'Web shell on the appointment server',
    partner: 'bravo',
    description: 'Bravo CSIRT reports a web shell reachable on the appointment booking server.',
    tlp: 'AMBER',
    observables: [
      { type: 'URL', value: 'https://appointments.northwind.example/uploads/cmd.php' },
      { type: 'CVE', value: 'cve-2026-12345' },
    ],
    cia: { confidentiality: true, integrity: true, availability: false },
    hoursAgo: 160,
  },
  {
    key: 'inc-recovery',
    channel: 'INTERNAL',
    constituency: 'contoso',
    title: 'Malware on sales laptops',
    description: 'EDR flagged an infostealer on four sales laptops.',
    tlp: 'AMBER',
    observables: [
      { type: 'MD5', value: '44d88612fea8a8f36de82e1278abb02f' },
      { type: 'DOMAIN', value: 'cdn-stats.example.net' },
    ],
    cia: { confidentiality: true, integrity: false, availability: false },
    hoursAgo: 240,
  },
  {
    key: 'inc-post',
    channel: 'WEB_FORM',
    constituency: 'apac-partners',
    title: 'Partner database exposed to the internet',
    description: 'A partner database answered on the internet without authentication.',
    tlp: 'AMBER_STRICT',
    observables: [{ type: 'IPV4', value: '203.0.113.9' }],
    cia: { confidentiality: true, integrity: false, availability: false },
    hoursAgo: 400,
  },
  {
    key: 'inc-closed-1',
    channel: 'SENSOR',
    constituency: 'contoso',
    title: 'Credential stuffing on the VPN',
    description: 'Thousands of failed VPN logins from a botnet in one night.',
    tlp: 'GREEN',
    observables: [{ type: 'IPV4', value: '198.51.100.66' }],
    cia: { confidentiality: true, integrity: false, availability: false },
    hoursAgo: 600,
  },
  {
    key: 'inc-closed-2',
    channel: 'EMAIL',
    constituency: 'research',
    title: 'Compromised account sending spam',
    description: 'A researcher account sent 50,000 spam messages overnight.',
    tlp: 'CLEAR',
    observables: [{ type: 'EMAIL', value: 'j.doe@research.example' }],
    cia: { confidentiality: true, integrity: true, availability: false },
    hoursAgo: 800,
  },
  // Escalated into an incident that already exists.
  {
    key: 'attach-1',
    channel: 'WEB_FORM',
    constituency: 'research',
    title: 'Portal unreachable from campus',
    description: 'Students cannot reach the research portal since this morning.',
    tlp: 'GREEN',
    observables: [{ type: 'IPV4', value: '198.51.100.200' }],
    hoursAgo: 95,
  },
];

/** Where each escalated report's incident ends up, and what its handling looked like. */
export interface DemoIncidentPlan {
  report: string;
  severity: number;
  rsit: { rsitClass: string; rsitType: string };
  region: Region;
  phase: 'OPEN' | 'ANALYSIS' | 'CONTAINMENT' | 'ERADICATION' | 'RECOVERY' | 'POST_INCIDENT' | 'CLOSED';
  lessonsLearned?: string;
  resolution?: string;
}

export const INCIDENT_PLANS: DemoIncidentPlan[] = [
  {
    report: 'inc-open',
    severity: 4,
    rsit: { rsitClass: 'malicious-code', rsitType: 'infected-system' },
    region: 'EMEA',
    phase: 'OPEN',
  },
  {
    report: 'inc-analysis',
    severity: 2,
    rsit: { rsitClass: 'fraud', rsitType: 'phishing' },
    region: 'EMEA',
    phase: 'ANALYSIS',
  },
  {
    report: 'inc-containment',
    severity: 3,
    rsit: { rsitClass: 'availability', rsitType: 'ddos' },
    region: 'AMER',
    phase: 'CONTAINMENT',
  },
  {
    report: 'inc-eradication',
    severity: 3,
    rsit: { rsitClass: 'intrusions', rsitType: 'application-compromise' },
    region: 'EMEA',
    phase: 'ERADICATION',
  },
  {
    report: 'inc-recovery',
    severity: 2,
    rsit: { rsitClass: 'malicious-code', rsitType: 'infected-system' },
    region: 'EMEA',
    phase: 'RECOVERY',
  },
  {
    report: 'inc-post',
    severity: 3,
    rsit: { rsitClass: 'information-content-security', rsitType: 'unauthorised-information-access' },
    region: 'APAC',
    phase: 'POST_INCIDENT',
  },
  {
    report: 'inc-closed-1',
    severity: 2,
    rsit: { rsitClass: 'intrusion-attempts', rsitType: 'brute-force' },
    region: 'EMEA',
    phase: 'CLOSED',
    resolution: 'Blocked the botnet ranges at the VPN edge and enforced MFA for the remaining accounts.',
  },
  {
    report: 'inc-closed-2',
    severity: 3,
    rsit: { rsitClass: 'abusive-content', rsitType: 'spam' },
    region: 'AMER',
    phase: 'CLOSED',
    resolution: "Reset the account, removed the attacker's app password, delisted the mail relay.",
    lessonsLearned: 'App passwords bypassed MFA: the university disabled them for all staff.',
  },
];
