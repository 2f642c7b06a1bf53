import { TOPICS } from '@csirt/contracts';
import { buildCsafDocument, canonicalJsonBytes, closeCsafValidator, loadPublicKeys, verifyCsafSignature, type CsafSigningKey } from '@csirt/csaf';
import { checkRelease, type SignatureVerifier } from './check-release';
import { advisory, encoded, releaseMessage, signingKey } from './spec/fixtures';

const PARTNER_TOPIC = 'csirt.partner.alpha.advisories';

describe('checkRelease: what makes a message a genuine, valid release', () => {
  let publisher: CsafSigningKey;
  let stranger: CsafSigningKey;
  let pinned: SignatureVerifier;

  beforeAll(async () => {
    publisher = await signingKey('CSIRT signing key 2026');
    stranger = await signingKey('Someone else');
    const ring = await loadPublicKeys([publisher.armoredPublicKey]);
    pinned = { verify: (bytes, signature) => verifyCsafSignature(bytes, signature, ring) };
  });
  afterAll(() => closeCsafValidator());

  it('accepts a genuine release and places it by its signed content', async () => {
    const message = await releaseMessage(advisory('CSIRT-2026-00012', 'AMBER_STRICT', 2), publisher);
    const check = await checkRelease(encoded(message), PARTNER_TOPIC, pinned);
    expect(check).toMatchObject({
      ok: true,
      release: { signedBy: publisher.fingerprint, tlpFolder: 'amber', yearFolder: '2026', fileName: 'csirt-2026-00012.json' },
    });
    if (check.ok) expect(check.release.bytes.toString('utf8')).toBe(message.document);
  });

  it('rejects a document whose bytes changed after hashing and signing', async () => {
    const message = await releaseMessage(advisory('CSIRT-2026-00013', 'GREEN'), publisher);
    const tampered = { ...message, document: message.document.replace('Remote code execution', 'Remote code executiom') };
    expect(await checkRelease(encoded(tampered), PARTNER_TOPIC, pinned)).toMatchObject({ ok: false, rejection: { code: 'CSAF.HASH_MISMATCH' } });
  });

  it('rejects changed bytes with recomputed hashes: only the signature can tell', async () => {
    const genuine = await releaseMessage(advisory('CSIRT-2026-00014', 'GREEN'), publisher);
    const forged = await releaseMessage(advisory('CSIRT-2026-00014', 'GREEN', 1, { title: 'Nothing to see here' }), publisher);
    // The forger's document and hashes, the publisher's genuine signature of other bytes.
    const tampered = { ...forged, signature: genuine.signature };
    expect(await checkRelease(encoded(tampered), PARTNER_TOPIC, pinned)).toMatchObject({ ok: false, rejection: { code: 'CSAF.BAD_SIGNATURE' } });
  });

  it('rejects a document signed by a key the partner did not pin', async () => {
    const message = await releaseMessage(advisory('CSIRT-2026-00015', 'CLEAR'), stranger);
    expect(await checkRelease(encoded(message), TOPICS.communityClear, pinned)).toMatchObject({ ok: false, rejection: { code: 'CSAF.UNKNOWN_KEY' } });
  });

  it('rejects a message of a format version it does not know, and one that is not a release at all', async () => {
    const message = await releaseMessage(advisory('CSIRT-2026-00016', 'GREEN'), publisher);
    const future = Buffer.from(JSON.stringify({ ...message, formatVersion: 2 }));
    expect(await checkRelease(future, PARTNER_TOPIC, pinned)).toMatchObject({ ok: false, rejection: { code: 'SUBSCRIBER.UNKNOWN_FORMAT_VERSION' } });
    for (const junk of [null, Buffer.from('not json'), Buffer.from('{"format":"something else"}'), Buffer.from(JSON.stringify({ ...message, sha256: 'abc' }))]) {
      expect(await checkRelease(junk, PARTNER_TOPIC, pinned)).toMatchObject({ ok: false, rejection: { code: 'SUBSCRIBER.UNREADABLE_MESSAGE' } });
    }
  });

  it('rejects a signed document the official validator finds invalid', async () => {
    const document = buildCsafDocument(advisory('CSIRT-2026-00017', 'GREEN'));
    // Signed and hashed properly, but no longer CSAF: the publisher's bug, not a forgery.
    (document.document as Record<string, unknown>).csaf_version = '1.2';
    const message = await resign(await releaseMessage(advisory('CSIRT-2026-00017', 'GREEN'), publisher), canonicalJsonBytes(document), publisher);
    const check = await checkRelease(encoded(message), PARTNER_TOPIC, pinned);
    expect(check).toMatchObject({ ok: false, rejection: { code: 'SUBSCRIBER.INVALID_CSAF' } });
    if (!check.ok) expect(check.rejection.detail).toContain('csaf_version');
  });

  it('rejects signed bytes that are not JSON', async () => {
    const message = await resign(await releaseMessage(advisory('CSIRT-2026-00018', 'GREEN'), publisher), Buffer.from('{ not json'), publisher);
    expect(await checkRelease(encoded(message), PARTNER_TOPIC, pinned)).toMatchObject({ ok: false, rejection: { code: 'SUBSCRIBER.DOCUMENT_NOT_JSON' } });
  });

  it.each([
    ['tracking id', { trackingId: 'CSIRT-2026-99999', fileName: 'csirt-2026-99999.json' }, 'tracking id'],
    ['version', { version: '7' }, 'version'],
    ['TLP', { tlp: 'GREEN' as const }, 'TLP label'],
    ['file name', { fileName: '../../etc/passwd' }, 'file name'],
  ])('rejects a message whose %s disagrees with the signed document', async (_, envelope, said) => {
    const message = await releaseMessage(advisory('CSIRT-2026-00019', 'AMBER'), publisher, envelope);
    const check = await checkRelease(encoded(message), PARTNER_TOPIC, pinned);
    expect(check).toMatchObject({ ok: false, rejection: { code: 'SUBSCRIBER.MESSAGE_MISMATCH' } });
    if (!check.ok) expect(check.rejection.detail).toContain(said);
  });

  it('rejects a document more restricted than the community topic it came on', async () => {
    const amber = await releaseMessage(advisory('CSIRT-2026-00020', 'AMBER'), publisher);
    expect(await checkRelease(encoded(amber), TOPICS.communityGreen, pinned)).toMatchObject({ ok: false, rejection: { code: 'SUBSCRIBER.TLP_ABOVE_TOPIC' } });
    const green = await releaseMessage(advisory('CSIRT-2026-00021', 'GREEN'), publisher);
    expect(await checkRelease(encoded(green), TOPICS.communityClear, pinned)).toMatchObject({ ok: false, rejection: { code: 'SUBSCRIBER.TLP_ABOVE_TOPIC' } });
    expect(await checkRelease(encoded(green), TOPICS.communityGreen, pinned)).toMatchObject({ ok: true });
  });
});

/** The message with `bytes` as its document, hashed and signed properly. */
async function resign(message: Awaited<ReturnType<typeof releaseMessage>>, bytes: Uint8Array, key: CsafSigningKey) {
  const { createHash } = await import('node:crypto');
  return {
    ...message,
    document: Buffer.from(bytes).toString('utf8'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sha512: createHash('sha512').update(bytes).digest('hex'),
    signature: await key.sign(bytes),
  };
}
