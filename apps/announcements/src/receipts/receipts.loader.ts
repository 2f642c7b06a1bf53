import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { allPartners, releasesOf } from '../directory/released-documents';
import { acknowledgementStatusesOf, type AcknowledgementStatus } from './acknowledgement-status';
import { acknowledgementsOf } from './acknowledgement.repository';

/** Advisory.acknowledgements for every advisory of one response in three queries, however many advisories. */
export function acknowledgementsLoader(manager: EntityManager): DataLoader<string, AcknowledgementStatus[]> {
  return new DataLoader(async (advisoryIds) => {
    const [releases, partners, acknowledgements] = await Promise.all([
      releasesOf(manager, advisoryIds),
      allPartners(manager),
      acknowledgementsOf(manager, advisoryIds),
    ]);
    return advisoryIds.map((id) =>
      acknowledgementStatusesOf(
        releases.get(id) ?? [],
        partners,
        acknowledgements.filter((ack) => ack.advisoryId === id),
      ),
    );
  });
}
