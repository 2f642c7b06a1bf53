import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Advisory as AdvisoryEntity } from '../advisories/advisory.entity';
import { IncidentRef, AnnouncementsContext } from '../context';
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

/** Information for a constituency or partner CSIRTs: an advisory, a notification, a watch item. */
export type Advisory = {
  __typename?: 'Advisory';
  /** Read receipts: for each partner CSIRT the advisory was released to, whether and since when it acknowledged it, and since when it has been waiting; by partner code. Empty before the first release, and for partner tokens. */
  acknowledgements: Array<AdvisoryAcknowledgementStatus>;
  /** Drafted automatically from an incident event rather than by a person. */
  autoDrafted: Scalars['Boolean']['output'];
  /** When the draft was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The incident this advisory is about, if any; null while the caller may not read that incident. */
  incident?: Maybe<Incident>;
  /** What the advisory is for. */
  kind: AdvisoryKind;
  /** When it was published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who published it (token subject). */
  publishedBy?: Maybe<Scalars['String']['output']>;
  /** Human-readable reference, e.g. ADV-2026-00012. */
  reference: Scalars['String']['output'];
  /** Severity 1 (low) to 4 (critical). */
  severity: Scalars['Int']['output'];
  /** Draft, published or withdrawn. */
  status: AdvisoryStatus;
  /** One-paragraph summary for the recipients. */
  summary: Scalars['String']['output'];
  /** Headline. */
  title: Scalars['String']['output'];
  /** TLP label; an advisory above TLP:AMBER cannot be published to partners. */
  tlp: Tlp;
};

/** A partner CSIRT's read receipt for an advisory, as the partner sees it. */
export type AdvisoryAcknowledgement = {
  __typename?: 'AdvisoryAcknowledgement';
  /** When the partner acknowledged `version`. */
  acknowledgedAt: Scalars['DateTime']['output'];
  /** When the partner first acknowledged the advisory, whichever version; never changes. */
  firstAcknowledgedAt: Scalars['DateTime']['output'];
  /** The newest version released; equal to `version` when the partner is up to date. */
  latestVersion: Scalars['Int']['output'];
  /** CSAF tracking id of the advisory (`/document/tracking/id`). */
  trackingId: Scalars['String']['output'];
  /** The newest version (`/document/tracking/version`: 1, 2, …) the partner has acknowledged. */
  version: Scalars['Int']['output'];
};

/** Whether one partner CSIRT an advisory was released to has acknowledged it. */
export type AdvisoryAcknowledgementStatus = {
  __typename?: 'AdvisoryAcknowledgementStatus';
  /** Whether it has acknowledged any version. */
  acknowledged: Scalars['Boolean']['output'];
  /** When it acknowledged that version; null while it never has. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The newest version it has acknowledged; null while it never has. */
  acknowledgedVersion?: Maybe<Scalars['Int']['output']>;
  /** When it first acknowledged the advisory; null while it never has. */
  firstAcknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The partner (teams service). */
  partner: PartnerCsirt;
  /** The partner's code: its Kafka principal, its topics and the `partner_id` claim of its tokens. */
  partnerCode: Scalars['String']['output'];
  /** Whether it has acknowledged the newest version. */
  upToDate: Scalars['Boolean']['output'];
  /** Since when a version released to it has waited for its acknowledgement (the oldest such release); null when up to date. */
  waitingSince?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of advisories. */
export type AdvisoryConnection = {
  __typename?: 'AdvisoryConnection';
  /** The advisories on this page. */
  edges: Array<AdvisoryEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
};

/** One advisory in a list. */
export type AdvisoryEdge = {
  __typename?: 'AdvisoryEdge';
  /** Opaque position of this advisory in the list. */
  cursor: Scalars['String']['output'];
  /** The advisory. */
  node: Advisory;
};

/** Filters for the advisory list; all given filters must match. */
export type AdvisoryFilter = {
  /** Only advisories about this incident (none when the caller may not read the incident). */
  incidentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only advisories of this kind. */
  kind?: InputMaybe<AdvisoryKind>;
  /** Only advisories in this status. */
  status?: InputMaybe<AdvisoryStatus>;
};

/** What an advisory is for. */
export type AdvisoryKind =
  /** Education and awareness. */
  | 'EDUCATION'
  /** Notice of an incident that affects the recipients. */
  | 'INCIDENT_NOTIFICATION'
  /** Technology watch: trends and developments. */
  | 'TECHNOLOGY_WATCH'
  /** A threat seen against the constituency. */
  | 'THREAT_ADVISORY'
  /** A vulnerability and what to do about it. */
  | 'VULNERABILITY_ADVISORY';

/** Where an advisory is in its life. */
export type AdvisoryStatus =
  /** Being written; seen only inside the team. */
  | 'DRAFT'
  /** Sent to the announcement topic partner CSIRTs subscribe to. */
  | 'PUBLISHED'
  /** Taken back after publication. */
  | 'WITHDRAWN';

/** A new advisory draft. */
export type DraftAdvisoryInput = {
  /** The incident it is about, if any. */
  incidentId?: InputMaybe<Scalars['ID']['input']>;
  /** What the advisory is for. */
  kind: AdvisoryKind;
  /** Severity 1 (low) to 4 (critical). */
  severity: Scalars['Int']['input'];
  /** Summary, at most 10,000 characters. */
  summary: Scalars['String']['input'];
  /** Headline, 3 to 200 characters. */
  title: Scalars['String']['input'];
  /** TLP label. */
  tlp: Tlp;
};

/** An incident, owned by the incidents service; this service adds its advisories. */
export type Incident = {
  __typename?: 'Incident';
  /** Advisories about this incident that the caller may read, newest first; none while the caller may not read the incident. */
  advisories: Array<Advisory>;
  /** Incident id. */
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A partner CSIRT's read receipt. Only with a partner's token (claim `partner_id`; ACKNOWLEDGEMENT.PARTNER_TOKEN_REQUIRED otherwise), for an advisory released to that partner (ADVISORY.NOT_FOUND otherwise, as for a missing one). `version` defaults to the newest and must have been released (ACKNOWLEDGEMENT.UNKNOWN_VERSION). Idempotent: the first acknowledgement's time is kept; a newer version is recorded, an older one changes nothing. */
  acknowledgeAdvisory: AdvisoryAcknowledgement;
  /** Starts a draft. Requires the PUBLISHER role, cleared for the label given (ADVISORY.TLP_NOT_CLEARED otherwise). */
  draftAdvisory: Advisory;
  /** Publishes a draft to partner CSIRTs. Requires PUBLISHER cleared for the advisory's label (ADVISORY.NOT_FOUND otherwise, as for a missing one); the label must be TLP:AMBER or lower. */
  publishAdvisory: Advisory;
  /** Withdraws a published advisory. Requires PUBLISHER cleared for the advisory's label (ADVISORY.NOT_FOUND otherwise, as for a missing one). */
  withdrawAdvisory: Advisory;
};


export type MutationAcknowledgeAdvisoryArgs = {
  trackingId: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDraftAdvisoryArgs = {
  input: DraftAdvisoryInput;
};


export type MutationPublishAdvisoryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawAdvisoryArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Position in a paginated list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A partner CSIRT, owned by the teams service; referenced here by id only. */
export type PartnerCsirt = {
  __typename?: 'PartnerCsirt';
  /** Partner id (teams service). */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Advisories the caller may read, newest first. */
  advisories: AdvisoryConnection;
  /** One advisory, if it exists and the caller is cleared for its TLP label. */
  advisory?: Maybe<Advisory>;
};


export type QueryAdvisoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AdvisoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAdvisoryArgs = {
  id: Scalars['ID']['input'];
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
  Advisory: Advisory;
  Incident: Incident;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Advisory:
    ( { __typename: 'Advisory' }
    & GraphQLRecursivePick<FederationTypes['Advisory'], {"id":true}> );
  Incident:
    ( { __typename: 'Incident' }
    & GraphQLRecursivePick<FederationTypes['Incident'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Advisory: ResolverTypeWrapper<AdvisoryEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AdvisoryAcknowledgement: ResolverTypeWrapper<AdvisoryAcknowledgement>;
  AdvisoryAcknowledgementStatus: ResolverTypeWrapper<AdvisoryAcknowledgementStatus>;
  AdvisoryConnection: ResolverTypeWrapper<Omit<AdvisoryConnection, 'edges'> & { edges: Array<ResolversTypes['AdvisoryEdge']> }>;
  AdvisoryEdge: ResolverTypeWrapper<Omit<AdvisoryEdge, 'node'> & { node: ResolversTypes['Advisory'] }>;
  AdvisoryFilter: AdvisoryFilter;
  AdvisoryKind: AdvisoryKind;
  AdvisoryStatus: AdvisoryStatus;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DraftAdvisoryInput: DraftAdvisoryInput;
  Incident: ResolverTypeWrapper<IncidentRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerCsirt: ResolverTypeWrapper<PartnerCsirt>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tlp: Tlp;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Advisory: AdvisoryEntity;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AdvisoryAcknowledgement: AdvisoryAcknowledgement;
  AdvisoryAcknowledgementStatus: AdvisoryAcknowledgementStatus;
  AdvisoryConnection: Omit<AdvisoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AdvisoryEdge']> };
  AdvisoryEdge: Omit<AdvisoryEdge, 'node'> & { node: ResolversParentTypes['Advisory'] };
  AdvisoryFilter: AdvisoryFilter;
  DateTime: Scalars['DateTime']['output'];
  DraftAdvisoryInput: DraftAdvisoryInput;
  Incident: IncidentRef;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PartnerCsirt: PartnerCsirt;
  Query: Record<PropertyKey, never>;
}>;

export type AdvisoryResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['Advisory'] = ResolversParentTypes['Advisory'], FederationReferenceType extends FederationReferenceTypes['Advisory'] = FederationReferenceTypes['Advisory']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Advisory']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledgements?: Resolver<Array<ResolversTypes['AdvisoryAcknowledgementStatus']>, ParentType, ContextType>;
  autoDrafted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AdvisoryKind'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AdvisoryStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tlp?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
}>;

export type AdvisoryAcknowledgementResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['AdvisoryAcknowledgement'] = ResolversParentTypes['AdvisoryAcknowledgement']> = ResolversObject<{
  acknowledgedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firstAcknowledgedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  latestVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trackingId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AdvisoryAcknowledgementStatusResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['AdvisoryAcknowledgementStatus'] = ResolversParentTypes['AdvisoryAcknowledgementStatus']> = ResolversObject<{
  acknowledged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgedVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  firstAcknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['PartnerCsirt'], ParentType, ContextType>;
  partnerCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  upToDate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  waitingSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type AdvisoryConnectionResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['AdvisoryConnection'] = ResolversParentTypes['AdvisoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AdvisoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AdvisoryEdgeResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['AdvisoryEdge'] = ResolversParentTypes['AdvisoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IncidentResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident'], FederationReferenceType extends FederationReferenceTypes['Incident'] = FederationReferenceTypes['Incident']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Incident']> | FederationReferenceType, FederationReferenceType, ContextType>;
  advisories?: Resolver<Array<ResolversTypes['Advisory']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeAdvisory?: Resolver<ResolversTypes['AdvisoryAcknowledgement'], ParentType, ContextType, RequireFields<MutationAcknowledgeAdvisoryArgs, 'trackingId'>>;
  draftAdvisory?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType, RequireFields<MutationDraftAdvisoryArgs, 'input'>>;
  publishAdvisory?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType, RequireFields<MutationPublishAdvisoryArgs, 'id'>>;
  withdrawAdvisory?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType, RequireFields<MutationWithdrawAdvisoryArgs, 'id' | 'reason'>>;
}>;

export type PageInfoResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerCsirtResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['PartnerCsirt'] = ResolversParentTypes['PartnerCsirt']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  advisories?: Resolver<ResolversTypes['AdvisoryConnection'], ParentType, ContextType, Partial<QueryAdvisoriesArgs>>;
  advisory?: Resolver<Maybe<ResolversTypes['Advisory']>, ParentType, ContextType, RequireFields<QueryAdvisoryArgs, 'id'>>;
}>;

export type Resolvers<ContextType = AnnouncementsContext> = ResolversObject<{
  Advisory?: AdvisoryResolvers<ContextType>;
  AdvisoryAcknowledgement?: AdvisoryAcknowledgementResolvers<ContextType>;
  AdvisoryAcknowledgementStatus?: AdvisoryAcknowledgementStatusResolvers<ContextType>;
  AdvisoryConnection?: AdvisoryConnectionResolvers<ContextType>;
  AdvisoryEdge?: AdvisoryEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Incident?: IncidentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerCsirt?: PartnerCsirtResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

