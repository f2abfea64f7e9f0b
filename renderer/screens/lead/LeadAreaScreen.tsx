import { Lock } from 'lucide-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../app/api';
import { useNavigation } from '../../app/navigation';
import { DashboardPanel } from '../../components/lead/DashboardPanel';
import { EvidencePanel } from '../../components/lead/EvidencePanel';
import { ExportsPanel } from '../../components/lead/ExportsPanel';
import { ImportPanel } from '../../components/lead/ImportPanel';
import { LrsPanel } from '../../components/lead/LrsPanel';
import { PersonPanel } from '../../components/lead/PersonPanel';
import { PolicyPanel } from '../../components/policy/PolicyPanel';
import { ProtectionPanel } from '../../components/lead/ProtectionPanel';
import { RecordsPanel } from '../../components/lead/RecordsPanel';
import { SettingsPanel } from '../../components/lead/SettingsPanel';
import { useFocusOnShow } from '../../components/use-focus-on-show';
import { VerifyPanel } from '../../components/lead/VerifyPanel';
import { LeadSectionNav } from '../../components/lead/LeadSectionNav';
import type { LeadTab } from './lead-tabs';
import '../../styles/lead.css';

/** How often the screen asks main whether the session has lapsed while the lead is idle. */
const SESSION_CHECK_MS = 15_000;

function panelFor(tab: LeadTab, person: string | undefined): ReactNode {
  if (tab === 'records' && person) return <PersonPanel identifier={person} />;
  switch (tab) {
    case 'dashboard':
      return <DashboardPanel />;
    case 'records':
      return <RecordsPanel />;
    case 'exports':
      return <ExportsPanel />;
    case 'lrs':
      return <LrsPanel />;
    case 'import':
      return <ImportPanel />;
    case 'verify':
      return <VerifyPanel />;
    case 'evidence':
      return <EvidencePanel />;
    case 'protection':
      return <ProtectionPanel />;
    case 'policy':
      return <PolicyPanel />;
    case 'settings':
      return <SettingsPanel />;
  }
}

export function LeadAreaScreen({ tab, person }: { tab: LeadTab; person?: string }) {
  // The policy and evidence texts load with the area's own: a panel that asked for them later
  // would suspend and hide the screen for a moment, taking focus away from its heading.
  const { t } = useTranslation(['lead', 'policy', 'evidence']);
  const { go } = useNavigation();
  const heading = useFocusOnShow<HTMLHeadingElement>(`${tab}|${person ?? ''}`);

  // Main enforces the auto-lock; this only notices it while nothing is being clicked.
  useEffect(() => {
    const timer = setInterval(() => {
      void unwrap(api().leadStatus()).then((status) => {
        if (!status.unlocked) go({ name: 'lead-login', tab, locked: true });
      });
    }, SESSION_CHECK_MS);
    return () => clearInterval(timer);
  }, [go, tab]);

  const lock = async () => {
    await unwrap(api().leadLock());
    go({ name: 'welcome' });
  };

  return (
    <div className="lead-area">
      <div className="lead-area__top">
        <h1 id="lead-title" className="lead-area__title" ref={heading} tabIndex={-1}>
          {/* One name for assistive technology, "area: section", read without a stray space. */}
          <span aria-hidden="true">{t('title')}</span>
          <span className="visually-hidden">{t('titleFor', { section: t(`tabs.${tab}`) })}</span>
        </h1>
        <button type="button" className="button button--secondary" onClick={() => void lock()}>
          <Lock aria-hidden="true" size={18} />
          {t('lock')}
        </button>
      </div>
      <LeadSectionNav current={tab} onChoose={(name) => go({ name: 'lead-area', tab: name })} />
      <div className="lead-panel">{panelFor(tab, person)}</div>
    </div>
  );
}
