import { useTranslation } from 'react-i18next';
import { useAppState } from '../app/app-state';
import { useNavigation } from '../app/navigation';

const CAN_DO = [
  'keyboard',
  'screenReader',
  'zoom',
  'colours',
  'motion',
  'language',
  'leadKeyboard',
] as const;
const GAPS = ['pdf', 'drawing', 'dragging', 'welsh', 'system'] as const;

/** About the app, with its accessibility statement (in the style of GOV.UK's). */
export function AboutScreen() {
  const { t } = useTranslation(['about', 'common']);
  const { info, settings } = useAppState();
  const { go } = useNavigation();
  const { orgName, esafetyLeadName, esafetyLeadContact } = settings.organisation;
  return (
    <section className="card" aria-labelledby="about-title">
      <h1 id="about-title">{t('common:about.title')}</h1>
      <p>{t('common:about.body')}</p>
      <p>{t('common:about.version', { version: info.version })}</p>

      <h2>{t('statement.title')}</h2>
      <p>{t('statement.intro', { orgName: orgName || t('common:layout.brand') })}</p>
      <ul>
        {CAN_DO.map((key) => (
          <li key={key}>{t(`statement.can.${key}`)}</li>
        ))}
      </ul>
      <h3>{t('statement.gapsHeading')}</h3>
      <ul>
        {GAPS.map((key) => (
          <li key={key}>{t(`statement.gaps.${key}`)}</li>
        ))}
      </ul>
      <h3>{t('statement.reportHeading')}</h3>
      <p>
        {esafetyLeadName
          ? t('statement.reportNamed', {
              leadName: esafetyLeadName,
              leadContact: esafetyLeadContact,
            })
          : t('statement.reportUnnamed')}
      </p>
      <h3>{t('statement.complianceHeading')}</h3>
      <p>{t('statement.compliance')}</p>
      <p>{t('statement.testing')}</p>

      <div className="button-row">
        <button type="button" className="button" onClick={() => go({ name: 'welcome' })}>
          {t('common:actions.backToStart')}
        </button>
      </div>
    </section>
  );
}
