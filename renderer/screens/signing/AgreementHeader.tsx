import { RefreshCw } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SigningAgreement } from '../../../electron/services/signing/signing-agreement';
import { useDates } from '../../i18n/use-dates';
import { ResignNotice } from './ResignNotice';

/**
 * The policy's title (focused on arrival), its introduction and, for a refresher, what changed.
 * When the version they signed is no longer kept here, what changed cannot be known: the screen
 * says so rather than calling every clause "changed" without a word.
 */
export function AgreementHeader({ agreement }: { agreement: SigningAgreement }) {
  const { t } = useTranslation('signing');
  const dates = useDates('long');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const changed = agreement.clauses.filter((clause) => clause.changed).length;
  const since = agreement.previousSignedAt ? dates.instant(agreement.previousSignedAt) : null;
  return (
    <section className="card" aria-labelledby="agreement-title">
      <h1 id="agreement-title" ref={heading} tabIndex={-1}>
        {agreement.title}
      </h1>
      <p className="lede">{agreement.intro}</p>
      <p>{t('version', { version: agreement.aupVersion })}</p>
      {since && agreement.earlierVersionUnknown && (
        <div className="notice notice--warning">
          <p>{t('changes.versionUnknown', { date: since })}</p>
        </div>
      )}
      {since && changed > 0 && !agreement.earlierVersionUnknown && (
        <div className="notice notice--info signing-changes">
          <RefreshCw aria-hidden="true" focusable="false" size={20} />
          <p>{t('changes.notice', { date: since, count: changed })}</p>
        </div>
      )}
      {since && changed === 0 && !agreement.resign && (
        <div className="notice notice--info">{t('changes.none', { date: since })}</div>
      )}
      {agreement.resign && !agreement.earlierVersionUnknown && (
        <ResignNotice resign={agreement.resign} />
      )}
    </section>
  );
}
