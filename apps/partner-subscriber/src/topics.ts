import { partnerAdvisoriesTopic, TOPICS } from '@csirt/contracts';

/** What a partner reads unless configured otherwise: its own topic and the two community feeds. */
export function defaultTopics(code: string): string[] {
  return [partnerAdvisoriesTopic(code), TOPICS.communityClear, TOPICS.communityGreen];
}
