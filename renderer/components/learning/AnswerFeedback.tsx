import { CircleAlert, CircleCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ScenarioOption } from '../../../common/content/content-schema';

interface AnswerFeedbackProps {
  /** The options chosen were exactly the best ones. */
  best: boolean;
  /** Every option of the step, in the order shown. */
  options: readonly ScenarioOption[];
  chosenIds: readonly string[];
  multiAnswer: boolean;
}

type Note = 'yourAnswer' | 'bestAnswer' | 'chosenRight' | 'chosenWrong' | 'missed';

/** What to say about each option worth a word: the ones chosen and the best ones. */
function notes(
  options: readonly ScenarioOption[],
  chosen: ReadonlySet<string>,
  multiAnswer: boolean,
) {
  return options.flatMap((option) => {
    const picked = chosen.has(option.id);
    if (!picked && !option.best) return [];
    let note: Note;
    if (!multiAnswer) note = picked ? 'yourAnswer' : 'bestAnswer';
    else if (picked) note = option.best ? 'chosenRight' : 'chosenWrong';
    else note = 'missed';
    return [{ option, note }];
  });
}

/**
 * Whether the answer was the best one, in words and by icon, with the reason why. After an
 * answer that was not the best, the learner also sees the best answer and why it is best (on a
 * multi-answer step: each option they chose or should have chosen, and why).
 */
export function AnswerFeedback({ best, options, chosenIds, multiAnswer }: AnswerFeedbackProps) {
  const { t } = useTranslation('quiz');
  const Icon = best ? CircleCheck : CircleAlert;
  const chosen = new Set(chosenIds);
  const only = !multiAnswer && best ? options.find((o) => chosen.has(o.id)) : undefined;
  return (
    <div className={`feedback feedback--${best ? 'best' : 'not-best'}`}>
      <p className="feedback__verdict">
        <Icon aria-hidden="true" size={24} />
        {best ? t('best') : t('notBest')}
      </p>
      {only ? (
        <p>{only.feedback}</p>
      ) : (
        <ul className="feedback__options">
          {notes(options, chosen, multiAnswer).map(({ option, note }) => (
            <li key={option.id} className={`feedback__option feedback__option--${note}`}>
              <p className="feedback__label">{t(`feedback.${note}`)}</p>
              <p className="feedback__text">{option.text}</p>
              <p>{option.feedback}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
