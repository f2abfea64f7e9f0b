import { RefreshCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { isGroupAcknowledged, type ClauseGroup } from './clause-groups';

interface Props {
  groups: ClauseGroup[];
  acknowledged: ReadonlySet<string>;
  onToggle: (group: ClauseGroup, checked: boolean) => void;
  errorId?: string;
}

/**
 * The clauses in a few short groups (what changed since the last signature, then each topic),
 * each read as a list and acknowledged with one checkbox that names the group: 34 clauses become
 * about ten deliberate ticks. Every clause keeps its own number in the policy.
 */
export function ClauseGroups({ groups, acknowledged, onToggle, errorId }: Props) {
  const { t } = useTranslation(['signing', 'common']);
  return (
    <div className="clause-groups">
      {groups.map((group) => {
        const headingId = `${group.id}-heading`;
        const count = group.clauses.length;
        return (
          <section
            key={group.id}
            className={group.changed ? 'clause-group clause-group--changed' : 'clause-group'}
            aria-labelledby={headingId}
          >
            <h3 id={headingId} className="clause-group__topic">
              {group.changed && <RefreshCw aria-hidden="true" focusable="false" size={20} />}
              {group.changed ? t('clauses.changed') : group.topic || t('clauses.otherGroup')}
            </h3>
            <ul className="clause-list">
              {group.clauses.map((clause) => (
                <li key={clause.id} className="clause">
                  <span className="clause__number">
                    {t('clauses.number', { number: clause.number })}
                  </span>{' '}
                  {group.changed && clause.topic && (
                    <span className="clause__topic">{clause.topic}</span>
                  )}{' '}
                  <span className="clause__text" lang={clause.language}>
                    {clause.text}
                  </span>
                  {clause.language && (
                    // The organisation's clause is not translated yet: say so, never a blank line.
                    <span className="clause__language">
                      {t('clauses.otherLanguage', {
                        language: t(`common:language.afterIn.${clause.language}`),
                      })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
            <div className="clause-ack">
              <input
                id={group.id}
                type="checkbox"
                checked={isGroupAcknowledged(group, acknowledged)}
                onChange={(event) => onToggle(group, event.target.checked)}
                aria-describedby={errorId}
              />
              <label htmlFor={group.id}>
                {group.changed
                  ? t('clauses.ackChanged', { count })
                  : t('clauses.ackTopic', {
                      count,
                      topic: group.topic || t('clauses.otherGroup'),
                    })}
              </label>
            </div>
          </section>
        );
      })}
    </div>
  );
}
