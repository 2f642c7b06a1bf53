import 'reflect-metadata';
import { runUntilSignalled, SubgraphService } from '@csirt/service';
import { createPartnerDelivery } from './delivery/partner-delivery';
import { csafDirectoryConfig } from './directory/directory.config';
import { withCsafDirectory } from './directory/provider-directory.route';
import { readCsafEnvironment, readEnvironment } from './environment';
import { createAnnouncementsSubgraph } from './subgraph';

async function main(): Promise<void> {
  const csaf = readCsafEnvironment();
  // Unlocks the signing key before anything starts: a wrong key stops the service here.
  const delivery = await createPartnerDelivery(csaf);
  const subgraph = createAnnouncementsSubgraph({ releaseDelivery: () => delivery });
  const directory = await csafDirectoryConfig(csaf, delivery.signingKey);
  runUntilSignalled(new SubgraphService(withCsafDirectory(subgraph, directory), readEnvironment()));
}

main().catch((error: unknown) => {
  console.error(`announcements: ${(error as Error).message}`);
  process.exit(1);
});
