import { RefreshCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { AgreementClause } from '../../../electron/services/signing/signing-agreement';

interface Props {
  clauses: AgreementClause[];
  acknowledged: ReadonlySet<string>;
  onToggle: (clauseId: string, checked: boolean) => void;
  errorId?: string;
}

/** Runs of consecutive clauses on the same topic, so 30-odd clauses read as a few short lists. */
function byTopic(clauses: readonly AgreementClause[]): AgreementClause[][] {
  const groups: AgreementClause[][] = [];
  for (const clause of clauses) {
    const last = groups.at(-1);
    if (last && last[0]?.topic === clause.topic) last.push(clause);
    else groups.push([clause]);
  }
  return groups;
}

/**
 * Every clause is its own checkbox, labelled by the clause text, so each is acknowledged
 * deliberately and reachable with Tab and Space. Changed clauses say so in words and an icon.
 * Each clause shows its own number in the policy, whatever order the clauses are shown in.
 */
export function ClauseList({ clauses, acknowledged, onToggle, errorId }: Props) {
  const { t } = useTranslation('signing');
  return (
    <div className="clause-groups">
      {byTopic(clauses).map((group) => (
        <div key={group[0]?.id} className="clause-group">
          {group[0]?.topic && <h3 className="clause-group__topic">{group[0].topic}</h3>}
          <ul className="clause-list">
            {group.map((clause) => {
              const id = `clause-${clause.id}`;
              return (
                <li
                  key={clause.id}
                  className={clause.changed ? 'clause clause--changed' : 'clause'}
                >
                  <input
                    id={id}
                    type="checkbox"
                    className="clause__check"
                    checked={acknowledged.has(clause.id)}
                    onChange={(event) => onToggle(clause.id, event.target.checked)}
                    aria-describedby={errorId}
                  />
                  <label htmlFor={id} className="clause__label">
                    <span className="clause__number">
                      {t('clauses.number', { number: clause.number })}
                    </span>
                    {clause.changed && (
                      <span className="clause__changed">
                        <RefreshCw aria-hidden="true" focusable="false" size={18} />
                        {t('clauses.changed')}
                      </span>
                    )}
                    <span className="clause__text">{clause.text}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
