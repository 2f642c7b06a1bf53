import { readFile } from 'node:fs/promises';
import { loadPublicKeys, verifyCsafSignature, type CsafPublicKeyRing, type CsafSignatureVerdict } from '@csirt/csaf';
import { z } from 'zod';
import type { TrustedKeySources } from './config';
import type { Logger } from './logger';

const ProviderMetadataKeys = z.object({
  public_openpgp_keys: z.array(z.object({ fingerprint: z.string().optional(), url: z.url() })).default([]),
});

const FETCH_TIMEOUT_MS = 10_000;

/**
 * The publisher keys this partner trusts: read from the provider's `provider-metadata.json`
 * (`public_openpgp_keys`) and/or local files, then narrowed to the fingerprints the partner
 * pinned. The fingerprint a key is kept under is the one computed from the key itself,
 * never the one the metadata claims, so a key swapped on the server is not trusted.
 *
 * Rotation: the platform announces its next key's fingerprint ahead of time, the partner
 * adds it to its pinned list, and keeps the old one for as long as it wants to verify
 * older documents. When a signature names a key outside the ring, the sources are read
 * again (at most every `refreshMinIntervalMs`) in case the new key has just been published.
 */
export class TrustedKeys {
  private ring: CsafPublicKeyRing = { fingerprints: [], keys: [] };
  private lastLoad = 0;

  constructor(
    private readonly sources: TrustedKeySources,
    private readonly log: Logger,
  ) {}

  get fingerprints(): readonly string[] {
    return this.ring.fingerprints;
  }

  /** Loads the ring; fails when no pinned key could be found, since nothing would verify. */
  async load(): Promise<void> {
    await this.reload();
    if (this.ring.keys.length === 0) {
      throw new Error(`none of the pinned keys (${this.sources.pinnedFingerprints.join(', ')}) was found in the configured key sources`);
    }
  }

  /** Verifies a detached signature; a key unknown to the ring triggers one (rate-limited) reload. */
  async verify(bytes: Uint8Array, armoredSignature: string): Promise<CsafSignatureVerdict> {
    const verdict = await verifyCsafSignature(bytes, armoredSignature, this.ring);
    if (verdict.valid || verdict.reason !== 'CSAF.UNKNOWN_KEY') return verdict;
    if (Date.now() - this.lastLoad < this.sources.refreshMinIntervalMs) return verdict;
    try {
      await this.reload();
    } catch (error) {
      // The ring in use stays; an unreachable provider must not stop verification.
      this.log.warn('could not refresh the publisher keys', { error: (error as Error).message });
      return verdict;
    }
    return verifyCsafSignature(bytes, armoredSignature, this.ring);
  }

  private async reload(): Promise<void> {
    this.lastLoad = Date.now();
    const armored: string[] = [];
    for (const file of this.sources.publicKeyFiles) armored.push(await readFile(file, 'utf8'));
    if (this.sources.providerMetadataUrl) armored.push(...(await this.fetchPublishedKeys(this.sources.providerMetadataUrl)));

    const pinned = new Set(this.sources.pinnedFingerprints);
    // A pinned key loaded once stays: the partner's pin, not the server's current list,
    // decides trust, so a key dropped from the metadata still verifies older documents.
    const trusted: string[] = this.ring.keys.map((key) => key.armor());
    const fingerprints: string[] = [...this.ring.fingerprints];
    for (const key of armored) {
      // One source at a time, so one unreadable key does not hide the others.
      let ring: CsafPublicKeyRing;
      try {
        ring = await loadPublicKeys([key]);
      } catch {
        this.log.warn('ignoring a key source that is not an armoured OpenPGP public key');
        continue;
      }
      ring.fingerprints.forEach((fingerprint, i) => {
        if (!pinned.has(fingerprint)) {
          this.log.info('publisher key not pinned; not trusted', { fingerprint });
        } else if (!fingerprints.includes(fingerprint)) {
          fingerprints.push(fingerprint);
          trusted.push(ring.keys[i].armor());
        }
      });
    }
    this.ring = await loadPublicKeys(trusted);
    this.log.info('publisher keys loaded', { trusted: this.ring.fingerprints, pinned: this.sources.pinnedFingerprints });
  }

  private async fetchPublishedKeys(metadataUrl: string): Promise<string[]> {
    const parsed = ProviderMetadataKeys.safeParse(await (await get(metadataUrl)).json());
    if (!parsed.success) throw new Error(`${metadataUrl} does not list public_openpgp_keys as CSAF 2.0 describes them`);
    const metadata = parsed.data;
    const keys: string[] = [];
    for (const entry of metadata.public_openpgp_keys) {
      const claimed = entry.fingerprint?.replace(/\s+/g, '').toUpperCase();
      // Keys the partner did not pin are not even fetched.
      if (claimed && !this.sources.pinnedFingerprints.includes(claimed)) continue;
      keys.push(await (await get(new URL(entry.url, metadataUrl).toString())).text());
    }
    return keys;
  }
}

async function get(url: string): Promise<Response> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return response;
}
