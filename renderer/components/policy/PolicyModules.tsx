import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../common/i18n/locales';
import {
  LEARNER_ROLES,
  MODULE_REQUIREMENTS,
  requirementFor,
  type LearnerRole,
  type ModuleRequirement,
} from '../../../common/policy/policy-rules';
import type { OrgPolicy } from '../../../common/policy/policy-schema';
import type { PolicyOverview } from '../../../common/ipc/operations/policy-operations';
import { ScrollingTable } from '../ScrollingTable';

interface Props {
  draft: OrgPolicy;
  onChange: (draft: OrgPolicy) => void;
  modules: PolicyOverview['modules'];
  locale: Locale;
}

/** Per-role requirement for every built-in module, and the organisation's note on each. */
export function PolicyModules({ draft, onChange, modules, locale }: Props) {
  const { t } = useTranslation(['policy', 'lead', 'common']);
  const id = useId();

  const setRequirement = (moduleId: string, role: LearnerRole, value: ModuleRequirement) => {
    const roles = { ...draft.requirements[moduleId] };
    if (value === 'required') delete roles[role];
    else roles[role] = value;
    const requirements = { ...draft.requirements };
    if (Object.keys(roles).length === 0) delete requirements[moduleId];
    else requirements[moduleId] = roles;
    onChange({ ...draft, requirements });
  };
  const setNote = (moduleId: string, noteLocale: Locale, value: string) => {
    const texts = { ...draft.notes[moduleId] };
    if (value === '') delete texts[noteLocale];
    else texts[noteLocale] = value;
    const notes = { ...draft.notes };
    if (Object.keys(texts).length === 0) delete notes[moduleId];
    else notes[moduleId] = texts;
    onChange({ ...draft, notes });
  };

  return (
    <>
      <section className="card" aria-labelledby={`${id}-roles`}>
        <h2 id={`${id}-roles`}>{t('modules.heading')}</h2>
        <ScrollingTable caption={t('modules.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('modules.module')}</th>
              {LEARNER_ROLES.map((role) => (
                <th scope="col" key={role}>
                  {t(`lead:roles.${role}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {modules.map((module) => (
              <tr key={module.id}>
                <th scope="row">{module.titles[locale]}</th>
                {LEARNER_ROLES.map((role) => (
                  <td key={role}>
                    <select
                      aria-label={t('modules.requirementFor', {
                        role: t(`lead:roles.${role}`),
                        module: module.titles[locale],
                      })}
                      value={requirementFor(draft.requirements, module.id, role)}
                      onChange={(e) =>
                        setRequirement(module.id, role, e.target.value as ModuleRequirement)
                      }
                    >
                      {MODULE_REQUIREMENTS.map((value) => (
                        <option key={value} value={value}>
                          {t(`requirements.${value}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </ScrollingTable>
      </section>
      <section className="card" aria-labelledby={`${id}-notes`}>
        <h2 id={`${id}-notes`}>{t('modules.notesHeading')}</h2>
        <p className="field__hint">{t('modules.notesHint', { example: '{{esafetyLeadName}}' })}</p>
        {modules.map((module) =>
          LOCALES.map((noteLocale) => {
            const field = `${id}-${module.id}-${noteLocale}`;
            return (
              <div className="field" key={field}>
                <label htmlFor={field}>
                  {t('modules.noteIn', {
                    module: module.titles[locale],
                    language: t(`common:language.afterIn.${noteLocale}`),
                  })}
                </label>
                <textarea
                  id={field}
                  rows={2}
                  value={draft.notes[module.id]?.[noteLocale] ?? ''}
                  onChange={(e) => setNote(module.id, noteLocale, e.target.value)}
                />
              </div>
            );
          }),
        )}
      </section>
    </>
  );
}
