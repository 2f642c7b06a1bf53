import type { IncomingMessage } from 'node:http';
import { createGatewayCredentialSigner, GATEWAY_CREDENTIAL_HEADER } from '@csirt/auth';
import { HttpRouteError, REQUEST_ID_HEADER, type HttpGetRoute } from '@csirt/service';
import { requestIdOf } from './request-id';

/** Where CSAF tooling looks for a provider (CSAF 2.0 §7.1.1); the announcements service serves it. */
export const CSAF_DIRECTORY_PREFIX = '/.well-known/csaf/';

/** Headers of the directory's answer that mean something to the client; nothing else leaves. */
const PASSED_BACK = ['content-type', 'cache-control', 'vary', 'www-authenticate'] as const;

export interface CsafDirectoryProxyOptions {
  /** The announcements subgraph's /graphql URL; the directory is served by the same server. */
  announcementsUrl: string;
  gatewayCredentialSecret: string;
  timeoutMs?: number;
  /** Answers larger than this are refused rather than buffered. */
  maxResponseBytes?: number;
}

/**
 * `GET /.well-known/csaf/*`, passed on to the announcements service with the gateway's
 * credential (subgraphs answer nobody else) and the caller's `Authorization` header: the
 * announcements service decides what the caller may fetch, as it does for GraphQL. The
 * gateway's HTTP server has already confined the path to plain segments under the prefix.
 */
export function csafDirectoryProxy(options: CsafDirectoryProxyOptions): HttpGetRoute {
  const sign = createGatewayCredentialSigner(options.gatewayCredentialSecret);
  const origin = new URL(options.announcementsUrl).origin;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxResponseBytes ?? 32 * 1024 * 1024;
  return {
    prefix: CSAF_DIRECTORY_PREFIX,
    async handle(request: IncomingMessage, path: string) {
      const headers: Record<string, string> = {
        [GATEWAY_CREDENTIAL_HEADER]: await sign('announcements'),
        [REQUEST_ID_HEADER]: requestIdOf(request),
      };
      const authorization = request.headers.authorization;
      if (authorization) headers.authorization = authorization;
      let upstream: Response;
      let body: Uint8Array;
      try {
        upstream = await fetch(`${origin}${CSAF_DIRECTORY_PREFIX}${path}`, { headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
        const length = Number(upstream.headers.get('content-length') ?? 0);
        if (length > maxBytes) throw new Error('directory answer too large');
        body = new Uint8Array(await upstream.arrayBuffer());
        if (body.byteLength > maxBytes) throw new Error('directory answer too large');
      } catch {
        // The subgraph's address and the failure's details stay inside.
        throw new HttpRouteError(502, 'BAD_GATEWAY', 'the CSAF directory is not available');
      }
      if (upstream.status >= 500) throw new HttpRouteError(502, 'BAD_GATEWAY', 'the CSAF directory is not available');
      const passed: Record<string, string> = {};
      for (const name of PASSED_BACK) {
        const value = upstream.headers.get(name);
        if (value !== null) passed[name] = value;
      }
      const lastModified = upstream.headers.get('last-modified');
      return {
        status: upstream.status,
        headers: passed,
        body,
        lastModified: lastModified && !Number.isNaN(Date.parse(lastModified)) ? new Date(lastModified) : undefined,
      };
    },
  };
}
