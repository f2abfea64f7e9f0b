import Clock from 'lucide-react/icons/clock';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LEARNER_IDLE_TIMEOUT_MS,
  LEARNER_IDLE_WARNING_MS,
} from '../../common/learning/learner-idle';
import { useNavigation, type Screen } from './navigation';
import { useLeave } from './use-leave';

/** Screens that show a learner's own details or training: none may stay on a shared screen. */
const LEARNER_SCREENS: ReadonlySet<Screen['name']> = new Set([
  'learner-start',
  'learn',
  'sign',
  'certificate',
]);

/** Any of these from the person at the screen counts as being there. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Watches for input on a learner's screen; nothing at all on the welcome, setup or lead screens. */
export function IdleGuard() {
  const { screen } = useNavigation();
  if (!LEARNER_SCREENS.has(screen.name)) return null;
  return <IdleWatch />;
}

/**
 * After LEARNER_IDLE_TIMEOUT_MS without input the training is saved and closed and the app
 * returns to the welcome screen. A minute before, a warning says so, politely (a status
 * message, no focus taken), with "I'm still here"; any input at all also counts.
 */
function IdleWatch() {
  const { t } = useTranslation('learner');
  const leave = useLeave();
  const leaveRef = useRef(leave);
  useEffect(() => {
    leaveRef.current = leave;
  }, [leave]);
  const lastInput = useRef(0);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  useEffect(() => {
    lastInput.current = Date.now();
    const onInput = () => {
      lastInput.current = Date.now();
      setSecondsLeft(null);
    };
    for (const type of INPUT_EVENTS) {
      document.addEventListener(type, onInput, { capture: true, passive: true });
    }
    // One tick a second measured against the clock, so a sleeping laptop or a test's fake clock
    // jumping ahead ends the session at once rather than a minute late.
    const timer = setInterval(() => {
      const idle = Date.now() - lastInput.current;
      if (idle >= LEARNER_IDLE_TIMEOUT_MS) {
        clearInterval(timer);
        void leaveRef.current('idle');
        return;
      }
      const left = LEARNER_IDLE_TIMEOUT_MS - idle;
      setSecondsLeft(left <= LEARNER_IDLE_WARNING_MS ? Math.ceil(left / 1000) : null);
    }, 1000);
    return () => {
      clearInterval(timer);
      for (const type of INPUT_EVENTS) document.removeEventListener(type, onInput, true);
    };
  }, []);

  const warning = secondsLeft !== null;
  return (
    <>
      {/* Always present, so the one sentence is announced when it appears, not every second.
          A polite live region without the status role: the screen's own status messages (quiz
          feedback, saving) stay the only "status" on the page. */}
      <p aria-live="polite" aria-atomic="true" className="visually-hidden" id="idle-announcement">
        {warning ? t('idle.announce', { count: LEARNER_IDLE_WARNING_MS / 1000 }) : ''}
      </p>
      {warning && (
        <section className="idle-warning" aria-labelledby="idle-warning-title">
          <Clock aria-hidden="true" size={28} className="idle-warning__icon" />
          <div>
            <p id="idle-warning-title" className="idle-warning__title">
              {t('idle.title')}
            </p>
            <p>{t('idle.countdown', { count: secondsLeft })}</p>
            <button
              type="button"
              className="button"
              onClick={() => {
                lastInput.current = Date.now();
                setSecondsLeft(null);
              }}
            >
              {t('idle.stay')}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
