import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyFollowUp } from '../../../electron/services/lead/dashboard';
import { ScrollingTable } from '../ScrollingTable';

/** People the current policy asks something of: a new signature, or a newly required module. */
export function PolicyFollowUpTable({ rows }: { rows: readonly PolicyFollowUp[] }) {
  const { t } = useTranslation('policy');
  const id = useId();
  if (rows.length === 0) return null;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('followUp.heading')}</h2>
      <ScrollingTable caption={t('followUp.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('followUp.name')}</th>
            <th scope="col">{t('followUp.identifier')}</th>
            <th scope="col">{t('followUp.resign')}</th>
            <th scope="col">{t('followUp.modules')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.identifier}>
              <th scope="row">{row.fullName}</th>
              <td>{row.identifier}</td>
              <td>
                {row.resignFrom ? t('followUp.resignNeeded', { version: row.resignFrom }) : ''}
              </td>
              <td>{row.modulesDue.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </ScrollingTable>
    </section>
  );
}
