import { CircleCheckBig, Download, Printer, TriangleAlert } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CertificateFileResult,
  CertificateSummary,
} from '../../../common/ipc/operations/signing-operations';
import { api, unwrap } from '../../app/api';
import { useAppState } from '../../app/app-state';
import { useNavigation } from '../../app/navigation';
import { CertificateDetails } from '../../components/signing/CertificateDetails';
import { ErrorNotice } from '../../components/ErrorNotice';
import '../../styles/signing.css';

type Outcome = { kind: 'saved' | 'printed'; result: CertificateFileResult } | { kind: 'cancelled' };

/** After signing: what was recorded, and the certificate to save or print. */
export function CertificateScreen({ recordId }: { recordId: string }) {
  const { t } = useTranslation('signing');
  const { go } = useNavigation();
  const { settings, setLocale } = useAppState();
  // The device is shared: the next person starts in the organisation's default language.
  const finish = async () => {
    if (settings.locale !== settings.defaultLocale) await setLocale(settings.defaultLocale);
    go({ name: 'welcome' });
  };
  const [summary, setSummary] = useState<CertificateSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    unwrap(api().getCertificateSummary({ recordId })).then(setSummary, setError);
  }, [recordId]);
  const loaded = summary !== null;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  const run = async (kind: 'saved' | 'printed') => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      const result = await unwrap(
        kind === 'saved'
          ? api().saveCertificate({ recordId })
          : api().printCertificate({ recordId }),
      );
      setOutcome(result.path ? { kind, result } : { kind: 'cancelled' });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (!summary) return error ? <ErrorNotice error={error} /> : <p role="status">{t('loading')}</p>;
  const { record, missingCharacters } = summary;
  return (
    <>
      <section className="card" aria-labelledby="complete-title">
        <div className="signed-title">
          <CircleCheckBig aria-hidden="true" focusable="false" size={44} />
          <h1 id="complete-title" ref={heading} tabIndex={-1}>
            {t('complete.title')}
          </h1>
        </div>
        <p className="lede">{t('complete.lede', { name: record.learner.fullName })}</p>
        {missingCharacters.length > 0 && (
          <div className="notice notice--warning signing-font-warning">
            <TriangleAlert aria-hidden="true" focusable="false" size={22} />
            <p>{t('complete.fontWarning', { characters: missingCharacters.join(' ') })}</p>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="certificate-title">
        <h2 id="certificate-title">{t('complete.certificateHeading')}</h2>
        <CertificateDetails record={record} />
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={busy}
            aria-describedby={busy ? 'certificate-outcome' : undefined}
            onClick={() => void run('saved')}
          >
            <Download aria-hidden="true" size={20} />
            {t('complete.save')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            aria-describedby={busy ? 'certificate-outcome' : undefined}
            onClick={() => void run('printed')}
          >
            <Printer aria-hidden="true" size={20} />
            {t('complete.print')}
          </button>
        </div>
        {/* While busy this says why the buttons above are unavailable (their description). */}
        <p id="certificate-outcome" role="status" className="certificate-outcome">
          {busy && t('complete.preparing')}
          {outcome?.kind === 'saved' && t('complete.saved', { path: outcome.result.path })}
          {outcome?.kind === 'printed' && t('complete.printOpened')}
          {outcome?.kind === 'cancelled' && t('complete.cancelled')}
        </p>
        <ErrorNotice error={error} />
        <div className="button-row certificate-finish">
          <button type="button" className="button button--secondary" onClick={() => void finish()}>
            {t('complete.finish')}
          </button>
        </div>
      </section>
    </>
  );
}
