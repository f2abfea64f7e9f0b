import { useTranslation } from 'react-i18next';
import type { MonthCount } from '../../../electron/services/analytics/completions-per-month';

const WIDTH = 720;
const HEIGHT = 220;
const AXIS = 28;

/**
 * SVG bars for the picture, and the same numbers in a real table beneath it for screen readers,
 * keyboard users and anyone who wants the exact figures.
 */
export function CompletionsChart({ months }: { months: MonthCount[] }) {
  const { t, i18n } = useTranslation('lead');
  const format = new Intl.DateTimeFormat(i18n.language, {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });
  const label = (month: string) => format.format(new Date(`${month}-01T00:00:00Z`));
  const max = Math.max(1, ...months.map((m) => m.count));
  const slot = WIDTH / Math.max(1, months.length);
  const plot = HEIGHT - AXIS - 16;
  return (
    <section className="card" aria-labelledby="lead-months">
      <h2 id="lead-months">{t('dashboard.monthsHeading')}</h2>
      <svg
        className="lead-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('dashboard.chartLabel')}
      >
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
          return (
            <g key={m.month}>
              <rect
                x={x}
                y={HEIGHT - AXIS - h}
                width={slot * 0.6}
                height={h}
                className="lead-chart__bar"
              />
              <text x={x + slot * 0.3} y={HEIGHT - AXIS - h - 4} className="lead-chart__value">
                {m.count}
              </text>
              <text x={x + slot * 0.3} y={HEIGHT - 8} className="lead-chart__label">
                {label(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="lead-table lead-table--compact">
        <caption>{t('dashboard.monthsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.month')}</th>
            <th scope="col">{t('dashboard.completions')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{label(m.month)}</th>
              <td>{m.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
