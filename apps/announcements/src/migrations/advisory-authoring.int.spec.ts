import { randomUUID } from 'node:crypto';
import { createDataSource, ensureDatabase, runMigrations, type DataSource } from '@csirt/db';
import { testDatabaseUrl } from '@csirt/testing';
import { AdvisoryAuthoring1732300000300 } from './1732300000300-advisory-authoring';
import { migrations } from './index';

describe('migration AdvisoryAuthoring1732300000300 on a database with advisories from before authoring', () => {
  const url = testDatabaseUrl('csirt_test_announcements_authoring_migration');
  let db: DataSource;

  beforeAll(async () => {
    await ensureDatabase(url);
    // Everything before the migration under test, as a deployment before issue 9.
    const before = migrations.slice(0, migrations.indexOf(AdvisoryAuthoring1732300000300));
    db = createDataSource({ url, applicationName: 'authoring-migration-spec', entities: [], migrations: before });
    await db.initialize();
    await db.query('DROP SCHEMA public CASCADE');
    await db.query('CREATE SCHEMA public');
    await runMigrations(db);
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('renames THREAT_ADVISORY to THREAT_ALERT, moves the incident to the link table and records what was already released', async () => {
    const threat = randomUUID();
    const published = randomUUID();
    const incident = randomUUID();
    const insert = (id: string, kind: string, status: string, incidentId: string | null, publishedAt: string | null) =>
      db.query(
        `INSERT INTO advisory (id, reference, kind, status, title, summary, severity, tlp, incident_id, created_by, created_at, published_at, published_by)
         VALUES ($1, $2, $3, $4, 'Old advisory', 'Old summary', 3, 'GREEN', $5, 'publisher-old', now(), $6, $7)`,
        [id, `ADV-OLD-${id.slice(0, 8)}`, kind, status, incidentId, publishedAt, publishedAt ? 'publisher-old' : null],
      );
    await insert(threat, 'THREAT_ADVISORY', 'DRAFT', incident, null);
    await insert(published, 'VULNERABILITY_ADVISORY', 'PUBLISHED', null, '2026-11-01T10:00:00Z');

    await db.destroy();
    db = createDataSource({ url, applicationName: 'authoring-migration-spec', entities: [], migrations });
    await db.initialize();
    expect(await runMigrations(db)).toContain('AdvisoryAuthoring1732300000300');

    const rows = await db.query(`SELECT id, kind, body, author_subjects, released_revision, content_version FROM advisory ORDER BY reference`);
    const byId = new Map(rows.map((row: { id: string }) => [row.id, row]));
    expect(byId.get(threat)).toMatchObject({ kind: 'THREAT_ALERT', body: 'Old summary', author_subjects: ['publisher-old'], released_revision: null, content_version: 1 });
    expect(byId.get(published)).toMatchObject({ kind: 'VULNERABILITY_ADVISORY', released_revision: 1 });
    expect(await db.query(`SELECT advisory_id, incident_id FROM advisory_incident`)).toEqual([{ advisory_id: threat, incident_id: incident }]);
    expect(await db.query(`SELECT advisory_id, number, action, released_by FROM advisory_revision`)).toEqual([
      { advisory_id: published, number: 1, action: 'PUBLISHED', released_by: 'publisher-old' },
    ]);
    // The old word is refused from now on.
    await expect(db.query(`UPDATE advisory SET kind = 'THREAT_ADVISORY' WHERE id = $1`, [threat])).rejects.toThrow(/advisory_kind_check/);
  });
});
