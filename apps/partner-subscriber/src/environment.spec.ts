import { parseSubscriberEnvironment } from './environment';

const FPR = 'AB12 CD34 EF56 7890 AB12  CD34 EF56 7890 AB12 CD34';

const minimal = {
  PARTNER_CODE: 'alpha',
  KAFKA_BROKERS: 'kafka.csirt.example.org:9093',
  KAFKA_SASL_PASSWORD: 'secret',
  MIRROR_DIR: '/var/lib/csaf',
  TRUSTED_KEY_FINGERPRINTS: FPR,
  PROVIDER_METADATA_URL: 'https://csirt.example.org/.well-known/csaf/provider-metadata.json',
  GRAPHQL_URL: 'https://csirt.example.org/graphql',
  API_TOKEN: 'token',
};

describe('the subscriber configuration', () => {
  it('derives the principal, topics and consumer group from the partner code', () => {
    const parsed = parseSubscriberEnvironment(minimal);
    expect(parsed).toMatchObject({
      ok: true,
      config: {
        kafka: { brokers: ['kafka.csirt.example.org:9093'], sasl: { mechanism: 'scram-sha-512', username: 'partner-alpha', password: 'secret' } },
        topics: ['csirt.partner.alpha.advisories', 'csirt.announcements.clear', 'csirt.announcements.green'],
        groupId: 'csirt-partner-alpha.subscriber',
        fromBeginning: true,
        keys: { pinnedFingerprints: ['AB12CD34EF567890AB12CD34EF567890AB12CD34'], publicKeyFiles: [] },
        acknowledgement: { token: { value: 'token' } },
      },
    });
  });

  it.each([
    [{ TRUSTED_KEY_FINGERPRINTS: undefined }, 'TRUSTED_KEY_FINGERPRINTS'],
    [{ TRUSTED_KEY_FINGERPRINTS: 'ABCD' }, 'TRUSTED_KEY_FINGERPRINTS: a fingerprint is 40'],
    [{ PROVIDER_METADATA_URL: undefined }, 'PROVIDER_METADATA_URL: set PROVIDER_METADATA_URL, PUBLIC_KEY_FILES or both'],
    [{ API_TOKEN_FILE: '/run/secrets/token' }, 'API_TOKEN: set exactly one'],
    [{ KAFKA_CONSUMER_GROUP: 'csirt-partner-bravo.x' }, 'KAFKA_CONSUMER_GROUP'],
    [{ PARTNER_CODE: 'Alpha_1' }, 'PARTNER_CODE'],
    [{ GRAPHQL_URL: 'ftp://x' }, 'GRAPHQL_URL'],
  ])('refuses %j', (change, problem) => {
    const parsed = parseSubscriberEnvironment({ ...minimal, ...change });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('\n')).toContain(problem);
  });

  it('takes explicit topics, group, key files and a token file', () => {
    const parsed = parseSubscriberEnvironment({
      ...minimal,
      API_TOKEN: undefined,
      API_TOKEN_FILE: '/run/secrets/token',
      PROVIDER_METADATA_URL: undefined,
      PUBLIC_KEY_FILES: '/etc/csaf/2025.asc, /etc/csaf/2026.asc',
      KAFKA_TOPICS: 'csirt.partner.alpha.advisories',
      KAFKA_CONSUMER_GROUP: 'csirt-partner-alpha',
    });
    expect(parsed).toMatchObject({
      ok: true,
      config: {
        topics: ['csirt.partner.alpha.advisories'],
        groupId: 'csirt-partner-alpha',
        keys: { publicKeyFiles: ['/etc/csaf/2025.asc', '/etc/csaf/2026.asc'] },
        acknowledgement: { token: { file: '/run/secrets/token' } },
      },
    });
  });
});
