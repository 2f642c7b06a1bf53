import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as openpgp from 'openpgp';
import type { Tlp } from '@csirt/contracts';
import {
  buildCsafDocument,
  canonicalJsonBytes,
  CSAF_RELEASE_FORMAT,
  CSAF_RELEASE_FORMAT_VERSION,
  csafFileName,
  csafHashFiles,
  encodeCsafReleaseMessage,
  loadSigningKey,
  type CsafAdvisoryInput,
  type CsafReleaseAction,
  type CsafReleaseMessage,
  type CsafSigningKey,
} from '@csirt/csaf';

// Specs only: what the platform would send, built with the platform's own CSAF library.

/** A fresh ed25519 signing key, as tools/csaf/generate-signing-key.mjs makes them. */
export async function signingKey(name: string): Promise<CsafSigningKey> {
  const { privateKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'ed25519Legacy',
    userIDs: [{ name, email: 'csaf@cert.example.org' }],
    format: 'armored',
  });
  return loadSigningKey(privateKey);
}

/** An advisory whose revision history has `version` entries (so tracking version = `version`). */
export function advisory(trackingId: string, tlp: Tlp, version = 1, overrides: Partial<CsafAdvisoryInput> = {}): CsafAdvisoryInput {
  return {
    kind: 'VULNERABILITY_ADVISORY',
    trackingId,
    title: 'Remote code execution in Example Gateway',
    summary: 'A crafted request lets an unauthenticated attacker run code on Example Gateway.',
    body: 'Example Gateway before 2.4.2 does not check the length of the Host header.',
    severity: 4,
    tlp,
    status: 'final',
    publisher: { name: 'Example National CSIRT', namespace: 'https://cert.example.org', category: 'coordinator' },
    revisionHistory: Array.from({ length: version }, (_, i) => ({
      date: new Date(Date.UTC(2026, 2, 1 + i, 9)).toISOString(),
      summary: i === 0 ? 'Initial release.' : `Revision ${i + 1}.`,
    })),
    cveIds: ['CVE-2026-12345'],
    affectedProducts: [{ vendor: 'Example Corp', product: 'Example Gateway', affectedVersions: ['2.4.1'], fixedVersions: ['2.4.2'] }],
    ...overrides,
  };
}

/** The Kafka message a partner receives for `input`, signed by `key`; fields may be overridden to tamper. */
export async function releaseMessage(
  input: CsafAdvisoryInput,
  key: CsafSigningKey,
  overrides: Partial<CsafReleaseMessage> = {},
  action: CsafReleaseAction = 'published',
): Promise<CsafReleaseMessage> {
  const document = buildCsafDocument(input);
  const bytes = canonicalJsonBytes(document);
  const fileName = csafFileName(input.trackingId);
  const hashes = csafHashFiles(bytes, fileName);
  return {
    format: CSAF_RELEASE_FORMAT,
    formatVersion: CSAF_RELEASE_FORMAT_VERSION,
    action,
    trackingId: input.trackingId,
    version: document.document.tracking.version,
    tlp: input.tlp,
    fileName,
    url: `https://cert.example.org/.well-known/csaf/x/${fileName}`,
    document: Buffer.from(bytes).toString('utf8'),
    signature: await key.sign(bytes),
    signingKeyFingerprint: key.fingerprint.toLowerCase(),
    sha256: hashes.sha256.slice(0, 64),
    sha512: hashes.sha512.slice(0, 128),
    handling: { tlp: input.tlp, disclosure: 'MAY_DISCLOSE', embargoUntil: null, permittedActions: [], attribution: 'credited' },
    releasedAt: '2026-03-01T09:00:00Z',
    ...overrides,
  };
}

export function encoded(message: CsafReleaseMessage): Buffer {
  return Buffer.from(encodeCsafReleaseMessage(message));
}


/** What a test HTTP server was asked. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP server on a free port that records every request and answers with `respond`. */
export class RecordingServer {
  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly requests: RecordedRequest[],
  ) {}

  static async start(respond: (request: RecordedRequest, index: number) => { status: number; body: string | Uint8Array; type?: string }): Promise<RecordingServer> {
    const requests: RecordedRequest[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
        requests.push(request);
        const answer = respond(request, requests.length - 1);
        res.writeHead(answer.status, { 'content-type': answer.type ?? 'application/json' });
        res.end(answer.body);
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    return new RecordingServer(server, `http://127.0.0.1:${port}`, requests);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A GraphQL answer to `acknowledgeAdvisory`, as the platform would give it. */
export const ACKNOWLEDGED = { status: 200, body: JSON.stringify({ data: { acknowledgeAdvisory: { __typename: 'AdvisoryAcknowledgement' } } }) };

/** Serves a provider directory (path → content) under `/.well-known/csaf/`. */
export async function serveDirectory(files: () => Record<string, string | Uint8Array>): Promise<RecordingServer> {
  return RecordingServer.start((request) => {
    const path = request.url.replace(/^\/\.well-known\/csaf\//, '');
    const content = files()[path];
    return content === undefined ? { status: 404, body: 'not found', type: 'text/plain' } : { status: 200, body: content, type: 'text/plain' };
  });
}
