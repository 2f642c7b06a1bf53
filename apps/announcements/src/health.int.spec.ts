import type { SubgraphService } from '@csirt/service';
import { startTestSubgraph } from '@csirt/testing';
import type { AnnouncementsContext } from './context';
import { ReleaseRecorder } from './advisories/release-recorder.fixtures';
import { createAnnouncementsSubgraph } from './subgraph';

const announcementsSubgraph = createAnnouncementsSubgraph({ releaseDelivery: () => new ReleaseRecorder() });

describe('health and readiness endpoints', () => {
  let service: SubgraphService<AnnouncementsContext>;
  let base: string;

  beforeAll(async () => {
    service = await startTestSubgraph(announcementsSubgraph, 'csirt_test_announcements');
    base = service.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('answers liveness and readiness while database and Kafka answer', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: true, kafka: true, consumer: true } });
  });

  it('refuses oversized bodies, non-JSON bodies and unknown paths without reaching GraphQL', async () => {
    const huge = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(1_100_000) });
    expect(huge.status).toBe(413);
    const broken = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect((await fetch(`${base}/admin`)).status).toBe(404);
  });

  it('turns not-ready (503) when the database goes away, while staying alive', async () => {
    await service.dependencies.dataSource.destroy();
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { checks: Record<string, boolean> }).checks.database).toBe(false);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
