import { Search, X } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LEARNER_ROLES,
  PERSON_STATUSES,
  RECORD_TYPES,
} from '../../../common/ipc/operations/lead-data-operations';
import type { RecordFilter } from '../../../common/lead/record-query';
import { ReasonedButton } from '../ReasonedButton';

interface Props {
  value: RecordFilter;
  onChange: (next: RecordFilter) => void;
}

export function RecordFilters({ value, onChange }: Props) {
  const { t } = useTranslation('lead');
  const id = useId();
  // Clearing is only offered when there is something to clear.
  const active = Object.values(value).some((v) => v !== undefined && v !== '');
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
      <div className="lead-filters__top">
        <div className="field lead-filters__search">
          <label htmlFor={`${id}-search`}>{t('records.search')}</label>
          <span id={`${id}-search-hint`} className="field__hint">
            {t('records.searchHint')}
          </span>
          <div className="lead-search">
            <Search aria-hidden="true" size={18} className="lead-search__icon" />
            <input
              id={`${id}-search`}
              type="search"
              aria-describedby={`${id}-search-hint`}
              value={value.search ?? ''}
              onChange={(e) => set('search', e.target.value)}
            />
          </div>
        </div>
        <ReasonedButton
          className="button button--secondary lead-filters__clear"
          disabledReason={active ? null : t('common:disabled.noFilters')}
          onClick={() => onChange({})}
        >
          <X aria-hidden="true" size={18} />
          {t('records.clear')}
        </ReasonedButton>
      </div>
      <div className="lead-filters__grid">
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
      </div>
    </fieldset>
  );
}
