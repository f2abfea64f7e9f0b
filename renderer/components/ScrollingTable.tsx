import { useId, type ReactNode } from 'react';

interface Props {
  caption: ReactNode;
  /** For a table whose section heading already says what it is: the caption is for screen readers. */
  captionHidden?: boolean;
  /** Classes beside `lead-table`, such as `lead-table--sticky`. */
  variant?: string;
  /** The table's head and body. */
  children: ReactNode;
}

/**
 * A table as wide as its columns need, which at 320 px scrolls inside its own box, never the page
 * (WCAG 1.4.10). The box is a region named by the table's caption, focusable so that a keyboard
 * can scroll it.
 */
export function ScrollingTable({ caption, captionHidden = false, variant, children }: Props) {
  const captionId = `${useId()}-caption`;
  return (
    <div className="lead-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className={variant ? `lead-table ${variant}` : 'lead-table'}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
