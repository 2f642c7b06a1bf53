import { canonicalJson, canonicalJsonBytes } from './canonical-json';
import type { CsafDocument } from './build-csaf-document';
import { CSAF_ERROR, CsafError } from './csaf.errors';
import { csafFileName, csafYearFolder } from './csaf-file-name';
import { csafHashFiles } from './csaf-hashes';
import type { CsafSigningKey } from './csaf-signing';
import { CSAF_TLP_LABELS, type CsafTlpLabel } from './csaf-tlp';

/** A document as published: the exact bytes that were signed, and their signature. */
export interface PublishedCsafDocument {
  document: CsafDocument;
  bytes: Uint8Array;
  /** The detached, armoured OpenPGP signature over `bytes`. */
  signature: string;
}

/** Serialises a document canonically and signs those bytes: what a partner receives. */
export async function publishCsafDocument(document: CsafDocument, key: CsafSigningKey): Promise<PublishedCsafDocument> {
  const bytes = canonicalJsonBytes(document);
  return { document, bytes, signature: await key.sign(bytes) };
}

export interface ProviderDirectoryOptions {
  /** Where the directory is served, e.g. `https://cert.example.org/.well-known/csaf`. */
  baseUrl: string;
  /** The CSAF `publisher` object, as in the documents. */
  publisher: { category: string; name: string; namespace: string; contact_details?: string; issuing_authority?: string };
  /** Every key whose signatures are still served, current key first. */
  publicKeys: Array<{ fingerprint: string; armoredPublicKey: string }>;
  /** `last_updated` of the metadata; passed in, so the same input gives the same files. */
  lastUpdated: string;
  /** Defaults to `csaf_trusted_provider`: documents are signed and hashed. */
  role?: 'csaf_publisher' | 'csaf_provider' | 'csaf_trusted_provider';
  /** Whether aggregators may list and mirror the documents; both default to false. */
  listOnAggregators?: boolean;
  mirrorOnAggregators?: boolean;
}

/** Path (relative to the directory root, the folder of `provider-metadata.json`) → content. */
export type ProviderDirectory = Record<string, string | Uint8Array>;

/** The folder, under the root, of each CSAF TLP label: `white/`, `green/`, `amber/`, `red/`. */
export function tlpFolder(label: CsafTlpLabel): string {
  return label.toLowerCase();
}

/**
 * The files CSAF tooling (e.g. csaf_downloader, csaf_checker) expects of a trusted
 * provider (CSAF 2.0 §7): `provider-metadata.json`, the public keys under `openpgp/`, and
 * one folder per TLP label holding `<yyyy>/<file>.json` with `.asc`, `.sha256` and
 * `.sha512` beside it, `index.txt`, `changes.csv` and the label's ROLIE feed.
 *
 * Every TLP folder and feed is always present, empty or not, and the metadata lists all
 * four feeds: the public files must not reveal whether AMBER or RED documents exist.
 * Folders per label let the server protect them by path (§7.1.5): `white/` openly,
 * the others to authenticated partners. Who may read which document is the caller's
 * decision: call this with the documents one reader is entitled to, to get that reader's
 * view (a RED document addressed to one partner appears in that partner's view only).
 */
export function buildProviderDirectory(documents: PublishedCsafDocument[], options: ProviderDirectoryOptions): ProviderDirectory {
  const base = options.baseUrl.replace(/\/+$/, '');
  const files: ProviderDirectory = {};
  const byLabel = new Map<CsafTlpLabel, Array<{ path: string; entry: PublishedCsafDocument }>>(CSAF_TLP_LABELS.map((l) => [l, []]));
  const seen = new Set<string>();

  for (const entry of documents) {
    const tracking = entry.document.document.tracking;
    const label = tlpLabelOf(entry.document);
    const path = `${csafYearFolder(tracking.initial_release_date)}/${csafFileName(tracking.id)}`;
    const fullPath = `${tlpFolder(label)}/${path}`;
    if (seen.has(fullPath)) {
      throw new CsafError(CSAF_ERROR.INVALID_INPUT, `two documents would be published as ${fullPath}`);
    }
    seen.add(fullPath);
    byLabel.get(label)?.push({ path, entry });
    const name = csafFileName(tracking.id);
    const hashes = csafHashFiles(entry.bytes, name);
    files[fullPath] = entry.bytes;
    files[`${fullPath}.asc`] = entry.signature;
    files[`${fullPath}.sha256`] = hashes.sha256;
    files[`${fullPath}.sha512`] = hashes.sha512;
  }

  for (const [label, entries] of byLabel) {
    const folder = tlpFolder(label);
    const newestFirst = [...entries].sort(
      (a, b) =>
        b.entry.document.document.tracking.current_release_date.localeCompare(a.entry.document.document.tracking.current_release_date) ||
        a.path.localeCompare(b.path),
    );
    files[`${folder}/index.txt`] = lines(entries.map((e) => e.path).sort());
    files[`${folder}/changes.csv`] = lines(
      newestFirst.map((e) => `"${e.path}","${e.entry.document.document.tracking.current_release_date}"`),
    );
    files[`${folder}/${feedFileName(label)}`] = canonicalJson(rolieFeed(label, newestFirst, base, options.lastUpdated));
  }

  for (const key of options.publicKeys) files[`openpgp/${key.fingerprint}.asc`] = key.armoredPublicKey;
  files['provider-metadata.json'] = canonicalJson(providerMetadata(base, options));

  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}

function providerMetadata(base: string, options: ProviderDirectoryOptions): Record<string, unknown> {
  return {
    canonical_url: `${base}/provider-metadata.json`,
    distributions: [
      {
        rolie: {
          feeds: CSAF_TLP_LABELS.map((label) => ({
            summary: `TLP:${label} advisories of ${options.publisher.name}.`,
            tlp_label: label,
            url: `${base}/${tlpFolder(label)}/${feedFileName(label)}`,
          })),
        },
      },
      ...CSAF_TLP_LABELS.map((label) => ({ directory_url: `${base}/${tlpFolder(label)}/` })),
    ],
    last_updated: new Date(options.lastUpdated).toISOString(),
    list_on_CSAF_aggregators: options.listOnAggregators ?? false,
    metadata_version: '2.0',
    mirror_on_CSAF_aggregators: options.mirrorOnAggregators ?? false,
    public_openpgp_keys: options.publicKeys.map((key) => ({
      fingerprint: key.fingerprint,
      url: `${base}/openpgp/${key.fingerprint}.asc`,
    })),
    publisher: options.publisher,
    role: options.role ?? 'csaf_trusted_provider',
  };
}

function rolieFeed(
  label: CsafTlpLabel,
  newestFirst: Array<{ path: string; entry: PublishedCsafDocument }>,
  base: string,
  lastUpdated: string,
): Record<string, unknown> {
  const folderUrl = `${base}/${tlpFolder(label)}`;
  const newest = newestFirst[0]?.entry.document.document.tracking.current_release_date;
  return {
    feed: {
      id: `csaf-feed-tlp-${tlpFolder(label)}`,
      title: `CSAF feed (TLP:${label})`,
      link: [{ rel: 'self', href: `${folderUrl}/${feedFileName(label)}` }],
      category: [{ scheme: 'urn:ietf:params:rolie:category:information-type', term: 'csaf' }],
      updated: newest ?? new Date(lastUpdated).toISOString(),
      entry: newestFirst.map(({ path, entry }) => {
        const url = `${folderUrl}/${path}`;
        const { tracking, title } = entry.document.document;
        return {
          id: tracking.id,
          title,
          link: [
            { rel: 'self', href: url },
            { rel: 'hash', href: `${url}.sha256` },
            { rel: 'hash', href: `${url}.sha512` },
            { rel: 'signature', href: `${url}.asc` },
          ],
          published: tracking.initial_release_date,
          updated: tracking.current_release_date,
          summary: { content: summaryOf(entry.document) },
          content: { type: 'application/json', src: url },
          format: { schema: 'https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json', version: '2.0' },
        };
      }),
    },
  };
}

function feedFileName(label: CsafTlpLabel): string {
  return `csaf-feed-tlp-${tlpFolder(label)}.json`;
}

function tlpLabelOf(document: CsafDocument): CsafTlpLabel {
  const label = (document.document.distribution as { tlp?: { label?: string } } | undefined)?.tlp?.label;
  if (!(CSAF_TLP_LABELS as readonly string[]).includes(label ?? '')) {
    // An unlabeled document has no folder whose access rule is known; refuse rather than guess.
    throw new CsafError(CSAF_ERROR.INVALID_INPUT, `document ${document.document.tracking.id} has no CSAF TLP label`);
  }
  return label as CsafTlpLabel;
}

function summaryOf(document: CsafDocument): string {
  const notes = (document.document.notes ?? []) as Array<{ category?: string; text?: string }>;
  return notes.find((n) => n.category === 'summary')?.text ?? document.document.title;
}

function lines(items: string[]): string {
  return items.map((item) => `${item}\n`).join('');
}
