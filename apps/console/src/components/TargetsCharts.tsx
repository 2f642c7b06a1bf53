import { useMemo } from 'react';
import { useQuery } from 'urql';
import { IncidentTargetsQuery } from '../graphql/documents';
import type { IncidentTargetsQuery as TargetsData } from '../generated/graphql';
import { BarChart } from './BarChart';
import { ErrorBox, Loading } from './States';

type Cell = NonNullable<TargetsData['incidentMetrics']['cells']>[number];
const percent = (value: number) => `${value.toFixed(0)} %`;

/**
 * The share of incidents that took longer than their constituency's target, per month,
 * constituency and class, for the last twelve whole months (the rollup answers by month only).
 * Time to triage is not here: triage happens in intake, before an incident exists.
 */
export function TargetsCharts({ constituencyNames }: { constituencyNames: Map<string, string> }) {
  const range = useMemo(() => {
    const now = new Date();
    const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
    return { from: from.toISOString(), to: to.toISOString() };
  }, []);
  const [{ data, fetching, error }] = useQuery({ query: IncidentTargetsQuery, variables: { range } });
  if (error) return <ErrorBox error={error} title="The targets could not be loaded" />;
  if (fetching && !data) return <Loading what="the targets" />;
  const metrics = data?.incidentMetrics;
  if (!metrics) return null;
  const label = (cell: Cell) =>
    `${cell.month.slice(0, 7)} · ${cell.constituencyId ? (constituencyNames.get(cell.constituencyId) ?? 'constituency') : 'none'} · ${cell.rsitClass ?? 'unclassified'}`;
  const bars = (pick: (cell: Cell) => Cell['timeToContain']) =>
    metrics.cells
      .filter((cell) => pick(cell).breachRate != null)
      .map((cell) => ({ label: label(cell), value: (pick(cell).breachRate ?? 0) * 100 }));
  const empty = `Not shown: no month, constituency and class with a target and at least ${metrics.minimumGroupSize} incidents on each side of it.`;
  return (
    <>
      <BarChart title="Over the acknowledge target (share of incidents), last 12 months" bars={bars((cell) => cell.timeToAcknowledge)} format={percent} empty={empty} />
      <BarChart title="Over the contain target (share of incidents), last 12 months" bars={bars((cell) => cell.timeToContain)} format={percent} empty={empty} />
    </>
  );
}
