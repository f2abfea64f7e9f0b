import { AlertTriangle, Trash2 } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnShow } from '../use-focus-on-show';
import type { ErasureResult } from '../../../electron/services/lead/erase-person';
import { api } from '../../app/api';
import { ErrorNotice } from '../ErrorNotice';
import { useLeadCall } from './use-lead-call';
import { ReasonedButton } from '../ReasonedButton';

interface Props {
  /** Known when erasing from a person's page; typed by the lead otherwise. */
  identifier?: string;
  onErased?: (result: ErasureResult) => void;
}

/** Erasure needs the identifier typed again: the button alone can never erase anyone. */
export function EraseForm({ identifier: known, onErased }: Props) {
  const { t } = useTranslation('lead');
  const id = useId();
  const call = useLeadCall();
  const [identifier, setIdentifier] = useState(known ?? '');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<ErasureResult | null>(null);
  // The button is disabled again once the confirmation is cleared, which drops the focus to the
  // page: it goes to the result instead, so the lead hears what was erased and carries on there.
  const result = useFocusOnShow<HTMLDivElement>(done);
  const matches =
    identifier.trim() !== '' &&
    confirmation.trim().toLowerCase() === identifier.trim().toLowerCase();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const result = await call(api().leadErasePerson({ identifier, confirmation }));
      setDone(result);
      setConfirmation('');
      if (!known) setIdentifier('');
      onErased?.(result);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="lead-erase">
      {!known && (
        <div className="field">
          <label htmlFor={`${id}-who`}>{t('erase.identifier')}</label>
          <input
            id={`${id}-who`}
            value={identifier}
            autoComplete="off"
            onChange={(e) => setIdentifier(e.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-confirm`}>
          {known ? t('erase.confirmKnown', { identifier: known }) : t('erase.confirm')}
        </label>
        <span id={`${id}-hint`} className="field__hint lead-warning-hint">
          <AlertTriangle aria-hidden="true" size={16} />
          {t('erase.confirmHint')}
        </span>
        <input
          id={`${id}-confirm`}
          value={confirmation}
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          onChange={(e) => setConfirmation(e.target.value)}
        />
      </div>
      <ErrorNotice error={error} />
      <div role="status" aria-live="polite">
        {done && (
          <div className="notice notice--info" ref={result} tabIndex={-1}>
            {t('erase.done', {
              records: done.erasedRecords,
              answers: done.answersRemoved,
              signatures: done.signaturesRemoved,
              progress: done.progressFilesRemoved,
            })}
          </div>
        )}
      </div>
      <ReasonedButton
        type="submit"
        className="button lead-danger"
        disabledReason={
          matches
            ? null
            : t(known ? 'common:disabled.eraseConfirmKnown' : 'common:disabled.eraseConfirm')
        }
      >
        <Trash2 aria-hidden="true" size={18} />
        {t('erase.submit')}
      </ReasonedButton>
    </form>
  );
}
