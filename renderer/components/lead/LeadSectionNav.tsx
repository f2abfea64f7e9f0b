import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAD_TABS, type LeadTab } from '../../screens/lead/lead-tabs';
import { rovingIndex } from './roving-index';

/**
 * The lead area's sections: one Tab stop (the section open now), so a keyboard user passes the
 * whole bar with one Tab instead of ten; the arrow keys, Home and End move between sections and
 * Enter or Space opens one. A navigation list with `aria-current`, not a tab list: each section
 * is its own screen with its own heading.
 */
export function LeadSectionNav({
  current,
  onChoose,
}: {
  current: LeadTab;
  onChoose: (tab: LeadTab) => void;
}) {
  const { t } = useTranslation('lead');
  // The section the arrows have reached while focus is in the bar; null once focus leaves it,
  // so the next Tab into the bar lands on the open section again.
  const [reached, setReached] = useState<LeadTab | null>(null);
  const buttons = useRef(new Map<LeadTab, HTMLButtonElement>());
  const stop = reached ?? current;

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const next = rovingIndex(event.key, LEAD_TABS.indexOf(stop), LEAD_TABS.length);
    const name = next === null ? undefined : LEAD_TABS[next];
    if (!name || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    setReached(name);
    buttons.current.get(name)?.focus();
  };
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setReached(null);
  };

  return (
    <nav aria-label={t('tabs.label')} className="lead-tabs">
      <ul onKeyDown={onKeyDown} onBlur={onBlur}>
        {LEAD_TABS.map((name) => (
          <li key={name}>
            <button
              type="button"
              className="lead-tabs__tab"
              ref={(element) => {
                if (element) buttons.current.set(name, element);
                else buttons.current.delete(name);
              }}
              tabIndex={name === stop ? 0 : -1}
              aria-current={name === current ? 'page' : undefined}
              onFocus={() => setReached(name)}
              onClick={() => onChoose(name)}
            >
              {t(`tabs.${name}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
