import { randomUUID } from 'node:crypto';
import { createDataSource, ensureDatabase, runMigrations, type DataSource } from '@csirt/db';
import { testDatabaseUrl } from '@csirt/testing';
import { migrations } from './index';
import { PartnerCode1732300000470 } from './1732300000470-partner-code';

describe('migration PartnerCode1732300000470 on a database with partners already registered', () => {
  const url = testDatabaseUrl('csirt_test_teams_partner_code');
  let db: DataSource;

  beforeAll(async () => {
    await ensureDatabase(url);
    // Everything up to the migration under test, as a deployment before partners had codes.
    db = createDataSource({ url, applicationName: 'partner-code-spec', entities: [], migrations: migrations.filter((m) => m !== PartnerCode1732300000470) });
    await db.initialize();
    await db.query('DROP SCHEMA public CASCADE');
    await db.query('CREATE SCHEMA public');
    await runMigrations(db);
  });

  afterAll(async () => {
    await db?.destroy();
  });

  it('gives every existing partner a unique code made from its name', async () => {
    const insert = (name: string, createdAt: string) =>
      db.query(
        `INSERT INTO partner_csirt (id, name, country, contact_email, trust_level, active, tlp_ceiling, permitted_actions, disclosure, attribution,
           agreement_version, agreed_at, created_by, created_at)
         VALUES ($1, $2, 'AT', 'cert@example.org', 'HIGH', true, 'GREEN', '{NONE}', 'MAY_DISCLOSE', 'MAY', 1, now(), 'spec', $3)`,
        [randomUUID(), name, createdAt],
      );
    await insert('CERT.at (Österreich)', '2026-01-01T00:00:00Z');
    await insert('CERT at Österreich', '2026-01-02T00:00:00Z');
    await insert('!!!', '2026-01-03T00:00:00Z');
    await insert('A'.repeat(120), '2026-01-04T00:00:00Z');

    await db.destroy();
    db = createDataSource({ url, applicationName: 'partner-code-spec', entities: [], migrations });
    await db.initialize();
    expect(await runMigrations(db)).toEqual(['PartnerCode1732300000470']);

    const rows: Array<{ name: string; code: string }> = await db.query(`SELECT name, code FROM partner_csirt ORDER BY created_at`);
    expect(rows.map((r) => r.code)).toEqual(['cert-at-sterreich', 'cert-at-sterreich-2', 'partner', 'a'.repeat(55)]);
    await expect(db.query(`UPDATE partner_csirt SET code = 'other' WHERE code = 'partner'`)).rejects.toThrow(/code never changes/);
  });
});
