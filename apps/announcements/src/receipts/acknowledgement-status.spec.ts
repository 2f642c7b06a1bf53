import type { PartnerAgreementView } from '../directory/release-audience';
import type { ReleasedDocument } from '../directory/released-documents';
import { acknowledgementStatusesOf, type AcknowledgementRecord } from './acknowledgement-status';

const partner = (code: string, overrides: Partial<PartnerAgreementView> = {}): PartnerAgreementView => ({
  partnerId: `id-${code}`,
  code,
  name: code,
  active: true,
  tlpCeiling: 'RED',
  ...overrides,
});
const release = (revision: number, overrides: Partial<ReleasedDocument> = {}): ReleasedDocument => ({
  advisoryId: 'adv',
  revision,
  trackingId: 'CSIRT-1',
  action: revision === 1 ? 'PUBLISHED' : 'REVISED',
  tlp: 'AMBER',
  recipients: ['a'],
  fileName: 'csirt-1.json',
  yearFolder: '2026',
  releasedAt: new Date(Date.UTC(2026, 0, revision)),
  ...overrides,
});
const ack = (partnerId: string, revision: number): AcknowledgementRecord => ({
  advisoryId: 'adv',
  partnerId,
  firstAcknowledgedAt: new Date(Date.UTC(2026, 1, 1)),
  revision,
  revisionAcknowledgedAt: new Date(Date.UTC(2026, 1, revision)),
});

describe('acknowledgementStatusesOf', () => {
  it('is empty before the first release', () => {
    expect(acknowledgementStatusesOf([], [partner('a')], [])).toEqual([]);
  });

  it('waits, for a partner addressed only by a later revision, since that revision', () => {
    const releases = [release(1), release(2, { recipients: ['a', 'b'] })];
    const [, b] = acknowledgementStatusesOf(releases, [partner('a'), partner('b'), partner('c')], []);
    expect(b).toMatchObject({ partnerCode: 'b', acknowledged: false, waitingSince: releases[1].releasedAt });
  });

  it('keeps listing a partner that acknowledged and is no longer addressed', () => {
    const releases = [release(1), release(2, { recipients: ['b'] })];
    const statuses = acknowledgementStatusesOf(releases, [partner('a'), partner('b')], [ack('id-a', 1)]);
    expect(statuses.map((s) => [s.partnerCode, s.acknowledgedVersion, s.upToDate])).toEqual([
      ['a', 1, false],
      ['b', null, false],
    ]);
  });

  it('is up to date, with nothing waiting, once the newest revision is acknowledged', () => {
    const [a] = acknowledgementStatusesOf([release(1), release(2)], [partner('a')], [ack('id-a', 2)]);
    expect(a).toMatchObject({ acknowledged: true, upToDate: true, waitingSince: null, acknowledgedVersion: 2 });
  });
});
