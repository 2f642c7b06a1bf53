import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { offlineLandingPage } from './landing-page';
import { ServiceMetrics } from './metrics';
import { flushTracing, startTracing } from './tracing';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { createTokenVerifier, type Principal, type TokenVerifierOptions } from '@csirt/auth';
import {
  createDataSource,
  isDatabaseReachable,
  runMigrations,
  systemClock,
  TimeoutError,
  TimerPoller,
  withTimeout,
  type Clock,
  type DatabaseOptions,
  type TimerHandler,
} from '@csirt/db';
import {
  activeTraceparent,
  createKafka,
  createProducer,
  EventConsumer,
  KafkaHealth,
  Outbox,
  OutboxRelay,
  type HandlerRegistration,
  type Kafka,
  type KafkaSasl,
  type KafkaTls,
  type Producer,
} from '@csirt/messaging';
import { deadLetterTopic } from '@csirt/contracts';
import { GraphQLError, type DocumentNode } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { auditDenials } from './audit';
import { guardEntities } from './entities';
import { createErrorFormatter } from './errors';
import { anonymousFederationGuard, createCallerAuthenticator, type Caller } from './gateway-only';
import { close, createHttpServer, HttpRouteError, listen, type HttpGetRoute, type HttpRouteResponse } from './http-server';
import { createLogger, type Logger, type LogLevel } from './logger';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';
import { DEFAULT_REQUEST_LIMITS, requestLimitRules, requireResolvedOperation, type RequestLimits } from './request-limits';

/** Settings every subgraph has; each app's environment.ts produces them from its env vars. */
export interface SubgraphRuntimeConfig {
  host: string;
  port: number;
  databaseUrl: string;
  databasePoolSize: number;
  kafkaBrokers: string[];
  /** This service's own Kafka principal; the broker refuses anonymous clients. */
  kafkaSasl?: KafkaSasl;
  kafkaTls?: KafkaTls;
  auth: TokenVerifierOptions;
  /** Secret of the gateway's credential: without a valid one, /graphql answers 401. */
  gatewayCredentialSecret: string;
  logLevel: LogLevel;
  /** Apply pending migrations at start (dev, single replica); otherwise run the app's migrate entry first. */
  migrateOnStart: boolean;
  /** Serve schema introspection and the landing page (development only). */
  introspection: boolean;
  /** How often the outbox relay polls when not nudged. */
  outboxPollMs: number;
  /** Kafka consumer group (and inbox namespace); `csirt-<service>` unless set. */
  consumerGroup?: string;
  /** Postgres cancels any statement running longer (see @csirt/db). */
  databaseStatementTimeoutMs?: number;
  /** Request-size limits; DEFAULT_REQUEST_LIMITS unless set. */
  limits?: RequestLimits & { maxBodyBytes?: number };
  /** OTLP/HTTP collector for traces; none exported unless set. */
  otlpEndpoint?: string;
  /** Where the service's "now" comes from (timers, service levels); the system clock unless set (tests). */
  clock?: Clock;
  /** How often the durable-timer poller looks for due timers (default 1 s). */
  timerPollMs?: number;
}

/** What the service's code gets to work with. */
export interface ServiceDeps {
  name: string;
  dataSource: DataSource;
  outbox: Outbox;
  relay: OutboxRelay;
  kafka: Kafka;
  log: Logger;
  /** The service's "now": use it, not `new Date()`, for anything a timer measures. */
  clock: Clock;
  /**
   * Runs a use case in one transaction, then wakes the relay so its events leave at once
   * rather than at the next poll.
   */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
}

/** What every resolver sees; services extend it with their loaders. */
export interface BaseRequestContext {
  principal: Principal | null;
  /** W3C trace context of the incoming request, copied into the events it causes. */
  traceparent?: string;
  /** The request's `x-request-id` (from the gateway, or made here): recorded in audit entries. */
  requestId: string;
  log: Logger;
}

/** A GET request to a subgraph route, after the gateway's credential and the caller's token were checked. */
export interface SubgraphRouteRequest extends BaseRequestContext {
  /** The path under the route's prefix: plain segments only (see HttpGetRoute). */
  path: string;
  headers: IncomingHttpHeaders;
}

/**
 * A read-only HTTP route a subgraph serves beside /graphql, under the same rules: only
 * the gateway may call it (401 otherwise), a bad bearer token is 401, and errors have the
 * stable error body. Throw `HttpRouteError` to answer with a code.
 */
export interface SubgraphRoute {
  prefix: string;
  handle(request: SubgraphRouteRequest): Promise<HttpRouteResponse>;
}

export interface SubgraphDefinition<TContext extends BaseRequestContext> {
  name: string;
  typeDefs: DocumentNode;
  // Generated resolver types are stricter than Apollo's map; each service checks its own.
  resolvers: GraphQLResolverMap<TContext> | object;
  entities: DatabaseOptions['entities'];
  migrations: DatabaseOptions['migrations'];
  createContext(base: BaseRequestContext, deps: ServiceDeps): TContext;
  consumes?: {
    topics: string[];
    handlers(deps: ServiceDeps): HandlerRegistration[];
  };
  /** Handlers of the service's durable timers, by kind (see @csirt/db timers); polled while it runs. */
  timers?(deps: ServiceDeps): Record<string, TimerHandler>;
  plugins?: ApolloServerPlugin<TContext>[];
  /** GET routes beside /graphql; built once at start, after the database and Kafka are up. */
  routes?(deps: ServiceDeps): SubgraphRoute[] | Promise<SubgraphRoute[]>;
}

/**
 * One subgraph process: its database, its outbox relay, its event consumer and its GraphQL
 * endpoint, started and stopped in the right order. Apps call this from main.ts; tests
 * start the same thing on port 0 against test infrastructure.
 */
export class SubgraphService<TContext extends BaseRequestContext> {
  readonly log: Logger;
  private deps?: ServiceDeps;
  private producer?: Producer;
  private consumer?: EventConsumer;
  private timers?: TimerPoller;
  private kafkaHealth?: KafkaHealth;
  private apollo?: ApolloServer<TContext>;
  private server?: Server;
  private boundPort?: number;

  constructor(
    private readonly definition: SubgraphDefinition<TContext>,
    private readonly config: SubgraphRuntimeConfig,
  ) {
    this.log = createLogger(definition.name, config.logLevel);
  }

  get url(): string {
    if (this.boundPort === undefined) throw new Error(`${this.definition.name} is not listening`);
    return `http://${this.config.host === '0.0.0.0' ? '127.0.0.1' : this.config.host}:${this.boundPort}/graphql`;
  }

  get dependencies(): ServiceDeps {
    if (!this.deps) throw new Error(`${this.definition.name} is not started`);
    return this.deps;
  }

  /** The durable-timer poller, for tests that fire due timers without waiting. */
  get timerPoller(): TimerPoller | undefined {
    return this.timers;
  }

  /** The consumer, for tests that wait on its outcomes. */
  get eventConsumer(): EventConsumer | undefined {
    return this.consumer;
  }

  async start(): Promise<void> {
    const { definition, config, log } = this;
    startTracing(definition.name, config.otlpEndpoint);
    const dataSource = createDataSource({
      url: config.databaseUrl,
      applicationName: `csirt-${definition.name}`,
      entities: definition.entities,
      migrations: definition.migrations,
      poolSize: config.databasePoolSize,
      statementTimeoutMs: config.databaseStatementTimeoutMs,
    });
    await dataSource.initialize();
    if (config.migrateOnStart) {
      const applied = await runMigrations(dataSource);
      if (applied.length > 0) log.info('migrations applied', { applied });
    }

    const kafka = createKafka({
      clientId: `csirt-${definition.name}`,
      brokers: config.kafkaBrokers,
      sasl: config.kafkaSasl,
      tls: config.kafkaTls,
      log,
    });
    this.kafkaHealth = new KafkaHealth(kafka);
    this.producer = await createProducer(kafka);
    const relay = new OutboxRelay({ dataSource, producer: this.producer, log, pollIntervalMs: config.outboxPollMs });
    const deps: ServiceDeps = {
      name: definition.name,
      dataSource,
      outbox: new Outbox(definition.name),
      relay,
      kafka,
      log,
      clock: config.clock ?? systemClock,
      transaction: async (work) => {
        const result = await dataSource.transaction('READ COMMITTED', work);
        relay.nudge();
        return result;
      },
    };
    this.deps = deps;
    relay.start();

    if (definition.consumes) {
      this.consumer = new EventConsumer({
        kafka,
        dataSource,
        groupId: config.consumerGroup ?? `csirt-${definition.name}`,
        topics: definition.consumes.topics,
        handlers: definition.consumes.handlers(deps),
        producer: this.producer,
        deadLetterTopic: deadLetterTopic(definition.name),
        log,
      });
      await this.consumer.start();
    }
    const consumer = this.consumer;
    const metrics = new ServiceMetrics(definition.name, { outboxBacklog: () => relay.backlog(), consumerLag: consumer && (() => consumer.lag()) });
    consumer?.onOutcome((outcome) => metrics.countEvent(outcome));

    if (definition.timers) {
      this.timers = new TimerPoller({
        dataSource,
        handlers: definition.timers(deps),
        clock: deps.clock,
        pollIntervalMs: config.timerPollMs,
        log,
        afterFire: () => relay.nudge(),
      });
      this.timers.start();
    }

    const authenticate = createCallerAuthenticator({
      subgraph: definition.name,
      gatewayCredentialSecret: config.gatewayCredentialSecret,
      verifyToken: createTokenVerifier(config.auth),
    });
    const limits = config.limits ?? DEFAULT_REQUEST_LIMITS;
    const schema = buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> });
    guardEntities(schema, definition.typeDefs, limits.maxEntityRepresentations);
    this.apollo = new ApolloServer<TContext>({
      schema,
      formatError: createErrorFormatter(log),
      // Never, whatever NODE_ENV says: a stack names files and lines of the deployment.
      includeStacktraceInErrorResponses: false,
      validationRules: requestLimitRules(limits),
      parseOptions: { maxTokens: limits.maxTokens },
      allowBatchedHttpRequests: false,
      introspection: config.introspection,
      plugins: [
        // No Apollo usage reporting here, so per-field traces would only cost time.
        ApolloServerPluginInlineTraceDisabled(),
        // No @cacheControl hints anywhere, so the per-field hook would only cost time (a
        // 2,640-cell metrics answer spends much of its CPU there).
        ApolloServerPluginCacheControlDisabled(),
        requireResolvedOperation,
        config.introspection
          ? offlineLandingPage<TContext>({
              title: `${definition.name} subgraph`,
              description: `This is the ${definition.name} subgraph of the CSIRT platform. Clients call the gateway, which composes every subgraph into one API; call a subgraph directly only to debug it.`,
            })
          : ApolloServerPluginLandingPageDisabled(),
        anonymousFederationGuard<TContext>(),
        metrics.plugin<TContext>(),
        ...(definition.plugins ?? []),
        auditDenials(deps) as ApolloServerPlugin<TContext>,
      ],
    });
    await this.apollo.start();
    const routes = definition.routes ? await definition.routes(deps) : [];
    this.server = createHttpServer({
      apollo: this.apollo,
      log,
      limits,
      metrics: () => metrics.expose(),
      routes: routes.map((route): HttpGetRoute => ({
        prefix: route.prefix,
        handle: async (request, path) => {
          let caller: Caller;
          try {
            caller = await authenticate(request);
          } catch (error) {
            if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
              throw new HttpRouteError(401, 'UNAUTHENTICATED', error.message, { 'www-authenticate': 'Bearer' });
            }
            throw error;
          }
          return route.handle({ ...baseContext(request, caller, log), path, headers: request.headers });
        },
      })),
      context: async (request) => definition.createContext(baseContext(request, await authenticate(request), log), deps),
      readiness: async () => ({
        database: await isDatabaseReachable(dataSource),
        kafka: (await this.kafkaHealth?.isReachable()) ?? false,
        consumer: this.consumer ? this.consumer.isRunning : true,
      }),
    });
    this.boundPort = await listen(this.server, config.port, config.host);
    log.info('listening', { url: this.url });
  }

  /** Stops taking requests first, then drains the pipeline behind them. */
  async stop(): Promise<void> {
    if (this.server) await close(this.server);
    await this.apollo?.stop();
    // kafkajs can wait a long time to leave a group that is rebalancing; anything not yet
    // committed is redelivered to the next member and deduplicated by its inbox.
    await this.timers?.stop();
    await bounded(this.consumer?.stop(), 10_000, () => this.log.warn('consumer did not stop in 10 s; going on'));
    await this.deps?.relay.stop();
    await this.producer?.disconnect();
    await this.kafkaHealth?.close();
    if (this.deps?.dataSource.isInitialized) await this.deps.dataSource.destroy();
    await flushTracing();
  }
}

async function bounded(work: Promise<void> | undefined, ms: number, onTimeout: () => void): Promise<void> {
  if (!work) return;
  await withTimeout(work, ms, 'timed out').catch((error) => {
    if (!(error instanceof TimeoutError)) throw error;
    onTimeout();
  });
}

function baseContext(request: IncomingMessage, { principal }: Caller, log: Logger): BaseRequestContext {
  // This service's own span when tracing runs, so events written now are its children.
  const traceparent = activeTraceparent() ?? header(request, 'traceparent');
  const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
  const requestLog = log.child({ requestId, ...(principal ? { caller: principal.subject } : {}) });
  return { principal, traceparent, requestId, log: requestLog };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The body of every app's main.ts: start `app`, stop it on SIGINT/SIGTERM, and exit with a
 * definite code (1 when it cannot start or stop).
 */
export function runUntilSignalled(app: { start(): Promise<void>; stop(): Promise<void>; log: Logger }): void {
  const { log } = app;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    // Orchestrators send SIGKILL after their grace period anyway; exit cleanly before that.
    setTimeout(() => {
      log.error('shutdown took longer than 25 s; exiting');
      process.exit(1);
    }, 25_000).unref();
    app.stop().then(
      () => process.exit(0),
      (error: Error) => {
        log.error('shutdown failed', { error: error.message });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // The last line of defence: a promise some request left unobserved must not end the
  // process (Node's default) and every other caller's requests with it. The cause is a bug
  // to fix, so it is logged as an error.
  process.on('unhandledRejection', (reason) => {
    log.error('unhandled promise rejection', {
      error: reason instanceof Error ? reason.message : String(reason),
      stack: reason instanceof Error ? reason.stack : undefined,
    });
  });
  app.start().catch((error: Error) => {
    log.error('failed to start', { error: error.message, stack: error.stack });
    process.exit(1);
  });
}
