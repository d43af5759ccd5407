import type { Category } from '@matthan/server/contracts';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/I18nContext.js';
import { localName } from '../i18n/translate.js';
import { formatMonth } from './format.js';
import type { TrendChart } from './trends.js';

export interface TrendsChartProps {
  chart: TrendChart | null;
  categoryByCode: ReadonlyMap<string, Category>;
}

/** Reports per month, stacked by the top categories (the rest as one "other" band). */
export function TrendsChart({ chart, categoryByCode }: TrendsChartProps) {
  const { t, lang } = useI18n();
  const seriesName = (category: string | null) => {
    if (category === null) return t('trendsOther');
    const c = categoryByCode.get(category);
    return c ? localName(c, lang) : t('unknownCategory');
  };
  return (
    <section className="trends" aria-labelledby="trends-title" data-testid="trends" data-total={chart?.total ?? ''}>
      <h2 id="trends-title">{t('trendsTitle')}</h2>
      {!chart ? (
        <p role="status">{t('drillLoading')}</p>
      ) : chart.total === 0 ? (
        <p>{t('trendsEmpty')}</p>
      ) : (
        <>
          <p className="trends__total">{t('trendsTotal', { count: chart.total })}</p>
          <div data-testid="trends-chart">
            <BarChart width={340} height={230} data={chart.rows} margin={{ top: 4, right: 4, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="month" tickFormatter={(m: string) => formatMonth(m, lang)} fontSize={11} />
              <YAxis allowDecimals={false} fontSize={11} />
              <Tooltip labelFormatter={(m) => formatMonth(String(m), lang)} />
              <Legend wrapperStyle={{ fontSize: 11 }} />
              {chart.series.map((s) => (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={seriesName(s.category)}
                  stackId="month"
                  fill={s.color}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </div>
        </>
      )}
    </section>
  );
}
