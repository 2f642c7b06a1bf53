import { signToken } from '@csirt/auth';
import type { DemoCall, DemoIdentity } from './seed-demo';

/** Calls the gateway as a demo identity, with a short-lived development token signed for it. */
export function demoCall(
  gatewayUrl: string,
  auth: { secret: string; issuer: string; audience: string },
): DemoCall {
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (identity: DemoIdentity) => {
    const key = JSON.stringify(identity);
    if (!tokens.has(key)) {
      tokens.set(
        key,
        signToken(
          {
            subject: identity.subject,
            name: identity.name,
            roles: identity.roles,
            clearance: identity.clearance,
            personId: identity.personId,
            partnerId: identity.partnerId,
            sensorId: identity.sensorId,
            expiresIn: '1h',
          },
          auth.secret,
          auth.issuer,
          auth.audience,
        ),
      );
    }
    return tokens.get(key) as Promise<string>;
  };
  return async (identity, query, variables = {}) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(identity)}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Awaited<ReturnType<DemoCall>>;
  };
}
