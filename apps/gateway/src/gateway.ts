import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import { join } from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { AuthError, createTokenVerifier } from '@csirt/auth';
import { activeTraceparent } from '@csirt/messaging';
import {
  close,
  createHttpServer,
  createLogger,
  listen,
  offlineLandingPage,
  requestLimitRules,
  requireResolvedOperation,
  ServiceMetrics,
  startTracing,
  flushTracing,
  specificRequestCode,
  type Logger,
} from '@csirt/service';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { SubgraphName } from './composition';
import { csafDirectoryProxy } from './csaf-directory-proxy';
import { subgraphCredentials } from './subgraph-credential';
import type { GatewayConfig } from './environment';
import { forwardRequestId, requestIdInResponse, requestIdOf } from './request-id';

type SubgraphResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/** What the gateway passes on to every subgraph request. */
export interface GatewayContext {
  authorization?: string;
  traceparent: string;
  requestId: string;
}

/**
 * Forwards the caller's bearer token and trace context. Each subgraph verifies the token
 * itself and applies its own rules: the gateway is not trusted to authorise for them.
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly attachCredential: ReturnType<typeof subgraphCredentials>,
  ) {
    super({ url });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    await this.attachCredential(this.subgraph, request);
    if (!('authorization' in context)) return;
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    // The innermost active span (Apollo's fetch span when tracing runs), so the subgraph's span is its child.
    request.http?.headers.set('traceparent', activeTraceparent() ?? context.traceparent);
    forwardRequestId(request.http?.headers, context.requestId);
  }

  /**
   * A subgraph that refuses a request (4xx) answers with coded GraphQL errors, e.g.
   * BAD_USER_INPUT for a malformed DateTime the gateway's schema cannot check itself. The
   * caller gets that code and message, not a code-less error that would be masked as
   * INTERNAL_SERVER_ERROR, and never the subgraph's URL or raw body.
   */
  override async errorFromResponse(response: SubgraphResponse): Promise<GraphQLError> {
    const body = await this.parseBody(response).catch(() => undefined);
    const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined)?.errors?.[0];
    const code = first?.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' && typeof first?.message === 'string') {
      return new GraphQLError(first.message, { extensions: { code } });
    }
    if (response.status === 401) return new GraphQLError('unauthenticated', { extensions: { code: 'UNAUTHENTICATED' } });
    return new GraphQLError(`subgraph answered ${response.status}`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}

export class GatewayServer {
  readonly log: Logger;
  private apollo?: ApolloServer<GatewayContext>;
  private server?: Server;
  private port?: number;

  constructor(private readonly config: GatewayConfig) {
    this.log = createLogger('gateway', config.logLevel);
  }

  get url(): string {
    if (this.port === undefined) throw new Error('gateway is not listening');
    return `http://${this.config.host === '0.0.0.0' ? 'localhost' : this.config.host}:${this.port}/graphql`;
  }

  async start(): Promise<void> {
    startTracing('gateway', this.config.otlpEndpoint);
    const { config, log } = this;
    const attachCredential = subgraphCredentials(config.gatewayCredentialSecret);
    const gateway = new ApolloGateway({
      // Composed at build time and committed; the gateway never introspects subgraphs.
      supergraphSdl: readFileSync(this.supergraphPath(), 'utf8'),
      buildService: ({ name, url }) =>
        new ForwardingDataSource(name, config.subgraphUrls[name as SubgraphName] ?? url, attachCredential),
    });
    const metrics = new ServiceMetrics('gateway');
    this.apollo = new ApolloServer<GatewayContext>({
      gateway,
      introspection: config.introspection,
      // Never, whatever NODE_ENV says: a stack names files and lines of the deployment.
      includeStacktraceInErrorResponses: false,
      // The same limits as every subgraph, checked before the gateway plans anything.
      validationRules: requestLimitRules(config.limits),
      parseOptions: { maxTokens: config.limits.maxTokens },
      allowBatchedHttpRequests: false,
      formatError: (formatted, error) => passThroughCodedErrors(formatted, error, log),
      plugins: [
        requestIdInResponse<GatewayContext>(),
        requireResolvedOperation,
        metrics.plugin<GatewayContext>(),
        config.introspection
          ? offlineLandingPage<GatewayContext>({
              title: 'CSIRT platform API',
              description: 'The one GraphQL API of the CSIRT platform: intake, incidents, teams and announcements, composed by this gateway.',
              links: config.consoleUrl ? [{ label: 'The analysts\' console', href: config.consoleUrl }] : [],
            })
          : ApolloServerPluginLandingPageDisabled(),
      ],
    });
    await this.apollo.start();
    const verify = createTokenVerifier(config.auth);
    this.server = createHttpServer({
      apollo: this.apollo,
      log,
      limits: config.limits,
      metrics: () => metrics.expose(),
      routes: [csafDirectoryProxy({ announcementsUrl: config.subgraphUrls.announcements, gatewayCredentialSecret: config.gatewayCredentialSecret })],
      context: async (request) => {
        const authorization = header(request, 'authorization');
        try {
          // Fail fast on a bad token rather than fanning it out to every subgraph.
          await verify(authorization);
        } catch (error) {
          if (error instanceof AuthError) {
            throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
          }
          throw error;
        }
        return { authorization, traceparent: activeTraceparent() ?? header(request, 'traceparent') ?? newTraceparent(), requestId: requestIdOf(request) };
      },
      readiness: async () => ({ supergraph: this.apollo !== undefined, ...(await subgraphReadiness(config.subgraphUrls)) }),
      // A subgraph down costs its fields, not the API: the others still answer (per-field errors).
      degradable: (check) => check !== 'supergraph',
    });
    this.port = await listen(this.server, config.port, config.host);
    log.info('listening', { url: this.url, subgraphs: config.subgraphUrls });
  }

  async stop(): Promise<void> {
    if (this.server) await close(this.server);
    await this.apollo?.stop();
    await flushTracing();
  }

  private supergraphPath(): string {
    if (this.config.supergraphPath) return this.config.supergraphPath;
    const candidates = [join(__dirname, '../supergraph.graphql'), join(__dirname, 'supergraph.graphql')];
    const found = candidates.find((path) => existsSync(path));
    if (!found) throw new Error(`supergraph.graphql not found; looked in ${candidates.join(', ')}`);
    return found;
  }
}

/**
 * Subgraph errors arrive already formatted with a stable code: pass them on. Anything
 * without a code, or an internal error, is masked here as well.
 */
function passThroughCodedErrors(formatted: GraphQLFormattedError, error: unknown, log: Logger): GraphQLFormattedError {
  const code = specificRequestCode(formatted.extensions?.code, formatted.message, error);
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    // What a subgraph fetch attaches (its URL, raw response, stack) stays inside.
    const { stacktrace: _stacktrace, exception: _exception, response: _response, serviceName: _serviceName, ...extensions } =
      formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  log.error('unexpected error', { message: formatted.message, path: formatted.path });
  return { message: 'internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Each subgraph's own readiness, asked in parallel with a short timeout: a hung subgraph reads as down. */
async function subgraphReadiness(urls: Record<string, string>): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(url.replace(/\/graphql$/, '/readyz'), { signal: AbortSignal.timeout(SUBGRAPH_READINESS_TIMEOUT_MS) });
        return [name, response.ok] as const;
      } catch {
        return [name, false] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}

const SUBGRAPH_READINESS_TIMEOUT_MS = 1_000;

function newTraceparent(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}
