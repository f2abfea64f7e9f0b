import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LEARNER_ROLES,
  PERSON_STATUSES,
  RECORD_TYPES,
} from '../../../electron/ipc/operations/lead-data-operations';
import type { RecordFilter } from '../../../electron/services/lead/records-query';

interface Props {
  value: RecordFilter;
  onChange: (next: RecordFilter) => void;
}

export function RecordFilters({ value, onChange }: Props) {
  const { t } = useTranslation('lead');
  const id = useId();
  const set = <K extends keyof RecordFilter>(key: K, next: string) =>
    onChange({ ...value, [key]: next === '' ? undefined : next });
  const select = (
    key: 'role' | 'status' | 'recordType',
    options: readonly string[],
    prefix: string,
    label: string,
  ) => (
    <div className="field" key={key}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={value[key] ?? ''}
        onChange={(e) => set(key, e.target.value)}
      >
        <option value="">{t('records.any')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {t(`${prefix}.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
  const selects = [
    select('role', LEARNER_ROLES, 'roles', t('records.role')),
    select('status', PERSON_STATUSES, 'statuses', t('records.status')),
    select('recordType', RECORD_TYPES, 'recordTypes', t('records.type')),
  ];
  return (
    <fieldset className="lead-filters">
      <legend>{t('records.filtersHeading')}</legend>
      <div className="field lead-filters__search">
        <label htmlFor={`${id}-search`}>{t('records.search')}</label>
        <span id={`${id}-search-hint`} className="field__hint">
          {t('records.searchHint')}
        </span>
        <input
          id={`${id}-search`}
          type="search"
          aria-describedby={`${id}-search-hint`}
          value={value.search ?? ''}
          onChange={(e) => set('search', e.target.value)}
        />
      </div>
      {selects}
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('records.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={value.from ?? ''}
          onChange={(e) => set('from', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('records.to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={value.to ?? ''}
          onChange={(e) => set('to', e.target.value)}
        />
      </div>
      <div className="lead-filters__clear">
        <button type="button" className="button button--secondary" onClick={() => onChange({})}>
          {t('records.clear')}
        </button>
      </div>
    </fieldset>
  );
}
