import { partnerAdvisoriesTopic, partnerOfTopic, partnerPrincipal, partnerTopicPrefix, SELF_TEST_SOURCE, SELF_TEST_TOPIC, TOPICS, TOPIC_TLP_CEILING, deadLetterTopic, topicOwner, topicTlpCeiling } from './topics';

describe('topicOwner', () => {
  it('is the <owner> of csirt.<owner>.<stream>', () => {
    expect(topicOwner(TOPICS.intakeReports)).toBe('intake');
    expect(topicOwner(TOPICS.incidents)).toBe('incidents');
    expect(topicOwner(TOPICS.teamsDirectory)).toBe('teams');
    expect(topicOwner(TOPICS.communityGreen)).toBe('announcements');
    expect(topicOwner(deadLetterTopic('teams'))).toBe('teams');
    expect(topicOwner(SELF_TEST_TOPIC)).toBe(SELF_TEST_SOURCE);
  });

  it('gives partner feeds to announcements, and nothing to names outside the scheme', () => {
    expect(topicOwner(`${partnerTopicPrefix('acme')}advisories`)).toBe('announcements');
    expect(topicOwner('csirt.partner.acme')).toBeUndefined();
    expect(topicOwner('csirt.partner.Bad_Id.x')).toBeUndefined();
    expect(topicOwner('other.intake.reports')).toBeUndefined();
    expect(topicOwner('csirt.intake')).toBeUndefined();
    expect(topicOwner('')).toBeUndefined();
  });
});

describe('partner names', () => {
  it('are derived from a validated id, ending the topic prefix with a dot so one id is not a prefix of another', () => {
    expect(partnerPrincipal('acme')).toBe('partner-acme');
    expect(partnerTopicPrefix('acme')).toBe('csirt.partner.acme.');
    expect(() => partnerPrincipal('ACME')).toThrow(/invalid partner id/);
    expect(() => partnerTopicPrefix('a.b')).toThrow(/invalid partner id/);
  });
});

describe('community topics', () => {
  it('are capped at CLEAR and GREEN', () => {
    expect(TOPIC_TLP_CEILING[TOPICS.communityClear]).toBe('CLEAR');
    expect(TOPIC_TLP_CEILING[TOPICS.communityGreen]).toBe('GREEN');
  });
});

describe('partner feeds', () => {
  it('are named after the partner code and capped at RED, read by that partner alone', () => {
    expect(partnerAdvisoriesTopic('alpha')).toBe('csirt.partner.alpha.advisories');
    expect(partnerOfTopic('csirt.partner.alpha.advisories')).toBe('alpha');
    expect(partnerOfTopic('csirt.partner.alpha.')).toBeUndefined();
    expect(partnerOfTopic('csirt.partner.Alpha.advisories')).toBeUndefined();
    expect(partnerOfTopic(TOPICS.communityGreen)).toBeUndefined();
    expect(topicTlpCeiling('csirt.partner.alpha.advisories')).toBe('RED');
    expect(topicTlpCeiling(TOPICS.communityGreen)).toBe('GREEN');
    expect(topicTlpCeiling('csirt.partner.alpha')).toBeUndefined();
    expect(topicTlpCeiling('elsewhere')).toBeUndefined();
  });
});
