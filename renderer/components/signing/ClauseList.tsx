import { RefreshCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { AgreementClause } from '../../../electron/services/signing/signing-agreement';

interface Props {
  clauses: AgreementClause[];
  acknowledged: ReadonlySet<string>;
  onToggle: (clauseId: string, checked: boolean) => void;
  errorId?: string;
}

/**
 * Every clause is its own checkbox, labelled by the clause text, so each is acknowledged
 * deliberately and reachable with Tab and Space. Changed clauses say so in words and an icon.
 */
export function ClauseList({ clauses, acknowledged, onToggle, errorId }: Props) {
  const { t } = useTranslation('signing');
  return (
    <ol className="clause-list">
      {clauses.map((clause) => {
        const id = `clause-${clause.id}`;
        return (
          <li key={clause.id} className={clause.changed ? 'clause clause--changed' : 'clause'}>
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
    </ol>
  );
}
