import { readEnvironment } from './environment';
import { createConsoleServer } from './server';

const config = readEnvironment();
const server = createConsoleServer(config);
server.listen(config.port, config.host, () => {
  if (config.logLevel !== 'silent') {
    process.stdout.write(
      `console listening on http://${config.host}:${config.port} (API via ${config.gatewayUrl}; sign-in: ${config.devIssuer ? 'development issuer' : `OIDC ${config.oidc?.issuer}`})\n`,
    );
  }
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
