import 'reflect-metadata';
import { runUntilSignalled, SubgraphService } from '@csirt/service';
import { createPartnerDelivery } from './delivery/partner-delivery';
import { readCsafDeliveryEnvironment, readEnvironment } from './environment';
import { createAnnouncementsSubgraph } from './subgraph';

async function main(): Promise<void> {
  // Unlocks the signing key before anything starts: a wrong key stops the service here.
  const delivery = await createPartnerDelivery(readCsafDeliveryEnvironment());
  runUntilSignalled(new SubgraphService(createAnnouncementsSubgraph({ releaseDelivery: () => delivery }), readEnvironment()));
}

main().catch((error: unknown) => {
  console.error(`announcements: ${(error as Error).message}`);
  process.exit(1);
});
