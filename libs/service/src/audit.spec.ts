import { entryLabel, labelChanged } from './audit';

describe('audit entry labels', () => {
  it('labels an entry as its record when the label is known', () => {
    expect(entryLabel({ entityId: 'a', entityTlp: 'GREEN' })).toBe('GREEN');
    expect(entryLabel({ entityId: 'a', entityTlp: 'RED' })).toBe('RED');
  });

  it('labels an entry naming a record of unknown label RED, and one naming no record AMBER', () => {
    expect(entryLabel({ entityId: 'a', entityTlp: null })).toBe('RED');
    expect(entryLabel({ entityId: null, entityTlp: null })).toBe('AMBER');
  });

  it('labels a label change with the stricter of the two labels, either way', () => {
    expect(labelChanged('Incident', 'i', 'RED', 'GREEN')).toEqual({ action: 'LABEL_CHANGED', entityType: 'Incident', entityId: 'i', entityTlp: 'RED', reason: 'RED->GREEN' });
    expect(labelChanged('Report', 'r', 'GREEN', 'AMBER_STRICT').entityTlp).toBe('AMBER_STRICT');
  });
});
