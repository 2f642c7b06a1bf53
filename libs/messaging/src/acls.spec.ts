import { join } from 'node:path';
import { kafkaAcls, parsePartnerAccess, partnerTopicSpecs, type KafkaAcl } from './acls';
import { readTopicCatalogue, type TopicSpec } from './topic-catalogue';

const catalogue = readTopicCatalogue(join(__dirname, '../../../infra/kafka/topics.json'));
const acls = kafkaAcls(catalogue, { partners: [{ id: 'alpha', ceiling: 'RED' }, { id: 'bravo', ceiling: 'GREEN' }, { id: 'charlie', ceiling: 'CLEAR' }] });
const of = (principal: string, filter: Partial<KafkaAcl> = {}) =>
  acls
    .filter((acl) => acl.principal === principal && Object.entries(filter).every(([k, v]) => acl[k as keyof KafkaAcl] === v))
    .map((acl) => `${acl.operation} ${acl.resource} ${acl.pattern} ${acl.name}`)
    .sort();

describe('kafkaAcls (derived from infra/kafka/topics.json)', () => {
  it('lets each service write exactly the topics named after it, its dead-letter and audit topics included', () => {
    expect(of('intake', { operation: 'write' })).toEqual([
      'write topic literal csirt.intake.audit',
      'write topic literal csirt.intake.dlq',
      'write topic literal csirt.intake.feedback',
      'write topic literal csirt.intake.notices',
      'write topic literal csirt.intake.reports',
    ]);
    expect(of('announcements', { operation: 'write' })).toEqual([
      'write topic literal csirt.announcements.advisories',
      'write topic literal csirt.announcements.audit',
      'write topic literal csirt.announcements.clear',
      'write topic literal csirt.announcements.dlq',
      'write topic literal csirt.announcements.green',
      'write topic prefixed csirt.partner.',
    ]);
  });

  it('lets a service read only what it consumes, in groups named after it', () => {
    expect(of('intake', { operation: 'read' })).toEqual([
      'read group literal csirt-intake',
      'read group prefixed csirt-intake.',
      'read topic literal csirt.incidents.incidents',
      'read topic literal csirt.teams.directory',
    ]);
    expect(of('incidents', { resource: 'topic' })).toEqual([
      'read topic literal csirt.intake.reports',
      'read topic literal csirt.teams.directory',
      'read topic literal csirt.teams.response-teams',
      'write topic literal csirt.incidents.audit',
      'write topic literal csirt.incidents.dlq',
      'write topic literal csirt.incidents.incidents',
    ]);
  });

  it('lets only announcements read the intake feedback topic (FAQ proposals), never its reports', () => {
    const readers = acls.filter((acl) => acl.operation === 'read' && acl.resource === 'topic' && acl.name.startsWith('csirt.intake.'));
    expect(readers.filter((acl) => acl.name === 'csirt.intake.feedback').map((acl) => acl.principal)).toEqual(['announcements']);
    expect(readers.filter((acl) => acl.name === 'csirt.intake.reports').map((acl) => acl.principal)).not.toContain('announcements');
  });

  it('lets only the teams service read the audit topics, which name RED records', () => {
    const auditReaders = acls.filter((acl) => acl.operation === 'read' && acl.name.endsWith('.audit')).map((acl) => `${acl.principal} ${acl.name}`);
    expect(auditReaders.sort()).toEqual([
      'teams csirt.announcements.audit',
      'teams csirt.incidents.audit',
      'teams csirt.intake.audit',
      'teams csirt.teams.audit',
    ]);
  });

  it('lets a partner read its own topics and the community ones, and write nothing', () => {
    expect(of('partner-alpha')).toEqual([
      'read group literal csirt-partner-alpha',
      'read group prefixed csirt-partner-alpha.',
      'read topic literal csirt.announcements.clear',
      'read topic literal csirt.announcements.green',
      'read topic prefixed csirt.partner.alpha.',
    ]);
  });

  it('lets a partner read the GREEN community topic only when its agreement reaches GREEN', () => {
    expect(of('partner-bravo', { resource: 'topic' })).toEqual([
      'read topic literal csirt.announcements.clear',
      'read topic literal csirt.announcements.green',
      'read topic prefixed csirt.partner.bravo.',
    ]);
    expect(of('partner-charlie', { resource: 'topic' })).toEqual([
      'read topic literal csirt.announcements.clear',
      'read topic prefixed csirt.partner.charlie.',
    ]);
  });

  it('reads partners as <code>[:<ceiling>], CLEAR when no ceiling is given', () => {
    expect(parsePartnerAccess('acme:green')).toEqual({ id: 'acme', ceiling: 'GREEN' });
    expect(parsePartnerAccess('acme:AMBER+STRICT')).toEqual({ id: 'acme', ceiling: 'AMBER_STRICT' });
    expect(parsePartnerAccess('acme')).toEqual({ id: 'acme', ceiling: 'CLEAR' });
    expect(() => parsePartnerAccess('Acme:GREEN')).toThrow(/partner code/);
    expect(() => parsePartnerAccess('acme:PURPLE')).toThrow(/partner code/);
    expect(partnerTopicSpecs('acme').map((t) => t.name)).toEqual(['csirt.partner.acme.advisories']);
  });

  it('grants nothing for the self-test topics, which only the admin uses', () => {
    expect(acls.filter((acl) => acl.name.startsWith('csirt.test.'))).toEqual([]);
  });

  it('refuses a reader that is neither a service nor the partners', () => {
    const bad: TopicSpec[] = [{ name: 'csirt.intake.reports', partitions: 1, retentionMs: 1, cleanupPolicy: 'delete', description: '', readers: ['mallory'] }];
    expect(() => kafkaAcls(bad, { partners: [] })).toThrow(/unknown reader "mallory"/);
  });
});
