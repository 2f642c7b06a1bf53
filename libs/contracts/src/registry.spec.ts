import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEvent, EVENT_CONTRACTS } from './registry';
import { AUDIT_ENTRY_CONTRACTS } from './events/audit';
import { AUDIT_TOPICS, deadLetterTopic, TOPICS, TOPIC_TLP_CEILING } from './topics';

const envelope = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  type: 'intake.report.rejected',
  version: 1,
  source: 'intake',
  subject: randomUUID(),
  time: '2026-11-23T10:00:00.000Z',
  tlp: 'GREEN',
  data: { reportId: randomUUID(), reference: 'RPT-2026-000001', reason: 'spam', rejectedBy: 'a', rejectedAt: '2026-11-23T10:00:00Z' },
  ...overrides,
});

describe('parseEvent', () => {
  it('accepts an envelope whose data meets its contract', () => {
    const result = parseEvent(JSON.stringify(envelope()));
    expect(result.ok).toBe(true);
  });

  it.each([
    ['not JSON', '{oops', 'MALFORMED_JSON'],
    ['a tombstone', null, 'MALFORMED_JSON'],
    ['an envelope without id', JSON.stringify({ ...envelope(), id: undefined }), 'INVALID_ENVELOPE'],
    ['an unknown TLP label', JSON.stringify(envelope({ tlp: 'WHITE' })), 'INVALID_ENVELOPE'],
    ['an unknown version', JSON.stringify(envelope({ version: 99 })), 'UNKNOWN_CONTRACT'],
    ['data that breaks the contract', JSON.stringify(envelope({ data: { reportId: 'x' } })), 'INVALID_PAYLOAD'],
  ])('rejects %s with a code and a reason', (_, raw, code) => {
    const result = parseEvent(raw as string | null);
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok === false && result.reason.length).toBeGreaterThan(0);
  });
});

describe('topics', () => {
  const catalogue = JSON.parse(readFileSync(join(__dirname, '../../../infra/kafka/topics.json'), 'utf8')) as { topics: { name: string }[] };
  const declared = new Set(catalogue.topics.map((t) => t.name));

  it('declares every topic a contract uses, and every dead-letter topic, in the catalogue', () => {
    for (const contract of EVENT_CONTRACTS.values()) expect(declared).toContain(contract.topic);
    for (const service of ['intake', 'incidents', 'teams', 'announcements']) expect(declared).toContain(deadLetterTopic(service));
  });

  it('gives every topic a TLP ceiling, with the partner-facing one at AMBER', () => {
    for (const topic of Object.values(TOPICS)) expect(TOPIC_TLP_CEILING[topic]).toBeDefined();
    expect(TOPIC_TLP_CEILING[TOPICS.announcements]).toBe('AMBER');
  });

  it('gives each service its own audit topic, declared, under a RED ceiling', () => {
    for (const [source, contract] of Object.entries(AUDIT_ENTRY_CONTRACTS)) {
      expect(contract.topic).toBe(AUDIT_TOPICS[source as keyof typeof AUDIT_TOPICS]);
      expect(declared).toContain(contract.topic);
      expect(TOPIC_TLP_CEILING[contract.topic]).toBe('RED');
    }
  });
});

describe('teams.partner.changed', () => {
  const partner = (version: number, data: Record<string, unknown>) =>
    JSON.stringify(envelope({ type: 'teams.partner.changed', version, source: 'teams', tlp: 'AMBER', data }));
  const v2 = {
    partnerId: randomUUID(),
    code: 'cert-at',
    name: 'CERT.at',
    country: 'AT',
    active: true,
    agreement: {
      tlpCeiling: 'AMBER',
      namedRecipientCount: 0,
      permittedActions: ['CONTACT_FOR_INSTRUCTION'],
      disclosure: 'AFTER_EMBARGO',
      embargoDays: 30,
      attribution: 'MUST_NOT',
      version: 2,
      agreedAt: '2026-11-23T10:00:00Z',
    },
    changedAt: '2026-11-23T10:00:00Z',
  };

  it('v2 carries the partner code and the whole agreement; a code outside the partner-id rules is refused', () => {
    expect(parseEvent(partner(2, v2)).ok).toBe(true);
    expect(parseEvent(partner(2, { ...v2, code: 'CERT.at' }))).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    expect(parseEvent(partner(2, { ...v2, agreement: { ...v2.agreement, version: 0 } }))).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
  });

  it('v1, no longer produced, stays parseable for events still on the topic', () => {
    const v1 = { partnerId: randomUUID(), name: 'CERT.at', country: 'AT', active: true, tlpCeiling: 'GREEN', permittedActions: [], attribution: 'MAY', changedAt: '2026-11-23T10:00:00Z' };
    expect(parseEvent(partner(1, v1)).ok).toBe(true);
  });
});
