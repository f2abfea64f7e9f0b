import { ClipboardCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Module } from '../../../common/content/content-schema';

/** What the organisation should have in place for this topic. */
export function InPlaceList({ module }: { module: Module }) {
  const { t } = useTranslation('learner');
  return (
    <>
      <p>{t('lesson.inPlaceIntro')}</p>
      <ul className="in-place">
        {module.inPlace.map((item) => (
          <li key={item.id}>
            <ClipboardCheck aria-hidden="true" size={22} className="guidance__icon" />
            <span>{item.text}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
