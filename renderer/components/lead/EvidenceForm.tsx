import { FileArchive, FileText } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths, addDays } from '../../../common/calendar/calendar-date';
import { todayIn } from '../../../common/calendar/org-calendar';
import type { Locale } from '../../../common/i18n/locales';
import {
  evidenceRequestSchema,
  type EvidenceKind,
  type EvidenceRequest,
} from '../../../common/evidence/evidence-request';
import { LEARNER_ROLES, type LearnerRole } from '../../../common/records/record-kinds';
import { decodeFieldMessage, translationKey } from '../../../common/text/field-message';
import { useAppState } from '../../app/app-state';
import { LocaleSelect } from '../LocaleSelect';
import { ReasonedButton } from '../ReasonedButton';

interface Props {
  disabled: boolean;
  onStart: (request: EvidenceRequest) => void;
}

/**
 * The period, roles and language of an evidence pack or a trustee's report. Checked here with
 * the same schema main checks it with, so a wrong period is explained before any dialog opens.
 */
export function EvidenceForm({ disabled, onStart }: Props) {
  const { t } = useTranslation('evidence');
  const { settings } = useAppState();
  const id = useId();
  const today = todayIn(settings.timeZone, new Date());
  // The last twelve months, today included: what an annual inspection usually asks about.
  const [from, setFrom] = useState(addDays(addMonths(today, -12), 1));
  const [to, setTo] = useState(today);
  const [roles, setRoles] = useState<LearnerRole[]>([...LEARNER_ROLES]);
  const [locale, setLocale] = useState<Locale>(settings.locale);
  const [problem, setProblem] = useState<string | null>(null);

  const toggle = (role: LearnerRole, on: boolean) =>
    setRoles((now) => LEARNER_ROLES.filter((r) => (r === role ? on : now.includes(r))));

  const start = (kind: EvidenceKind) => {
    const parsed = evidenceRequestSchema.safeParse({ kind, locale, from, to, roles });
    if (!parsed.success) {
      const message = decodeFieldMessage(parsed.error.issues[0]?.message ?? '');
      setProblem(message ? t(translationKey(message), message.values) : t('errors:fields.invalid'));
      return;
    }
    setProblem(null);
    onStart(parsed.data);
  };

  return (
    <form className="lead-evidence__form" noValidate onSubmit={(e) => e.preventDefault()}>
      <div className="lead-evidence__dates">
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('panel.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('panel.to')}</label>
          <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <LocaleSelect
          id={`${id}-locale`}
          label={t('panel.language')}
          value={locale}
          onChange={setLocale}
        />
      </div>
      <fieldset className="lead-evidence__roles">
        <legend>{t('panel.roles')}</legend>
        {LEARNER_ROLES.map((role) => (
          <div key={role} className="lead-check">
            <input
              id={`${id}-role-${role}`}
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(e) => toggle(role, e.target.checked)}
            />
            <label htmlFor={`${id}-role-${role}`}>{t(`lead:roles.${role}`)}</label>
          </div>
        ))}
      </fieldset>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <ReasonedButton
          className="button"
          disabledReason={disabled ? t('common:disabled.exportRunning') : null}
          onClick={() => start('evidence-pack')}
        >
          <FileArchive aria-hidden="true" size={18} />
          {t('panel.buildPack')}
        </ReasonedButton>
        <ReasonedButton
          className="button button--secondary"
          disabledReason={disabled ? t('common:disabled.exportRunning') : null}
          onClick={() => start('trustee-report')}
        >
          <FileText aria-hidden="true" size={18} />
          {t('panel.saveReport')}
        </ReasonedButton>
      </div>
    </form>
  );
}
