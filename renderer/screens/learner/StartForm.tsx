import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordTypeSuggestion } from '../../../common/ipc/operations/learning-operations';
import { isValidPin, PIN_MAX_DIGITS, PIN_MIN_DIGITS } from '../../../common/learning/learner-pin';
import {
  LEARNER_ROLES,
  type LearnerRole,
  type RecordType,
} from '../../../common/records/record-kinds';
import type { FieldMessage } from '../../../common/text/field-message';
import { checkText, IDENTIFIER, PERSON_NAME } from '../../../common/text/text-policy';
import { api, unwrap } from '../../app/api';
import { useNavigation } from '../../app/navigation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { OptionalModules } from './OptionalModules';
import { sessionScreen } from './session-screen';
import { FormField, PIN_INPUT } from './FormField';

type Field = 'fullName' | 'identifier' | 'pin' | 'pinAgain';
type Looked = RecordTypeSuggestion & { identifier: string };
const FIELDS: readonly Field[] = ['fullName', 'identifier', 'pin', 'pinAgain'];
const POLICY = { fullName: PERSON_NAME, identifier: IDENTIFIER } as const;

/**
 * The one text policy (common/text) that main applies when the training starts: a blank field
 * gets its own words ("Enter your full name."), any other problem the policy's message.
 */
function identityProblem(field: 'fullName' | 'identifier', value: string): FieldMessage | null {
  const { problem } = checkText(value, POLICY[field]);
  if (!problem) return null;
  if (problem.code === 'required') return { key: `learner.start.errors.${field}`, values: {} };
  return { key: `errors.fields.${problem.code}`, values: problem.values };
}

/** The PIN rule from common/learning, checked before anything is sent. */
function pinProblem(pin: string, again: string): Partial<Record<Field, FieldMessage>> {
  const limits = { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS };
  if (!isValidPin(pin)) return { pin: { key: 'learner.start.errors.pin', values: limits } };
  if (again !== pin) return { pinAgain: { key: 'learner.start.errors.pinAgain', values: {} } };
  return {};
}

/** The kind that starts: the one chosen, if this person is offered it; else the suggested one. */
function typeInEffect(known: RecordTypeSuggestion | null, chosen: RecordType): RecordType {
  if (!known) return 'induction';
  return known.choices.includes(chosen) ? chosen : known.suggested;
}

/**
 * A new start in one step: name, role, email or staff ID and a PIN of their own, then "Start my
 * training". Someone with a completion on record is also offered the refresher, and after a
 * change to the agreement signing only what changed (looked up as they leave the email field);
 * nobody else ever sees those choices, and main refuses them anyway.
 */
export function StartForm({ onResumeInstead }: { onResumeInstead: (identifier: string) => void }) {
  const { t } = useTranslation('learner');
  const { go } = useNavigation();
  const id = useId();
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<LearnerRole>('staff');
  const [identifier, setIdentifier] = useState('');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, FieldMessage>>>({});
  const [looked, setLooked] = useState<Looked | null>(null);
  const [recordType, setRecordType] = useState<RecordType>('induction');
  const [optionalChosen, setOptionalChosen] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const choice = useRef<HTMLFieldSetElement>(null);

  const cleanIdentifier = checkText(identifier, IDENTIFIER).value;
  const current = looked?.identifier === cleanIdentifier ? looked : null;
  const mayChoose = current !== null && current.choices.length > 1 && !current.inProgress;

  async function lookUp(wanted: string): Promise<Looked> {
    const found = {
      ...(await unwrap(api().learningSuggest({ identifier: wanted }))),
      identifier: wanted,
    };
    setLooked(found);
    setRecordType(found.suggested);
    return found;
  }

  function problems(): Partial<Record<Field, FieldMessage>> {
    const found: Partial<Record<Field, FieldMessage>> = pinProblem(pin, pinAgain);
    for (const [field, value] of [
      ['fullName', fullName],
      ['identifier', identifier],
    ] as const) {
      const problem = identityProblem(field, value);
      if (problem) found[field] = problem;
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = problems();
    setErrors(found);
    setFailure(null);
    const first = FIELDS.find((field) => found[field]);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const known = current ?? (await lookUp(cleanIdentifier));
      if (known.inProgress) return;
      // A returning learner who has not yet seen the choice sees it before anything starts.
      if (!current && known.choices.length > 1) {
        requestAnimationFrame(() => choice.current?.focus());
        return;
      }
      const type = typeInEffect(known, recordType);
      // Sent as main will keep them: NFC, trimmed, runs of spaces in the name made one.
      const learner = {
        fullName: checkText(fullName, PERSON_NAME).value,
        role,
        identifier: cleanIdentifier,
      };
      const extras = type === 'induction' && optionalChosen.length > 0;
      const view = await unwrap(
        api().learningStart({
          learner,
          recordType: type,
          pin,
          ...(extras ? { optionalModules: optionalChosen } : {}),
        }),
      );
      go(sessionScreen(view));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h2 id={`${id}-title`}>{t('start.heading')}</h2>
      <p>{t('start.intro')}</p>
      <FormField
        id={`${id}-fullName`}
        label={t('start.fullName')}
        problem={errors.fullName}
        value={fullName}
        autoComplete="name"
        onChange={setFullName}
      />
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('start.role')}</label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(e) => {
            setRole(e.target.value as LearnerRole);
            // What is optional differs by role: a new role starts with no extras chosen.
            setOptionalChosen([]);
          }}
        >
          {LEARNER_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <FormField
        id={`${id}-identifier`}
        label={t('start.identifier')}
        hint={t('start.identifierHint')}
        problem={errors.identifier}
        value={identifier}
        autoComplete="off"
        onChange={setIdentifier}
        onBlur={() => {
          // Only an identifier main would accept is looked up; the form says what is wrong.
          if (identityProblem('identifier', identifier) || looked?.identifier === cleanIdentifier)
            return;
          void lookUp(cleanIdentifier).catch(setFailure);
        }}
      />
      {current?.inProgress && (
        <div className="notice notice--info" role="status">
          <p>{t('start.inProgress')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onResumeInstead(cleanIdentifier)}
          >
            {t('start.resumeInstead')}
          </button>
        </div>
      )}
      <div role="status" className="field__hint">
        {mayChoose
          ? t(`start.suggested.${current.suggested === 'resign' ? 'resign' : 'refresher'}`)
          : ''}
      </div>
      {mayChoose && (
        <fieldset className="field choice-list" ref={choice} tabIndex={-1}>
          <legend>{t('start.recordType')}</legend>
          {current.choices.map((type) => (
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
        </fieldset>
      )}
      {typeInEffect(current, recordType) === 'induction' && (
        <OptionalModules role={role} chosen={optionalChosen} onChange={setOptionalChosen} />
      )}
      <FormField
        id={`${id}-pin`}
        label={t('start.pin')}
        hint={t('start.pinHint', { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS })}
        problem={errors.pin}
        value={pin}
        {...PIN_INPUT}
        onChange={setPin}
      />
      <FormField
        id={`${id}-pinAgain`}
        label={t('start.pinAgain')}
        problem={errors.pinAgain}
        value={pinAgain}
        {...PIN_INPUT}
        onChange={setPinAgain}
      />
      <ErrorNotice error={failure} />
      <div className="button-row">
        <button type="submit" className="button">
          {t('start.begin')}
        </button>
      </div>
    </form>
  );
}
