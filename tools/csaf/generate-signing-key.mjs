// Generates an OpenPGP key pair for signing CSAF documents (CSAF 2.0 §7.1.19/20) and
// writes `<FINGERPRINT>.private.asc` (mode 0600) and `<FINGERPRINT>.asc` (the public key
// to publish under `openpgp/`) into the output folder. The passphrase is read from
// CSAF_KEY_PASSPHRASE, never from the command line, so it stays out of shell history.
//
//   CSAF_KEY_PASSPHRASE=... node tools/csaf/generate-signing-key.mjs \
//     --name "Example National CSIRT CSAF signing key 2026" --email csaf@cert.example.org --out ./keys
//
// Rotation: run it again for the new key, sign with the new one, and keep publishing the
// old public key while documents it signed are still served (see libs/csaf/README.md).
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as openpgp from 'openpgp';

async function main() {
  const { values } = parseArgs({
    options: { name: { type: 'string' }, email: { type: 'string' }, out: { type: 'string', default: '.' } },
  });
  const passphrase = process.env.CSAF_KEY_PASSPHRASE;
  if (!values.name || !values.email || !passphrase) {
    console.error('usage: CSAF_KEY_PASSPHRASE=... node tools/csaf/generate-signing-key.mjs --name NAME --email EMAIL [--out DIR]');
    process.exit(2);
  }
  const { privateKey, publicKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'ed25519Legacy',
    userIDs: [{ name: values.name, email: values.email }],
    passphrase,
    format: 'armored',
  });
  const fingerprint = (await openpgp.readKey({ armoredKey: publicKey })).getFingerprint().toUpperCase();
  mkdirSync(values.out, { recursive: true });
  const privatePath = join(values.out, `${fingerprint}.private.asc`);
  writeFileSync(privatePath, privateKey, { mode: 0o600 });
  chmodSync(privatePath, 0o600);
  writeFileSync(join(values.out, `${fingerprint}.asc`), publicKey);
  console.log(fingerprint);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
