import type { Incident } from '../incidents/incident.entity';

/** An incident as the pure rules see it; only the fields they read matter. */
export function incidentLike(overrides: Partial<Incident> = {}): Incident {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    reference: 'INC-2026-00001',
    title: 'Phishing wave',
    status: 'ANALYSIS',
    severity: 2,
    tlp: 'GREEN',
    observables: [],
    affectedAssets: [],
    ciaConfidentiality: false,
    ciaIntegrity: false,
    ciaAvailability: false,
    effortHours: 0,
    lossAmount: null,
    lossCurrency: null,
    resolution: null,
    lessonsLearned: null,
    publicResolutionSummary: null,
    ...overrides,
  } as Incident;
}
