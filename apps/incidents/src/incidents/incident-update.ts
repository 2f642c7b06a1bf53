import { mergeObservables, tlpRank, type CiaImpact, type Observable, type Pap, type Tlp } from '@csirt/contracts';
import { mergeAssets } from './absorb';
import type { Incident, IncidentComplexity } from './incident.entity';
import { IncidentErrors } from './incident.errors';
import type { IncidentChange } from './incident-changes';

/** An update as checked: only the fields given. */
export interface IncidentUpdate {
  title?: string;
  summary?: string;
  classification?: { rsitClass: string; rsitType: string };
  severity?: number;
  priority?: string;
  cia?: CiaImpact;
  tlp?: Tlp;
  tlpReason?: string;
  pap?: Pap;
  constituencyId?: string;
  region?: string;
  affectedAssets?: string[];
  addObservables?: Observable[];
  estimatedLoss?: { amount: number; currency: string };
  complexity?: IncidentComplexity;
  effortHours?: number;
  resolution?: string;
  lessonsLearned?: string;
  publicResolutionSummary?: string;
}

const when = <T>(value: T | undefined, patch: (value: T) => Partial<Incident>) =>
  value === undefined ? undefined : patch(value);

/**
 * The changes an update makes: the fields that really change (told together, by the names
 * the client knows), then the TLP label, then the severity. Lowering the label declassifies
 * what the incident holds: only who `mayLowerTlp`, with a reason. Pure.
 */
export function decideUpdate(incident: Incident, input: IncidentUpdate, mayLowerTlp: boolean): IncidentChange[] {
  const patches: [string, Partial<Incident> | undefined][] = [
    ['title', when(input.title, (title) => ({ title }))],
    ['summary', when(input.summary, (summary) => ({ summary }))],
    ['classification', when(input.classification, ({ rsitClass, rsitType }) => ({ rsitClass, rsitType }))],
    ['priority', when(input.priority, (priority) => ({ priority }))],
    ['cia', when(input.cia, (cia) => ({ ciaConfidentiality: cia.confidentiality, ciaIntegrity: cia.integrity, ciaAvailability: cia.availability }))],
    ['pap', when(input.pap, (pap) => ({ pap }))],
    ['constituencyId', when(input.constituencyId, (constituencyId) => ({ constituencyId }))],
    ['region', when(input.region, (region) => ({ region }))],
    ['affectedAssets', when(input.affectedAssets, (assets) => ({ affectedAssets: mergeAssets([], assets) }))],
    ['observables', when(input.addObservables, (added) => ({ observables: mergeObservables(incident.observables, added) }))],
    ['estimatedLoss', when(input.estimatedLoss, (loss) => ({ lossAmount: loss.amount, lossCurrency: loss.currency }))],
    ['complexity', when(input.complexity, (complexity) => ({ complexity }))],
    ['effortHours', when(input.effortHours, (effortHours) => ({ effortHours }))],
    ['resolution', when(input.resolution, (resolution) => ({ resolution }))],
    ['lessonsLearned', when(input.lessonsLearned, (lessonsLearned) => ({ lessonsLearned }))],
    ['publicResolutionSummary', when(input.publicResolutionSummary, (publicResolutionSummary) => ({ publicResolutionSummary }))],
  ];
  const values: Partial<Incident> = {};
  const fields: string[] = [];
  for (const [field, patch] of patches) {
    const changed = Object.entries(patch ?? {}).filter(
      ([key, value]) => JSON.stringify(incident[key as keyof Incident]) !== JSON.stringify(value),
    );
    if (changed.length === 0) continue;
    Object.assign(values, Object.fromEntries(changed));
    fields.push(field);
  }
  const changes: IncidentChange[] = fields.length > 0 ? [{ kind: 'fields-updated', values, fields }] : [];
  if (input.tlp !== undefined && input.tlp !== incident.tlp) {
    const lowering = tlpRank(input.tlp) < tlpRank(incident.tlp);
    if (lowering && !mayLowerTlp) throw IncidentErrors.tlpDowngradeForbidden(incident.tlp, input.tlp);
    if (lowering && !input.tlpReason) throw IncidentErrors.invalidInput('tlpReason', 'lowering the TLP label needs a tlpReason');
    changes.push({ kind: 'tlp-changed', from: incident.tlp, to: input.tlp, reason: lowering ? (input.tlpReason ?? null) : null });
  }
  if (input.severity !== undefined && input.severity !== incident.severity) {
    changes.push({ kind: 'severity-changed', from: incident.severity, to: input.severity });
  }
  return changes;
}
