import { CircleAlert, CircleCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** Right or not, said in words with an icon, and the right answer when it was missed. */
export function SortVerdict({ right, answer }: { right: boolean; answer: 'do' | 'dont' }) {
  const { t } = useTranslation('learner');
  const Icon = right ? CircleCheck : CircleAlert;
  return (
    <p className={`verdict verdict--${right ? 'right' : 'wrong'}`}>
      <Icon aria-hidden="true" size={18} />
      {right ? t('sort.right') : t(`sort.wrong.${answer}`)}
    </p>
  );
}
