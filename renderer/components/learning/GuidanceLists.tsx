import { CircleCheck, CircleX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Module } from '../../../common/content/content-schema';

/**
 * The DO and DO NOT lists. Each is told apart by its heading in words and its own icon, with
 * colour only as a third cue, so nobody has to see red and green to follow it.
 */
export function GuidanceLists({ module }: { module: Module }) {
  const { t } = useTranslation('learner');
  return (
    <div className="guidance">
      <section className="guidance__list guidance__list--do" aria-labelledby="guidance-do">
        <h2 id="guidance-do">
          <CircleCheck aria-hidden="true" size={28} />
          {t('lesson.do')}
        </h2>
        <ul>
          {module.dos.map((item) => (
            <li key={item.id}>
              <CircleCheck aria-hidden="true" size={20} className="guidance__icon" />
              <span>{item.text}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="guidance__list guidance__list--dont" aria-labelledby="guidance-dont">
        <h2 id="guidance-dont">
          <CircleX aria-hidden="true" size={28} />
          {t('lesson.dont')}
        </h2>
        <ul>
          {module.donts.map((item) => (
            <li key={item.id}>
              <CircleX aria-hidden="true" size={20} className="guidance__icon" />
              <span>{item.text}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
