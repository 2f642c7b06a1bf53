/**
 * `npm run seed`: fills a running platform (`npm start`) with the demo CSIRT (libs/demo),
 * through the gateway's public API, with development tokens. Run twice, it does nothing the
 * second time. A developer tool, so it reads process.env itself:
 *   GATEWAY_URL      default http://localhost:4000/graphql
 *   AUTH_JWT_SECRET  the local stack's development secret (npm start's default if unset)
 * It refuses to run under NODE_ENV=production.
 */
import { DEV_AUTH } from '@csirt/auth';
import { demoCall, seedDemo } from '@csirt/demo';

async function main(): Promise<number> {
  if (process.env.NODE_ENV === 'production') {
    process.stderr.write('seed: refusing to write demo data with NODE_ENV=production\n');
    return 2;
  }
  const gatewayUrl = process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql';
  const auth = { ...DEV_AUTH, secret: process.env.AUTH_JWT_SECRET ?? DEV_AUTH.secret };
  const started = Date.now();
  const summary = await seedDemo(demoCall(gatewayUrl, auth), {
    log: (line) => process.stdout.write(`[seed] ${line}\n`),
  });
  if (!summary.alreadySeeded) {
    process.stdout.write(
      `[seed] ${summary.people} people, ${summary.teams} teams, ${summary.constituencies} constituencies, ${summary.partners} partners, ` +
        `${summary.reports} reports, ${Object.keys(summary.incidents).length} incidents, ${Object.keys(summary.advisories).length} advisories ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`seed: ${error.message}\n`);
    process.exit(1);
  },
);
