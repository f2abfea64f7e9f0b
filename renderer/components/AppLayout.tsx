import ShieldCheck from 'lucide-react/icons/shield-check';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../app/app-state';
import { useNavigation } from '../app/navigation';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of every screen: skip link, header with the organisation and language, main. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { settings, info } = useAppState();
  const { go } = useNavigation();
  const orgName = settings.organisation.orgName;
  const brand = orgName ? t('layout.brandWithOrg', { orgName }) : t('layout.brand');
  // The window title (taskbar, window switcher, screen readers) follows the chosen language.
  useEffect(() => {
    document.title = brand;
  }, [brand]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <ShieldCheck aria-hidden="true" size={24} />
          <span>{brand}</span>
        </div>
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {info.settingsRecoveredFrom && (
          <div className="notice notice--warning" role="alert">
            {t('settings.recovered', { ns: 'errors', path: info.settingsRecoveredFrom })}
          </div>
        )}
        {info.settingsLost && (
          <div className="notice notice--warning" role="alert">
            {t('settings.lost', { ns: 'errors' })}
          </div>
        )}
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('layout.footer', { version: info.version })}</p>
        <button type="button" className="link-button" onClick={() => go({ name: 'about' })}>
          {t('layout.aboutLink')}
        </button>
      </footer>
    </>
  );
}
