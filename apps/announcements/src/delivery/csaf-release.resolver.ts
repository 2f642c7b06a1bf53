import DataLoader from 'dataloader';
import type { Tlp } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';
import type { AnnouncementsContext } from '../context';
import type { AdvisoryResolvers, CsafRelease } from '../generated/resolvers-types';

/** The latest release of each advisory, by advisory id, in one query. */
export async function latestCsafReleases(manager: EntityManager, advisoryIds: readonly string[]): Promise<Map<string, CsafRelease>> {
  const rows: Array<{
    advisory_id: string;
    tracking_id: string;
    revision: number;
    action: CsafRelease['action'];
    tlp: Tlp;
    url: string | null;
    document: string;
    signature: string;
    signing_key_fingerprint: string;
    sha256: string;
    sha512: string;
    released_at: Date;
  }> = await manager.query(
    `SELECT DISTINCT ON (advisory_id) advisory_id, tracking_id, revision, action, tlp, url, document, signature, signing_key_fingerprint,
            sha256, sha512, released_at
     FROM csaf_document WHERE advisory_id = ANY($1::uuid[]) ORDER BY advisory_id, revision DESC`,
    [[...advisoryIds]],
  );
  return new Map(
    rows.map((row) => [
      row.advisory_id,
      {
        trackingId: row.tracking_id,
        version: row.revision,
        action: row.action,
        tlp: row.tlp,
        url: row.url,
        document: row.document,
        signature: row.signature,
        signingKeyFingerprint: row.signing_key_fingerprint,
        sha256: row.sha256,
        sha512: row.sha512,
        releasedAt: new Date(row.released_at),
      },
    ]),
  );
}

// One loader per request: batches `csaf` over every advisory in a response (a list of 100
// is one query, not 100) without adding to the shared request context.
const loaders = new WeakMap<AnnouncementsContext, DataLoader<string, CsafRelease | null>>();

function loaderFor(ctx: AnnouncementsContext): DataLoader<string, CsafRelease | null> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const byId = await latestCsafReleases(ctx.deps.dataSource.manager, ids);
      return ids.map((id) => byId.get(id) ?? null);
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

/**
 * `Advisory.csaf`. The advisory it hangs off has already passed the caller's clearance
 * check (a field is only reached through an advisory the caller may read), and the
 * document carries nothing the advisory's label does not cover.
 */
export const csafRelease: NonNullable<AdvisoryResolvers<AnnouncementsContext>['csaf']> = (advisory, _, ctx) => loaderFor(ctx).load(advisory.id);
