import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a reader (or a crash) sees the old content or the new, never a
 * part: the bytes go to a hidden temporary file in the same folder, are flushed to disk,
 * and the temporary file is renamed over the target, which POSIX makes atomic.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeAndSync(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

/**
 * Creates a folder with all its files at once: they are written into a hidden temporary
 * folder beside it, which is then renamed. Resolves false, leaving everything as it was,
 * when the folder already exists.
 */
export async function createFolderAtomic(path: string, files: Record<string, string | Uint8Array>): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  await mkdir(temporary);
  try {
    for (const [name, data] of Object.entries(files)) await writeAndSync(join(temporary, name), data);
    await syncFolder(temporary);
    try {
      await rename(temporary, path);
    } catch (error) {
      // rename(2) refuses to replace a non-empty folder: someone stored it first.
      if (['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) return false;
      throw error;
    }
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
  await syncFolder(dirname(path));
  return true;
}

/** The file's bytes, or undefined when there is no such file. */
export async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function writeAndSync(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o640);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable; some file systems cannot sync a folder, which costs only durability. */
async function syncFolder(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EINVAL/EPERM on platforms without directory fsync.
  } finally {
    await handle?.close();
  }
}
