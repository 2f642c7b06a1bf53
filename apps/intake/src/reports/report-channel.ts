import type { Principal } from '@csirt/auth';
import type { ReportChannel } from './report.entity';
import { ReportErrors } from './report.errors';

/** The credentials a submission arrives with, as far as channels care. */
export type ChannelCredentials = Pick<Principal, 'partnerId' | 'sensorId'>;

/** Who a report came from, when its channel is bound to a kind of credential. */
export interface ChannelSource {
  partnerId: string | null;
  sensorId: string | null;
}

/**
 * The one rule for channels bound to callers: only a partner CSIRT's credentials (claim
 * `partner_id`) submit on PARTNER_CSIRT, and the report records that partner; only a sensor's
 * credentials (claim `sensor_id`) submit on SENSOR. No role stands in for the credential: a
 * report that says it came from a partner is trusted as such by triage, so the claim must be
 * the caller's, not the form's. The other channels are open to every submitter.
 */
export function bindChannel(channel: ReportChannel, credentials: ChannelCredentials): ChannelSource {
  if (channel === 'PARTNER_CSIRT') {
    if (!credentials.partnerId) throw ReportErrors.channelNotAllowed(channel, 'a partner CSIRT');
    return { partnerId: credentials.partnerId, sensorId: null };
  }
  if (channel === 'SENSOR') {
    if (!credentials.sensorId) throw ReportErrors.channelNotAllowed(channel, 'a sensor');
    return { partnerId: null, sensorId: credentials.sensorId };
  }
  return { partnerId: null, sensorId: null };
}
