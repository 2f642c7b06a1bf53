import { bindChannel } from './report-channel';

const reporter = { partnerId: null, sensorId: null };
const partner = { partnerId: 'cert-xy', sensorId: null };
const sensor = { partnerId: null, sensorId: 'ids-7' };

describe('channels bound to callers', () => {
  it('lets only a partner submit on PARTNER_CSIRT, recording the partner', () => {
    expect(bindChannel('PARTNER_CSIRT', partner)).toEqual({ partnerId: 'cert-xy', sensorId: null });
    expect(() => bindChannel('PARTNER_CSIRT', reporter)).toThrow(expect.objectContaining({ code: 'REPORT.CHANNEL_NOT_ALLOWED' }));
    expect(() => bindChannel('PARTNER_CSIRT', sensor)).toThrow(expect.objectContaining({ code: 'REPORT.CHANNEL_NOT_ALLOWED' }));
  });

  it('lets only a sensor submit on SENSOR, recording the sensor', () => {
    expect(bindChannel('SENSOR', sensor)).toEqual({ partnerId: null, sensorId: 'ids-7' });
    expect(() => bindChannel('SENSOR', reporter)).toThrow(expect.objectContaining({ code: 'REPORT.CHANNEL_NOT_ALLOWED' }));
    expect(() => bindChannel('SENSOR', partner)).toThrow(expect.objectContaining({ code: 'REPORT.CHANNEL_NOT_ALLOWED' }));
  });

  it.each(['WEB_FORM', 'EMAIL', 'PHONE', 'INTERNAL'] as const)('leaves %s open and unattributed', (channel) => {
    expect(bindChannel(channel, reporter)).toEqual({ partnerId: null, sensorId: null });
    expect(bindChannel(channel, partner)).toEqual({ partnerId: null, sensorId: null });
  });
});
