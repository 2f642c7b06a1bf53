import { createGatewayCredentialSigner, GATEWAY_CREDENTIAL_HEADER } from '@csirt/auth';
import type { SubgraphService } from '@csirt/service';
import { bearer, errorCodes, gatewayCredential, graphql, startTestSubgraph, TEST_GATEWAY_CREDENTIAL_SECRET } from '@csirt/testing';
import { SignJWT } from 'jose';
import type { AnnouncementsContext } from './context';
import { ReleaseRecorder } from './advisories/release-recorder.fixtures';
import { createAnnouncementsSubgraph } from './subgraph';

const announcementsSubgraph = createAnnouncementsSubgraph({ releaseDelivery: () => new ReleaseRecorder() });

// The same rules hold in every subgraph (they live in @csirt/service); announcements is the smallest to start.
describe('a subgraph answers only the gateway', () => {
  let service: SubgraphService<AnnouncementsContext>;
  let reader: string;
  const advisories = '{ advisories(first: 1) { __typename } }';

  beforeAll(async () => {
    service = await startTestSubgraph(announcementsSubgraph, 'csirt_test_announcements');
    reader = await bearer(['PUBLISHER']);
  });

  afterAll(async () => {
    await service?.stop();
  });

  const expectRefused = (response: Awaited<ReturnType<typeof graphql>>) => {
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
  };

  it('answers a signed-in user through the gateway', async () => {
    const response = await graphql(service.url, advisories, {}, reader);
    expect(response.errors).toBeUndefined();
    expect(response.data.advisories.__typename).toBe('AdvisoryConnection');
  });

  it('refuses a request without the gateway credential, even with a valid user token', async () => {
    expectRefused(await graphql(service.url, advisories, {}, reader, { asGateway: false }));
  });

  it('refuses a credential made for another subgraph, signed with another secret, expired or garbled', async () => {
    const forIntake = await gatewayCredential('intake');
    const otherSecret = await createGatewayCredentialSigner('another-secret-that-is-long-enough-0123456789')('announcements');
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('csirt-gateway')
      .setAudience('announcements')
      .setIssuedAt(now - 900)
      .setExpirationTime(now - 600)
      .sign(new TextEncoder().encode(TEST_GATEWAY_CREDENTIAL_SECRET));
    const longLived = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('csirt-gateway')
      .setAudience('announcements')
      .setIssuedAt(now)
      .setExpirationTime(now + 86_400)
      .sign(new TextEncoder().encode(TEST_GATEWAY_CREDENTIAL_SECRET));
    for (const credential of [forIntake, otherSecret, expired, longLived, 'garbage', '']) {
      const response = await graphql(service.url, advisories, {}, reader, { asGateway: false, headers: { [GATEWAY_CREDENTIAL_HEADER]: credential } });
      expectRefused(response);
    }
  });

  it('keeps liveness and readiness open to the orchestrator', async () => {
    const base = service.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('never answers _service or _entities to an anonymous caller, even through the gateway', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const operations = [
      '{ _service { sdl } }',
      `{ _entities(representations: [{ __typename: "Advisory", id: "${id}" }]) { __typename } }`,
      `{ _entities(representations: [{ __typename: "Incident", id: "${id}" }]) { __typename } }`,
      '{ ... on Query { _service { sdl } } }',
      'query Named { ...Sdl } fragment Sdl on Query { _service { sdl } }',
    ];
    for (const query of operations) expectRefused(await graphql(service.url, query));
  });

  it('answers _service to a signed-in caller through the gateway', async () => {
    const response = await graphql(service.url, '{ _service { sdl } }', {}, reader);
    expect(response.data._service.sdl).toContain('type Advisory');
  });
});
