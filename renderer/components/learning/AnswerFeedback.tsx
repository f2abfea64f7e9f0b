import { CircleAlert, CircleCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** Whether the chosen option was the best one, in words and by icon, with the reason why. */
export function AnswerFeedback({ best, feedback }: { best: boolean; feedback: string }) {
  const { t } = useTranslation('quiz');
  const Icon = best ? CircleCheck : CircleAlert;
  return (
    <div className={`feedback feedback--${best ? 'best' : 'not-best'}`}>
      <p className="feedback__verdict">
        <Icon aria-hidden="true" size={24} />
        {best ? t('best') : t('notBest')}
      </p>
      <p>{feedback}</p>
    </div>
  );
}
