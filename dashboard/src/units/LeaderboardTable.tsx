import type { UnitStats } from '@matthan/server/contracts';
import { useMemo } from 'react';
import { useI18n } from '../i18n/I18nContext.js';
import { sortedUnits, totalsOf } from './leaderboard.js';
import { COLUMNS, type SortColumn, type SortDirection } from './view-state.js';

interface Props {
  units: readonly UnitStats[];
  sort: { column: SortColumn; direction: SortDirection };
  caption: string;
  nameOf(code: string): string;
  onSort(column: SortColumn): void;
  /** Draw the trend of this unit. */
  onPick?(code: string): void;
  picked: string | null;
}

/** Every unit's figures for the period, sortable by each column; units with reports overdue now stand out. */
export function LeaderboardTable({ units, sort, caption, nameOf, onSort, onPick, picked }: Props) {
  const { t } = useI18n();
  const rows = useMemo(() => sortedUnits(units, sort, nameOf), [units, sort, nameOf]);
  const totals = useMemo(() => totalsOf(units), [units]);
  if (units.length === 0) return <p data-testid="units-empty">{t('unitsEmpty')}</p>;
  return (
    <div className="units-table-wrap">
      <table className="units-table" data-testid="leaderboard">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <SortHeader key={c} column={c} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr
              key={u.unitCode}
              data-unit={u.unitCode}
              className={[
                u.overdueNow > 0 ? 'units-row--overdue' : '',
                picked === u.unitCode ? 'units-row--picked' : '',
              ]
                .join(' ')
                .trim()}
            >
              <th scope="row">
                {onPick ? (
                  <button type="button" className="link-button" onClick={() => onPick(u.unitCode)}>
                    {nameOf(u.unitCode)}
                  </button>
                ) : (
                  nameOf(u.unitCode)
                )}
              </th>
              <td data-col="received" data-value={u.received}>
                {u.received}
              </td>
              <td data-col="processed" data-value={u.processed}>
                {u.processed}
              </td>
              <td
                data-col="onTimePercent"
                data-value={u.onTimePercent ?? ''}
                title={t('unitsOnTimeTitle', { part: u.processedOnTime, whole: u.processed })}
              >
                <Percent value={u.onTimePercent} />
              </td>
              <td
                data-col="overdueNow"
                data-value={u.overdueNow}
                className={u.overdueNow > 0 ? 'units-cell--overdue' : undefined}
              >
                {u.overdueNow}
              </td>
              <td data-col="reopened" data-value={u.reopened}>
                {u.reopened}
              </td>
              <td data-col="satisfactionPercent" data-value={u.satisfactionPercent ?? ''}>
                <Percent value={u.satisfactionPercent} />
                <span className="units-sub">{t('unitsRatings', { count: u.ratings })}</span>
              </td>
            </tr>
          ))}
        </tbody>
        {units.length > 1 && (
          <tfoot>
            <tr data-testid="leaderboard-total">
              <th scope="row">{t('unitsTotal')}</th>
              <td>{totals.received}</td>
              <td>{totals.processed}</td>
              <td>
                <Percent value={totals.onTimePercent} />
              </td>
              <td className={totals.overdueNow > 0 ? 'units-cell--overdue' : undefined}>{totals.overdueNow}</td>
              <td>{totals.reopened}</td>
              <td>
                <Percent value={totals.satisfactionPercent} />
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: SortColumn;
  sort: Props['sort'];
  onSort(c: SortColumn): void;
}) {
  const { t } = useI18n();
  const active = sort.column === column;
  const label = t(`col_${column}`);
  return (
    <th
      scope="col"
      data-col={column}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="units-sort"
        title={t('unitsSortBy', { column: label })}
        onClick={() => onSort(column)}
      >
        {label}
        <span aria-hidden="true" className="units-sort__arrow">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function Percent({ value }: { value: number | null }) {
  const { t, lang } = useI18n();
  if (value === null) {
    return (
      <span className="units-none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('unitsNoFigure')}</span>
      </span>
    );
  }
  return <>{new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} %</>;
}
