/**
 * `npm run token -- --sub alice --roles ANALYST --clearance AMBER [--partner …] [--ttl 8h]`:
 * prints a bearer token for local development, signed with the development secret the local
 * stack uses (AUTH_JWT_SECRET). A developer tool, so it reads process.env itself.
 *
 * It refuses to run without AUTH_JWT_SECRET, and under NODE_ENV=production: production
 * tokens come from the identity provider, never from a shared secret on someone's laptop.
 */
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, DEV_TOKEN_USAGE, parseDevTokenArgs, signToken } from '@csirt/auth';

async function main(): Promise<number> {
  const secret = process.env.AUTH_JWT_SECRET;
  if (process.env.NODE_ENV === 'production') {
    process.stderr.write('token: refusing to mint tokens with NODE_ENV=production; use the identity provider\n');
    return 2;
  }
  if (!secret || secret.length < 32) {
    process.stderr.write(
      'token: no development secret configured. Set AUTH_JWT_SECRET to the secret your local stack uses\n' +
        '       (npm start and docker compose default to development-secret-change-me-0123456789abcdef).\n',
    );
    return 2;
  }
  const maxLifetime = Number(process.env.AUTH_MAX_TOKEN_LIFETIME_SECONDS ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS);
  const request = parseDevTokenArgs(process.argv.slice(2), maxLifetime);
  if ('error' in request) {
    process.stderr.write(`token: ${request.error}\n${DEV_TOKEN_USAGE}\n`);
    return 2;
  }
  const issuer = process.env.AUTH_ISSUER ?? 'csirt-platform';
  const audience = process.env.AUTH_AUDIENCE ?? 'csirt-platform';
  process.stdout.write(`${await signToken(request.claims, secret, issuer, audience)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`token: ${error.message}\n`);
    process.exit(1);
  },
);
