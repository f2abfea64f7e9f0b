import { Info } from 'lucide-react';
import { useId, type ButtonHTMLAttributes } from 'react';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'> & {
  /**
   * Why the action cannot be taken now, in words; null when it can. A button is never disabled
   * without one: the reason is shown beside it and is its accessible description, so a sighted
   * user and a screen-reader user both learn what to do.
   */
  disabledReason: string | null;
};

/** A button that, whenever it is unavailable, says why next to it and to assistive technology. */
export function ReasonedButton({ disabledReason, children, type = 'button', ...button }: Props) {
  const id = useId();
  const reasonId = `${id}-why`;
  return (
    <>
      <button
        type={type}
        {...button}
        disabled={disabledReason !== null}
        aria-describedby={disabledReason === null ? undefined : reasonId}
      >
        {children}
      </button>
      {disabledReason !== null && (
        <span id={reasonId} className="disabled-reason">
          <Info aria-hidden="true" focusable="false" size={16} />
          {disabledReason}
        </span>
      )}
    </>
  );
}
