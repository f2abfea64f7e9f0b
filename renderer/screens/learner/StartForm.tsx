import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordTypeSuggestion } from '../../../common/ipc/operations/learning-operations';
import {
  LEARNER_ROLES,
  RECORD_TYPES,
  type LearnerRole,
  type RecordType,
} from '../../../common/records/record-kinds';
import type { FieldMessage } from '../../../common/text/field-message';
import { checkText, IDENTIFIER, PERSON_NAME } from '../../../common/text/text-policy';
import { api, unwrap } from '../../app/api';
import { useNavigation } from '../../app/navigation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldProblemText } from '../../components/FieldProblemText';

type Field = 'fullName' | 'identifier';
const FULL_NAME: Field = 'fullName';
const IDENTIFIER_FIELD: Field = 'identifier';
const POLICY = { fullName: PERSON_NAME, identifier: IDENTIFIER } as const;

/**
 * The one text policy (common/text) that main applies when the training starts: a blank field
 * gets its own words ("Enter your full name."), any other problem the policy's message.
 */
function identityProblem(field: Field, value: string): FieldMessage | null {
  const { problem } = checkText(value, POLICY[field]);
  if (!problem) return null;
  if (problem.code === 'required') return { key: `learner.start.errors.${field}`, values: {} };
  return { key: `errors.fields.${problem.code}`, values: problem.values };
}

/**
 * A new start: name, role and email or staff ID, then induction or refresher. The app suggests
 * which from this person's own history; it never lists anyone else.
 */
export function StartForm() {
  const { t } = useTranslation('learner');
  const { go } = useNavigation();
  const id = useId();
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<LearnerRole>('staff');
  const [identifier, setIdentifier] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, FieldMessage>>>({});
  const [suggestion, setSuggestion] = useState<RecordTypeSuggestion | null>(null);
  const [recordType, setRecordType] = useState<RecordType>('induction');
  const [failure, setFailure] = useState<unknown>(null);

  async function run(task: () => Promise<void>) {
    setFailure(null);
    try {
      await task();
    } catch (error) {
      setFailure(error);
    }
  }

  function check(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, FieldMessage>> = {};
    for (const [field, value] of [
      [FULL_NAME, fullName],
      [IDENTIFIER_FIELD, identifier],
    ] as const) {
      const problem = identityProblem(field, value);
      if (problem) found[field] = problem;
    }
    setErrors(found);
    const first = ([FULL_NAME, IDENTIFIER_FIELD] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    void run(async () => {
      const found = await unwrap(api().learningSuggest({ identifier }));
      setSuggestion(found);
      setRecordType(found.suggested);
    });
  }

  const begin = () =>
    run(async () => {
      // Sent as main will keep them: NFC, trimmed, runs of spaces in the name made one.
      const learner = {
        fullName: checkText(fullName, PERSON_NAME).value,
        role,
        identifier: checkText(identifier, IDENTIFIER).value,
      };
      const view = await unwrap(api().learningStart({ learner, recordType }));
      go({ name: 'learn', sessionId: view.progress.sessionId });
    });
  const resume = () =>
    run(async () => {
      const view = await unwrap(api().learningResume({ identifier }));
      go({ name: 'learn', sessionId: view.progress.sessionId });
    });

  const fieldError = (f: Field) => <FieldProblemText id={`${id}-${f}-error`} problem={errors[f]} />;

  return (
    <form className="card" aria-labelledby={`${id}-title`} noValidate onSubmit={check}>
      <h2 id={`${id}-title`}>{t('start.heading')}</h2>
      <p>{t('start.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-fullName`}>{t('start.fullName')}</label>
        {fieldError(FULL_NAME)}
        <input
          id={`${id}-fullName`}
          value={fullName}
          autoComplete="name"
          aria-invalid={errors.fullName ? true : undefined}
          aria-describedby={errors.fullName ? `${id}-fullName-error` : undefined}
          onChange={(e) => setFullName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('start.role')}</label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(e) => setRole(e.target.value as LearnerRole)}
        >
          {LEARNER_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-identifier`}>{t('start.identifier')}</label>
        <span id={`${id}-identifier-hint`} className="field__hint">
          {t('start.identifierHint')}
        </span>
        {fieldError(IDENTIFIER_FIELD)}
        <input
          id={`${id}-identifier`}
          value={identifier}
          autoComplete="off"
          aria-invalid={errors.identifier ? true : undefined}
          aria-describedby={`${id}-identifier-hint${errors.identifier ? ` ${id}-identifier-error` : ''}`}
          onChange={(e) => {
            setIdentifier(e.target.value);
            setSuggestion(null);
          }}
        />
      </div>
      <ErrorNotice error={failure} />
      {!suggestion && (
        <div className="button-row">
          <button type="submit" className="button">
            {t('start.next')}
          </button>
        </div>
      )}
      {suggestion?.inProgress && (
        <div className="notice notice--info" role="status">
          <p>{t('start.inProgress')}</p>
          <button type="button" className="button" onClick={() => void resume()}>
            {t('start.resumeInstead')}
          </button>
        </div>
      )}
      {suggestion && !suggestion.inProgress && (
        <fieldset className="field choice-list">
          <legend>{t('start.recordType')}</legend>
          <p className="field__hint" role="status">
            {t(`start.suggested.${suggestion.suggested}`)}
          </p>
          {RECORD_TYPES.map((type) => (
            <label key={type} className="choice">
              <input
                type="radio"
                name={`${id}-type`}
                value={type}
                checked={recordType === type}
                onChange={() => setRecordType(type)}
              />
              <span>
                <strong>{t(`recordTypes.${type}.name`)}</strong>
                <span className="choice__hint">{t(`recordTypes.${type}.hint`)}</span>
              </span>
            </label>
          ))}
          <div className="button-row">
            <button type="button" className="button" onClick={() => void begin()}>
              {t('start.begin')}
            </button>
          </div>
        </fieldset>
      )}
    </form>
  );
}
