/** How two incidents are related. */
export type IncidentRelation = 'SAME_ATTACKER' | 'SAME_CAMPAIGN' | 'RELATED';

/** A link as seen from one incident: `otherId` is the incident on the other end. */
export interface IncidentLinkView {
  otherId: string;
  relation: IncidentRelation;
  reason: string;
  linkedBy: string;
  linkedAt: Date;
}
