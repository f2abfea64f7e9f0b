import { FileSearch } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackVerification } from '../../../electron/services/evidence/verify-pack';
import { api } from '../../app/api';
import { useAppState } from '../../app/app-state';
import { ErrorNotice } from '../ErrorNotice';
import { EvidenceForm } from './EvidenceForm';
import { ExportProgress } from './ExportProgress';
import { PackVerificationResult } from './PackVerificationResult';
import { useExportJob } from './use-export-job';
import { useLeadCall } from './use-lead-call';
import '../../styles/evidence.css';

/** The evidence pack, the trustee's report, and checking a pack handed back later. */
export function EvidencePanel() {
  const { t } = useTranslation('evidence');
  const { settings } = useAppState();
  const call = useLeadCall();
  const { job, error, running, startEvidence, cancel } = useExportJob();
  const [verified, setVerified] = useState<PackVerification | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);

  const verify = async () => {
    setVerified(null);
    setVerifyError(null);
    try {
      setVerified(await call(api().leadVerifyEvidencePack({ locale: settings.locale })));
    } catch (failure) {
      setVerifyError(failure);
    }
  };

  return (
    <>
      <section className="card" aria-labelledby="lead-evidence">
        <h2 id="lead-evidence">{t('panel.heading')}</h2>
        <p>{t('panel.intro')}</p>
        <EvidenceForm disabled={running} onStart={(request) => void startEvidence(request)} />
        <ExportProgress job={job} error={error} onCancel={() => void cancel()} />
      </section>
      <section className="card" aria-labelledby="lead-evidence-verify">
        <h2 id="lead-evidence-verify">{t('verify.heading')}</h2>
        <p>{t('verify.intro')}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void verify()}>
            <FileSearch aria-hidden="true" size={18} />
            {t('verify.choose')}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {verified && <PackVerificationResult result={verified} />}
        </div>
        <ErrorNotice error={verifyError} />
      </section>
    </>
  );
}
