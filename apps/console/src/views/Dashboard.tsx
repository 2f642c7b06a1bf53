import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { BarChart } from '../components/BarChart';
import { TargetsCharts } from '../components/TargetsCharts';
import { Empty, ErrorBox, formatDuration, Loading } from '../components/States';
import { ConstituencyOptionsQuery, IncidentMetricsQuery } from '../graphql/documents';
import type { MetricsPeriod } from '../generated/graphql';

const RANGES = { '30 days': 30, '90 days': 90, '12 months': 365 } as const;

type Stats = { count?: number | null; meanSeconds?: number | null; p50Seconds?: number | null; p90Seconds?: number | null };

/** Mean, median and 90th percentile of one duration; none when too few incidents reached its end. */
function durationBars(stats: Stats) {
  if (stats.count === null || stats.count === undefined) return [];
  return [
    { label: 'mean', value: stats.meanSeconds ?? 0 },
    { label: 'median', value: stats.p50Seconds ?? 0 },
    { label: '90th percentile', value: stats.p90Seconds ?? 0 },
  ];
}

export default function Dashboard() {
  const [rangeName, setRangeName] = useState<keyof typeof RANGES>('12 months');
  const [groupBy, setGroupBy] = useState<MetricsPeriod>('MONTH');
  const [threshold, setThreshold] = useState(10000);
  const [currency, setCurrency] = useState('EUR');
  const [constituencyId, setConstituencyId] = useState('');
  const range = useMemo(() => {
    const to = new Date();
    to.setUTCHours(0, 0, 0, 0);
    to.setUTCDate(to.getUTCDate() + 1);
    const from = new Date(to.getTime() - RANGES[rangeName] * 86_400_000);
    return { from: from.toISOString(), to: to.toISOString() };
  }, [rangeName]);
  const [{ data, fetching, error }] = useQuery({
    query: IncidentMetricsQuery,
    variables: { range, groupBy, lossThreshold: { amount: threshold, currency } },
  });
  const [constituencies] = useQuery({ query: ConstituencyOptionsQuery });
  const targets = constituencies.data?.constituencies.edges.find(({ node }) => node.id === constituencyId)?.node.service.targets;
  const metrics = data?.incidentMetrics;
  const withheld = `Not shown: no group of at least ${metrics?.minimumGroupSize ?? 5} incidents.`;

  return (
    <section>
      <h1>Dashboard</h1>
      <form className="filters" aria-label="Dashboard settings" onSubmit={(event) => event.preventDefault()}>
        <label>
          Range
          <select value={rangeName} onChange={(event) => setRangeName(event.target.value as keyof typeof RANGES)}>
            {Object.keys(RANGES).map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          Per
          <select value={groupBy} onChange={(event) => setGroupBy(event.target.value as MetricsPeriod)}>
            {(['DAY', 'WEEK', 'MONTH'] as const).map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Loss threshold
          <input type="number" min={0} value={threshold} onChange={(event) => setThreshold(Number(event.target.value))} />
        </label>
        <label>
          Currency
          <input value={currency} onChange={(event) => setCurrency(event.target.value.toUpperCase())} maxLength={3} size={4} />
        </label>
        <label>
          Targets of
          <select value={constituencyId} onChange={(event) => setConstituencyId(event.target.value)}>
            <option value="">no constituency</option>
            {constituencies.data?.constituencies.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </label>
      </form>
      {error && <ErrorBox error={error} title="The metrics could not be loaded" />}
      {fetching && !metrics && <Loading what="metrics" />}
      {metrics && metrics.total === null && (
        <Empty>
          Fewer than {metrics.minimumGroupSize} incidents in this range: nothing is shown, so that no figure describes a handful of
          incidents.
        </Empty>
      )}
      {metrics && metrics.total !== null && (
        <div className="charts">
          <p className="summary">{metrics.total} incidents opened in the range.</p>
          <BarChart
            title={`Incidents opened per ${groupBy.toLowerCase()} (inner bar: closed since)`}
            bars={metrics.perPeriod.map((period) => ({ label: period.periodStart.slice(0, 10), value: period.opened, inner: period.closed }))}
          />
          <BarChart
            title="By severity"
            empty={withheld}
            bars={metrics.bySeverity.map((row) => ({ label: `severity ${row.severity}`, value: row.count }))}
          />
          <BarChart
            title="By class"
            empty={withheld}
            bars={metrics.byClassification.map((row) => ({ label: row.rsitClass ?? 'unclassified', value: row.count }))}
          />
          <BarChart
            title="Time to acknowledge"
            bars={durationBars(metrics.timeToAcknowledge)}
            format={formatDuration}
            empty={withheld}
            target={targets ? { value: targets.acknowledgeMinutes * 60, label: `target ${formatDuration(targets.acknowledgeMinutes * 60)}` } : undefined}
          />
          <BarChart
            title="Time to contain"
            bars={durationBars(metrics.timeToContain)}
            format={formatDuration}
            empty={withheld}
            target={targets ? { value: targets.containMinutes * 60, label: `target ${formatDuration(targets.containMinutes * 60)}` } : undefined}
          />
          <TargetsCharts
            constituencyNames={new Map(constituencies.data?.constituencies.edges.map(({ node }) => [node.id, node.name]) ?? [])}
          />
          {metrics.lossBelowThreshold && (
            <BarChart
              title={`Estimated loss against ${metrics.lossBelowThreshold.amount} ${metrics.lossBelowThreshold.currency}`}
              bars={[
                { label: 'below', value: metrics.lossBelowThreshold.below ?? 0 },
                { label: 'at or above', value: metrics.lossBelowThreshold.atOrAbove ?? 0 },
                { label: 'not comparable', value: metrics.lossBelowThreshold.notComparable ?? 0 },
              ]}
            />
          )}
        </div>
      )}
    </section>
  );
}
