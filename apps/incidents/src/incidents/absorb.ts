import { mergeObservables, tlpRank, type CiaImpact, type Observable, type Tlp } from '@csirt/contracts';
import type { Incident } from './incident.entity';
import type { AbsorbedOrigin, IncidentChange } from './incident-changes';

/** What an incident takes in from a report attached to it or an incident merged into it. */
export interface Absorbable {
  observables: readonly Observable[];
  affectedAssets: readonly string[];
  cia: CiaImpact;
  severity: number;
  tlp: Tlp;
}


/**
 * The changes `into` undergoes by taking in `source`, shared by attaching a report and
 * merging an incident: the union of indicators and assets, any CIA impact either has, and
 * the stricter severity and TLP, since an incident is at least as severe, and at least as
 * restricted, as anything in it. Pure: the caller records the changes.
 */
export function absorb(into: Incident, source: Absorbable, origin: AbsorbedOrigin): IncidentChange[] {
  // Automatic changes: the platform's, told as caused by the report or by the merge.
  const [actor, cause] =
    'report' in origin ? ['system:report-attached', `by report ${origin.report}`] : ['system:merge', 'by the merge'];
  const observables = mergeObservables(into.observables, source.observables);
  const affectedAssets = mergeAssets(into.affectedAssets, source.affectedAssets);
  const changes: IncidentChange[] = [
    {
      kind: 'absorbed',
      observables,
      affectedAssets,
      cia: {
        confidentiality: into.ciaConfidentiality || source.cia.confidentiality,
        integrity: into.ciaIntegrity || source.cia.integrity,
        availability: into.ciaAvailability || source.cia.availability,
      },
      added: {
        observables: observables.length - into.observables.length,
        assets: affectedAssets.length - into.affectedAssets.length,
      },
      origin,
      actor,
    },
  ];
  if (source.severity > into.severity) {
    changes.push({ kind: 'severity-changed', from: into.severity, to: source.severity, cause, actor });
  }
  if (tlpRank(source.tlp) > tlpRank(into.tlp)) {
    changes.push({ kind: 'tlp-changed', from: into.tlp, to: source.tlp, reason: null, cause, actor });
  }
  return changes;
}

/** An incident as a source to absorb. */
export function absorbable(incident: Incident): Absorbable {
  return {
    ...incident,
    cia: {
      confidentiality: incident.ciaConfidentiality,
      integrity: incident.ciaIntegrity,
      availability: incident.ciaAvailability,
    },
  };
}

/** Union of two asset lists, trimmed, first spelling kept, compared case-insensitively. */
export function mergeAssets(existing: readonly string[], added: readonly string[]): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const asset of [...existing, ...added]) {
    const trimmed = asset.trim();
    const key = trimmed.toLowerCase();
    if (trimmed.length === 0 || seen.has(key)) continue;
    seen.add(key);
    merged.push(trimmed);
  }
  return merged;
}
