import { Archive, FileSpreadsheet, FileText, Send } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app/app-state';
import { ExportProgress } from './ExportProgress';
import { useExportJob } from './use-export-job';
import { XapiForm } from './XapiForm';

export function ExportsPanel() {
  const { t } = useTranslation('lead');
  const { settings } = useAppState();
  const { job, error, running, start, cancel } = useExportJob();
  const locale = settings.locale;
  const startKind =
    (kind: 'csv' | 'certificates-folder' | 'certificates-combined' | 'backup') => () =>
      void start({ kind, locale });
  const kinds = {
    csv: startKind('csv'),
    folder: startKind('certificates-folder'),
    combined: startKind('certificates-combined'),
    backup: startKind('backup'),
  };
  const button = (label: string, icon: ReactNode, onClick: () => void) => (
    <button type="button" className="button" disabled={running} onClick={onClick}>
      {icon}
      {label}
    </button>
  );
  return (
    <section className="card" aria-labelledby="lead-exports">
      <h2 id="lead-exports">{t('exports.heading')}</h2>
      <p>{t('exports.intro')}</p>
      <ExportProgress job={job} error={error} onCancel={() => void cancel()} />
      <div className="lead-export-grid">
        <section aria-labelledby="lead-export-csv" className="lead-export">
          <h3 id="lead-export-csv">{t('exports.csvHeading')}</h3>
          <p>{t('exports.csvBody')}</p>
          {button(
            t('exports.csvButton'),
            <FileSpreadsheet aria-hidden="true" size={18} />,
            kinds.csv,
          )}
        </section>
        <section aria-labelledby="lead-export-certs" className="lead-export">
          <h3 id="lead-export-certs">{t('exports.certificatesHeading')}</h3>
          <p>{t('exports.certificatesBody')}</p>
          <div className="button-row">
            {button(
              t('exports.certificatesFolder'),
              <FileText aria-hidden="true" size={18} />,
              kinds.folder,
            )}
            {button(
              t('exports.certificatesCombined'),
              <FileText aria-hidden="true" size={18} />,
              kinds.combined,
            )}
          </div>
        </section>
        <section aria-labelledby="lead-export-backup" className="lead-export">
          <h3 id="lead-export-backup">{t('exports.backupHeading')}</h3>
          <p>{t('exports.backupBody')}</p>
          {button(
            t('exports.backupButton'),
            <Archive aria-hidden="true" size={18} />,
            kinds.backup,
          )}
        </section>
        <section aria-labelledby="lead-export-xapi" className="lead-export">
          <h3 id="lead-export-xapi">
            <Send aria-hidden="true" size={20} /> {t('exports.xapiHeading')}
          </h3>
          <p>{t('exports.xapiBody')}</p>
          <XapiForm disabled={running} onStart={(input) => void start({ ...input, locale })} />
        </section>
      </div>
    </section>
  );
}
