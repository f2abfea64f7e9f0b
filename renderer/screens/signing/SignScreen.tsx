import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SigningAgreement } from '../../../electron/services/signing/signing-agreement';
import { api, unwrap } from '../../app/api';
import { useAppState } from '../../app/app-state';
import { useNavigation } from '../../app/navigation';
import { ClauseGroups } from '../../components/signing/ClauseGroups';
import { clauseGroups, withGroup } from '../../components/signing/clause-groups';
import { FieldError } from '../../components/signing/FieldError';
import {
  EMPTY_FORM,
  fieldProblemOf,
  formProblems,
  groupsRemaining,
  initialForm,
  problemTarget,
  signRequestParts,
  type FormField,
  type FormProblems,
  type SignFormState,
} from '../../components/signing/sign-form';
import { SignatureSection } from '../../components/signing/SignatureSection';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SaveAndLeave } from '../../components/learning/SaveAndLeave';
import { AgreementHeader } from './AgreementHeader';
import '../../styles/signing.css';

/**
 * The acceptable-use agreement: each group of clauses acknowledged (what changed first, then each
 * topic), the statement, and the learner's signature, pre-filled and confirmed by them.
 */
export function SignScreen({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('signing');
  const { settings } = useAppState();
  const { go } = useNavigation();
  const [agreement, setAgreement] = useState<SigningAgreement | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [form, setForm] = useState<SignFormState>(EMPTY_FORM);
  const [problems, setProblems] = useState<FormProblems>({});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  // Re-read when the language changes: the clauses are shown (and hashed) in the chosen language.
  useEffect(() => {
    let live = true;
    unwrap(api().getSigningAgreement({ sessionId, locale: settings.locale })).then(
      (next) => {
        if (!live) return;
        setAgreement(next);
        // Only the first time: a change of language keeps what the learner has done.
        setForm((current) => (current === EMPTY_FORM ? initialForm(next) : current));
      },
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [sessionId, settings.locale]);

  const update = (patch: Partial<SignFormState>) =>
    setForm((current) => ({ ...current, ...patch }));
  const toggle: Parameters<typeof ClauseGroups>[0]['onToggle'] = (group, checked) =>
    setForm((current) => ({
      ...current,
      acknowledged: withGroup(current.acknowledged, group, checked),
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!agreement || submitting) return;
    const found = formProblems(form, agreement);
    setProblems(found);
    setSubmitError(null);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setSubmitting(true);
    try {
      const signed = await unwrap(
        api().signAgreement({
          sessionId,
          locale: agreement.locale,
          ...signRequestParts(form, agreement),
          acknowledgedClauseIds: [...form.acknowledged],
          statementAccepted: form.statementAccepted,
        }),
      );
      go({ name: 'certificate', recordId: signed.recordId });
    } catch (error) {
      const fieldProblem = fieldProblemOf(error);
      if (fieldProblem) setProblems(fieldProblem);
      else setSubmitError(error);
      setSubmitting(false);
      requestAnimationFrame(() => summary.current?.focus());
    }
  };

  // The summary's links move focus to the field itself (a plain #hash would only scroll).
  const jumpTo = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(event.currentTarget.hash.slice(1));
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };

  if (loadError) return <ErrorNotice error={loadError} />;
  if (!agreement) return <p role="status">{t('loading')}</p>;

  const groups = clauseGroups(agreement.clauses);
  const remaining = groupsRemaining(form, agreement);
  const problemEntries = Object.entries(problems) as Array<[FormField, string]>;
  return (
    <>
      <SaveAndLeave hint="leave.hintSigning" />
      <form onSubmit={(event) => void submit(event)} noValidate>
        <AgreementHeader agreement={agreement} />

        {(problemEntries.length > 0 || submitError !== null) && (
          <div ref={summary} tabIndex={-1} className="notice notice--error" role="alert">
            <h2 className="signing-problems__title">{t('problems.heading')}</h2>
            <ul className="signing-problems__list">
              {problemEntries.map(([field, key]) => (
                <li key={field}>
                  <a href={`#${problemTarget(field, agreement, form)}`} onClick={jumpTo}>
                    {t(key, { count: remaining })}
                  </a>
                </li>
              ))}
            </ul>
            {submitError !== null && <ErrorNotice error={submitError} />}
          </div>
        )}

        <section className="card" aria-labelledby="clauses-title">
          <h2 id="clauses-title">{t('clauses.heading')}</h2>
          <p className="field__hint">{t('clauses.hint')}</p>
          <ClauseGroups
            groups={groups}
            acknowledged={form.acknowledged}
            onToggle={toggle}
            errorId={problems.clauses ? 'clauses-error' : undefined}
          />
          <p role="status" className="clause-count">
            {t('clauses.count', { done: groups.length - remaining, count: groups.length })}
          </p>
          <FieldError
            id="clauses-error"
            messageKey={problems.clauses}
            values={{ count: remaining }}
          />
        </section>

        <section className="card" aria-labelledby="sign-title">
          <h2 id="sign-title">{t('sign.heading')}</h2>
          <div className="statement">
            <input
              id="statement"
              type="checkbox"
              checked={form.statementAccepted}
              onChange={(event) => update({ statementAccepted: event.target.checked })}
              aria-describedby={problems.statement ? 'statement-error' : undefined}
            />
            <label htmlFor="statement">{agreement.statementOfIntent}</label>
          </div>
          <FieldError id="statement-error" messageKey={problems.statement} />
          <SignatureSection
            form={form}
            problems={problems}
            learnerName={agreement.learnerName}
            update={update}
          />
          <div className="button-row">
            <button
              type="submit"
              className="button"
              disabled={submitting}
              aria-describedby={submitting ? 'sign-saving' : undefined}
            >
              {t('sign.submit')}
            </button>
            {/* While saving, this is why the button is unavailable (and its description). */}
            <p id="sign-saving" role="status">
              {submitting ? t('sign.saving') : ''}
            </p>
          </div>
        </section>
      </form>
    </>
  );
}
