import { CircleAlert, CircleCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ContentPack } from '../../../common/content/content-schema';
import type { SessionView } from '../../../electron/services/learning/learning-service';
import { TopicIcon } from '../TopicIcon';

/** The refresher check by module: those answered well are done, the rest are set for review. */
export function CheckResults({ view, pack }: { view: SessionView; pack: ContentPack }) {
  const { t } = useTranslation('quiz');
  const check = view.progress.check;
  if (!check) return null;
  const rows = pack.modules.flatMap((module) => {
    const ids = check.attempt.scenarioIds.filter((id) => check.moduleOf[id] === module.id);
    if (ids.length === 0) return [];
    const right = ids.filter((id) => check.attempt.correctIds?.includes(id)).length;
    const percent = Math.floor((100 * right) / ids.length);
    return [{ module, ok: percent >= view.passMarkPercent }];
  });
  const toReview = rows.filter((r) => !r.ok).length;
  return (
    <>
      <p>{toReview > 0 ? t('check.reviewIntro', { count: toReview }) : t('check.allGood')}</p>
      <ul className="results__list">
        {rows.map(({ module, ok }) => (
          <li key={module.id} className={`verdict verdict--${ok ? 'right' : 'wrong'}`}>
            <TopicIcon name={module.icon} size={20} />
            {ok ? (
              <CircleCheck aria-hidden="true" size={20} />
            ) : (
              <CircleAlert aria-hidden="true" size={20} />
            )}
            <span>
              {module.title}: {t(ok ? 'check.ok' : 'check.review')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
