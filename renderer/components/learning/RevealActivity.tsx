import { ChevronDown, ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../common/content/content-schema';

type Reveal = Extract<Activity, { type: 'reveal' }>;

/** Cards to turn over: each front is a button with aria-expanded that shows the back below it. */
export function RevealActivity({
  activity,
  revealed,
  onReveal,
}: {
  activity: Reveal;
  revealed: string[];
  onReveal: (cardId: string) => void;
}) {
  const { t } = useTranslation('learner');
  const [open, setOpen] = useState<string[]>(revealed);
  const toggle = (cardId: string) => {
    const opening = !open.includes(cardId);
    setOpen((now) => (opening ? [...now, cardId] : now.filter((id) => id !== cardId)));
    if (opening && !revealed.includes(cardId)) onReveal(cardId);
  };
  return (
    <>
      <p>{t('reveal.instructions')}</p>
      <ul className="reveal-cards">
        {activity.cards.map((card) => {
          const expanded = open.includes(card.id);
          const Icon = expanded ? ChevronDown : ChevronRight;
          return (
            <li key={card.id} className={`reveal-card${expanded ? ' reveal-card--open' : ''}`}>
              <button
                type="button"
                className="reveal-card__front"
                aria-expanded={expanded}
                aria-controls={`${card.id}-back`}
                onClick={() => toggle(card.id)}
              >
                <Icon aria-hidden="true" size={22} />
                <span>{card.front}</span>
              </button>
              <div id={`${card.id}-back`} className="reveal-card__back" hidden={!expanded}>
                {card.back}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
