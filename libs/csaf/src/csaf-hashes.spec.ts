import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSAF_REJECTION } from './csaf.errors';
import { csafHashFiles, verifyHashes } from './csaf-hashes';

const bytes = new TextEncoder().encode('{"document":{}}\n');
const name = 'csirt-2026-0042.json';

describe('CSAF hash files (§7.1.18)', () => {
  it('writes `<hex>  <file name>` and sha256sum/sha512sum -c agree', () => {
    const files = csafHashFiles(bytes, name);
    expect(files.sha256).toMatch(/^[0-9a-f]{64} {2}csirt-2026-0042\.json\n$/);
    expect(files.sha512).toMatch(/^[0-9a-f]{128} {2}csirt-2026-0042\.json\n$/);
    const dir = mkdtempSync(join(tmpdir(), 'csaf-hash-'));
    try {
      writeFileSync(join(dir, name), bytes);
      writeFileSync(join(dir, `${name}.sha256`), files.sha256);
      writeFileSync(join(dir, `${name}.sha512`), files.sha512);
      expect(execFileSync('sha256sum', ['-c', `${name}.sha256`], { cwd: dir }).toString()).toContain(`${name}: OK`);
      expect(execFileSync('sha512sum', ['-c', `${name}.sha512`], { cwd: dir }).toString()).toContain(`${name}: OK`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accepts matching hash files, with or without a file name, in either case', () => {
    const files = csafHashFiles(bytes, name);
    expect(verifyHashes(bytes, files)).toEqual({ valid: true });
    expect(verifyHashes(bytes, { sha512: files.sha512.split(' ')[0].toUpperCase() })).toEqual({ valid: true });
  });

  it('rejects a changed byte, and any one mismatching file even if another matches', () => {
    const files = csafHashFiles(bytes, name);
    const tampered = Uint8Array.from(bytes);
    tampered[2] ^= 0x20;
    expect(verifyHashes(tampered, files)).toEqual({ valid: false, reason: CSAF_REJECTION.HASH_MISMATCH });
    const other = csafHashFiles(tampered, name);
    expect(verifyHashes(bytes, { sha256: files.sha256, sha512: other.sha512 })).toEqual({ valid: false, reason: CSAF_REJECTION.HASH_MISMATCH });
  });

  it.each([{}, { sha256: '' }, { sha256: 'xyz  file.json' }, { sha512: 'abcd' }, { sha256: ` ${'a'.repeat(64)}` }])(
    'answers MALFORMED_HASH for %j',
    (files) => {
      expect(verifyHashes(bytes, files)).toEqual({ valid: false, reason: CSAF_REJECTION.MALFORMED_HASH });
    },
  );
});
