import { createHash } from 'node:crypto';
import { TLP_LEVELS, type Tlp } from '@csirt/contracts';
import {
  buildProviderDirectory,
  csafHashFiles,
  csafTlpLabel,
  loadPublicKeys,
  tlpFolder,
  type ProviderDirectory,
  type ProviderDirectoryOptions,
  type PublishedCsafDocument,
} from '@csirt/csaf';
import { recordAudit, type HttpRouteResponse, type ServiceDeps, type SubgraphDefinition, type SubgraphRoute, type SubgraphRouteRequest, type BaseRequestContext } from '@csirt/service';
import type { CsafDirectoryConfig } from './directory.config';
import { DirectoryErrors } from './directory.errors';
import { latestReleaseAt, latestReleases, partnerByCode, releaseContents, type ReleasedDocumentContent } from './released-documents';
import { mayFetchFromDirectory, type PartnerAgreementView } from './release-audience';

/** Where CSAF tooling looks for a provider (CSAF 2.0 §7.1.1). */
export const CSAF_DIRECTORY_PREFIX = '/.well-known/csaf/';

const FOLDERS = ['white', 'green', 'amber', 'red'] as const;
type Folder = (typeof FOLDERS)[number];

/** The TLP 2.0 labels filed under each CSAF folder (AMBER+STRICT is filed under amber/). */
const LABELS_IN: Record<Folder, Tlp[]> = Object.fromEntries(
  FOLDERS.map((folder) => [folder, TLP_LEVELS.filter((tlp) => tlpFolder(csafTlpLabel(tlp)) === folder)]),
) as Record<Folder, Tlp[]>;

const LISTING = /^(white|green|amber|red)\/(index\.txt|changes\.csv|csaf-feed-tlp-(?:white|green|amber|red)\.json)$/;
const DOCUMENT = /^(white|green|amber|red)\/([0-9]{4})\/([+\-a-z0-9_]+\.json)(\.asc|\.sha256|\.sha512)?$/;
const PUBLIC_KEY = /^openpgp\/([0-9A-F]{40,64})\.asc$/;

// Public files may sit in shared caches; a partner's view is its own.
const PUBLIC_CACHE = { 'cache-control': 'public, max-age=300' };
const PRIVATE_CACHE = { 'cache-control': 'private, max-age=60', vary: 'Authorization' };

/** Views of a folder kept built; each holds the folder's documents, so a few only. */
const CACHED_VIEWS = 16;

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.asc': 'application/pgp-signature',
  '.sha256': 'text/plain; charset=utf-8',
  '.sha512': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/** The announcements subgraph with the CSAF provider directory mounted beside /graphql. */
export function withCsafDirectory<TContext extends BaseRequestContext>(
  definition: SubgraphDefinition<TContext>,
  config: CsafDirectoryConfig,
): SubgraphDefinition<TContext> {
  return {
    ...definition,
    routes: async (deps) => [...((await definition.routes?.(deps)) ?? []), await csafDirectoryRoute(deps, config)],
  };
}

/**
 * The provider directory (CSAF 2.0 §7) served from `csaf_document`: each request sees the
 * directory as `buildProviderDirectory` lays it out for the documents this caller may
 * fetch. TLP:CLEAR is open; the other folders need the bearer token of a partner CSIRT
 * (its `partner_id` claim is the partner's code), and list only what was released to it.
 * A document the caller may not fetch is 404, as if it did not exist.
 */
export async function csafDirectoryRoute(deps: ServiceDeps, config: CsafDirectoryConfig): Promise<SubgraphRoute> {
  const ring = await loadPublicKeys(config.armoredPublicKeys);
  const publicKeys = ring.keys.map((key, index) => ({ fingerprint: ring.fingerprints[index], armoredPublicKey: key.armor() }));
  if (publicKeys.length === 0) deps.log.warn('CSAF directory: no public keys configured (CSAF_PUBLIC_KEY_FILES); partners cannot verify signatures');
  const startedAt = new Date();
  const options = (lastUpdated: Date): ProviderDirectoryOptions => ({
    baseUrl: config.baseUrl,
    publisher: config.publisher,
    publicKeys,
    lastUpdated: lastUpdated.toISOString(),
  });
  const manager = deps.dataSource.manager;
  // Built views by the exact releases they show: a downloader reads a folder's feed, index
  // and changes in a row, and partners entitled to the same documents share one view. A new
  // release changes the key, so nothing stale is ever served.
  const views = new Map<string, ProviderDirectory>();

  return {
    prefix: CSAF_DIRECTORY_PREFIX,
    async handle(request) {
      const { path } = request;
      if (path === 'provider-metadata.json') return metadata();
      const key = PUBLIC_KEY.exec(path);
      if (key) return publicKey(key[1]);
      const listing = LISTING.exec(path);
      if (listing) return folderListing(request, listing[1] as Folder, listing[2]);
      const document = DOCUMENT.exec(path);
      if (document) return documentFile(request, document[1] as Folder, document[2], document[3], document[4] ?? '');
      throw DirectoryErrors.notFound();
    },
  };

  async function metadata(): Promise<HttpRouteResponse> {
    // The same for every caller, so it may be cached publicly: its date is that of the
    // newest public document, which tells nobody whether anything else was released.
    const clear = await latestReleases(manager, ['CLEAR']);
    const lastUpdated = newest(clear.map((d) => d.releasedAt)) ?? startedAt;
    const files = buildProviderDirectory([], options(lastUpdated));
    return file('provider-metadata.json', files['provider-metadata.json'], PUBLIC_CACHE, lastUpdated);
  }

  function publicKey(fingerprint: string): HttpRouteResponse {
    const found = publicKeys.find((k) => k.fingerprint === fingerprint);
    if (!found) throw DirectoryErrors.notFound();
    return { status: 200, body: found.armoredPublicKey, headers: { 'content-type': 'application/pgp-keys', ...PUBLIC_CACHE } };
  }

  async function folderListing(request: SubgraphRouteRequest, folder: Folder, name: string): Promise<HttpRouteResponse> {
    // The feed of another folder's label under this folder does not exist.
    if (name.startsWith('csaf-feed-') && name !== `csaf-feed-tlp-${folder}.json`) throw DirectoryErrors.notFound();
    const partner = folder === 'white' ? null : await partnerOf(request);
    if (folder !== 'white' && !partner?.active) throw DirectoryErrors.partnerTokenRequired();
    const rows = (await latestReleases(manager, LABELS_IN[folder])).filter((row) => mayFetchFromDirectory(partner, row));
    const lastUpdated = newest(rows.map((row) => row.releasedAt)) ?? startedAt;
    const key = createHash('sha256')
      .update(`${folder}|${lastUpdated.toISOString()}|${rows.map((row) => `${row.advisoryId}:${row.revision}`).sort().join(',')}`)
      .digest('hex');
    let files = views.get(key);
    if (!files) {
      files = buildProviderDirectory((await releaseContents(manager, rows)).map(published), options(lastUpdated));
      views.set(key, files);
      if (views.size > CACHED_VIEWS) views.delete(views.keys().next().value as string);
    }
    return file(name, files[`${folder}/${name}`], folder === 'white' ? PUBLIC_CACHE : PRIVATE_CACHE, lastUpdated);
  }

  async function documentFile(
    request: SubgraphRouteRequest,
    folder: Folder,
    year: string,
    fileName: string,
    suffix: string,
  ): Promise<HttpRouteResponse> {
    const row = await latestReleaseAt(manager, year, fileName);
    if (!row || !LABELS_IN[folder].includes(row.tlp)) throw DirectoryErrors.notFound();
    const partner = row.tlp === 'CLEAR' ? null : await partnerOf(request);
    if (!mayFetchFromDirectory(partner, row)) throw DirectoryErrors.notFound();
    const cache = row.tlp === 'CLEAR' ? PUBLIC_CACHE : PRIVATE_CACHE;
    if (suffix === '.asc') return file(`${fileName}.asc`, row.signature, cache, row.releasedAt);
    if (suffix !== '') {
      const hashes = csafHashFiles(Buffer.from(row.document, 'utf8'), fileName);
      return file(`${fileName}${suffix}`, suffix === '.sha256' ? hashes.sha256 : hashes.sha512, cache, row.releasedAt);
    }
    if (row.tlp === 'RED' && partner) {
      // Who fetched a RED document, and when, is on the audit trail like any RED read.
      await deps.transaction((tx) =>
        recordAudit(tx, deps.outbox, request, { action: 'RED_READ', entityType: 'CsafDocument', entityId: row.advisoryId, entityTlp: 'RED', reason: `partner:${partner.code}`.slice(0, 80) }),
      );
    }
    return file(fileName, row.document, cache, row.releasedAt);
  }

  /** The partner the caller's token speaks for, if its agreement is known here. */
  async function partnerOf(request: SubgraphRouteRequest): Promise<PartnerAgreementView | null> {
    const code = request.principal?.partnerId;
    return code ? partnerByCode(manager, code) : null;
  }
}

function published(row: ReleasedDocumentContent): PublishedCsafDocument {
  return { document: JSON.parse(row.document) as PublishedCsafDocument['document'], bytes: Buffer.from(row.document, 'utf8'), signature: row.signature };
}

function file(name: string, body: string | Uint8Array | undefined, cache: Record<string, string>, lastModified: Date): HttpRouteResponse {
  if (body === undefined) throw DirectoryErrors.notFound();
  const extension = /\.[a-z0-9]+$/.exec(name)?.[0] ?? '';
  return { status: 200, body, lastModified, headers: { 'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream', ...cache } };
}

function newest(dates: Date[]): Date | undefined {
  return dates.length === 0 ? undefined : new Date(Math.max(...dates.map((d) => d.getTime())));
}
