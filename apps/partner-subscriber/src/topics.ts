import { partnerTopicPrefix, TOPICS } from '@csirt/contracts';

/** The topic of the advisories addressed to this partner alone (AMBER, AMBER+STRICT, RED). */
export function partnerAdvisoriesTopic(code: string): string {
  return `${partnerTopicPrefix(code)}advisories`;
}

/** What a partner reads unless configured otherwise: its own topic and the two community feeds. */
export function defaultTopics(code: string): string[] {
  return [partnerAdvisoriesTopic(code), TOPICS.communityClear, TOPICS.communityGreen];
}
