import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeCsafValidator, loadPublicKeys, verifyCsafSignature, type CsafSigningKey } from '@csirt/csaf';
import { checkRelease, type SignatureVerifier, type VerifiedRelease } from './check-release';
import { MirrorStore, type MessageSource } from './mirror-store';
import { advisory, encoded, releaseMessage, signingKey } from './spec/fixtures';

const TOPIC = 'csirt.partner.alpha.advisories';
const source = (offset: number): MessageSource => ({ topic: TOPIC, partition: 0, offset: String(offset), key: 'CSIRT-2026-00042' });

describe('MirrorStore: a CSAF mirror on disk, idempotent by (tracking id, version)', () => {
  let key: CsafSigningKey;
  let verifier: SignatureVerifier;
  let root: string;
  let store: MirrorStore;

  beforeAll(async () => {
    key = await signingKey('CSIRT signing key 2026');
    const ring = await loadPublicKeys([key.armoredPublicKey]);
    verifier = { verify: (bytes, signature) => verifyCsafSignature(bytes, signature, ring) };
  });
  afterAll(() => closeCsafValidator());
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'csaf-mirror-'));
    store = new MirrorStore(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  async function verified(version: number, tlp: 'GREEN' | 'AMBER' = 'GREEN', overrides = {}, action: 'published' | 'revised' | 'withdrawn' = 'published'): Promise<VerifiedRelease> {
    const message = await releaseMessage(advisory('CSIRT-2026-00042', tlp, version, overrides), key, {}, action);
    const check = await checkRelease(encoded(message), TOPIC, verifier);
    if (!check.ok) throw new Error(check.rejection.detail);
    return check.release;
  }

  it('stores the document with its signature and hash files, as CSAF tools and sha256sum expect them', async () => {
    const release = await verified(1);
    expect(await store.store(release, source(0))).toBe('stored');
    const folder = join(root, 'green/2026');
    expect((await readdir(folder)).sort()).toEqual(['csirt-2026-00042.json', 'csirt-2026-00042.json.asc', 'csirt-2026-00042.json.sha256', 'csirt-2026-00042.json.sha512']);
    expect(await readFile(join(folder, 'csirt-2026-00042.json'))).toEqual(release.bytes);
    expect(await readFile(join(folder, 'csirt-2026-00042.json.asc'), 'utf8')).toBe(release.message.signature);
    // The standard's own tools accept the hash files as written.
    expect(execFileSync('sha256sum', ['-c', 'csirt-2026-00042.json.sha256'], { cwd: folder, encoding: 'utf8' })).toContain('OK');
    expect(execFileSync('sha512sum', ['-c', 'csirt-2026-00042.json.sha512'], { cwd: folder, encoding: 'utf8' })).toContain('OK');
    const record = JSON.parse(await readFile(join(root, 'history/csirt-2026-00042/1/release.json'), 'utf8'));
    expect(record).toMatchObject({ trackingId: 'CSIRT-2026-00042', version: '1', path: 'green/2026/csirt-2026-00042.json', signedBy: key.fingerprint, source: source(0) });
  });

  it('changes nothing when the same release is delivered again', async () => {
    const release = await verified(1);
    await store.store(release, source(0));
    const before = await snapshot(root);
    expect(await store.store(release, source(1))).toBe('duplicate');
    expect(await snapshot(root)).toEqual(before);
    expect(await store.versions('csirt-2026-00042.json')).toEqual(['1']);
  });

  it('replaces the current copy with a revision, then a withdrawal, and keeps every version in the history', async () => {
    const first = await verified(1);
    const revised = await verified(2, 'GREEN', {}, 'revised');
    const withdrawn = await verified(3, 'GREEN', { withdrawal: { reason: 'Published by mistake: duplicate of CSIRT-2026-00041.' } }, 'withdrawn');
    await store.store(first, source(0));
    expect(await store.store(revised, source(1))).toBe('stored');
    expect(await readFile(join(root, 'green/2026/csirt-2026-00042.json'))).toEqual(revised.bytes);
    expect(await store.store(withdrawn, source(2))).toBe('stored');
    const current = JSON.parse(await readFile(join(root, 'green/2026/csirt-2026-00042.json'), 'utf8'));
    expect(current.document.title).toMatch(/^WITHDRAWN: /);
    expect(await store.versions('csirt-2026-00042.json')).toEqual(['1', '2', '3']);
    expect(await readFile(join(root, 'history/csirt-2026-00042/1/csirt-2026-00042.json'))).toEqual(first.bytes);
    expect(JSON.parse(await readFile(join(root, 'history/csirt-2026-00042/3/release.json'), 'utf8'))).toMatchObject({ action: 'withdrawn', version: '3' });
  });

  it('keeps the newest version current when an older one arrives late', async () => {
    const first = await verified(1);
    const second = await verified(2);
    await store.store(second, source(5));
    expect(await store.store(first, source(6))).toBe('stored-older');
    expect(await readFile(join(root, 'green/2026/csirt-2026-00042.json'))).toEqual(second.bytes);
    expect(await store.versions('csirt-2026-00042.json')).toEqual(['1', '2']);
  });

  it('moves the current copy when a revision changes the TLP, leaving no copy under the old label', async () => {
    await store.store(await verified(1, 'GREEN'), source(0));
    await store.store(await verified(2, 'AMBER'), source(1));
    expect(await readdir(join(root, 'green/2026'))).toEqual([]);
    expect(await readdir(join(root, 'amber/2026'))).toHaveLength(4);
  });

  it('completes a store a crash interrupted when the message comes again', async () => {
    const release = await verified(1);
    await store.store(release, source(0));
    // As if the process died after the history folder was renamed into place.
    await rm(join(root, 'green'), { recursive: true });
    expect(await store.store(release, source(0))).toBe('duplicate');
    expect(await readFile(join(root, 'green/2026/csirt-2026-00042.json'))).toEqual(release.bytes);
  });

  it('files a rejection once, with its reason and the message as received', async () => {
    const path = await store.reject(source(9), { code: 'CSAF.UNKNOWN_KEY', detail: 'signed by a stranger' }, Buffer.from('{"x":1}'));
    expect(path).toBe(join(root, 'rejected', `${TOPIC}-0-9.json`));
    const before = await readFile(path, 'utf8');
    expect(JSON.parse(before)).toMatchObject({ code: 'CSAF.UNKNOWN_KEY', detail: 'signed by a stranger', topic: TOPIC, offset: '9', value: '{"x":1}' });
    await store.reject(source(9), { code: 'CSAF.UNKNOWN_KEY', detail: 'signed by a stranger' }, Buffer.from('{"x":1}'), new Date(0));
    expect(await readFile(path, 'utf8')).toBe(before);
  });
});

/** Every file under `root` with its size and modification time: equal snapshots, nothing written. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path);
    out[path] = `${info.size}@${info.mtimeMs}`;
  }
  return out;
}
