import { AlertTriangle, ShieldCheck, ShieldX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { PackVerification } from '../../../electron/services/evidence/verify-pack';
import { useDates } from '../../i18n/use-dates';

/** What verifying a pack found: a verdict first, then every file that does not match, by name. */
export function PackVerificationResult({ result }: { result: PackVerification }) {
  const { t } = useTranslation('evidence');
  const dates = useDates('long');
  const wrong = result.files.filter((f) => f.state !== 'matches');
  const { checkpoint, manifest } = result;
  const tone = result.ok ? 'valid' : checkpoint.state === 'other-device' ? 'warning' : 'error';
  const Icon = result.ok
    ? ShieldCheck
    : checkpoint.state === 'other-device'
      ? AlertTriangle
      : ShieldX;
  return (
    <div className={`notice lead-verify--${tone}`}>
      <p className="lead-verify__outcome">
        <Icon aria-hidden="true" size={20} />
        {result.ok ? t('verify.ok') : t('verify.notOk')}
      </p>
      <p>
        {t('verify.about', {
          organisation: manifest.organisation,
          from: dates.day(manifest.period.from),
          to: dates.day(manifest.period.to),
          made: dates.instant(manifest.createdAt),
        })}
      </p>
      <p>
        {t('verify.filesChecked', {
          count: result.files.length,
          matching: result.files.length - wrong.length,
        })}
      </p>
      {wrong.length > 0 && (
        <ul aria-label={t('verify.wrongFiles')}>
          {wrong.map((file) => (
            <li key={file.path}>
              <code>{file.path}</code>: {t(`verify.states.${file.state}`)}
            </li>
          ))}
        </ul>
      )}
      {result.extra.length > 0 && (
        <ul aria-label={t('verify.extraFiles')}>
          {result.extra.map((path) => (
            <li key={path}>
              <code>{path}</code>: {t('verify.states.extra')}
            </li>
          ))}
        </ul>
      )}
      <p>{t(`verify.seal.${result.seal}`)}</p>
      <p>{t(`verify.checkpoint.${checkpoint.state}`, { entries: manifest.checkpoint.entries })}</p>
    </div>
  );
}
