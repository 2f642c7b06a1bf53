import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { csafHashFiles, CSAF_TLP_LABELS, tlpFolder } from '@csirt/csaf';
import { createFolderAtomic, readIfExists, writeFileAtomic } from './atomic-files';
import type { VerifiedRelease } from './check-release';
import type { Rejection, RejectionCode } from './rejection';

/** Where a Kafka message came from: names its rejection file and is kept with each release. */
export interface MessageSource {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
}

/**
 * - `stored`: a version not seen before, now the current copy;
 * - `stored-older`: a version not seen before but older than the current copy (releases of
 *   one advisory can arrive out of order across topics): kept in the history only;
 * - `duplicate`: this (tracking id, version) was stored before; nothing changed.
 */
export type StoreOutcome = 'stored' | 'stored-older' | 'duplicate';

/** A file under `rejected/`: the reason, where the message came from, and the message as received. */
export interface FiledRejection extends MessageSource {
  code: RejectionCode;
  detail: string;
  rejectedAt: string;
  value: string | null;
  file: string;
}

/** What is kept beside each version in the history: the unsigned terms and where it came from. */
interface ReleaseRecord {
  trackingId: string;
  version: string;
  action: string;
  tlp: string;
  /** The document's place in the mirror, relative to its root. */
  path: string;
  fileName: string;
  url: string;
  signedBy: string;
  handling: unknown;
  releasedAt: string;
  receivedAt: string;
  source: MessageSource;
}

const HISTORY = 'history';
const REJECTED = 'rejected';
const RELEASE_RECORD = 'release.json';

/**
 * The partner's local copy of the publisher's documents, laid out like a CSAF provider's
 * directory so CSAF tools can read it:
 *
 *     <root>/<tlp>/<year>/<file>.json (+ .asc, .sha256, .sha512)   the current version
 *     <root>/history/<file stem>/<version>/…                         every version received
 *     <root>/rejected/<topic>-<partition>-<offset>.json              refused messages, with why
 *
 * Storing is idempotent by (tracking id, version): a version's history folder is created
 * atomically, once; the current copy is then made equal to the newest version in the
 * history, file by file, each written atomically and only when it differs. A crash at any
 * point leaves a state the redelivered message completes, and a redelivery of a complete
 * store writes nothing.
 */
export class MirrorStore {
  constructor(readonly root: string) {}

  async store(release: VerifiedRelease, source: MessageSource, receivedAt = new Date()): Promise<StoreOutcome> {
    const { message } = release;
    const versionsFolder = join(this.root, HISTORY, stem(release.fileName));
    const record: ReleaseRecord = {
      trackingId: message.trackingId,
      version: message.version,
      action: message.action,
      tlp: message.tlp,
      path: `${release.tlpFolder}/${release.yearFolder}/${release.fileName}`,
      fileName: release.fileName,
      url: message.url,
      signedBy: release.signedBy,
      handling: message.handling,
      releasedAt: message.releasedAt,
      receivedAt: receivedAt.toISOString(),
      source,
    };
    const versionFolder = join(versionsFolder, message.version);
    // Checked first so that a redelivery does not even write a temporary folder.
    const created =
      !(await readIfExists(join(versionFolder, RELEASE_RECORD))) &&
      (await createFolderAtomic(versionFolder, {
        ...documentFiles(release.fileName, release.bytes, message.signature),
        [RELEASE_RECORD]: `${JSON.stringify(record, null, 2)}\n`,
      }));
    const newest = await this.syncCurrentCopy(versionsFolder);
    if (!created) return 'duplicate';
    return newest === message.version ? 'stored' : 'stored-older';
  }

  /** Files a refused message with its reason; a redelivered refusal keeps the first file. */
  async reject(source: MessageSource, rejection: Rejection, value: Buffer | null, rejectedAt = new Date()): Promise<string> {
    const path = join(this.root, REJECTED, `${source.topic}-${source.partition}-${source.offset}.json`);
    if (await readIfExists(path)) return path;
    const body = {
      code: rejection.code,
      detail: rejection.detail,
      rejectedAt: rejectedAt.toISOString(),
      ...source,
      // The message as received, for the partner to inspect or report; it may be anything.
      value: value?.toString('utf8') ?? null,
    };
    await writeFileAtomic(path, `${JSON.stringify(body, null, 2)}\n`);
    return path;
  }

  /** The rejections filed so far, oldest message first within each topic partition. */
  async rejected(): Promise<FiledRejection[]> {
    const folder = join(this.root, REJECTED);
    let names: string[];
    try {
      names = (await readdir(folder)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const filed: FiledRejection[] = [];
    for (const name of names) filed.push({ ...(JSON.parse(await readFile(join(folder, name), 'utf8')) as Omit<FiledRejection, 'file'>), file: join(folder, name) });
    return filed.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
  }

  /** Moves a rejection that no longer holds (the message has been stored since) to `rejected/resolved/`. */
  async resolveRejection(file: string): Promise<void> {
    await mkdir(join(this.root, REJECTED, 'resolved'), { recursive: true });
    await rename(file, join(this.root, REJECTED, 'resolved', basename(file)));
  }

  /** The versions of one document stored so far, oldest first. */
  async versions(fileName: string): Promise<string[]> {
    return listVersions(join(this.root, HISTORY, stem(fileName)));
  }

  /**
   * Makes `<root>/<tlp>/<year>/<file>` the newest stored version. A revision may change a
   * document's TLP: its copy under the previous label's folder is then removed, so the
   * mirror never holds two current versions of one document.
   */
  private async syncCurrentCopy(versionsFolder: string): Promise<string | undefined> {
    const newest = (await listVersions(versionsFolder)).at(-1);
    if (!newest) return undefined;
    const folder = join(versionsFolder, newest);
    const record = JSON.parse(await readFile(join(folder, RELEASE_RECORD), 'utf8')) as ReleaseRecord;
    const target = join(this.root, record.path);
    for (const suffix of SUFFIXES) {
      const wanted = await readFile(join(folder, `${record.fileName}${suffix}`));
      const current = await readIfExists(`${target}${suffix}`);
      if (!current?.equals(wanted)) await writeFileAtomic(`${target}${suffix}`, wanted);
    }
    const year = record.path.split('/')[1];
    for (const label of CSAF_TLP_LABELS) {
      const other = join(this.root, tlpFolder(label), year, record.fileName);
      if (other === target) continue;
      for (const suffix of SUFFIXES) await rm(`${other}${suffix}`, { force: true });
    }
    return newest;
  }
}

const SUFFIXES = ['', '.asc', '.sha256', '.sha512'] as const;

/** The four files of the CSAF directory layout; the hash files as `sha256sum` writes them. */
function documentFiles(fileName: string, bytes: Uint8Array, signature: string): Record<string, string | Uint8Array> {
  const hashes = csafHashFiles(bytes, fileName);
  return { [fileName]: bytes, [`${fileName}.asc`]: signature, [`${fileName}.sha256`]: hashes.sha256, [`${fileName}.sha512`]: hashes.sha512 };
}

function stem(fileName: string): string {
  return fileName.replace(/\.json$/, '');
}

async function listVersions(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  // Temporary folders start with a dot; versions are integers (CSAF integer versioning).
  return names.filter((name) => /^[1-9][0-9]*$/.test(name)).sort((a, b) => Number(a) - Number(b));
}
