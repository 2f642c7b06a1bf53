/**
 * A small accessible bar chart in SVG (no chart library: the bundle budget is 300 KB).
 * The figures are also given as a visually hidden table for screen readers.
 */
export interface Bar {
  label: string;
  value: number;
  /** A second value drawn inside the first (e.g. closed of opened). */
  inner?: number | null;
}

export function BarChart({
  title,
  bars,
  target,
  format = String,
  empty = 'Nothing to show.',
}: {
  title: string;
  bars: Bar[];
  target?: { value: number; label: string };
  format?: (value: number) => string;
  /** Said instead of the chart when there are no bars (e.g. every group too small to show). */
  empty?: string;
}) {
  if (bars.length === 0)
    return (
      <figure className="chart">
        <figcaption>{title}</figcaption>
        <p className="chart-note">{empty}</p>
      </figure>
    );
  const max = Math.max(1, ...bars.map((bar) => bar.value), target?.value ?? 0);
  const width = 480;
  const rowHeight = 26;
  const labelWidth = 150;
  const height = bars.length * rowHeight + 8;
  const scale = (value: number) => ((width - labelWidth - 60) * value) / max;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} preserveAspectRatio="xMinYMin meet">
        {bars.map((bar, index) => (
          <g key={bar.label} transform={`translate(0 ${index * rowHeight + 4})`}>
            <text x={labelWidth - 6} y={16} textAnchor="end" className="chart-label">
              {bar.label}
            </text>
            <rect x={labelWidth} y={3} width={scale(bar.value)} height={18} className="bar" />
            {bar.inner !== undefined && bar.inner !== null && <rect x={labelWidth} y={8} width={scale(bar.inner)} height={8} className="bar-inner" />}
            <text x={labelWidth + scale(bar.value) + 4} y={16} className="chart-value">
              {format(bar.value)}
            </text>
          </g>
        ))}
        {target && (
          <g>
            <line x1={labelWidth + scale(target.value)} x2={labelWidth + scale(target.value)} y1={0} y2={height} className="target" />
          </g>
        )}
      </svg>
      {target && <p className="chart-note">Dashed line: {target.label}</p>}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{format(bar.value)}</td>
                {bar.inner !== undefined && <td>{bar.inner ?? 'withheld'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
