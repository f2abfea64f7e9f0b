import { Info } from 'lucide-react';
import { useEffect, useId, useRef, type ButtonHTMLAttributes } from 'react';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> & {
  /**
   * Why the action cannot be taken now, in words; null when it can. A button is never disabled
   * without one: the reason is shown beside it and is its accessible description, so a sighted
   * user and a screen-reader user both learn what to do.
   */
  disabledReason: string | null;
};

/** A button that, whenever it is unavailable, says why next to it and to assistive technology. */
export function ReasonedButton({
  disabledReason,
  children,
  type = 'button',
  onClick,
  onBlur,
  ...button
}: Props) {
  const id = useId();
  const reasonId = `${id}-why`;
  const element = useRef<HTMLButtonElement>(null);
  // Pressed while focused: a button disabled by its own action (busy, export running) drops
  // the focus to the page, and a keyboard or screen-reader user loses their place. When it
  // comes back, so does the focus, unless the user has moved it somewhere else meanwhile.
  const pressed = useRef(false);
  const disabled = disabledReason !== null;
  useEffect(() => {
    if (disabled || !pressed.current) return;
    pressed.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body) element.current?.focus();
  }, [disabled]);
  return (
    <>
      <button
        ref={element}
        type={type}
        {...button}
        disabled={disabled}
        aria-describedby={disabled ? reasonId : undefined}
        onClick={(event) => {
          pressed.current = document.activeElement === event.currentTarget;
          onClick?.(event);
        }}
        onBlur={(event) => {
          if (event.relatedTarget) pressed.current = false;
          onBlur?.(event);
        }}
      >
        {children}
      </button>
      {disabled && (
        <span id={reasonId} className="disabled-reason">
          <Info aria-hidden="true" focusable="false" size={16} />
          {disabledReason}
        </span>
      )}
    </>
  );
}
