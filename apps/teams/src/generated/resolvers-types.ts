import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Person as PersonEntity } from '../people/person.entity';
import { Team as TeamEntity, TeamMember as TeamMemberEntity } from '../teams/team.entity';
import { Constituency as ConstituencyEntity } from '../constituencies/constituency.entity';
import { PartnerCsirt as PartnerCsirtEntity } from '../partners/partner.entity';
import { ResponseTeamProposal as ProposalEntity, Candidate as CandidateEntity } from '../response-teams/proposal.entity';
import { IncidentRef, TeamsContext } from '../context';
import { AuditEntryRecord as AuditEntryEntity } from '../audit/audit-entry.entity';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 date and time with offset, e.g. 2026-11-23T10:15:00Z. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A person joining an incident's virtual CSIRT after it was formed. */
export type AddResponderInput = {
  /** The person; must be active. */
  personId: Scalars['ID']['input'];
  /** Why the person joins, 3 to 2,000 characters. */
  reason: Scalars['String']['input'];
  /** Role in the response team; must be one the person holds; a team has one GEO_SECURITY_OFFICER. */
  role: DomainRole;
};

/** A person joining a standing team. */
export type AddTeamMemberInput = {
  /** The person; must be active. */
  personId: Scalars['ID']['input'];
  /** Why the person joins, at most 2,000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Role in the team; must be one the person holds. */
  role: DomainRole;
};

/** Whether the source of shared information is credited. */
export type Attribution =
  /** The source may be credited. */
  | 'MAY'
  /** The source must be credited. */
  | 'MUST'
  /** The source must not be credited. */
  | 'MUST_NOT';

/** What an audit entry records. */
export type AuditAction =
  /** A request was refused (FORBIDDEN or UNAUTHENTICATED). */
  | 'DENIED'
  /** A record's TLP label changed. */
  | 'LABEL_CHANGED'
  /** An advisory was published to partners. */
  | 'PUBLISHED'
  /** A TLP:RED record was returned to the caller. */
  | 'RED_READ'
  /** A response team was formed, or a responder added or released. */
  | 'TEAM_CHANGED'
  /** A published advisory was withdrawn. */
  | 'WITHDRAWN';

/** Who acted, as the token said at the time. */
export type AuditActor = {
  __typename?: 'AuditActor';
  /** The caller's Person id, when the caller is staff. */
  personId?: Maybe<Scalars['ID']['output']>;
  /** The platform roles the caller held. */
  roles: Array<Scalars['String']['output']>;
  /** The token's subject; null for an anonymous caller or the platform acting on its own. */
  subject?: Maybe<Scalars['String']['output']>;
};

/**
 * One entry of the append-only audit trail: who did what to which record, when, with which
 * outcome. It names records by type, id and label only, never their content.
 */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done. */
  action: AuditAction;
  /** Who acted. */
  actor: AuditActor;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Id of the record, when known. */
  entityId?: Maybe<Scalars['ID']['output']>;
  /** GraphQL type of the record, when known (Incident, Report, Advisory, Team). */
  entityType?: Maybe<Scalars['String']['output']>;
  /** Id of the entry. */
  id: Scalars['ID']['output'];
  /** Whether it was carried out or refused. */
  outcome: AuditOutcome;
  /** A short code saying why or how, e.g. FORBIDDEN query.incident or AMBER->RED. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The x-request-id of the request that caused it. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** The service that recorded it (intake, incidents, teams, announcements). */
  source: Scalars['String']['output'];
  /** The entry's label: its record's. Entries about RED records are shown to RED-cleared readers only. */
  tlp: Tlp;
};

/** A page of the audit trail. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries on this page, newest first. */
  edges: Array<AuditEntryEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
};

/** A position in the audit trail. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque position of this entry in the list. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** Whether the audited attempt was carried out. */
export type AuditOutcome =
  /** It was carried out. */
  | 'ALLOWED'
  /** It was refused. */
  | 'DENIED';

/** Filters for the audit trail; all given filters must match. */
export type AuditTrailFilter = {
  /** Only this action. */
  action?: InputMaybe<AuditAction>;
  /** A token subject or a Person id. */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Only this record. */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only records of this GraphQL type. */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** From this time on (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only allowed, or only denied, attempts. */
  outcome?: InputMaybe<AuditOutcome>;
  /** Before this time (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Authority of a team over its constituency. */
export type Authority =
  /** May take any action or decision on the constituency's behalf. */
  | 'FULL'
  /** Can press the constituency to follow rules. */
  | 'INDIRECT'
  /** Advisory only. */
  | 'NONE'
  /** Supports the constituents and shares in decisions; cannot dictate. */
  | 'SHARED';

/** The community a team serves. */
export type Constituency = {
  __typename?: 'Constituency';
  /** What bounds it. */
  boundaries: ConstituencyBoundaries;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Kind of constituency. */
  kind: ConstituencyKind;
  /** Name. */
  name: Scalars['String']['output'];
  /** The service description (SLA). */
  service: ServiceDescription;
  /** The team serving it. */
  team?: Maybe<Team>;
};

/** What bounds a constituency: geography, network provider or organisation. */
export type ConstituencyBoundaries = {
  __typename?: 'ConstituencyBoundaries';
  /** Regions or ISO 3166 country codes. */
  geography: Array<Scalars['String']['output']>;
  /** Network providers or autonomous system numbers. */
  networkProviders: Array<Scalars['String']['output']>;
  /** Organisations (and organisational units). */
  organisations: Array<Scalars['String']['output']>;
};

/** Boundaries of a new constituency; at least one entry in all. */
export type ConstituencyBoundariesInput = {
  /** Regions or ISO 3166 country codes. */
  geography?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Network providers or autonomous system numbers. */
  networkProviders?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Organisations. */
  organisations?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A page of constituencies. */
export type ConstituencyConnection = {
  __typename?: 'ConstituencyConnection';
  /** The constituencies on this page. */
  edges: Array<ConstituencyEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
};

/** One constituency in a list. */
export type ConstituencyEdge = {
  __typename?: 'ConstituencyEdge';
  /** Opaque position of this constituency in the list. */
  cursor: Scalars['String']['output'];
  /** The constituency. */
  node: Constituency;
};

/** Kinds of constituency. */
export type ConstituencyKind =
  /** Customers; notices to them need extra care in wording. */
  | 'CUSTOMERS'
  /** The organisation's own employees. */
  | 'EMPLOYEES'
  /** The users of a network (e.g. a research network). */
  | 'NETWORK'
  /** Business partners. */
  | 'PARTNERS'
  /** Everyone in a geographic region. */
  | 'REGION';

/** A new constituency. */
export type CreateConstituencyInput = {
  /** What bounds it. */
  boundaries: ConstituencyBoundariesInput;
  /** Kind of constituency. */
  kind: ConstituencyKind;
  /** Name, 1 to 200 characters; unique. */
  name: Scalars['String']['input'];
  /** Its service description. */
  service: ServiceDescriptionInput;
  /** The standing team serving it. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new person. */
export type CreatePersonInput = {
  /** Active. Default true. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** E-mail address; must be valid and not used by another person. */
  email: Scalars['String']['input'];
  /** Full name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Available on call. Default false. */
  onCall?: InputMaybe<Scalars['Boolean']['input']>;
  /** Region, at most 64 characters. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Roles held; at least one. */
  roles: Array<DomainRole>;
  /** Skills, at most 50. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new standing team. */
export type CreateTeamInput = {
  /** Authority over its constituency. */
  authority: Authority;
  /** What the team is for, at most 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Kind of team; not VCSIRT (use formResponseTeam). */
  kind: TeamKind;
  /** Name, 1 to 200 characters; unique. */
  name: Scalars['String']['input'];
  /** Region; null for worldwide teams. */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** Whether and when shared information may be made public. */
export type DisclosurePolicy =
  /** May be disclosed after an embargo (see embargoDays). */
  | 'AFTER_EMBARGO'
  /** May be disclosed. */
  | 'MAY_DISCLOSE'
  /** Must not be disclosed. */
  | 'MUST_NOT_DISCLOSE'
  /** Only with the source's consent. */
  | 'WITH_SOURCE_CONSENT';

/**
 * A role a person holds in the organisation (not a platform access right). Roles marked
 * "security responsibilities" are GEO_SECURITY_OFFICER, WORLDWIDE_SECURITY_MANAGER,
 * SECURITY_COORDINATOR and ENTERPRISE_CSIRT_CONTACT; every virtual CSIRT needs one of them.
 */
export type DomainRole =
  /** Geo-based customer account manager: owns the customer account for a region. */
  | 'CUSTOMER_ACCOUNT_MANAGER'
  /** Enterprise CSIRT contact, for when the enterprise's own network is affected. Security responsibilities. */
  | 'ENTERPRISE_CSIRT_CONTACT'
  /** Financial auditor. */
  | 'FINANCIAL_AUDITOR'
  /** Forensics expert. */
  | 'FORENSICS_EXPERT'
  /** Geo-based security officer: security of all customer sites in one region; forms and leads virtual CSIRTs. Security responsibilities. */
  | 'GEO_SECURITY_OFFICER'
  /** Human resources. */
  | 'HUMAN_RESOURCES'
  /** IT auditor. */
  | 'IT_AUDITOR'
  /** Legal counsel: reviews sensitive written communication. */
  | 'LEGAL_COUNSEL'
  /** Public relations officer: all external communication. */
  | 'PR_OFFICER'
  /** Security coordinator: coordinates fixes, monitors vulnerabilities, sets priorities, handles the security mailbox. Security responsibilities. */
  | 'SECURITY_COORDINATOR'
  /** Enterprise service engineer: installation, maintenance and support at the customer site. */
  | 'SERVICE_ENGINEER'
  /** Team manager. */
  | 'TEAM_MANAGER'
  /** Technical lead. */
  | 'TECHNICAL_LEAD'
  /** Technical support engineer: customer service centre, first contact. */
  | 'TECHNICAL_SUPPORT'
  /** Worldwide security manager: overall policy; manages the geo-based security officers. Security responsibilities. */
  | 'WORLDWIDE_SECURITY_MANAGER';

/** The information-exchange agreement with a partner CSIRT. */
export type ExchangeAgreement = {
  __typename?: 'ExchangeAgreement';
  /** When this version was agreed. */
  agreedAt: Scalars['DateTime']['output'];
  /** Acknowledgement of source. */
  attribution: Attribution;
  /** Disclosure restrictions. */
  disclosure: DisclosurePolicy;
  /** Days of embargo when disclosure is AFTER_EMBARGO. */
  embargoDays?: Maybe<Scalars['Int']['output']>;
  /** Named recipients (e-mail) at the partner; required when the ceiling is TLP:RED. */
  namedRecipients: Array<Scalars['String']['output']>;
  /** Appropriate use: what the partner may do with what it receives. */
  permittedActions: Array<PermittedAction>;
  /** Confidentiality ceiling: the most restrictive TLP label the partner may receive. */
  tlpCeiling: Tlp;
  /** Version of the agreement; starts at 1 and grows with each change. */
  version: Scalars['Int']['output'];
};

/** Terms of an information-exchange agreement. */
export type ExchangeAgreementInput = {
  /** Acknowledgement of source. */
  attribution: Attribution;
  /** Disclosure restrictions. */
  disclosure: DisclosurePolicy;
  /** Days of embargo (1 to 3650); required exactly when disclosure is AFTER_EMBARGO. */
  embargoDays?: InputMaybe<Scalars['Int']['input']>;
  /** Named recipients' e-mail addresses, at most 50. */
  namedRecipients?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the partner may do with what it receives; at least one. */
  permittedActions: Array<PermittedAction>;
  /** Most restrictive TLP label the partner may receive. TLP:RED needs at least one named recipient. */
  tlpCeiling: Tlp;
};

/** A virtual CSIRT for one incident. */
export type FormResponseTeamInput = {
  /** Authority over the incident's constituency. Default SHARED. */
  authority?: InputMaybe<Authority>;
  /** The lead: a member whose role is GEO_SECURITY_OFFICER and who works in the incident's region (any security officer or worldwide security manager when the incident has no region). */
  leadPersonId: Scalars['ID']['input'];
  /** Members, the lead included; 1 to 50, each person once; at least one with security responsibilities. */
  members: Array<ResponderInput>;
  /** Why the team is formed, 3 to 2,000 characters. */
  reason: Scalars['String']['input'];
};

/** An incident, owned by the incidents service; this service adds its response team. */
export type Incident = {
  __typename?: 'Incident';
  /** Incident id. */
  id: Scalars['ID']['output'];
  /** The response team suggested when the incident was opened; same visibility as responseTeam. */
  proposedResponseTeam?: Maybe<ResponseTeamProposal>;
  /** The virtual CSIRT responding to this incident; null when none was formed or the caller may not see it (a TLP:RED incident's team is visible to its members only). */
  responseTeam?: Maybe<Team>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an active person to the incident's virtual CSIRT. Requires SECURITY_OFFICER or INCIDENT_MANAGER. */
  addResponder: Team;
  /** Adds an active person to a standing team. Requires TEAM_ADMIN. */
  addTeamMember: Team;
  /** Records a constituency. Requires TEAM_ADMIN. */
  createConstituency: Constituency;
  /** Records a person. Requires TEAM_ADMIN. */
  createPerson: Person;
  /** Creates a standing team. Requires TEAM_ADMIN. */
  createTeam: Team;
  /** Forms the incident's virtual CSIRT (one per incident) and confirms its proposal. Requires SECURITY_OFFICER or INCIDENT_MANAGER. */
  formResponseTeam: Team;
  /** Registers a partner CSIRT with its agreement. Requires TEAM_ADMIN. */
  registerPartner: PartnerCsirt;
  /** Releases a member (not the lead) from the incident's virtual CSIRT, with the reason (3 to 2,000 characters). Requires SECURITY_OFFICER or INCIDENT_MANAGER. */
  releaseResponder: Team;
  /** Removes a person from a standing team (kept in its history). Requires TEAM_ADMIN. */
  removeTeamMember: Team;
  /** Renames a constituency or replaces its boundaries; other services hear of it. Requires TEAM_ADMIN. */
  updateConstituency: Constituency;
  /** Replaces a partner's agreement with a new version. Requires TEAM_ADMIN. */
  updatePartnerAgreement: PartnerCsirt;
  /** Changes a person. Requires TEAM_ADMIN. */
  updatePerson: Person;
};


export type MutationAddResponderArgs = {
  incidentId: Scalars['ID']['input'];
  input: AddResponderInput;
};


export type MutationAddTeamMemberArgs = {
  input: AddTeamMemberInput;
  teamId: Scalars['ID']['input'];
};


export type MutationCreateConstituencyArgs = {
  input: CreateConstituencyInput;
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationFormResponseTeamArgs = {
  incidentId: Scalars['ID']['input'];
  input: FormResponseTeamInput;
};


export type MutationRegisterPartnerArgs = {
  input: RegisterPartnerInput;
};


export type MutationReleaseResponderArgs = {
  incidentId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveTeamMemberArgs = {
  personId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  teamId: Scalars['ID']['input'];
};


export type MutationUpdateConstituencyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateConstituencyInput;
};


export type MutationUpdatePartnerAgreementArgs = {
  input: ExchangeAgreementInput;
  partnerId: Scalars['ID']['input'];
};


export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
};

/** Position in a paginated list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An external CSIRT this team exchanges information with. */
export type PartnerCsirt = {
  __typename?: 'PartnerCsirt';
  /** Whether the partner currently receives information. */
  active: Scalars['Boolean']['output'];
  /** The current information-exchange agreement. */
  agreement: ExchangeAgreement;
  /** The partner's id outside the platform: its Kafka principal partner-<code>, its topics csirt.partner.<code>.*, the partner_id of its tokens. Never changes. */
  code: Scalars['String']['output'];
  /** Contact e-mail address. */
  contactEmail: Scalars['String']['output'];
  /** Contact phone number. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** How far the partner is trusted. */
  trustLevel: TrustLevel;
};

/** A page of partner CSIRTs. */
export type PartnerCsirtConnection = {
  __typename?: 'PartnerCsirtConnection';
  /** The partners on this page. */
  edges: Array<PartnerCsirtEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
};

/** One partner in a list. */
export type PartnerCsirtEdge = {
  __typename?: 'PartnerCsirtEdge';
  /** Opaque position of this partner in the list. */
  cursor: Scalars['String']['output'];
  /** The partner. */
  node: PartnerCsirt;
};

/** What a recipient may do with shared information (FIRST IEP 2.0 permitted actions). */
export type PermittedAction =
  /** Contact the source before acting. */
  | 'CONTACT_FOR_INSTRUCTION'
  /** Externally visible actions that reach the threat directly (e.g. takedown requests). */
  | 'EXTERNALLY_VISIBLE_DIRECT_ACTIONS'
  /** Externally visible actions that do not reach the threat directly (e.g. blocking). */
  | 'EXTERNALLY_VISIBLE_INDIRECT_ACTIONS'
  /** Actions visible only inside the recipient's organisation. */
  | 'INTERNALLY_VISIBLE_ACTIONS'
  /** Nothing beyond reading it. */
  | 'NONE';

/** A member of staff who may take part in incident response. */
export type Person = {
  __typename?: 'Person';
  /** Active people may join teams; inactive ones are kept for history only. */
  active: Scalars['Boolean']['output'];
  /** When the person was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** E-mail address, lower-cased; unique across people. */
  email: Scalars['String']['output'];
  /** Whether the person holds a role with security responsibilities. */
  hasSecurityResponsibilities: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Available on call now. */
  onCall: Scalars['Boolean']['output'];
  /** Region the person works in, e.g. EMEA or DE; null for worldwide roles. */
  region?: Maybe<Scalars['String']['output']>;
  /** Roles the person holds. */
  roles: Array<DomainRole>;
  /** Skills, lower-cased, e.g. forensics, malware, ddos, or RSIT class and type names. */
  skills: Array<Scalars['String']['output']>;
  /** When the person was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people on this page. */
  edges: Array<PersonEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
};

/** One person in a list. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque position of this person in the list. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Filters for the people list; all given filters must match. */
export type PersonFilter = {
  /** Only active (true) or inactive (false) people. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only people on call (true) or not (false). */
  onCall?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only people in this region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Only people holding this role. */
  role?: InputMaybe<DomainRole>;
  /** Only people with this skill (case-insensitive). */
  skill?: InputMaybe<Scalars['String']['input']>;
};

/** Status of a proposed response team. */
export type ProposalStatus =
  /** A response team was formed for the incident. */
  | 'CONFIRMED'
  /** Waiting for a person to confirm it with formResponseTeam. */
  | 'PROPOSED';

/** A person the service suggests for an incident's response team. */
export type ProposedResponder = {
  __typename?: 'ProposedResponder';
  /** The person. */
  person: Person;
  /** Role suggested for them in the team. */
  role: DomainRole;
  /** Why they were suggested. */
  why: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The audit trail, newest first: only entries whose label the caller's clearance covers. Requires AUDITOR or SECURITY_OFFICER. */
  auditTrail: AuditEntryConnection;
  /** Constituencies, newest first. Requires a staff role. */
  constituencies: ConstituencyConnection;
  /** One constituency. Requires a staff role. */
  constituency?: Maybe<Constituency>;
  /** One partner CSIRT. Requires a staff role. */
  partner?: Maybe<PartnerCsirt>;
  /** Partner CSIRTs, newest first. Requires a staff role. */
  partners: PartnerCsirtConnection;
  /** People, newest first. Requires a staff role. */
  people: PersonConnection;
  /** One person. Requires a staff role. */
  person?: Maybe<Person>;
  /** One team; a virtual CSIRT only when the caller may see its incident. Requires a staff role. */
  team?: Maybe<Team>;
  /** Teams, newest first; virtual CSIRTs only when the caller may see their incident. Requires a staff role. */
  teams: TeamConnection;
};


export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditTrailFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConstituenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConstituencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTeamArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TeamFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A new partner CSIRT and its agreement. */
export type RegisterPartnerInput = {
  /** The information-exchange agreement. */
  agreement: ExchangeAgreementInput;
  /** The partner's id outside the platform (Kafka principal, topics, tokens): lower-case letters, digits and dashes, at most 63 characters; unique and never changed. */
  code: Scalars['String']['input'];
  /** Contact e-mail address. */
  contactEmail: Scalars['String']['input'];
  /** Contact phone number, at most 50 characters. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 country code, e.g. DE. */
  country: Scalars['String']['input'];
  /** Name, 1 to 200 characters; unique. */
  name: Scalars['String']['input'];
  /** How far the partner is trusted. */
  trustLevel: TrustLevel;
};

/** A responder for a virtual CSIRT. */
export type ResponderInput = {
  /** The person; must be active. */
  personId: Scalars['ID']['input'];
  /** Why the person joins, at most 2,000 characters; defaults to the team's reason. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Role in the response team; must be one the person holds. */
  role: DomainRole;
};

/** A response team suggested automatically when an incident was opened, for a person to confirm. */
export type ResponseTeamProposal = {
  __typename?: 'ResponseTeamProposal';
  /** Suggested members (the lead included), active people only at the time of the proposal. */
  candidates: Array<ProposedResponder>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Suggested lead: the region's security officer, when there is one. */
  lead?: Maybe<Person>;
  /** When it was proposed. */
  proposedAt: Scalars['DateTime']['output'];
  /** Region the proposal was made for. */
  region?: Maybe<Scalars['String']['output']>;
  /** Proposed or confirmed. */
  status: ProposalStatus;
};

/** The service description (SLA) a team offers a constituency. */
export type ServiceDescription = {
  __typename?: 'ServiceDescription';
  /** Availability, e.g. 24x7 or business hours CET. */
  availability: Scalars['String']['output'];
  /** Objective of the service. */
  objective: Scalars['String']['output'];
  /** Priorities, most important first. */
  priorities: Array<Scalars['String']['output']>;
  /** Target times. */
  targets: ServiceTargets;
};

/** A service description (SLA). */
export type ServiceDescriptionInput = {
  /** Availability, 1 to 200 characters. */
  availability: Scalars['String']['input'];
  /** Objective, 3 to 2,000 characters. */
  objective: Scalars['String']['input'];
  /** Priorities, most important first; at most 20. */
  priorities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Target times. */
  targets: ServiceTargetsInput;
};

/** Target times of a service description, in minutes from the report. */
export type ServiceTargets = {
  __typename?: 'ServiceTargets';
  /** Minutes to acknowledge to the reporter. */
  acknowledgeMinutes: Scalars['Int']['output'];
  /** Minutes to contain. */
  containMinutes: Scalars['Int']['output'];
  /** Minutes to recover. */
  recoverMinutes: Scalars['Int']['output'];
  /** Minutes to triage. */
  triageMinutes: Scalars['Int']['output'];
};

/** Target times, in minutes; each 1 to 525,600, in order triage <= acknowledge <= contain <= recover. */
export type ServiceTargetsInput = {
  /** Minutes to acknowledge. */
  acknowledgeMinutes: Scalars['Int']['input'];
  /** Minutes to contain. */
  containMinutes: Scalars['Int']['input'];
  /** Minutes to recover. */
  recoverMinutes: Scalars['Int']['input'];
  /** Minutes to triage. */
  triageMinutes: Scalars['Int']['input'];
};

/** A standing team, or a virtual CSIRT formed for one incident (kind VCSIRT). */
export type Team = {
  __typename?: 'Team';
  /** Authority over its constituency. */
  authority: Authority;
  /** Constituencies this team serves. */
  constituencies: Array<Constituency>;
  /** When the team was created or formed. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created or formed the team (token subject). */
  createdBy: Scalars['String']['output'];
  /** What the team is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** For a virtual CSIRT: the incident it responds to. */
  incident?: Maybe<Incident>;
  /** Kind of team. */
  kind: TeamKind;
  /** For a virtual CSIRT: the security officer who leads it. */
  lead?: Maybe<Person>;
  /** Members, in joining order, each with their role in the team. */
  members: Array<TeamMember>;
  /** Name of the team. */
  name: Scalars['String']['output'];
  /** Region the team covers; null for worldwide teams. */
  region?: Maybe<Scalars['String']['output']>;
};


/** A standing team, or a virtual CSIRT formed for one incident (kind VCSIRT). */
export type TeamMembersArgs = {
  includeFormer?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of teams. */
export type TeamConnection = {
  __typename?: 'TeamConnection';
  /** The teams on this page. */
  edges: Array<TeamEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
};

/** One team in a list. */
export type TeamEdge = {
  __typename?: 'TeamEdge';
  /** Opaque position of this team in the list. */
  cursor: Scalars['String']['output'];
  /** The team. */
  node: Team;
};

/** Filters for the team list; all given filters must match. */
export type TeamFilter = {
  /** Only teams of this kind. */
  kind?: InputMaybe<TeamKind>;
  /** Only teams this person currently belongs to. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** Only teams in this region. */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** Kinds of team. */
export type TeamKind =
  /** Corporate security team. */
  | 'CORPORATE_SECURITY_TEAM'
  /** Enterprise (internal) CSIRT. */
  | 'ENTERPRISE_CSIRT'
  /** Geo-based security team of one region. */
  | 'GEO_SECURITY_TEAM'
  /** Security advisory group: advisory only. */
  | 'SECURITY_ADVISORY_GROUP'
  /** Virtual CSIRT formed for one incident (only through formResponseTeam). */
  | 'VCSIRT'
  /** Worldwide security team. */
  | 'WORLDWIDE_SECURITY_TEAM';

/** A person's membership of a team, with when and why they joined and left. */
export type TeamMember = {
  __typename?: 'TeamMember';
  /** Who added the person (token subject). */
  addedBy: Scalars['String']['output'];
  /** Why the person joined. */
  joinReason?: Maybe<Scalars['String']['output']>;
  /** When the person joined. */
  joinedAt: Scalars['DateTime']['output'];
  /** Whether this member leads the team. */
  lead: Scalars['Boolean']['output'];
  /** Why the person left. */
  leaveReason?: Maybe<Scalars['String']['output']>;
  /** When the person left; null while a member. */
  leftAt?: Maybe<Scalars['DateTime']['output']>;
  /** The member. */
  person: Person;
  /** Who released the person (token subject). */
  removedBy?: Maybe<Scalars['String']['output']>;
  /** Role the person has in this team. */
  role: DomainRole;
};

/** FIRST Traffic Light Protocol 2.0 label: who may see a piece of information. */
export type Tlp =
  /** The recipients' organisation and its clients who need to know. */
  | 'AMBER'
  /** The recipients' organisation only. */
  | 'AMBER_STRICT'
  /** Public; no restriction on disclosure. */
  | 'CLEAR'
  /** The recipients' community, not public channels. */
  | 'GREEN'
  /** Named recipients only. */
  | 'RED';

/** How far a partner CSIRT is trusted. */
export type TrustLevel =
  /** Long-standing, accredited partner. */
  | 'HIGH'
  /** Known, not yet vetted. */
  | 'LOW'
  /** Vetted; regular exchange. */
  | 'MEDIUM';

/** Changes to a constituency; only given fields change. */
export type UpdateConstituencyInput = {
  /** New boundaries, replacing the old ones whole; at least one entry in all. */
  boundaries?: InputMaybe<ConstituencyBoundariesInput>;
  /** New name, 1 to 200 characters; unique. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a person; fields left out stay as they are. */
export type UpdatePersonInput = {
  /** Active. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** E-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Available on call. */
  onCall?: InputMaybe<Scalars['Boolean']['input']>;
  /** Region; send null to clear it. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Roles held; replaces the list; at least one. */
  roles?: InputMaybe<Array<DomainRole>>;
  /** Skills; replaces the list. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Constituency: Constituency;
  Incident: Incident;
  PartnerCsirt: PartnerCsirt;
  Person: Person;
  Team: Team;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Constituency:
    ( { __typename: 'Constituency' }
    & GraphQLRecursivePick<FederationTypes['Constituency'], {"id":true}> );
  Incident:
    ( { __typename: 'Incident' }
    & GraphQLRecursivePick<FederationTypes['Incident'], {"id":true}> );
  PartnerCsirt:
    ( { __typename: 'PartnerCsirt' }
    & GraphQLRecursivePick<FederationTypes['PartnerCsirt'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddResponderInput: AddResponderInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddTeamMemberInput: AddTeamMemberInput;
  Attribution: Attribution;
  AuditAction: AuditAction;
  AuditActor: ResolverTypeWrapper<AuditActor>;
  AuditEntry: ResolverTypeWrapper<AuditEntryEntity>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditOutcome: AuditOutcome;
  AuditTrailFilter: AuditTrailFilter;
  Authority: Authority;
  Constituency: ResolverTypeWrapper<ConstituencyEntity>;
  ConstituencyBoundaries: ResolverTypeWrapper<ConstituencyBoundaries>;
  ConstituencyBoundariesInput: ConstituencyBoundariesInput;
  ConstituencyConnection: ResolverTypeWrapper<Omit<ConstituencyConnection, 'edges'> & { edges: Array<ResolversTypes['ConstituencyEdge']> }>;
  ConstituencyEdge: ResolverTypeWrapper<Omit<ConstituencyEdge, 'node'> & { node: ResolversTypes['Constituency'] }>;
  ConstituencyKind: ConstituencyKind;
  CreateConstituencyInput: CreateConstituencyInput;
  CreatePersonInput: CreatePersonInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateTeamInput: CreateTeamInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisclosurePolicy: DisclosurePolicy;
  DomainRole: DomainRole;
  ExchangeAgreement: ResolverTypeWrapper<ExchangeAgreement>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ExchangeAgreementInput: ExchangeAgreementInput;
  FormResponseTeamInput: FormResponseTeamInput;
  Incident: ResolverTypeWrapper<IncidentRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerCsirt: ResolverTypeWrapper<PartnerCsirtEntity>;
  PartnerCsirtConnection: ResolverTypeWrapper<Omit<PartnerCsirtConnection, 'edges'> & { edges: Array<ResolversTypes['PartnerCsirtEdge']> }>;
  PartnerCsirtEdge: ResolverTypeWrapper<Omit<PartnerCsirtEdge, 'node'> & { node: ResolversTypes['PartnerCsirt'] }>;
  PermittedAction: PermittedAction;
  Person: ResolverTypeWrapper<PersonEntity>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  ProposalStatus: ProposalStatus;
  ProposedResponder: ResolverTypeWrapper<CandidateEntity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterPartnerInput: RegisterPartnerInput;
  ResponderInput: ResponderInput;
  ResponseTeamProposal: ResolverTypeWrapper<ProposalEntity>;
  ServiceDescription: ResolverTypeWrapper<ServiceDescription>;
  ServiceDescriptionInput: ServiceDescriptionInput;
  ServiceTargets: ResolverTypeWrapper<ServiceTargets>;
  ServiceTargetsInput: ServiceTargetsInput;
  Team: ResolverTypeWrapper<TeamEntity>;
  TeamConnection: ResolverTypeWrapper<Omit<TeamConnection, 'edges'> & { edges: Array<ResolversTypes['TeamEdge']> }>;
  TeamEdge: ResolverTypeWrapper<Omit<TeamEdge, 'node'> & { node: ResolversTypes['Team'] }>;
  TeamFilter: TeamFilter;
  TeamKind: TeamKind;
  TeamMember: ResolverTypeWrapper<TeamMemberEntity>;
  Tlp: Tlp;
  TrustLevel: TrustLevel;
  UpdateConstituencyInput: UpdateConstituencyInput;
  UpdatePersonInput: UpdatePersonInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddResponderInput: AddResponderInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AddTeamMemberInput: AddTeamMemberInput;
  AuditActor: AuditActor;
  AuditEntry: AuditEntryEntity;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditTrailFilter: AuditTrailFilter;
  Constituency: ConstituencyEntity;
  ConstituencyBoundaries: ConstituencyBoundaries;
  ConstituencyBoundariesInput: ConstituencyBoundariesInput;
  ConstituencyConnection: Omit<ConstituencyConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConstituencyEdge']> };
  ConstituencyEdge: Omit<ConstituencyEdge, 'node'> & { node: ResolversParentTypes['Constituency'] };
  CreateConstituencyInput: CreateConstituencyInput;
  CreatePersonInput: CreatePersonInput;
  Boolean: Scalars['Boolean']['output'];
  CreateTeamInput: CreateTeamInput;
  DateTime: Scalars['DateTime']['output'];
  ExchangeAgreement: ExchangeAgreement;
  Int: Scalars['Int']['output'];
  ExchangeAgreementInput: ExchangeAgreementInput;
  FormResponseTeamInput: FormResponseTeamInput;
  Incident: IncidentRef;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PartnerCsirt: PartnerCsirtEntity;
  PartnerCsirtConnection: Omit<PartnerCsirtConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnerCsirtEdge']> };
  PartnerCsirtEdge: Omit<PartnerCsirtEdge, 'node'> & { node: ResolversParentTypes['PartnerCsirt'] };
  Person: PersonEntity;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  ProposedResponder: CandidateEntity;
  Query: Record<PropertyKey, never>;
  RegisterPartnerInput: RegisterPartnerInput;
  ResponderInput: ResponderInput;
  ResponseTeamProposal: ProposalEntity;
  ServiceDescription: ServiceDescription;
  ServiceDescriptionInput: ServiceDescriptionInput;
  ServiceTargets: ServiceTargets;
  ServiceTargetsInput: ServiceTargetsInput;
  Team: TeamEntity;
  TeamConnection: Omit<TeamConnection, 'edges'> & { edges: Array<ResolversParentTypes['TeamEdge']> };
  TeamEdge: Omit<TeamEdge, 'node'> & { node: ResolversParentTypes['Team'] };
  TeamFilter: TeamFilter;
  TeamMember: TeamMemberEntity;
  UpdateConstituencyInput: UpdateConstituencyInput;
  UpdatePersonInput: UpdatePersonInput;
}>;

export type AuditActorResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['AuditActor'] = ResolversParentTypes['AuditActor']> = ResolversObject<{
  personId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['AuditActor'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tlp?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type ConstituencyResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['Constituency'] = ResolversParentTypes['Constituency'], FederationReferenceType extends FederationReferenceTypes['Constituency'] = FederationReferenceTypes['Constituency']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Constituency']> | FederationReferenceType, FederationReferenceType, ContextType>;
  boundaries?: Resolver<ResolversTypes['ConstituencyBoundaries'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConstituencyKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['ServiceDescription'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
}>;

export type ConstituencyBoundariesResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['ConstituencyBoundaries'] = ResolversParentTypes['ConstituencyBoundaries']> = ResolversObject<{
  geography?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  networkProviders?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ConstituencyConnectionResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['ConstituencyConnection'] = ResolversParentTypes['ConstituencyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConstituencyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ConstituencyEdgeResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['ConstituencyEdge'] = ResolversParentTypes['ConstituencyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Constituency'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExchangeAgreementResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['ExchangeAgreement'] = ResolversParentTypes['ExchangeAgreement']> = ResolversObject<{
  agreedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  attribution?: Resolver<ResolversTypes['Attribution'], ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['DisclosurePolicy'], ParentType, ContextType>;
  embargoDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  namedRecipients?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  permittedActions?: Resolver<Array<ResolversTypes['PermittedAction']>, ParentType, ContextType>;
  tlpCeiling?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IncidentResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident'], FederationReferenceType extends FederationReferenceTypes['Incident'] = FederationReferenceTypes['Incident']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Incident']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  proposedResponseTeam?: Resolver<Maybe<ResolversTypes['ResponseTeamProposal']>, ParentType, ContextType>;
  responseTeam?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addResponder?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationAddResponderArgs, 'incidentId' | 'input'>>;
  addTeamMember?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationAddTeamMemberArgs, 'input' | 'teamId'>>;
  createConstituency?: Resolver<ResolversTypes['Constituency'], ParentType, ContextType, RequireFields<MutationCreateConstituencyArgs, 'input'>>;
  createPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationCreatePersonArgs, 'input'>>;
  createTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationCreateTeamArgs, 'input'>>;
  formResponseTeam?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationFormResponseTeamArgs, 'incidentId' | 'input'>>;
  registerPartner?: Resolver<ResolversTypes['PartnerCsirt'], ParentType, ContextType, RequireFields<MutationRegisterPartnerArgs, 'input'>>;
  releaseResponder?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationReleaseResponderArgs, 'incidentId' | 'personId' | 'reason'>>;
  removeTeamMember?: Resolver<ResolversTypes['Team'], ParentType, ContextType, RequireFields<MutationRemoveTeamMemberArgs, 'personId' | 'teamId'>>;
  updateConstituency?: Resolver<ResolversTypes['Constituency'], ParentType, ContextType, RequireFields<MutationUpdateConstituencyArgs, 'id' | 'input'>>;
  updatePartnerAgreement?: Resolver<ResolversTypes['PartnerCsirt'], ParentType, ContextType, RequireFields<MutationUpdatePartnerAgreementArgs, 'input' | 'partnerId'>>;
  updatePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerCsirtResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['PartnerCsirt'] = ResolversParentTypes['PartnerCsirt'], FederationReferenceType extends FederationReferenceTypes['PartnerCsirt'] = FederationReferenceTypes['PartnerCsirt']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartnerCsirt']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  agreement?: Resolver<ResolversTypes['ExchangeAgreement'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trustLevel?: Resolver<ResolversTypes['TrustLevel'], ParentType, ContextType>;
}>;

export type PartnerCsirtConnectionResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['PartnerCsirtConnection'] = ResolversParentTypes['PartnerCsirtConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnerCsirtEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PartnerCsirtEdgeResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['PartnerCsirtEdge'] = ResolversParentTypes['PartnerCsirtEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartnerCsirt'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasSecurityResponsibilities?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onCall?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['DomainRole']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type ProposedResponderResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['ProposedResponder'] = ResolversParentTypes['ProposedResponder']> = ResolversObject<{
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['DomainRole'], ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditTrailArgs>>;
  constituencies?: Resolver<ResolversTypes['ConstituencyConnection'], ParentType, ContextType, Partial<QueryConstituenciesArgs>>;
  constituency?: Resolver<Maybe<ResolversTypes['Constituency']>, ParentType, ContextType, RequireFields<QueryConstituencyArgs, 'id'>>;
  partner?: Resolver<Maybe<ResolversTypes['PartnerCsirt']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partners?: Resolver<ResolversTypes['PartnerCsirtConnection'], ParentType, ContextType, Partial<QueryPartnersArgs>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<QueryPeopleArgs>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType, RequireFields<QueryTeamArgs, 'id'>>;
  teams?: Resolver<ResolversTypes['TeamConnection'], ParentType, ContextType, Partial<QueryTeamsArgs>>;
}>;

export type ResponseTeamProposalResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['ResponseTeamProposal'] = ResolversParentTypes['ResponseTeamProposal']> = ResolversObject<{
  candidates?: Resolver<Array<ResolversTypes['ProposedResponder']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
}>;

export type ServiceDescriptionResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['ServiceDescription'] = ResolversParentTypes['ServiceDescription']> = ResolversObject<{
  availability?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objective?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priorities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targets?: Resolver<ResolversTypes['ServiceTargets'], ParentType, ContextType>;
}>;

export type ServiceTargetsResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['ServiceTargets'] = ResolversParentTypes['ServiceTargets']> = ResolversObject<{
  acknowledgeMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  containMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recoverMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  triageMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TeamResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  constituencies?: Resolver<Array<ResolversTypes['Constituency']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TeamKind'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['TeamMember']>, ParentType, ContextType, RequireFields<TeamMembersArgs, 'includeFormer'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TeamConnectionResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['TeamConnection'] = ResolversParentTypes['TeamConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TeamEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type TeamEdgeResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['TeamEdge'] = ResolversParentTypes['TeamEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
}>;

export type TeamMemberResolvers<ContextType = TeamsContext, ParentType extends ResolversParentTypes['TeamMember'] = ResolversParentTypes['TeamMember']> = ResolversObject<{
  addedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  joinReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  leaveReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leftAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  removedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['DomainRole'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = TeamsContext> = ResolversObject<{
  AuditActor?: AuditActorResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Constituency?: ConstituencyResolvers<ContextType>;
  ConstituencyBoundaries?: ConstituencyBoundariesResolvers<ContextType>;
  ConstituencyConnection?: ConstituencyConnectionResolvers<ContextType>;
  ConstituencyEdge?: ConstituencyEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ExchangeAgreement?: ExchangeAgreementResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerCsirt?: PartnerCsirtResolvers<ContextType>;
  PartnerCsirtConnection?: PartnerCsirtConnectionResolvers<ContextType>;
  PartnerCsirtEdge?: PartnerCsirtEdgeResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  ProposedResponder?: ProposedResponderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResponseTeamProposal?: ResponseTeamProposalResolvers<ContextType>;
  ServiceDescription?: ServiceDescriptionResolvers<ContextType>;
  ServiceTargets?: ServiceTargetsResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamConnection?: TeamConnectionResolvers<ContextType>;
  TeamEdge?: TeamEdgeResolvers<ContextType>;
  TeamMember?: TeamMemberResolvers<ContextType>;
}>;

