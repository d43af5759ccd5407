import type { TrendBucket } from '@matthan/server/contracts';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Symbols, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/I18nContext.js';
import type { Translate } from '../i18n/translate.js';
import { axisLabelKey, SERIES, type SeriesKey, type TrendRow } from './trend-chart.js';

/** A series' marker at each point, so the lines differ in shape as well as colour and dash. */
function markerOf(key: SeriesKey) {
  const s = SERIES[key];
  return function Marker(p: { cx?: number; cy?: number }) {
    if (p.cx === undefined || p.cy === undefined) return null;
    return <Symbols cx={p.cx} cy={p.cy} type={s.marker} size={42} fill={s.color} stroke="#fff" strokeWidth={1} />;
  };
}

// A function, not a component: the chart finds its lines among its direct children.
function seriesLine(k: SeriesKey, t: Translate) {
  const s = SERIES[k];
  return (
    <Line
      key={k}
      type="linear"
      dataKey={k}
      name={t(`series_${k}`)}
      stroke={s.color}
      strokeWidth={2}
      strokeDasharray={s.dash || undefined}
      dot={markerOf(k)}
      legendType={s.marker}
      connectNulls={false}
      isAnimationActive={false}
    />
  );
}

interface ChartProps {
  title: string;
  rows: readonly TrendRow[];
  bucket: TrendBucket;
  series: SeriesKey[];
  percent?: boolean;
  testId: string;
}

function Chart({ title, rows, bucket, series, percent, testId }: ChartProps) {
  const { t } = useI18n();
  const summary = t('unitsChartSummary', {
    title,
    count: rows.length,
    from: rows[0]?.label ?? '',
    to: rows.at(-1)?.label ?? '',
  });
  return (
    <figure className="units-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div role="img" aria-label={summary} className="units-chart__plot">
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={rows as TrendRow[]} margin={{ top: 8, right: 16, bottom: 20, left: 0 }}>
            <CartesianGrid stroke="#d9dee4" strokeDasharray="3 3" />
            <XAxis
              dataKey="label"
              tick={{ fontSize: 12 }}
              label={{ value: t(axisLabelKey(bucket)), position: 'insideBottom', offset: -12, fontSize: 12 }}
            />
            <YAxis allowDecimals={false} domain={percent ? [0, 100] : [0, 'auto']} tick={{ fontSize: 12 }} width={40} />
            <Tooltip />
            <Legend verticalAlign="top" height={28} />
            {series.map((k) => seriesLine(k, t))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** The period's trend: volume in and out, the on-time share, and the deadlines missed, per day or week. */
export function TrendCharts({ rows, bucket }: { rows: readonly TrendRow[]; bucket: TrendBucket }) {
  const { t } = useI18n();
  return (
    <div className="units-charts">
      <Chart
        testId="chart-volume"
        title={t('unitsChartVolume')}
        rows={rows}
        bucket={bucket}
        series={['received', 'processed']}
      />
      <Chart
        testId="chart-ontime"
        title={t('unitsChartOnTime')}
        rows={rows}
        bucket={bucket}
        series={['onTimePercent']}
        percent
      />
      <Chart
        testId="chart-overdue"
        title={t('unitsChartOverdue')}
        rows={rows}
        bucket={bucket}
        series={['becameOverdue']}
      />
    </div>
  );
}
