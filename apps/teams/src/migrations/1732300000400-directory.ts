import type { MigrationInterface, QueryRunner } from 'typeorm';

const DOMAIN_ROLES = `'GEO_SECURITY_OFFICER','WORLDWIDE_SECURITY_MANAGER','SECURITY_COORDINATOR','CUSTOMER_ACCOUNT_MANAGER',
  'SERVICE_ENGINEER','TECHNICAL_SUPPORT','ENTERPRISE_CSIRT_CONTACT','PR_OFFICER','LEGAL_COUNSEL','HUMAN_RESOURCES',
  'IT_AUDITOR','FINANCIAL_AUDITOR','FORENSICS_EXPERT','TECHNICAL_LEAD','TEAM_MANAGER'`;
const TLP = `'CLEAR','GREEN','AMBER','AMBER_STRICT','RED'`;

/** People, teams and their members, constituencies, partner CSIRTs. */
export class Directory1732300000400 implements MigrationInterface {
  name = 'Directory1732300000400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        region text,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY[${DOMAIN_ROLES}]::text[]),
        skills text[] NOT NULL DEFAULT '{}',
        on_call boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // The people list is read newest first by keyset, filtered by region, role, active,
    // on-call and skill; each filter has an index the planner can combine with the order.
    await runner.query(`CREATE INDEX person_list ON person (created_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX person_region_list ON person (region, created_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX person_active_list ON person (active, created_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX person_on_call_list ON person (on_call, created_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX person_roles ON person USING gin (roles)`);
    await runner.query(`CREATE INDEX person_skills ON person USING gin (skills)`);

    await runner.query(`
      CREATE TABLE team (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('WORLDWIDE_SECURITY_TEAM','GEO_SECURITY_TEAM','VCSIRT','SECURITY_ADVISORY_GROUP','ENTERPRISE_CSIRT','CORPORATE_SECURITY_TEAM')),
        region text,
        authority text NOT NULL CHECK (authority IN ('FULL','SHARED','NONE','INDIRECT')),
        description text,
        incident_id uuid,
        lead_person_id uuid REFERENCES person (id),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        CHECK ((kind = 'VCSIRT') = (incident_id IS NOT NULL)),
        CHECK ((kind = 'VCSIRT') = (lead_person_id IS NOT NULL))
      )`);
    // One virtual CSIRT per incident, enforced by the database as well as the use case.
    await runner.query(
      `CREATE UNIQUE INDEX team_one_vcsirt_per_incident ON team (incident_id) WHERE incident_id IS NOT NULL`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX team_standing_name ON team (lower(name)) WHERE incident_id IS NULL`,
    );
    await runner.query(`CREATE INDEX team_list ON team (created_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX team_kind_list ON team (kind, created_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX team_region ON team (region)`);

    await runner.query(`
      CREATE TABLE team_member (
        id uuid PRIMARY KEY,
        -- Order of joining among members who joined at the same instant (a team formed at once).
        seq bigint GENERATED ALWAYS AS IDENTITY,
        team_id uuid NOT NULL REFERENCES team (id),
        person_id uuid NOT NULL REFERENCES person (id),
        role text NOT NULL CHECK (role IN (${DOMAIN_ROLES})),
        joined_at timestamptz NOT NULL,
        join_reason text,
        added_by text NOT NULL,
        left_at timestamptz,
        leave_reason text,
        removed_by text
      )`);
    // A person is a current member of a team at most once; past memberships are history.
    await runner.query(
      `CREATE UNIQUE INDEX team_member_current ON team_member (team_id, person_id) WHERE left_at IS NULL`,
    );
    await runner.query(`CREATE INDEX team_member_team ON team_member (team_id, joined_at, seq)`);
    await runner.query(`CREATE INDEX team_member_person ON team_member (person_id) WHERE left_at IS NULL`);

    await runner.query(`
      CREATE TABLE constituency (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('EMPLOYEES','CUSTOMERS','PARTNERS','REGION','NETWORK')),
        geography text[] NOT NULL DEFAULT '{}',
        network_providers text[] NOT NULL DEFAULT '{}',
        organisations text[] NOT NULL DEFAULT '{}',
        team_id uuid REFERENCES team (id),
        service jsonb NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE UNIQUE INDEX constituency_name ON constituency (lower(name))`);
    await runner.query(`CREATE INDEX constituency_list ON constituency (created_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX constituency_team ON constituency (team_id) WHERE team_id IS NOT NULL`);

    await runner.query(`
      CREATE TABLE partner_csirt (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        contact_email text NOT NULL,
        contact_phone text,
        trust_level text NOT NULL CHECK (trust_level IN ('LOW','MEDIUM','HIGH')),
        active boolean NOT NULL DEFAULT true,
        tlp_ceiling text NOT NULL CHECK (tlp_ceiling IN (${TLP})),
        named_recipients text[] NOT NULL DEFAULT '{}',
        permitted_actions text[] NOT NULL CHECK (cardinality(permitted_actions) > 0),
        disclosure text NOT NULL CHECK (disclosure IN ('MAY_DISCLOSE','AFTER_EMBARGO','WITH_SOURCE_CONSENT','MUST_NOT_DISCLOSE')),
        embargo_days integer CHECK (embargo_days BETWEEN 1 AND 3650),
        attribution text NOT NULL CHECK (attribution IN ('MUST','MAY','MUST_NOT')),
        agreement_version integer NOT NULL,
        agreed_at timestamptz NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        -- The rule the use case checks first, kept by the database too: RED only to named people.
        CHECK (tlp_ceiling <> 'RED' OR cardinality(named_recipients) > 0),
        CHECK ((disclosure = 'AFTER_EMBARGO') = (embargo_days IS NOT NULL))
      )`);
    await runner.query(`CREATE UNIQUE INDEX partner_csirt_name ON partner_csirt (lower(name))`);
    await runner.query(`CREATE INDEX partner_csirt_list ON partner_csirt (created_at DESC, id DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE partner_csirt');
    await runner.query('DROP TABLE constituency');
    await runner.query('DROP TABLE team_member');
    await runner.query('DROP TABLE team');
    await runner.query('DROP TABLE person');
  }
}
