import { useTranslation } from 'react-i18next';
import { useDates } from '../../i18n/use-dates';
import type { MonthCount } from '../../../electron/services/analytics/completions-per-month';

const WIDTH = 720;
const HEIGHT = 220;
const AXIS = 28;
const TOP = 20;
const GRID_LINES = 4;

/** Up to four evenly spaced whole-number gridlines, so the scale can be read at a glance. */
function gridValues(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / GRID_LINES));
  const values: number[] = [];
  for (let value = step; value <= max; value += step) values.push(value);
  return values;
}

/**
 * SVG bars for the picture, and the same numbers in a real table beneath it for screen readers,
 * keyboard users and anyone who wants the exact figures. The table runs across, like the
 * chart, so the two line up and it stays short.
 */
export function CompletionsChart({ months }: { months: MonthCount[] }) {
  const { t, i18n } = useTranslation('lead');
  const dates = useDates('month-year-short');
  const number = new Intl.NumberFormat(i18n.language);
  const label = (month: string) => dates.day(`${month}-01`);
  const max = Math.max(1, ...months.map((m) => m.count));
  const slot = WIDTH / Math.max(1, months.length);
  const plot = HEIGHT - AXIS - TOP;
  const y = (value: number) => HEIGHT - AXIS - (value / max) * plot;
  const total = months.reduce((sum, m) => sum + m.count, 0);
  return (
    <section className="card" aria-labelledby="lead-months">
      <div className="lead-card-head">
        <h2 id="lead-months">{t('dashboard.monthsHeading')}</h2>
        <p className="lead-card-head__meta">
          {t('dashboard.monthsTotal', { total: number.format(total) })}
        </p>
      </div>
      <svg
        className="lead-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('dashboard.chartLabel')}
      >
        {gridValues(max).map((value) => (
          <line
            key={value}
            x1={0}
            x2={WIDTH}
            y1={y(value)}
            y2={y(value)}
            className="lead-chart__grid"
          />
        ))}
        <line
          x1={0}
          x2={WIDTH}
          y1={HEIGHT - AXIS}
          y2={HEIGHT - AXIS}
          className="lead-chart__axis"
        />
        {months.map((m, i) => {
          const h = (m.count / max) * plot;
          const x = i * slot + slot * 0.2;
          const latest = i === months.length - 1;
          return (
            <g key={m.month}>
              <rect
                x={x}
                y={HEIGHT - AXIS - h}
                width={slot * 0.6}
                height={h}
                rx={3}
                className={`lead-chart__bar${latest ? ' lead-chart__bar--latest' : ''}`}
              />
              <text x={x + slot * 0.3} y={HEIGHT - AXIS - h - 6} className="lead-chart__value">
                {number.format(m.count)}
              </text>
              <text x={x + slot * 0.3} y={HEIGHT - 8} className="lead-chart__label">
                {label(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="lead-table lead-table--months">
        <caption>{t('dashboard.monthsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.month')}</th>
            <th scope="col" className="lead-num">
              {t('dashboard.completions')}
            </th>
          </tr>
        </thead>
        {/* One row a month, so the table reflows on a narrow or zoomed window. */}
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{label(m.month)}</th>
              <td className="lead-num">{number.format(m.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
