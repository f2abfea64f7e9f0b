import { useTranslation } from 'react-i18next';
import type { LedgerIntegrity } from '../../../electron/services/ledger/ledger-integrity';

/**
 * What the lead must know about the evidence before relying on it: each kind of problem the
 * records file has, in plain words, with where it is; and whether the key that seals the
 * records is protected on this computer; and people whose last signed version's clause list is lost.
 */
export function IntegrityNotice({ integrity }: { integrity: LedgerIntegrity }) {
  const { t } = useTranslation('lead');
  const { findings, keyProtection, keyReplaced, peopleWithLostVersion } = integrity;
  return (
    <>
      {keyProtection === 'none' && (
        <div className="notice notice--warning">{t('integrity.keyUnprotected')}</div>
      )}
      {keyReplaced && <div className="notice notice--warning">{t('integrity.keyReplaced')}</div>}
      {peopleWithLostVersion > 0 && (
        <div className="notice notice--warning">
          {t('integrity.versionsLost', { count: peopleWithLostVersion })}
        </div>
      )}
      {findings.length > 0 && (
        <section className="notice notice--error" aria-labelledby="lead-integrity">
          <h2 id="lead-integrity">{t('integrity.heading')}</h2>
          <ul>
            {findings.map((finding) => (
              <li key={finding.nature}>
                {t(`integrity.natures.${finding.nature}`)}{' '}
                {t('integrity.where', {
                  lines: finding.positions
                    .map((line) => (line === 0 ? t('integrity.wholeFile') : String(line)))
                    .join(', '),
                  total: finding.count,
                })}
                {finding.entries &&
                  ` ${t('integrity.entries', { first: finding.entries.first, last: finding.entries.last })}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
