import { CircleCheck, CircleX, GripVertical } from 'lucide-react';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../common/content/content-schema';
import { SortVerdict } from './SortVerdict';

type Sort = Extract<Activity, { type: 'sort' }>;
type Answer = 'do' | 'dont';

const DRAG_TYPE = 'text/x-esafety-statement';
const ANSWERS: readonly Answer[] = ['do', 'dont'];

/**
 * Sort statements into DO and DO NOT. Every statement has its own DO / DO NOT buttons (the full
 * keyboard and screen-reader way); dragging a card onto a column is an extra for mouse users.
 */
export function SortActivity({
  activity,
  answers,
  onSort,
}: {
  activity: Sort;
  answers: Record<string, Answer>;
  onSort: (statementId: string, answer: Answer) => void;
}) {
  const { t } = useTranslation('learner');
  const [checked, setChecked] = useState(false);
  const [over, setOver] = useState<Answer | null>(null);
  const allSorted = activity.statements.every((s) => answers[s.id]);
  const correct = activity.statements.filter((s) => answers[s.id] === s.answer).length;

  const drop = (answer: Answer) => (event: DragEvent) => {
    event.preventDefault();
    setOver(null);
    const id = event.dataTransfer.getData(DRAG_TYPE);
    if (activity.statements.some((s) => s.id === id)) onSort(id, answer);
  };
  const zone = (answer: Answer) => ({
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      setOver(answer);
    },
    onDragLeave: () => setOver(null),
    onDrop: drop(answer),
  });

  return (
    <>
      <p>{t('sort.instructions')}</p>
      <ul className="sort-list">
        {activity.statements.map((statement) => {
          const answer = answers[statement.id];
          return (
            <li
              key={statement.id}
              className={`sort-card${answer ? ` sort-card--${answer}` : ''}`}
              draggable
              onDragStart={(event) => event.dataTransfer.setData(DRAG_TYPE, statement.id)}
            >
              <GripVertical aria-hidden="true" size={20} className="sort-card__grip" />
              <div
                role="group"
                aria-labelledby={`${statement.id}-text`}
                className="sort-card__body"
              >
                <p id={`${statement.id}-text`}>{statement.text}</p>
                <div className="sort-card__buttons">
                  {ANSWERS.map((choice) => (
                    <button
                      key={choice}
                      type="button"
                      className={`sort-button sort-button--${choice}`}
                      aria-pressed={answer === choice}
                      onClick={() => onSort(statement.id, choice)}
                    >
                      {choice === 'do' ? (
                        <CircleCheck aria-hidden="true" size={18} />
                      ) : (
                        <CircleX aria-hidden="true" size={18} />
                      )}
                      {t(`sort.${choice}`)}
                    </button>
                  ))}
                </div>
                {checked && answer && (
                  <SortVerdict right={answer === statement.answer} answer={statement.answer} />
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <div className="sort-zones" aria-hidden="true">
        {ANSWERS.map((answer) => (
          <div
            key={answer}
            className={`sort-zone sort-zone--${answer}${over === answer ? ' sort-zone--over' : ''}`}
            {...zone(answer)}
          >
            {answer === 'do' ? <CircleCheck size={22} /> : <CircleX size={22} />}
            {t(`sort.dropHere.${answer}`)}
          </div>
        ))}
      </div>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setChecked(true)}>
          {t('sort.check')}
        </button>
      </div>
      <p role="status" className="sort-summary">
        {checked &&
          (allSorted
            ? t('sort.summary', { correct, total: activity.statements.length })
            : t('sort.notYet'))}
      </p>
    </>
  );
}
