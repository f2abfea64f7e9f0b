import { useTranslation } from 'react-i18next';
import type { StatusCounts } from '../../../electron/services/status/learner-status';
import { PERSON_STATUSES } from '../../../common/status/person-status';
import { STATUS_ICONS } from './StatusBadge';

/** Four tiles; each says its status in words and has an icon, so colour is never the only cue. */
export function StatusTiles({ counts }: { counts: StatusCounts }) {
  const { t } = useTranslation('lead');
  return (
    <section className="card" aria-labelledby="lead-counts">
      <h2 id="lead-counts">{t('dashboard.countsHeading')}</h2>
      <ul className="lead-tiles">
        {PERSON_STATUSES.map((status) => {
          const Icon = STATUS_ICONS[status];
          return (
            <li
              key={status}
              className={`lead-tile lead-tile--${status}`}
              data-testid={`tile-${status}`}
            >
              <span className="lead-tile__label">
                <Icon aria-hidden="true" size={20} />
                {t(`statuses.${status}`)}
              </span>
              <span className="lead-tile__count">{counts[status]}</span>
            </li>
          );
        })}
      </ul>
      <p className="field__hint">{t('dashboard.total', { total: counts.total })}</p>
    </section>
  );
}
