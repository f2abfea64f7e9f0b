import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../common/i18n/locales';
import { ORG_CLAUSE_ID, ORG_CLAUSE_PREFIX } from '../../../common/policy/policy-rules';
import type { OrgClause, OrgPolicy } from '../../../common/policy/policy-schema';

interface Props {
  draft: OrgPolicy;
  onChange: (draft: OrgPolicy) => void;
  /** Ids the built-in agreement uses. */
  builtInClauseIds: readonly string[];
}

/** The organisation's own clauses: text per locale (a missing one marked), retire, add. */
export function PolicyClauses({ draft, onChange, builtInClauseIds }: Props) {
  const { t } = useTranslation(['policy', 'common']);
  const id = useId();
  // The name as it reads after "in" / "yn" (Welsh, yn Gymraeg), not the switch's own endonym.
  const language = (locale: Locale) => t(`common:language.afterIn.${locale}`);
  const update = (index: number, change: (clause: OrgClause) => OrgClause) =>
    onChange({
      ...draft,
      clauses: draft.clauses.map((clause, i) => (i === index ? change(clause) : clause)),
    });
  const setText = (index: number, locale: Locale, value: string) =>
    update(index, (clause) => {
      const text = { ...clause.text };
      if (value === '') delete text[locale];
      else text[locale] = value;
      return { ...clause, text };
    });

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('clauses.heading')}</h2>
      {draft.clauses.length === 0 && <p className="lead-empty">{t('clauses.none')}</p>}
      {draft.clauses.map((clause, index) => (
        <fieldset className="lead-fieldset" key={clause.id}>
          <legend>{t('clauses.clause', { id: clause.id })}</legend>
          {LOCALES.map((locale) => {
            const field = `${id}-${clause.id}-${locale}`;
            const missing = clause.text[locale] === undefined;
            return (
              <div className="field" key={locale}>
                <label htmlFor={field}>{t('clauses.textIn', { language: language(locale) })}</label>
                {missing && (
                  <span id={`${field}-missing`} className="field__hint policy-missing">
                    {t('clauses.missing', { language: language(locale) })}
                  </span>
                )}
                <textarea
                  id={field}
                  rows={3}
                  value={clause.text[locale] ?? ''}
                  aria-describedby={missing ? `${field}-missing` : undefined}
                  onChange={(e) => setText(index, locale, e.target.value)}
                />
              </div>
            );
          })}
          <div className="lead-check">
            <input
              id={`${id}-${clause.id}-retired`}
              type="checkbox"
              checked={clause.retired}
              onChange={(e) => update(index, (c) => ({ ...c, retired: e.target.checked }))}
            />
            <label htmlFor={`${id}-${clause.id}-retired`}>{t('clauses.retired')}</label>
          </div>
        </fieldset>
      ))}
      <AddClause
        taken={[...builtInClauseIds, ...draft.clauses.map((c) => c.id)]}
        onAdd={(clause) => onChange({ ...draft, clauses: [...draft.clauses, clause] })}
      />
    </section>
  );
}

function AddClause({ taken, onAdd }: { taken: string[]; onAdd: (clause: OrgClause) => void }) {
  const { t } = useTranslation(['policy', 'common']);
  const id = useId();
  const [name, setName] = useState('');
  const [texts, setTexts] = useState<Partial<Record<Locale, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    const clauseId = `${ORG_CLAUSE_PREFIX}${name.trim().toLowerCase()}`;
    const text = Object.fromEntries(
      LOCALES.flatMap((l) => (texts[l]?.trim() ? [[l, texts[l].trim()]] : [])),
    ) as OrgClause['text'];
    if (!ORG_CLAUSE_ID.test(clauseId)) return setProblem('clauses.badId');
    if (taken.includes(clauseId)) return setProblem('clauses.takenId');
    if (Object.keys(text).length === 0) return setProblem('clauses.needText');
    setProblem(null);
    onAdd({ id: clauseId, text, retired: false });
    setName('');
    setTexts({});
  };

  return (
    <fieldset className="lead-fieldset">
      <legend>{t('clauses.addHeading')}</legend>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('clauses.newId')}</label>
        <span id={`${id}-hint`} className="field__hint">
          {t('clauses.newIdHint', { example: 'org-video-calls' })}
        </span>
        <input
          id={`${id}-name`}
          value={name}
          aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      {LOCALES.map((locale) => (
        <div className="field" key={locale}>
          <label htmlFor={`${id}-${locale}`}>
            {t('clauses.textIn', { language: t(`common:language.afterIn.${locale}`) })}
          </label>
          <textarea
            id={`${id}-${locale}`}
            rows={3}
            value={texts[locale] ?? ''}
            onChange={(e) => setTexts({ ...texts, [locale]: e.target.value })}
          />
        </div>
      ))}
      {problem && (
        <p id={`${id}-problem`} className="field__error" role="alert">
          {t(problem)}
        </p>
      )}
      <button type="button" className="button button--secondary" onClick={add}>
        {t('clauses.add')}
      </button>
    </fieldset>
  );
}
