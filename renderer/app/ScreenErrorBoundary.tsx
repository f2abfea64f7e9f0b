import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnShow } from '../components/use-focus-on-show';
import { useNavigation } from './navigation';

interface Props {
  children: ReactNode;
  /** Where a caught error goes: by default the way an uncaught one does, to main's log. */
  report?: (error: unknown) => void;
}

/**
 * Catches what a screen throws while rendering (a bug, or a screen's code that failed to load),
 * so the window says so and offers a way back instead of going blank with every control gone.
 * ScreenSwitch gives it a key per screen: going to another screen starts afresh.
 */
export class ScreenErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // `reportError` raises it on window as if uncaught, where report-errors.ts sends it to main.
    (this.props.report ?? ((caught) => window.reportError(caught)))(error);
  }

  override render(): ReactNode {
    return this.state.failed ? <ScreenFailed /> : this.props.children;
  }
}

function ScreenFailed() {
  const { t } = useTranslation('common');
  const { go } = useNavigation();
  const heading = useFocusOnShow();
  return (
    <section className="card" aria-labelledby="screen-failed-title">
      <h1 id="screen-failed-title" ref={heading} tabIndex={-1}>
        {t('screenFailed.title')}
      </h1>
      <p>{t('screenFailed.body')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => go({ name: 'welcome' })}>
          {t('screenFailed.back')}
        </button>
      </div>
    </section>
  );
}
