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
  /** Drafted automatically from an incident event rather than by a person. */
  autoDrafted: Scalars['Boolean']['output'];
  /** When the draft was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The latest CSAF 2.0 document released to partner CSIRTs for this advisory (its publication, a revision or its withdrawal), exactly as signed and delivered; null before its first release to partners. */
  csaf?: Maybe<CsafRelease>;
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

/**
 * One CSAF 2.0 document as released to partner CSIRTs: the exact text that was signed and
 * hashed, with its detached OpenPGP signature, as partners received it on Kafka and as the
 * provider directory serves it.
 */
export type CsafRelease = {
  __typename?: 'CsafRelease';
  /** What caused this release. */
  action: CsafReleaseAction;
  /** The document as signed: UTF-8 JSON text, byte for byte. */
  document: Scalars['String']['output'];
  /** When it was released. */
  releasedAt: Scalars['DateTime']['output'];
  /** SHA-256 of document, hex. */
  sha256: Scalars['String']['output'];
  /** SHA-512 of document, hex. */
  sha512: Scalars['String']['output'];
  /** Detached, ASCII-armoured OpenPGP signature over document. */
  signature: Scalars['String']['output'];
  /** Fingerprint of the signing key (listed in provider-metadata.json). */
  signingKeyFingerprint: Scalars['String']['output'];
  /** TLP label of the document (CSAF writes TLP:CLEAR as WHITE). */
  tlp: Tlp;
  /** /document/tracking/id: the advisory's reference. */
  trackingId: Scalars['String']['output'];
  /** Where the provider directory serves it (.asc, .sha256 and .sha512 beside it); null for releases recorded without one. */
  url?: Maybe<Scalars['String']['output']>;
  /** /document/tracking/version: 1 for the first publication, one more per revision and the withdrawal. */
  version: Scalars['Int']['output'];
};

/** What a release to partners was: the action that caused it. */
export type CsafReleaseAction =
  /** First publication. */
  | 'PUBLISHED'
  /** A revision of a published advisory. */
  | 'REVISED'
  /** The withdrawal of a published advisory. */
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
  /** Starts a draft. Requires the PUBLISHER role, cleared for the label given (ADVISORY.TLP_NOT_CLEARED otherwise). */
  draftAdvisory: Advisory;
  /** Publishes a draft to partner CSIRTs. Requires PUBLISHER cleared for the advisory's label (ADVISORY.NOT_FOUND otherwise, as for a missing one); the label must be TLP:AMBER or lower. */
  publishAdvisory: Advisory;
  /** Withdraws a published advisory. Requires PUBLISHER cleared for the advisory's label (ADVISORY.NOT_FOUND otherwise, as for a missing one). */
  withdrawAdvisory: Advisory;
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
  AdvisoryConnection: ResolverTypeWrapper<Omit<AdvisoryConnection, 'edges'> & { edges: Array<ResolversTypes['AdvisoryEdge']> }>;
  AdvisoryEdge: ResolverTypeWrapper<Omit<AdvisoryEdge, 'node'> & { node: ResolversTypes['Advisory'] }>;
  AdvisoryFilter: AdvisoryFilter;
  AdvisoryKind: AdvisoryKind;
  AdvisoryStatus: AdvisoryStatus;
  CsafRelease: ResolverTypeWrapper<CsafRelease>;
  CsafReleaseAction: CsafReleaseAction;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DraftAdvisoryInput: DraftAdvisoryInput;
  Incident: ResolverTypeWrapper<IncidentRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
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
  AdvisoryConnection: Omit<AdvisoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AdvisoryEdge']> };
  AdvisoryEdge: Omit<AdvisoryEdge, 'node'> & { node: ResolversParentTypes['Advisory'] };
  AdvisoryFilter: AdvisoryFilter;
  CsafRelease: CsafRelease;
  DateTime: Scalars['DateTime']['output'];
  DraftAdvisoryInput: DraftAdvisoryInput;
  Incident: IncidentRef;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
}>;

export type AdvisoryResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['Advisory'] = ResolversParentTypes['Advisory'], FederationReferenceType extends FederationReferenceTypes['Advisory'] = FederationReferenceTypes['Advisory']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Advisory']> | FederationReferenceType, FederationReferenceType, ContextType>;
  autoDrafted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  csaf?: Resolver<Maybe<ResolversTypes['CsafRelease']>, ParentType, ContextType>;
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

export type AdvisoryConnectionResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['AdvisoryConnection'] = ResolversParentTypes['AdvisoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AdvisoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AdvisoryEdgeResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['AdvisoryEdge'] = ResolversParentTypes['AdvisoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType>;
}>;

export type CsafReleaseResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['CsafRelease'] = ResolversParentTypes['CsafRelease']> = ResolversObject<{
  action?: Resolver<ResolversTypes['CsafReleaseAction'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha512?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signingKeyFingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tlp?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
  trackingId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  draftAdvisory?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType, RequireFields<MutationDraftAdvisoryArgs, 'input'>>;
  publishAdvisory?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType, RequireFields<MutationPublishAdvisoryArgs, 'id'>>;
  withdrawAdvisory?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType, RequireFields<MutationWithdrawAdvisoryArgs, 'id' | 'reason'>>;
}>;

export type PageInfoResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  advisories?: Resolver<ResolversTypes['AdvisoryConnection'], ParentType, ContextType, Partial<QueryAdvisoriesArgs>>;
  advisory?: Resolver<Maybe<ResolversTypes['Advisory']>, ParentType, ContextType, RequireFields<QueryAdvisoryArgs, 'id'>>;
}>;

export type Resolvers<ContextType = AnnouncementsContext> = ResolversObject<{
  Advisory?: AdvisoryResolvers<ContextType>;
  AdvisoryConnection?: AdvisoryConnectionResolvers<ContextType>;
  AdvisoryEdge?: AdvisoryEdgeResolvers<ContextType>;
  CsafRelease?: CsafReleaseResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Incident?: IncidentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

