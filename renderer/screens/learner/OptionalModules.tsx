import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentPack } from '../../../common/content/content-schema';
import { asLocale } from '../../../common/i18n/locales';
import { modulesFor } from '../../../common/policy/module-plan';
import type { LearnerRole } from '../../../common/records/record-kinds';
import { api, unwrap } from '../../app/api';

/**
 * The modules the organisation made optional for the learner's role, offered as extras to the
 * induction (main checks the choice against the same rule). Nothing shows when there are none.
 */
export function OptionalModules({
  role,
  chosen,
  onChange,
}: {
  role: LearnerRole;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}) {
  const { t, i18n } = useTranslation('learner');
  const [pack, setPack] = useState<ContentPack | null>(null);
  useEffect(() => {
    // Without the course nothing extra is offered; the required modules still start as usual.
    void unwrap(api().getContent({ locale: asLocale(i18n.language) })).then(setPack, () =>
      setPack(null),
    );
  }, [i18n.language]);

  const optional = pack ? modulesFor(pack.modules, role, pack.tailoring, 'optional') : [];
  if (optional.length === 0) return null;
  return (
    <fieldset className="field choice-list" aria-describedby="optional-modules-hint">
      <legend>{t('start.optional.legend')}</legend>
      <p id="optional-modules-hint" className="field__hint">
        {t('start.optional.hint')}
      </p>
      {optional.map((module) => (
        <label key={module.id} className="choice">
          <input
            type="checkbox"
            checked={chosen.includes(module.id)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...chosen, module.id] : chosen.filter((id) => id !== module.id),
              )
            }
          />
          <span>{module.title}</span>
        </label>
      ))}
    </fieldset>
  );
}
