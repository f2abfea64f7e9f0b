import {
  Archive,
  Download,
  FileSpreadsheet,
  Files,
  FileText,
  FolderDown,
  Send,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app/app-state';
import { ExportProgress } from './ExportProgress';
import { useExportJob } from './use-export-job';
import { XapiForm } from './XapiForm';
import { ReasonedButton } from '../ReasonedButton';

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
  const button = (label: string, icon: ReactNode, onClick: () => void, secondary = false) => (
    <ReasonedButton
      className={secondary ? 'button button--secondary' : 'button'}
      disabledReason={running ? t('common:disabled.exportRunning') : null}
      onClick={onClick}
    >
      {icon}
      {label}
    </ReasonedButton>
  );
  return (
    <section className="card" aria-labelledby="lead-exports">
      <h2 id="lead-exports">{t('exports.heading')}</h2>
      <p>{t('exports.intro')}</p>
      <ExportProgress job={job} error={error} onCancel={() => void cancel()} />
      <div className="lead-export-grid">
        <section aria-labelledby="lead-export-csv" className="lead-export">
          <h3 id="lead-export-csv">
            <FileSpreadsheet aria-hidden="true" size={20} /> {t('exports.csvHeading')}
          </h3>
          <p>{t('exports.csvBody')}</p>
          <div className="button-row">
            {button(t('exports.csvButton'), <Download aria-hidden="true" size={18} />, kinds.csv)}
          </div>
        </section>
        <section aria-labelledby="lead-export-certs" className="lead-export">
          <h3 id="lead-export-certs">
            <FileText aria-hidden="true" size={20} /> {t('exports.certificatesHeading')}
          </h3>
          <p>{t('exports.certificatesBody')}</p>
          <div className="button-row">
            {button(
              t('exports.certificatesFolder'),
              <FolderDown aria-hidden="true" size={18} />,
              kinds.folder,
            )}
            {button(
              t('exports.certificatesCombined'),
              <Files aria-hidden="true" size={18} />,
              kinds.combined,
              true,
            )}
          </div>
        </section>
        <section aria-labelledby="lead-export-backup" className="lead-export">
          <h3 id="lead-export-backup">
            <Archive aria-hidden="true" size={20} /> {t('exports.backupHeading')}
          </h3>
          <p>{t('exports.backupBody')}</p>
          <div className="button-row">
            {button(
              t('exports.backupButton'),
              <Download aria-hidden="true" size={18} />,
              kinds.backup,
            )}
          </div>
        </section>
        <section aria-labelledby="lead-export-xapi" className="lead-export lead-export--wide">
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
