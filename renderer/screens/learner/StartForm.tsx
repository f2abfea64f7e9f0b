import { CircleAlert } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordTypeSuggestion } from '../../../common/ipc/operations/learning-operations';
import {
  LEARNER_ROLES,
  RECORD_TYPES,
  type LearnerRole,
  type RecordType,
} from '../../../common/records/record-kinds';
import { api, unwrap } from '../../app/api';
import { useNavigation } from '../../app/navigation';
import { ErrorNotice } from '../../components/ErrorNotice';

type Field = 'fullName' | 'identifier';
const FULL_NAME: Field = 'fullName';
const IDENTIFIER: Field = 'identifier';

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
  const [errors, setErrors] = useState<Field[]>([]);
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
    const missing = (['fullName', 'identifier'] as const).filter(
      (f) => (f === 'fullName' ? fullName : identifier).trim() === '',
    );
    setErrors(missing);
    if (missing[0]) {
      document.getElementById(`${id}-${missing[0]}`)?.focus();
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
      const view = await unwrap(
        api().learningStart({ learner: { fullName, role, identifier }, recordType }),
      );
      go({ name: 'learn', sessionId: view.progress.sessionId });
    });
  const resume = () =>
    run(async () => {
      const view = await unwrap(api().learningResume({ identifier }));
      go({ name: 'learn', sessionId: view.progress.sessionId });
    });

  const fieldError = (f: Field) =>
    errors.includes(f) ? (
      <span id={`${id}-${f}-error`} className="field__error">
        <CircleAlert aria-hidden="true" size={18} />
        {t(`start.errors.${f}`)}
      </span>
    ) : null;

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
          aria-invalid={errors.includes('fullName') || undefined}
          aria-describedby={errors.includes('fullName') ? `${id}-fullName-error` : undefined}
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
        {fieldError(IDENTIFIER)}
        <input
          id={`${id}-identifier`}
          value={identifier}
          autoComplete="off"
          aria-invalid={errors.includes('identifier') || undefined}
          aria-describedby={`${id}-identifier-hint${errors.includes('identifier') ? ` ${id}-identifier-error` : ''}`}
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
