/**
 * A publishing process that dies after its transaction committed and before its relay ran:
 * reads { databaseUrl, armoredKey, release } as JSON on stdin, delivers the release in one
 * transaction, prints `committed`, then waits to be killed (SIGKILL by the spec).
 * Run with tsx, which resolves the workspace's path aliases.
 */
import { createDataSource } from '@csirt/db';
import { loadSigningKey } from '@csirt/csaf';
import type { AdvisoryRelease } from '../advisory-release';
import { PartnerDelivery } from '../partner-delivery';

async function main(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const { databaseUrl, armoredKey, release } = JSON.parse(input) as { databaseUrl: string; armoredKey: string; release: AdvisoryRelease };
  release.releasedAt = new Date(release.releasedAt);
  const dataSource = createDataSource({ url: databaseUrl, applicationName: 'publish-then-die', entities: [], migrations: [] });
  await dataSource.initialize();
  const delivery = new PartnerDelivery({
    publisher: { name: 'Test National CSIRT', namespace: 'https://cert.example.org', category: 'coordinator' },
    baseUrl: 'https://cert.example.org/.well-known/csaf',
    signingKey: await loadSigningKey(armoredKey),
  });
  await dataSource.transaction((manager) => delivery.deliver(manager, release));
  process.stdout.write('committed\n');
  setInterval(() => undefined, 60_000);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
